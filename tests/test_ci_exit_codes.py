"""Exit codes of the real CLI: 0 nothing breached, 1 breached, 2 usage/config error, 3 unreadable input,
and their precedence (2 > 3 > 1 > 0)."""

from __future__ import annotations

import pytest
from ci_support import ABSENT, ENABLING, HINDERING, invoke, json_out, run_module, write

from policyscan.ci.findings import ExitStatus, exit_status
from policyscan.cli._app import ExitCode


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / ".cache"))


def test_the_sentences_these_tests_use_get_their_labels():
    """If the lexicons change so that one of these no longer holds, the CI tests need other sentences."""
    from ci_support import DIGITAL, HINDERING_2, MEASUREMENT

    from policyscan import analyse_text

    assert analyse_text(ENABLING, "sv").stance == "enables"
    assert analyse_text(HINDERING, "sv").stance == "hinders"
    assert analyse_text(HINDERING_2, "sv").stance == "hinders"
    assert analyse_text(ABSENT, "sv").stance == "absent"
    assert analyse_text(DIGITAL, "sv").digital_only is True
    assert "measurement" in {d.name for d in analyse_text(MEASUREMENT, "sv").dimensions if d.covered}


def test_core_exit_codes_match_the_cli_codes():
    assert (ExitStatus.OK, ExitStatus.BREACHED, ExitStatus.USAGE, ExitStatus.UNREADABLE) == tuple(ExitCode)
    assert exit_status(breached=False, unreadable=False) == 0
    assert exit_status(breached=True, unreadable=False) == 1
    assert exit_status(breached=True, unreadable=False, exit_zero=True) == 0
    assert exit_status(breached=True, unreadable=True) == 3
    assert exit_status(breached=True, unreadable=True, exit_zero=True) == 3


def test_0_when_nothing_is_breached(tmp_path):
    write(tmp_path / "good.md", ENABLING)
    result = invoke("scan", "good.md", "--fail-on", "hinders", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json_out(result)["checks"]["breached"] is False


def test_0_without_fail_conditions_even_for_a_hindering_draft(tmp_path):
    """fail_on is empty by default: the report shows the hindering sentence, the run does not fail."""
    write(tmp_path / "bad.md", HINDERING)
    result = invoke("scan", "bad.md", "--format", "concise")
    assert result.exit_code == 0
    assert "warning [hindering-unit]" in result.stdout


@pytest.mark.parametrize(
    ("text", "condition"),
    [(HINDERING, "hinders"), (ABSENT, "absent"), (ABSENT, "not-enabling"), (HINDERING, "hindering-unit"), (HINDERING, "hindering-share>0.5")],
)
def test_1_when_a_fail_condition_holds(tmp_path, text, condition):
    write(tmp_path / "draft.md", text)
    result = invoke("scan", "draft.md", "--fail-on", condition, "--format", "json")
    assert result.exit_code == 1, result.output
    checks = json_out(result)["checks"]
    assert checks["breached"] is True
    assert any(f["level"] == "error" and f["condition"] == condition for f in checks["findings"])


def test_display_and_failure_are_set_separately(tmp_path):
    """A condition in warn_on is shown but does not fail; the same one in fail_on fails."""
    write(tmp_path / "bad.md", HINDERING)
    shown = invoke("scan", "bad.md", "--warn-on", "hinders", "--format", "concise")
    assert shown.exit_code == 0 and "warning [hinders]" in shown.stdout
    failed = invoke("scan", "bad.md", "--fail-on", "hinders", "--format", "concise")
    assert failed.exit_code == 1 and "error [hinders]" in failed.stdout


def test_exit_zero_reports_but_does_not_fail(tmp_path):
    write(tmp_path / "bad.md", HINDERING)
    result = invoke("scan", "bad.md", "--fail-on", "hinders", "--exit-zero", "--format", "concise")
    assert result.exit_code == 0
    assert "error [hinders]" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fail-on", "hinderz"], "did you mean 'hinders'"),
        (["--fail-on", "missing-dimension"], "required_dimensions"),
        (["--fail-on", "missing-dimension:courage"], "unknown rubric dimension"),
        (["--fail-on", "hindering-share"], "needs a threshold"),
        (["--fail-on", "hindering-share>2"], "outside"),
        (["--fail-on", "lost-enabling"], "diff condition"),
        (["--require-dimension", "nope", "--fail-on", "missing-dimension"], "unknown rubric dimension"),
        (["--format", "yaml"], "unknown format"),
        (["--lang", "xx"], "unknown language"),
        (["--baseline", "missing.json"], "no such file"),
        (["--config", "missing.toml"], "no such config file"),
    ],
)
def test_2_for_usage_errors(tmp_path, args, message):
    write(tmp_path / "draft.md", ENABLING)
    result = invoke("scan", "draft.md", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_2_for_an_invalid_config_file(tmp_path):
    write(tmp_path / "draft.md", ENABLING)
    (tmp_path / "policyscan.toml").write_text('fail_on = ["hinders"]\nworkers = "many"\n', encoding="utf-8")
    result = invoke("scan", "draft.md")
    assert result.exit_code == 2
    assert "policyscan.toml:2" in result.output and "'workers'" in result.output


def test_3_when_an_input_cannot_be_read(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    result = invoke("scan", "broken.pdf", "--format", "concise")
    assert result.exit_code == 3
    assert "broken.pdf: error [unreadable] corrupt" in result.stdout
    assert invoke("scan", "does-not-exist.md").exit_code == 3


def test_3_wins_over_1_and_the_breach_is_still_reported(tmp_path):
    write(tmp_path / "bad.md", HINDERING)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    result = invoke("scan", "bad.md", "broken.pdf", "--fail-on", "hinders", "--format", "json")
    assert result.exit_code == 3
    report = json_out(result)
    assert report["checks"]["breached"] is True and report["checks"]["unreadable"] == 1
    # --exit-zero never hides an unreadable input
    assert invoke("scan", "bad.md", "broken.pdf", "--fail-on", "hinders", "--exit-zero").exit_code == 3


def test_2_wins_over_everything(tmp_path):
    write(tmp_path / "bad.md", HINDERING)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    assert invoke("scan", "bad.md", "broken.pdf", "--fail-on", "nonsense").exit_code == 2


def test_real_process_exit_codes_and_summary(tmp_path):
    """`python -m policyscan` as a pipeline runs it: 1 on a breach with a summary on stderr, 0 when clean."""
    write(tmp_path / "policies" / "bad.md", HINDERING)
    write(tmp_path / "policies" / "good.md", ENABLING)
    bad = run_module("scan", "policies/bad.md", "--fail-on", "hinders", "--format", "github", "-w", "0", cwd=tmp_path)
    assert bad.returncode == 1, bad.stderr
    assert bad.stdout.startswith("::error file=policies/bad.md,line=1")
    assert "policyscan: failed: 1 error (hinders)" in bad.stderr
    good = run_module("scan", "policies/good.md", "--fail-on", "hinders", "--format", "github", "-w", "0", cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    usage = run_module("scan", "policies/good.md", "--fail-on", "nope", cwd=tmp_path)
    assert usage.returncode == 2 and "unknown condition 'nope'" in usage.stderr
