"""--format docx: the homework inventory as an editable Word document, made by the CLI and read back."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.i18n import CATALOGUE
from policyscan.report.docx_format import clean

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def inventory(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "inventering.docx"
    result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "docx", "--output", str(out), "--ui-lang", "sv", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "json", "-q"]).stdout)
    return Document(str(out)), report


def test_inventory_table_lists_every_document_with_type_verdict_evidence_and_dimensions(inventory):
    document, report = inventory
    sv = CATALOGUE["sv"]
    documents = report["documents"]
    assert document.paragraphs[0].style.name == "Title" and document.paragraphs[0].text == sv["docx.title"]
    fields, table = document.tables[0], document.tables[1]
    assert [row.cells[0].text for row in fields.rows] == [sv["docx.field.name"], sv["docx.field.organisation"], sv["docx.field.date"]]
    header = [cell.text for cell in table.rows[0].cells]
    assert header == [sv["inventory.col.number"], sv["report.document"], sv["report.type"], sv["report.verdict"], sv["report.digital_only"],
                      sv["inventory.col.key_evidence"], sv["inventory.col.dimensions"], sv["inventory.col.comment"]]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on every page
    assert table.style.name == "Table Grid"
    rows = {row.cells[1].text: [cell.text for cell in row.cells] for row in table.rows[1:]}
    assert len(rows) == len(documents)
    by_name = {Path(d["path"]).name: d for d in documents}
    for name, cells in rows.items():
        d = by_name[name]
        assert cells[3] == sv[f"stance.{d['stance']}.short"]
        covered = sum(v["covered"] for v in d["dimensions"].values())
        assert cells[6].startswith(f"{covered}/13")
        assert cells[7] == ""  # for the participant's comment
        if d["stance"] in ("enables", "hinders", "mixed") and d["format"] == "pdf":
            assert re.search(r"”.+” \(s\. \d+\)", cells[5]), cells[5]
    types = {name: cells[2] for name, cells in rows.items()}
    assert types["sv_innovationspolicy_kommun.pdf"] == "policy"
    assert types["nn_handlingsplan_innovasjon.txt"] == "handlingsplan"
    assert types["sv_digitaliseringsstrategi.pdf"] == "strategi"
    assert types["sv_it_regler.docx"] == types["nb_ikt_reglement.pdf"] == "reglemente/regler"
    assert types["sv_budget_verksamhetsplan.txt"] == "verksamhetsplan/budget"


def test_a_section_per_document_in_the_interface_language(inventory):
    document, report = inventory
    sv = CATALOGUE["sv"]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert len(headings) == len(report["documents"])
    assert headings[0].startswith("1. ")
    text = "\n".join(p.text for p in document.paragraphs)
    assert sv["stance.enables.headline"] in text and sv["docx.own_notes"] in text and sv["docx.method"] in text
    assert all(sv[f"dimension.{name}.name"] in text for name in report["documents"][0]["dimensions"])
    # The evidence tables mark matched terms in bold.
    evidence = document.tables[2]
    assert [c.text for c in evidence.rows[0].cells] == [sv["report.page"], sv["report.label"], sv["docx.col.sentence"]]
    assert any(run.bold for row in document.tables[3].rows[1:] for run in row.cells[2].paragraphs[0].runs)
    # Word's proofing language follows the interface language.
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "sv-SE"


def test_docx_needs_output_and_text_in_it_stays_text(tmp_path):
    doc = tmp_path / "policy.txt"
    doc.write_text("Kommunen ska främja innovation <script>alert(1)</script> och pröva nya arbetssätt.\n", encoding="utf-8")
    refused = runner.invoke(app, ["scan", str(doc), "--format", "docx", "-q"])
    assert refused.exit_code == 2 and "--output" in refused.output
    out = tmp_path / "out.docx"
    result = runner.invoke(app, ["scan", str(doc), "-f", "docx", "-o", str(out), "--ui-lang", "nn", "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    document = Document(str(out))
    assert document.paragraphs[0].text == CATALOGUE["nn"]["docx.title"]
    cells = [cell.text for row in document.tables[1].rows[1:] for cell in row.cells]
    assert any("<script>alert(1)</script>" in c for c in cells)  # shown as the document wrote it, not interpreted
    assert clean("a\x00b\x0bc\ufffed") == "abcd"
