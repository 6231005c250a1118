"""`policyscan diff OLD NEW`: what changed between two versions of a draft, with fail conditions."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..api import lexicons_for, scan_file
from ..ci.diff_check import check_diff
from ..diff import diff_documents
from ..options import ScanOptions
from ..report import RunInfo
from ..report.diff_format import DiffReport
from ..report.registry import DIFF_FORMATS, diff_formatter_for
from . import _ci
from ._app import ExitCode, app


@app.command()
def diff(
    ctx: typer.Context,
    old: Path = typer.Argument(..., help="The earlier version (PDF, DOCX, TXT or Markdown)."),
    new: Path = typer.Argument(..., help="The new version (any supported format)."),
    output_format: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(DIFF_FORMATS)}."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: list[str] = typer.Option([], "--fail-on", help="Fail (exit 1) on: lost-enabling, gained-hindering, lost-dimension[:NAME], stance-changed, stance-worse, became-digital-only, or any scan condition checked on NEW (repeatable)."),
    warn_on: list[str] = typer.Option([], "--warn-on", help="Report these conditions as warnings (default: gained-hindering, lost-enabling, lost-dimension)."),
    require_dimension: list[str] = typer.Option([], "--require-dimension", help="Rubric dimension that missing-dimension checks (repeatable)."),
    lang: str = typer.Option(None, "--lang", help="Override language identification: sv, nb, nn, da or en."),
    layout: bool = typer.Option(False, "--layout", help="PDF layout mode."),
    password: str = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder (repeatable)."),
    evidence: int = typer.Option(10, "--evidence", help="Units listed per change in the table and Markdown reports."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when a --fail-on condition holds (unreadable inputs still exit 3)."),
    config_file: Path = typer.Option(None, "--config", help="Config file to use."),
    no_config: bool = typer.Option(False, "--no-config", help="Use no config file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line on stderr."),
) -> None:
    """Compare two versions of a draft: verdict change, units added/removed by label, dimensions gained/lost.

    Exit codes: 0 nothing breached, 1 a --fail-on condition holds, 2 usage/config error, 3 a version could not be read."""
    config = _ci.settings(ctx, _ci.DIFF_KEYS, config_file, no_config)
    try:
        formatter = diff_formatter_for(config["diff.format"])
    except ValueError as exc:
        raise _ci.usage_error(str(exc)) from None
    policy = _ci.policy(config, "diff")
    options = ScanOptions(language=config["language"], layout=config["layout"], password=password, lexicons=tuple(config["lexicons"]))
    lexicons = lexicons_for(options)
    if lexicons.problems:
        for problem in lexicons.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(ExitCode.USAGE)
    old_result = scan_file(old, options, lexicons)
    new_result = scan_file(new, options, lexicons)
    both_ok = old_result.status == "ok" and new_result.status == "ok"
    document_diff = diff_documents(old_result, new_result) if both_ok else None
    checks = check_diff(old_result, new_result, document_diff, policy)
    report = DiffReport(RunInfo.create(lexicons, options), old_result, new_result, document_diff, checks)
    if output:
        with open(output, "w", encoding="utf-8") as stream:
            formatter(report, stream, evidence_limit=config["evidence"])
    else:
        formatter(report, sys.stdout, evidence_limit=config["evidence"])
    for result in (old_result, new_result):
        if result.status != "ok":
            typer.echo(f"policyscan: {result.path} could not be read: {result.error.code}: {result.error.message}", err=True)
    _ci.finish(checks, [old_result, new_result], [], config, quiet=quiet)
