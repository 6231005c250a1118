"""Run the real CLI on real files: the bundled sample documents and files the tests build."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from builders import make_docx, make_pdf
from typer.testing import CliRunner

from policyscan.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
EXPECTED = json.loads((ROOT / "sample_docs" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_report():
    result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_sample_report_validates_against_the_schema(sample_report):
    jsonschema.validate(sample_report, SCHEMA)
    assert sample_report["summary"]["documents"] == len(EXPECTED)
    assert sample_report["lexicons"]["version"] != "unversioned"


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e["file"])
def test_each_sample_gets_its_expected_verdict(sample_report, expected):
    document = next(d for d in sample_report["documents"] if Path(d["path"]).name == expected["file"])
    assert document["status"] == "ok"
    assert document["language"] == expected["language"]
    assert document["stance"] == expected["stance"], document["explanation"]
    assert document["digital_only"] == expected["digital_only"], document["explanation"]


def test_evidence_carries_page_text_label_and_terms(sample_report):
    policy = next(d for d in sample_report["documents"] if d["path"].endswith("sv_innovationspolicy_kommun.pdf"))
    enabling = [e for e in policy["evidence"] if e["label"] == "enables"]
    assert enabling and all(isinstance(e["page"], int) and e["page"] >= 1 for e in enabling)
    assert all(e["terms"] for e in enabling)
    assert any(t["effect"] == "enables" for e in enabling for t in e["terms"])
    covered = [name for name, d in policy["dimensions"].items() if d["covered"]]
    assert len(covered) >= 8
    assert all(policy["dimensions"][name]["evidence"] for name in covered)


def test_terminal_report_shows_summary_verdicts_and_pages():
    result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--ui-lang", "en"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "Enables innovation" in result.output
    assert "Hinders innovation" in result.output
    assert "Does not mention innovation" in result.output
    assert "sv_lokalforsorjningsplan.txt" in result.output
    assert "Rubric:" in result.output


def test_bad_file_among_good_ones_is_reported_and_the_batch_carries_on(tmp_path):
    make_pdf(tmp_path / "good.pdf", [["Kommunen ska främja innovation och avsätta tid för att pröva nya arbetssätt."]])
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    make_docx(tmp_path / "good.docx", [("Normal", "Kommunen skal legge til rette for innovasjon og gi ansatte tid til å prøve ut nye ideer.")])
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["scan", str(tmp_path), "--format", "json", "--output", str(out)])
    assert result.exit_code == 3  # some input could not be read
    report = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    by_name = {Path(d["path"]).name: d for d in report["documents"] if Path(d["path"]).name != "report.json"}
    assert by_name["good.pdf"]["stance"] == "enables"
    assert by_name["good.docx"]["stance"] == "enables" and by_name["good.docx"]["language"] == "nb"
    assert by_name["broken.pdf"]["error"]["code"] == "corrupt"
    assert by_name["old.doc"]["error"]["code"] == "unsupported_format"


def test_language_override_and_unknown_language(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Kommunen ska främja innovation.", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(path), "--format", "json", "--lang", "sv"])
    assert json.loads(result.stdout)["documents"][0]["language"] == "sv"
    result = runner.invoke(app, ["scan", str(path), "--lang", "xx"])
    assert result.exit_code == 2


def test_unknown_format_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["scan", str(ROOT / "sample_docs"), "--format", "yaml"])
    assert result.exit_code == 2 and "unknown format" in result.output


def test_installed_entry_point_runs_from_another_directory(tmp_path):
    """The real command, as a user runs it, from a directory without lexicons/ in it."""
    sample = ROOT / "sample_docs" / "sv_lokalforsorjningsplan.txt"
    completed = subprocess.run(
        [sys.executable, "-m", "policyscan", "scan", str(sample), "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    document = json.loads(completed.stdout)["documents"][0]
    assert document["stance"] == "absent" and document["digital_only"] is None
