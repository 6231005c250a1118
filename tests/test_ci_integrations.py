"""The integrations, run as written: the pre-commit hook of .pre-commit-hooks.yaml, and every `policyscan`
command line of the GitHub Actions and GitLab CI examples in docs/ci.md, in a fresh folder that holds the
docs' policyscan.toml and a few drafts."""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from ci_support import ENABLING, HINDERING, MEASUREMENT, validate_sarif, write

ROOT = Path(__file__).resolve().parents[1]
CI_DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def blocks(language: str) -> list[str]:
    return [m.group(1) for m in re.finditer(rf"```{language}\n(.*?)```", CI_DOC, re.DOTALL)]


def yaml_example(predicate) -> dict:
    found = [data for data in map(yaml.safe_load, blocks("yaml")) if isinstance(data, dict) and predicate(data)]
    assert len(found) == 1
    return found[0]


@pytest.fixture
def repo(tmp_path):
    """A policy repository: the docs' policyscan.toml, two drafts, an archived one, and a `policyscan` on PATH
    that runs this interpreter's policyscan."""
    config = next(b for b in blocks("toml") if "# policyscan.toml" in b)
    (tmp_path / "policyscan.toml").write_text(config, encoding="utf-8")
    write(tmp_path / "policies" / "plan.md", "# Innovationsplan", ENABLING, MEASUREMENT)
    write(tmp_path / "policies" / "regler.md", "# Regler", HINDERING)
    write(tmp_path / "policies" / "archive" / "gammal.md", HINDERING)  # excluded by the config
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "policyscan"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m policyscan "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return tmp_path


def run_line(line: str, repo: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "PATH": f"{repo / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "POLICYSCAN_CACHE_DIR": str(repo / ".cache"),
        "PYTHONIOENCODING": "utf-8",
        **env,
    }
    return subprocess.run(["sh", "-c", line], cwd=repo, capture_output=True, text=True, env=environment, timeout=300)


def policyscan_lines(script: str | list[str]) -> list[str]:
    lines = script if isinstance(script, list) else script.splitlines()
    return [line.strip() for line in lines if line.strip().startswith("policyscan ")]


def test_pre_commit_hook(repo):
    (hook,) = HOOKS
    assert {"id", "name", "entry", "language", "files"} <= set(hook) and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("policies/plan.md") and files.search("beslut/regler.PDF") and files.search("x.docx")
    assert not files.search("policyscan.toml") and not files.search("report.json")
    example = yaml_example(lambda d: "repos" in d)
    (configured,) = example["repos"][0]["hooks"]
    assert configured["id"] == hook["id"]
    args = " ".join(shlex.quote(a) for a in configured.get("args", []))
    # pre-commit runs: entry + args + the staged files that match `files`.
    bad = run_line(f"{hook['entry']} {args} policies/regler.md policies/plan.md", repo)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "policies/regler.md:3: error [hinders]" in bad.stdout
    good = run_line(f"{hook['entry']} {args} policies/plan.md policies/archive/gammal.md", repo)
    assert good.returncode == 0, good.stdout + good.stderr  # the archived draft is excluded by the config


def test_github_actions_example_runs_as_written(repo):
    workflow = yaml_example(lambda d: "jobs" in d)
    steps = workflow["jobs"]["policyscan"]["steps"]
    summary = repo / "step-summary.md"
    summary.write_text("", encoding="utf-8")
    failed = False
    ran = []
    for step in steps:
        if failed:
            assert step.get("if") == "always()", f"step {step.get('name')!r} would not run after the failing check"
        for line in policyscan_lines(step.get("run", "")):
            completed = run_line(line, repo, GITHUB_STEP_SUMMARY=str(summary))
            ran.append((step["name"], line, completed.returncode))
            expected = 1 if step["name"] == "Check the drafts" else 0
            assert completed.returncode == expected, (line, completed.stdout, completed.stderr)
            failed = failed or completed.returncode != 0
            if step["name"] == "Check the drafts":
                assert "::error file=policies/regler.md,line=3,title=policyscan hinders::" in completed.stdout
                assert "archive" not in completed.stdout
    assert [name for name, _, _ in ran] == ["Check the configuration", "Check the drafts", "SARIF for code scanning", "Job summary"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    log = json.loads((repo / upload["with"]["sarif_file"]).read_text(encoding="utf-8"))
    validate_sarif(log)
    assert any(r["ruleId"] == "hinders" and r["level"] == "error" for r in log["runs"][0]["results"])
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("<!-- policyscan-report -->") and "policies/regler.md" in text


def test_gitlab_ci_example_runs_as_written(repo):
    job = yaml_example(lambda d: "policyscan" in d and "script" in d["policyscan"])["policyscan"]
    lines = policyscan_lines(job["script"])
    assert len(lines) == 2
    results = [run_line(line, repo) for line in lines]
    assert [r.returncode for r in results] == [0, 1], [(r.stdout, r.stderr) for r in results]
    reports = job["artifacts"]["reports"]
    issues = json.loads((repo / reports["codequality"]).read_text(encoding="utf-8"))
    assert any(i["check_name"] == "policyscan/hinders" and i["location"]["path"] == "policies/regler.md" for i in issues)
    junit = ET.parse(repo / reports["junit"]).getroot()
    cases = {c.get("name"): c for c in junit.iter("testcase")}
    assert set(cases) == {"policies/plan.md", "policies/regler.md"}
    assert cases["policies/regler.md"].find("failure") is not None and cases["policies/plan.md"].find("failure") is None


def test_documented_config_is_valid_and_shown_with_sources(repo):
    completed = run_line("policyscan config", repo)
    assert completed.returncode == 0, completed.stderr
    assert 'fail_on = ["hinders", "digital-only", "hindering-share>0.25"]' in completed.stdout
    assert "# policyscan.toml:" in completed.stdout
