"""`policyscan evaluate`: metrics computed from real analyses, the shipped evaluation sets, and a regression
floor on the development set (the held-out set is measured, never asserted on: it is not tuned on)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.models import DIMENSIONS, STANCES

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SETS = {name: ROOT / "evaluation" / f"{name}.jsonl" for name in ("dev", "heldout")}

# Clear cases (written for this test): what the tool says about them is checked below, so a label in the
# file can be made deliberately wrong and the metrics must count exactly that disagreement.
ENABLING = "Kommunen ska avsätta särskilda medel och tid för att medarbetarna ska kunna pröva nya arbetssätt och innovationer."
ABSENT = "Lokalerna i stadshuset renoveras under våren och receptionen flyttar tillfälligt till bottenplanet."
HINDERING_NB = "Det er ikke tillatt å installere egen programvare eller ta i bruk nye skytjenester uten godkjenning fra IT-avdelingen."


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _evaluate(*args: str) -> dict:
    result = runner.invoke(app, ["evaluate", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_metrics_count_each_agreement_and_disagreement(tmp_path):
    labelled = _write(tmp_path / "mine.jsonl", [
        {"id": "a", "lang": "sv", "text": ENABLING, "stance": "enables", "digital_only": False, "dimensions": []},
        {"id": "b", "lang": "sv", "text": ABSENT, "stance": "absent", "digital_only": None, "dimensions": []},
        # deliberately mislabelled: the passage enables, the "gold" says hinders
        {"id": "c", "lang": "sv", "text": ENABLING, "stance": "hinders", "digital_only": False, "dimensions": []},
        {"id": "d", "lang": "nb", "text": HINDERING_NB, "stance": "hinders", "digital_only": None, "dimensions": []},
    ])
    report = _evaluate(str(labelled))
    overall = report["overall"]
    assert overall["n"] == 4
    assert overall["accuracy"] == pytest.approx(3 / 4)
    assert overall["confusion"]["hinders"]["enables"] == 1
    assert overall["confusion"]["enables"]["enables"] == 1
    assert overall["confusion"]["absent"]["absent"] == 1
    # enables: tp 1, fp 1 → precision 0.5, recall 1; hinders: tp 1, fn 1 → recall 0.5
    assert overall["per_stance"]["enables"]["precision"] == pytest.approx(0.5)
    assert overall["per_stance"]["hinders"]["recall"] == pytest.approx(0.5)
    assert set(report["per_language"]) == {"sv", "nb"}
    assert report["per_language"]["nb"]["accuracy"] == 1.0
    # mention: three passages mention innovation or are about it (gold not absent), all predicted so
    assert overall["mention"]["f1"] == 1.0
    [error] = report["errors"]
    assert error["id"] == "c" and error["gold"]["stance"] == "hinders" and error["predicted"]["stance"] == "enables"
    assert any(unit["label"] == "enables" and unit["cues"] for unit in error["units"])


def test_table_lists_the_parts_and_the_misclassified_passage(tmp_path):
    labelled = _write(tmp_path / "mine.jsonl", [
        {"id": "wrong-1", "lang": "sv", "text": ABSENT, "stance": "enables", "digital_only": False, "dimensions": []},
        {"id": "right-1", "lang": "sv", "text": ENABLING, "stance": "enables", "digital_only": False, "dimensions": []},
    ])
    result = runner.invoke(app, ["evaluate", str(labelled)])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.stdout and "Confusion" in result.stdout
    assert "wrong-1" in result.stdout and "right-1" not in result.stdout


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "not valid JSON"),
    ('{"id": "x", "lang": "sv", "text": "t"}', "missing field"),
    ('{"id": "x", "lang": "sv", "text": "t", "stance": "great", "digital_only": null, "dimensions": []}', "stance must be one of"),
])
def test_bad_labelled_file_is_a_usage_error_with_its_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "lang": "sv", "text": "Hej.", "stance": "absent", "digital_only": null, "dimensions": []}\n' + line + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2" in result.output and message in result.output


@pytest.mark.parametrize("name", sorted(SETS))
def test_shipped_evaluation_sets_are_well_formed(name):
    rows = [json.loads(line) for line in SETS[name].read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "ids must be unique"
    for row in rows:
        assert row["lang"] in ("sv", "nb", "nn"), row["id"]
        assert row["stance"] in STANCES, row["id"]
        assert row["digital_only"] in (True, False, None), row["id"]
        if row["stance"] == "absent":
            assert row["digital_only"] is None, f"{row['id']}: no innovation mention, so digital_only is null"
        assert set(row["dimensions"]) <= set(DIMENSIONS), row["id"]
        assert row["text"].strip(), row["id"]


def test_no_passage_is_in_both_sets():
    texts = {name: {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()} for name, path in SETS.items()}
    assert not texts["dev"] & texts["heldout"]


def test_evaluation_sets_cover_the_languages_the_issue_asks_for():
    languages: Counter[str] = Counter()
    for path in SETS.values():
        languages.update(json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert languages["sv"] >= 60 and languages["nb"] >= 60 and languages["nn"] >= 20


def test_development_set_does_not_regress():
    """A floor, not the figure: the lexicons and rules are tuned on this set, so a drop means a change broke
    something that used to work. (The held-out figures are in the README and the issue notes.)"""
    report = _evaluate(str(SETS["dev"]))
    assert report["overall"]["macro_f1"] >= 0.93
    assert report["overall"]["digital_only_accuracy"] >= 0.93
    assert report["overall"]["mention"]["f1"] >= 0.97
    for language, figures in report["per_language"].items():
        assert figures["macro_f1"] >= 0.9, language


def test_language_identification_agrees_with_the_labelled_languages():
    """Each passage is identified on its own text (as a one-block document): at most one in a hundred may
    be taken for the wrong language — Bokmål and Nynorsk are the hard pair."""
    from policyscan.langid import detect_document

    rows = [json.loads(line) for line in SETS["dev"].read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = [(r["id"], r["lang"], detect_document([r["text"]])[0]) for r in rows if detect_document([r["text"]])[0] != r["lang"]]
    assert len(wrong) <= len(rows) // 100, wrong
