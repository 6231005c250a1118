"""--format markdown as a wiki page and homework inventory: in the interface language, with the inventory table
(document, type, verdict, digital only, key evidence with page, dimensions) and Markdown-safe text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.i18n import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_markdown_inventory_in_each_interface_language(tmp_path):
    report = json.loads(runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "json", "-q"]).stdout)
    for language in ("sv", "nb", "nn", "en"):
        out = tmp_path / f"report_{language}.md"
        result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "markdown", "-o", str(out), "--ui-lang", language, "-q"])
        assert result.exit_code == 0, result.output
        text = out.read_text(encoding="utf-8")
        strings = CATALOGUE[language]
        assert f"### {strings['inventory.title']}" in text
        header = f"| {strings['inventory.col.number']} | {strings['report.document']} | {strings['report.type']} | {strings['report.verdict']} |"
        assert header in text
        inventory = text.split(f"### {strings['inventory.title']}")[1].split("<details")[0]
        rows = [line for line in inventory.splitlines() if line.startswith("| ") and line[2].isdigit()]
        assert len(rows) == len(report["documents"])
        assert strings["stance.enables.headline"] in text
        assert f"**{strings['report.why']}:**" in text
    sv = (tmp_path / "report_sv.md").read_text(encoding="utf-8")
    assert "| policy |" in sv and "| handlingsplan |" in sv
    assert "(s. " in sv  # key evidence from PDFs carries its page


def test_markdown_escapes_document_text(tmp_path):
    doc = tmp_path / "policy.txt"
    doc.write_text("Kommunen ska främja innovation | <b>fet</b> *stjärna* och pröva nya arbetssätt.\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(doc), "--format", "markdown", "--ui-lang", "sv", "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert "<b>fet</b>" not in result.stdout and "\\<b\\>fet\\</b\\>" in result.stdout
    assert "\\| \\<b" in result.stdout and "\\*stjärna\\*" in result.stdout
