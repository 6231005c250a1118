"""`policyscan summary`: verdicts per subfolder, coverage matrix, charts (SVG and PNG)."""

from __future__ import annotations

import json


from test_batch import make_corpus
from typer.testing import CliRunner

from policyscan.cli import app
from policyscan.summary import read_results_file, summarise_dicts

runner = CliRunner()


def test_summary_groups_by_subfolder_and_writes_charts(tmp_path):
    make_corpus(tmp_path / "docs", 9)  # kommun0..2, sentences cycle through enables/hinders/neutral/absent
    out = tmp_path / "scan.jsonl"
    assert runner.invoke(app, ["scan", str(tmp_path / "docs"), "-f", "jsonl", "-o", str(out), "--no-cache", "-q", "-w", "0"]).exit_code == 0
    summary = summarise_dicts(read_results_file(out))
    assert set(summary.groups) == {"kommun0", "kommun1", "kommun2"}
    assert sum(sum(v for k, v in c.items() if k != "digital_only") for c in summary.groups.values()) == 9
    stances = [d["stance"] for d in read_results_file(out) if d.get("type") == "document"]
    assert summary.totals["absent"] == stances.count("absent")

    svg = tmp_path / "chart.svg"
    png = tmp_path / "chart.png"
    result = runner.invoke(app, ["summary", str(out), "--chart", str(svg)], env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.output
    assert "kommun1" in result.output and "Rubric coverage" in result.output
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<svg") and text.count("<rect") >= 5 and "kommun2" in text
    assert runner.invoke(app, ["summary", str(out), "--chart", str(png)]).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    as_json = json.loads(runner.invoke(app, ["summary", str(out), "-f", "json"]).stdout)
    assert as_json["totals"] == summary.totals and len(as_json["documents"]) == 9


def test_summary_reads_csv_too(tmp_path):
    make_corpus(tmp_path / "docs", 3)
    out = tmp_path / "scan.csv"
    runner.invoke(app, ["scan", str(tmp_path / "docs"), "-f", "csv", "-o", str(out), "--no-cache", "-q", "-w", "0"])
    summary = summarise_dicts(read_results_file(out))
    assert len(summary.documents) == 3 and all(len(d.dimensions) == 13 for d in summary.documents)
    assert runner.invoke(app, ["summary", str(out), "--chart", str(tmp_path / "x.gif")]).exit_code == 2


def test_summary_of_missing_input_is_a_usage_error(tmp_path):
    assert runner.invoke(app, ["summary", str(tmp_path / "nothing")]).exit_code == 2


