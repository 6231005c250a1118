"""Inline markers in text and Markdown drafts, baselines, and stale or invalid suppressions — through the CLI."""

from __future__ import annotations

import json

import pytest
from ci_support import ENABLING, HINDERING, HINDERING_2, invoke, json_out, write

from policyscan.ci.markers import parse_markers, strip_markers


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / ".cache"))


def findings(result) -> list[dict]:
    return json_out(result)["checks"]["findings"]


def check(path: str, *args: str):
    return invoke("scan", path, "--format", "json", "--fail-on", "hindering-unit", *args)


def test_ignore_on_its_own_line_accepts_the_next_line_only(tmp_path):
    write(tmp_path / "d.md", ENABLING, f'<!-- policyscan: ignore hindering-unit reason="Lagkrav" -->\n{HINDERING}', HINDERING_2)
    result = check("d.md")
    assert result.exit_code == 1
    items = {f["text"]: f for f in findings(result) if f["rule"] == "hindering-unit"}
    assert items[HINDERING]["suppression"] == {"kind": "inline", "reason": "Lagkrav", "line": 3}
    assert items[HINDERING]["line"] == 4
    assert items[HINDERING_2]["suppression"] is None and items[HINDERING_2]["level"] == "error"


def test_all_accepted_passes(tmp_path):
    write(
        tmp_path / "d.md",
        ENABLING,
        f"<!-- policyscan: ignore hindering-unit reason='Lagkrav' -->\n\n{HINDERING}",  # blank line between: still the next text
        f"{HINDERING_2} <!-- policyscan: ignore hindering-unit reason=\"Citat ur lagen\" -->",  # trailing: this line
    )
    result = check("d.md")
    assert result.exit_code == 0, findings(result)
    assert json_out(result)["checks"]["counts"]["suppressed"] == 2


def test_plain_text_markers_without_comment_brackets(tmp_path):
    write(tmp_path / "d.txt", ENABLING, f'policyscan: ignore hindering-unit reason="Lagkrav"\n{HINDERING}')
    result = check("d.txt")
    assert result.exit_code == 0, findings(result)
    evidence = json_out(result)["documents"][0]["evidence"]
    assert all("policyscan" not in e["text"] for e in evidence)


def test_ignore_file_accepts_document_level_findings(tmp_path):
    write(tmp_path / "d.md", f'<!-- policyscan: ignore-file hinders, hindering-unit reason="Gamla regler, ersätts 2026" -->\n{HINDERING}')
    assert invoke("scan", "d.md", "--fail-on", "hinders", "--fail-on", "hindering-unit").exit_code == 0
    write(tmp_path / "e.md", f'<!-- policyscan: ignore hinders reason="a line marker does not accept a document finding" -->\n{HINDERING}')
    assert invoke("scan", "e.md", "--fail-on", "hinders").exit_code == 1


def test_disable_enable_range(tmp_path):
    write(
        tmp_path / "d.md",
        ENABLING,
        '<!-- policyscan: disable hindering-unit reason="Citerat ur statens regler" -->',
        HINDERING,
        "<!-- policyscan: enable -->",
        HINDERING_2,
    )
    result = check("d.md")
    active = [f["text"] for f in findings(result) if f["suppression"] is None and f["rule"] == "hindering-unit"]
    assert active == [HINDERING_2] and result.exit_code == 1


def test_invalid_and_stale_markers_are_reported(tmp_path):
    write(
        tmp_path / "d.md",
        ENABLING,
        f"<!-- policyscan: ignore hindering-unit -->\n{HINDERING}",  # no reason: invalid, accepts nothing
        '<!-- policyscan: ignore hindering-unit reason="was once hindering" -->\n' + ENABLING.replace("Kommunen", "Förvaltningen"),  # stale
        '<!-- policyscan: ignore frobnicate reason="x" -->',  # unknown rule: invalid
    )
    result = check("d.md")
    assert result.exit_code == 1
    items = findings(result)
    invalid = [f for f in items if f["rule"] == "invalid-suppression"]
    assert [f["line"] for f in invalid] == [3, 9]
    assert "needs a reason" in invalid[0]["message"] and "frobnicate" in invalid[1]["message"]
    stale = [f for f in items if f["rule"] == "stale-suppression"]
    assert [f["line"] for f in stale] == [6] and stale[0]["level"] == "warning"
    assert invoke("scan", "d.md", "--fail-on", "stale-suppression").exit_code == 1
    assert invoke("scan", "d.md", "--warn-on", "hindering-unit").exit_code == 0  # not shown, not failing


