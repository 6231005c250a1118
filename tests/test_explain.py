"""`policyscan explain FILE` and policyscan.explain: the close reading agrees with scan and shows cues,
negations with their scope, digital framing and why cues did or did not count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import make_pdf
from typer.testing import CliRunner

from policyscan.api import scan_file
from policyscan.cli import app
from policyscan.explain import explain_file, explain_text
from policyscan.i18n import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(p for p in (ROOT / "sample_docs").iterdir() if p.suffix in (".pdf", ".docx", ".txt", ".md"))
runner = CliRunner()


def unit_with(reading, text: str):
    return next(u for u in reading.units if text in u.text)


def cue(unit, text: str):
    return next(c for c in unit.cues if c.text.lower() == text.lower())


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_explain_gives_the_same_verdict_as_scan(path):
    reading = explain_file(path)
    scanned = scan_file(path)
    assert reading.result.stance == scanned.stance
    assert reading.result.digital_only == scanned.digital_only
    assert reading.total_units == scanned.unit_count
    labelled = {u.index: u.label for u in scanned.units if u.label != "none"}
    read = {u.index: u.label for u in reading.units if u.label != "none"}
    assert read == labelled  # every labelled sentence is in the close reading, with the same label
    texts = {u.index: (u.text, u.page, u.line) for u in scanned.units}
    assert all(texts[u.index] == (u.text, u.page, u.line) for u in reading.units if u.index in texts)


def test_negated_hinder_shows_its_negation_and_scope():
    reading = explain_text("Innovationspolicy\n\nVi har ingen nollfelskultur i kommunen.", "sv")
    unit = unit_with(reading, "nollfelskultur")
    assert unit.label == "none"
    hinder = cue(unit, "nollfelskultur")
    assert hinder.category == "hindering" and hinder.negated and hinder.effect is None
    assert hinder.not_counted == "negated_away" and hinder.base_effect == "hinders"
    negation = unit.cues[hinder.negated_by]
    assert negation.text == "ingen" and negation.category == "negation"
    (info,) = [n for n in unit.negations if n.text == "ingen"]
    assert info.status == "applied" and hinder.index in info.negates
    assert info.scope_text.startswith("ingen nollfelskultur") and not info.scope_text.endswith(".")


def test_negated_enabler_and_permission_become_hinders():
    reading = explain_text(
        "Innovation i verksamheten\n\nInnovation uppmuntras inte. Det är inte tillåtet att installera egen programvara.", "sv"
    )
    encouraged = unit_with(reading, "uppmuntras")
    assert encouraged.label == "hinders"
    verb = cue(encouraged, "uppmuntras")
    assert verb.base_effect == "enables" and verb.effect == "hinders" and encouraged.cues[verb.negated_by].text == "inte"
    allowed = unit_with(reading, "tillåtet")
    assert allowed.label == "hinders" and cue(allowed, "tillåtet").effect == "hinders"
    assert reading.result.stance == "hinders"


def test_pseudo_negation_question_and_general_statement():
    reading = explain_text(
        "Vi satsar inte bara på digitalisering utan också på nya arbetssätt och innovation.\n\n"
        "Hur kan vi främja innovation?\n\nForskning visar att innovation kräver tid.",
        "sv",
    )
    contrast = unit_with(reading, "inte bara")
    assert cue(contrast, "digitalisering").contrasted and contrast.digital_framing == "not_digital"
    assert any(n.kind == "pseudo_negation" and n.status == "pseudo" for n in contrast.negations)
    assert all(n.status != "applied" for n in contrast.negations)
    question = unit_with(reading, "Hur kan vi")
    assert question.question and cue(question, "främja").not_counted == "question"
    general = unit_with(reading, "Forskning visar")
    assert general.generic
    assert reading.result.digital_only is False


def test_cli_prints_a_close_reading_with_pages(tmp_path):
    pdf = make_pdf(
        tmp_path / "policy.pdf",
        [["Innovationspolicy", "Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt."],
         ["Vi har ingen nollfelskultur.", "Nya appar ska godkännas av IT-enheten innan de används."]],
    )
    result = runner.invoke(app, ["explain", str(pdf), "--ui-lang", "sv", "--width", "160"])
    assert result.exit_code == 0, result.output
    sv = CATALOGUE["sv"]
    for key in ("explain.kwic", "explain.sentences", "explain.verdict"):
        assert sv[key] in result.output
    assert sv["stance.enables.headline"] in result.output or sv["stance.mixed.headline"] in result.output
    assert "s. 1" in result.output and "s. 2" in result.output
    assert "nollfelskultur" in result.output and "negerar" in result.output
    english = runner.invoke(app, ["explain", str(pdf), "--ui-lang", "en", "--width", "160"])
    assert "Keywords in context" in english.output and "Why the document got its verdict" in english.output


def test_cli_json_and_errors(tmp_path):
    doc = tmp_path / "plan.txt"
    doc.write_text("Innovationsplan\n\nVi har ingen nollfelskultur. Kommunen ska främja innovation.\n", encoding="utf-8")
    result = runner.invoke(app, ["explain", str(doc), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["explain_version"] == "1.0" and data["document"]["stance"] == "enables"
    unit = next(u for u in data["units"] if "nollfelskultur" in u["text"])
    assert unit["negations"][0]["status"] == "applied" and unit["cues"][unit["negations"][0]["cue"]]["text"] == "ingen"
    everything = json.loads(runner.invoke(app, ["explain", str(doc), "--format", "json", "--all"]).stdout)
    assert len(everything["units"]) == everything["total_units"] >= len(data["units"])

    assert runner.invoke(app, ["explain", str(tmp_path)]).exit_code == 2  # a folder: use scan
    missing = runner.invoke(app, ["explain", str(tmp_path / "nope.pdf"), "--ui-lang", "nb"])
    assert missing.exit_code == 2 and "finnes ikke" in missing.output
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    unreadable = runner.invoke(app, ["explain", str(broken), "--ui-lang", "sv"])
    assert unreadable.exit_code == 3 and CATALOGUE["sv"]["error.corrupt"] in unreadable.output
    assert runner.invoke(app, ["explain", str(doc), "--format", "csv"]).exit_code == 2
