"""`policyscan scan PATH...`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..api import lexicons_for, scan_file
from ..ingest import discover
from ..options import ScanOptions
from ..report import RunInfo, ScanReport, formatter_for
from ..report.registry import FORMATS
from ._app import ExitCode, app


@app.command()
def scan(
    paths: list[Path] = typer.Argument(..., help="Files and folders (folders are scanned recursively)."),
    output_format: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file instead of the terminal."),
    lang: str = typer.Option(None, "--lang", help="Override language identification: sv, nb, nn, da or en."),
    layout: bool = typer.Option(False, "--layout", help="PDF layout mode (slower): crop running headers/footers, read two-column pages in order."),
    password: str = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; entries with the same id override (repeatable)."),
    evidence: int = typer.Option(5, "--evidence", help="Evidence units shown per document in the terminal report."),
) -> None:
    """Scan documents and report whether each enables, hinders or only mentions innovation."""
    if lang and lang not in ("sv", "nb", "nn", "da", "en"):
        typer.echo(f"Unknown language '{lang}': use sv, nb, nn, da or en.", err=True)
        raise typer.Exit(ExitCode.USAGE)
    try:
        formatter = formatter_for(output_format)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(ExitCode.USAGE) from None
    options = ScanOptions(language=lang, layout=layout, password=password, lexicons=tuple(str(p) for p in lexicon))
    lexicons = lexicons_for(options)
    if lexicons.problems:
        for problem in lexicons.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(ExitCode.USAGE)
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        typer.echo(f"No such file or folder: {path}", err=True)
    results = tuple(scan_file(path, options, lexicons) for path in discover(p for p in paths if p.exists()))
    report = ScanReport(RunInfo.create(lexicons, options), results)
    if output:
        with open(output, "w", encoding="utf-8") as stream:
            formatter(report, stream)
    else:
        formatter(report, sys.stdout)
    if missing or any(r.status == "error" for r in results):
        raise typer.Exit(ExitCode.UNREADABLE)