def test_marker_for_a_rule_outside_the_policy_is_still_checked_for_staleness(tmp_path):
    """digital-only is neither in fail_on nor warn_on, yet a marker accepting it is stale when the document
    is not digital-only, and not stale when it is."""
    write(tmp_path / "d.md", '<!-- policyscan: ignore-file digital-only reason="IT-plan" -->', ENABLING)
    stale = [f for f in findings(check("d.md")) if f["rule"] == "stale-suppression"]
    assert len(stale) == 1
    write(tmp_path / "e.md", '<!-- policyscan: ignore-file digital-only reason="IT-plan" -->', "Digitaliseringen ska bidra till innovativa digitala lösningar.")
    assert not [f for f in findings(check("e.md")) if f["rule"] == "stale-suppression"]


def test_markers_keep_line_numbers_and_are_not_analysed(tmp_path):
    text = (
        "# Riktlinjer\n"
        "<!--\n"
        "en kommentar över\n"
        "flera rader om innovation\n"
        "-->\n"
        f"{ENABLING}\n"
    )
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    document = json_out(invoke("scan", "d.md", "--format", "json"))["documents"][0]
    assert [(e["text"], e["line"]) for e in document["evidence"]] == [(ENABLING, 6)]
    assert strip_markers(text, markdown=True).count("\n") == text.count("\n")


def test_marker_grammar():
    markers = parse_markers(
        "a\n<!-- policyscan: ignore hinders,mixed-unit reason='x y' -->\n\nb\n"
        "c <!-- policyscan: ignore all reason=z -->\n"
        "policyscan: disable hindering-unit reason=\"q\"\nd\npolicyscan: enable hindering-unit\n"
    )
    assert [(m.action, m.rules, m.reason, m.target, m.end) for m in markers] == [
        ("ignore", ("hinders", "mixed-unit"), "x y", 4, None),
        ("ignore", ("all",), "z", 5, None),
        ("disable", ("hindering-unit",), "q", 7, 7),
        ("enable", ("hindering-unit",), None, None, None),
    ]


# ------------------------------------------------------------------------------------------ baselines


def test_baseline_fails_only_on_new_findings(tmp_path):
    write(tmp_path / "policies" / "d.md", ENABLING, HINDERING)
    assert invoke("scan", "policies", "--format", "json", "--output", "baseline.json").exit_code == 0
    # Unchanged: the known finding is accepted.
    result = invoke("scan", "policies", "--format", "json", "--fail-on", "hindering-unit", "--fail-on", "hinders", "--baseline", "baseline.json")
    assert result.exit_code == 0, findings(result)
    assert json_out(result)["checks"]["counts"]["baseline"] == 1
    # Edited elsewhere (the sentence moved down two lines): still accepted. A new hindering sentence fails.
    write(tmp_path / "policies" / "d.md", "# Ny rubrik", ENABLING, HINDERING, HINDERING_2)
    result = invoke("scan", "policies", "--format", "json", "--fail-on", "hindering-unit", "--baseline", "baseline.json")
    assert result.exit_code == 1
    new = [f for f in findings(result) if f["suppression"] is None]
    assert [f["text"] for f in new] == [HINDERING_2]
    old = [f for f in findings(result) if f["suppression"]]
    assert old[0]["suppression"]["kind"] == "baseline" and old[0]["line"] == 5


def test_stale_baseline_entries_are_reported(tmp_path):
    write(tmp_path / "d.md", ENABLING, HINDERING)
    write(tmp_path / "other.md", HINDERING_2)
    invoke("scan", "d.md", "other.md", "--format", "jsonl", "--output", "baseline.jsonl")
    write(tmp_path / "d.md", ENABLING)  # the hindering sentence was removed
    result = invoke("scan", "d.md", "--format", "json", "--fail-on", "hindering-unit", "--baseline", "baseline.jsonl")
    assert result.exit_code == 0
    stale = [f for f in findings(result) if f["rule"] == "stale-suppression"]
    assert len(stale) == 1 and HINDERING in stale[0]["message"]  # other.md was not scanned: not stale
    assert invoke("scan", "d.md", "--fail-on", "stale-suppression", "--baseline", "baseline.jsonl").exit_code == 1


def test_baseline_from_config_and_invalid_baselines(tmp_path):
    write(tmp_path / "d.md", HINDERING)
    invoke("scan", "d.md", "--format", "json", "--output", "accepted.json")
    (tmp_path / "policyscan.toml").write_text('baseline = "accepted.json"\nfail_on = ["hinders"]\n', encoding="utf-8")
    assert invoke("scan", "d.md").exit_code == 0
    (tmp_path / "accepted.json").write_text(json.dumps({"documents": []}), encoding="utf-8")
    result = invoke("scan", "d.md")
    assert result.exit_code == 2 and "not a policyscan JSON report" in result.output
    (tmp_path / "accepted.json").write_text("not json", encoding="utf-8")
    assert invoke("scan", "d.md").exit_code == 2
