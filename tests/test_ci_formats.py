"""The CI formats, from the real CLI: SARIF (validated against the SARIF 2.1.0 schema), JUnit XML, GitHub
annotations, GitLab Code Quality, Markdown, concise, and the JSON report's checks."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from builders import make_pdf
from ci_support import (
    ABSENT,
    ENABLING,
    HINDERING,
    HINDERING_2,
    invoke,
    json_out,
    validate_sarif,
    write,
)

from policyscan.report import ScanReport
from policyscan.report.github_format import command

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / ".cache"))


@pytest.fixture
def drafts(tmp_path):
    """A hindering Markdown draft (hindering sentence on line 5, one accepted on line 8), an enabling text,
    a PDF with a hindering sentence on page 2, and a broken file."""
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "regler.md").write_text(
        "# Regler för nya lösningar\n"          # 1
        "\n"                                     # 2
        f"{ENABLING}\n"                          # 3
        "\n"                                     # 4
        f"{HINDERING}\n"                         # 5
        "\n"                                     # 6
        '<!-- policyscan: ignore hindering-unit reason="Lagkrav" -->\n'  # 7
        f"{HINDERING_2}\n",                      # 8
        encoding="utf-8",
    )
    write(tmp_path / "policies" / "plan.txt", ENABLING)
    make_pdf(tmp_path / "policies" / "it.pdf", [["Riktlinjer för IT"], [HINDERING]])
    (tmp_path / "policies" / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    return tmp_path / "policies"


def scan(*args: str):
    return invoke("scan", "policies", "--fail-on", "hinders", *args)


def test_sarif_validates_and_points_at_file_and_line(drafts):
    result = scan("--format", "sarif")
    assert result.exit_code == 3  # broken.pdf
    log = json.loads(result.stdout)
    validate_sarif(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["tool"]["driver"]["name"] == "policyscan"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert {"hinders", "hindering-unit", "missing-dimension", "stale-suppression"} <= set(rule_ids)
    results = run["results"]
    for item in results:
        assert rule_ids[item["ruleIndex"]] == item["ruleId"]
        assert item["partialFingerprints"]["policyscan/v1"]
    md = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "policies/regler.md"]
    unit = next(r for r in md if r["ruleId"] == "hindering-unit" and "suppressions" not in r)
    region = unit["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 5 and region["snippet"]["text"] == HINDERING
    assert unit["level"] == "warning"
    accepted = next(r for r in md if "suppressions" in r)
    assert accepted["suppressions"][0]["kind"] == "inSource"
    assert accepted["suppressions"][0]["justification"] == "Lagkrav"
    assert accepted["locations"][0]["physicalLocation"]["region"]["startLine"] == 8
    pdf = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "policies/it.pdf"]
    assert any(r["ruleId"] == "hinders" and r["level"] == "error" for r in pdf)
    pdf_unit = next(r for r in pdf if r["ruleId"] == "hindering-unit")
    assert pdf_unit["properties"]["page"] == 2 and "(page 2)" in pdf_unit["message"]["text"]
    assert "region" not in pdf_unit["locations"][0]["physicalLocation"]  # SARIF regions have no pages
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "broken.pdf" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_with_a_baseline_marks_new_and_unchanged(drafts, tmp_path):
    assert invoke("scan", "policies", "--format", "json", "-o", "baseline.json").exit_code == 3
    with (drafts / "regler.md").open("a", encoding="utf-8") as handle:
        handle.write("\nMedarbetare får inte pröva nya arbetssätt utan beslut i nämnden.\n")
    result = scan("--format", "sarif", "--baseline", "baseline.json")
    log = json.loads(result.stdout)
    validate_sarif(log)
    states = {r["baselineState"] for r in log["runs"][0]["results"]}
    assert states == {"new", "unchanged"}
    unchanged = [r for r in log["runs"][0]["results"] if r["baselineState"] == "unchanged"]
    assert all(r["suppressions"][0]["kind"] == "external" for r in unchanged)


def test_junit_has_one_test_case_per_document(drafts):
    result = scan("--format", "junit")
    assert result.exit_code == 3
    root = ET.fromstring(result.stdout)
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert set(cases) == {"policies/regler.md", "policies/plan.txt", "policies/it.pdf", "policies/broken.pdf"}
    assert suite.get("tests") == "4" and suite.get("failures") == "1" and suite.get("errors") == "1"
    assert cases["policies/it.pdf"].find("failure").get("type") == "hinders"
    assert cases["policies/broken.pdf"].find("error").get("type") == "corrupt"
    assert cases["policies/plan.txt"].find("failure") is None
    assert "verdict: enables" in cases["policies/plan.txt"].find("system-out").text
    out = cases["policies/regler.md"].find("system-out").text
    assert "inline-suppressed (Lagkrav)" in out and "warning: policies/regler.md:5" in out


def test_github_annotations_point_at_lines_and_pages(drafts):
    result = scan("--format", "github")
    lines = result.stdout.splitlines()
    assert any(line.startswith("::warning file=policies/regler.md,line=5,title=policyscan hindering-unit::") for line in lines)
    assert not any("line=8" in line for line in lines)  # accepted inline
    assert any(line.startswith("::error file=policies/it.pdf,title=policyscan hinders::") for line in lines)
    assert any(line.startswith("::warning file=policies/it.pdf,title=") and "(page 2)" in line for line in lines)
    assert any(line.startswith("::error file=policies/broken.pdf,title=policyscan%3A unreadable input::") for line in lines)


def test_github_escaping():
    line = command("error", "100% sure\nnext", file="a,b:c.md", line=3, end_line=5, title="t: x, y")
    assert line == "::error file=a%2Cb%3Ac.md,line=3,endLine=5,title=t%3A x%2C y::100%25 sure%0Anext"


def test_gitlab_code_quality(drafts):
    result = scan("--format", "gitlab")
    issues = json.loads(result.stdout)
    by_check = {(i["check_name"], i["location"]["path"]): i for i in issues}
    assert by_check[("policyscan/hindering-unit", "policies/regler.md")]["location"]["lines"]["begin"] == 5
    assert by_check[("policyscan/hinders", "policies/it.pdf")]["severity"] == "major"
    assert by_check[("policyscan/unreadable", "policies/broken.pdf")]["severity"] == "critical"
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_markdown_for_a_pull_request_comment(drafts):
    result = scan("--format", "markdown")
    text = result.stdout
    title = text.splitlines()[1]
    assert text.startswith("<!-- policyscan-report -->\n## 🚫 policyscan: ")
    assert "could not be read" in title and "breached" in title
    assert "| ❌ | `policies/it.pdf` | 🔴 hinders |" in text
    assert "| ✅ | `policies/plan.txt` | 🟢 enables |" in text
    assert "### Breached conditions" in text and "**hinders**" in text
    assert "| line 5 | 🔴 hinders |" in text  # key evidence with its line
    assert "| page 2 | 🔴 hinders |" in text  # … or its page
    assert "accepted: inline, line 7: Lagkrav" in text
    assert "**Rubric (" in text


def test_markdown_stays_under_the_comment_limit(drafts):
    from policyscan.api import lexicons_for, scan_file
    from policyscan.ci.check import check
    from policyscan.options import ScanOptions
    from policyscan.report.markdown_format import render
    from policyscan.report.run import RunInfo

    results = tuple(scan_file(p) for p in sorted(drafts.iterdir()))
    report = ScanReport(RunInfo.create(lexicons_for(ScanOptions()), ScanOptions()), results, check(results))
    full, short = StringIO(), StringIO()
    render(report, full)
    render(report, short, max_chars=900)
    assert len(short.getvalue()) <= 900 < len(full.getvalue())
    assert short.getvalue().startswith("<!-- policyscan-report -->")


def test_concise_is_one_line_per_finding(drafts):
    lines = scan("--format", "concise").stdout.splitlines()
    assert any(line.startswith(f"policies/regler.md:5: warning [hindering-unit] Hinders innovation: “{HINDERING}”") for line in lines)
    assert any(line.startswith("policies/it.pdf (page 2): error [hinders] The document hinders innovation") for line in lines)
    assert "policies/broken.pdf: error [unreadable] corrupt" in lines[0]
    assert lines[-1].startswith("policyscan: 4 document(s): 1 error (hinders)")


def test_json_report_carries_lines_and_checks_and_validates(drafts):
    result = scan("--format", "json")
    report = json_out(result)
    jsonschema.validate(report, SCHEMA)
    assert report["schema_version"] == "1.1"
    regler = next(d for d in report["documents"] if d["path"].endswith("regler.md"))
    assert {(e["text"], e["line"]) for e in regler["evidence"]} >= {(ENABLING, 3), (HINDERING, 5), (HINDERING_2, 8)}
    assert all("policyscan:" not in e["text"] for e in regler["evidence"])  # the marker is not analysed
    pdf = next(d for d in report["documents"] if d["path"].endswith("it.pdf"))
    assert all(e["line"] is None and e["page"] for e in pdf["evidence"])
    findings = report["checks"]["findings"]
    assert report["checks"]["fail_on"] == ["hinders"]
    assert report["checks"]["counts"]["suppressed"] == 1
    assert {f["condition"] for f in findings if f["level"] == "error"} == {"hinders"}


def test_ci_formats_without_any_finding(tmp_path):
    write(tmp_path / "policies" / "budget.txt", ABSENT)
    for name in ("sarif", "junit", "github", "gitlab", "markdown", "concise"):
        result = scan("--format", name)
        assert result.exit_code == 0, (name, result.output)
    log = json.loads(scan("--format", "sarif").stdout)
    validate_sarif(log)
    assert log["runs"][0]["results"] == []
    assert json.loads(scan("--format", "gitlab").stdout) == []
    assert "✅ policyscan: no conditions breached" in scan("--format", "markdown").stdout


def test_output_file(drafts, tmp_path):
    result = scan("--format", "sarif", "--output", "out.sarif", "-q")
    assert result.exit_code == 3
    validate_sarif(json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8")))
