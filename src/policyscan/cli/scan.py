"""`policyscan scan PATH...`: a thin layer over policyscan.batch and the report formatters."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import typer

from ..api import lexicons_for
from ..batch import BatchOptions, run_batch
from ..ci.check import check
from ..i18n import resolve_ui_language
from ..ingest import discover
from ..options import ScanOptions
from ..report import RunInfo, ScanReport, formatter_for
from ..report.registry import FORMATS, is_streaming, writes_binary
from . import _ci
from ._app import ExitCode, app, ui_translator
from .progress import Progress


def _completed(output: Path, output_format: str) -> set[str]:
    if not output.exists():
        return set()
    from ..report import csv_format, jsonl_format

    module = {"csv": csv_format, "jsonl": jsonl_format}[output_format]
    text = output.read_text(encoding="utf-8", errors="replace")
    # Drop a torn last line left by a kill mid-write, so appended rows start on a fresh line.
    if text and not text.endswith("\n"):
        text = text[: text.rfind("\n") + 1]
        output.write_text(text, encoding="utf-8")
    return module.completed_paths(text)


@app.command()
def scan(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files and folders (folders are scanned recursively)."),
    output_format: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file instead of the terminal."),
    lang: str = typer.Option(None, "--lang", help="Override language identification: sv, nb, nn, da or en."),
    layout: bool = typer.Option(False, "--layout", help="PDF layout mode (slower): crop running headers/footers, read two-column pages in order."),
    password: str = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDF pages with Tesseract (must be installed, with Swedish/Norwegian data)."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; entries with the same id override (repeatable)."),
    evidence: int = typer.Option(5, "--evidence", help="Evidence sentences shown per document in the terminal, HTML, Markdown and Word reports."),
    ui_lang: str = typer.Option(None, "--ui-lang", envvar="POLICYSCAN_UI_LANG", help="Interface language of the reports and messages: sv, nb, nn or en (default: from LANG, else the documents' language)."),
    workers: int = typer.Option(None, "--workers", "-w", help="Worker processes (default: the CPU count; 0 = in this process, no isolation)."),
    timeout: float = typer.Option(120.0, "--timeout", help="Seconds allowed per file before it is reported as 'timeout'."),
    max_memory: int = typer.Option(2048, "--max-memory", help="Memory limit per worker in MB (0 = none)."),
    max_size: int = typer.Option(100, "--max-size", help="Largest file to read, in MB."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse results for unchanged files (see --cache-dir)."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Cache location (default: $POLICYSCAN_CACHE_DIR or ~/.cache/policyscan)."),
    resume: bool = typer.Option(False, "--resume", help="With --format jsonl/csv and --output: continue an interrupted run, skipping finished files."),
    evidence_output: Path = typer.Option(None, "--evidence-output", help="With --format csv: the evidence CSV (default: OUTPUT_evidence.csv)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
    fail_on: list[str] = typer.Option([], "--fail-on", help="Fail (exit 1) when this condition holds, e.g. hinders, not-enabling, digital-only, missing-dimension[:NAME], hindering-share>0.25, hindering-unit (repeatable; docs/ci.md)."),
    warn_on: list[str] = typer.Option([], "--warn-on", help="Report these conditions as warnings without failing (default: hindering-unit, mixed-unit, stale-suppression, invalid-suppression)."),
    require_dimension: list[str] = typer.Option([], "--require-dimension", help="Rubric dimension that missing-dimension checks (repeatable)."),
    baseline: Path = typer.Option(None, "--baseline", help="A JSON report (--format json) of accepted findings: only new findings fail."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when a --fail-on condition is breached (unreadable inputs still exit 3)."),
    config_file: Path = typer.Option(None, "--config", help="Config file to use (default: policyscan.toml, or pyproject.toml with a tool.policyscan table, looked for upwards from here)."),
    no_config: bool = typer.Option(False, "--no-config", help="Use no config file."),
) -> None:
    """Scan documents and report whether each enables, hinders or only mentions innovation."""
    config = _ci.settings(ctx, _ci.SCAN_KEYS, config_file, no_config)
    output_format, lang, layout, lexicon = config["format"], config["language"], config["layout"], config["lexicons"]
    workers, timeout, max_size, cache, evidence = (config[k] for k in ("workers", "timeout", "max_size", "cache", "evidence"))
    policy, accepted = _ci.policy(config), _ci.baseline(config)
    _ci.notes(config, quiet=quiet)
    tr = ui_translator(ui_lang)
    if lang and lang not in ("sv", "nb", "nn", "da", "en"):
        typer.echo(tr("cli.unknown_language", value=lang), err=True)
        raise typer.Exit(ExitCode.USAGE)
    try:
        formatter = formatter_for(output_format)
    except ValueError:
        typer.echo(tr("cli.unknown_format", value=output_format, choices=", ".join(sorted(FORMATS))), err=True)
        raise typer.Exit(ExitCode.USAGE) from None
    streaming = is_streaming(output_format)
    binary = writes_binary(output_format)
    if binary and not output:
        typer.echo(tr("cli.needs_output", format=output_format), err=True)
        raise typer.Exit(ExitCode.USAGE)
    if resume and not (streaming and output):
        typer.echo(tr("cli.resume_needs"), err=True)
        raise typer.Exit(ExitCode.USAGE)
    options = ScanOptions(
        language=lang, layout=layout, password=password, lexicons=tuple(str(p) for p in lexicon),
        max_bytes=max_size * 1024 * 1024, ocr=ocr,
    )
    lexicons = lexicons_for(options)
    if lexicons.problems:
        for problem in lexicons.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(ExitCode.USAGE)
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        typer.echo(tr("cli.no_such_path", path=path), err=True)
    files = list(discover(p for p in paths if p.exists()))
    if output:
        files = [f for f in files if f.resolve() != output.resolve()]
    files = _ci.select(files, config, quiet=quiet)
    done = _completed(output, output_format) if resume else set()
    batch = BatchOptions(
        workers=workers, timeout=timeout, memory_mb=max_memory or None, cache=cache,
        cache_dir=str(cache_dir) if cache_dir else None, skip=frozenset(done),
    )
    run = RunInfo.create(lexicons, options)
    order = {str(f): i for i, f in enumerate(files)}
    results = []
    progress = Progress(len([f for f in files if str(f) not in done]), enabled=not quiet)
    interrupted = False
    with ExitStack() as stack:
        writer = None
        if streaming:
            append = resume and output is not None and output.exists() and output.stat().st_size > 0
            stream = stack.enter_context(open(output, "a" if append else "w", encoding="utf-8", newline="")) if output else sys.stdout
            extra = {}
            if output_format == "csv" and output:
                from ..report.csv_format import evidence_path

                target = evidence_output or evidence_path(output)
                extra["evidence"] = stack.enter_context(open(target, "a" if append else "w", encoding="utf-8", newline=""))
            writer = formatter(stream, run, header=not append, **extra)
        def produced():
            # Each result is written (streaming formats) and checked as soon as it is done; streaming keeps
            # only a slim copy (no evidence units), so memory does not grow with the corpus.
            for result in run_batch(files, options, batch, lexicons.digest):
                progress.advance(result)
                if writer:
                    writer.write(result)
                results.append(replace(result, units=()) if streaming else result)
                yield result

        checks = None
        try:
            checks = check(produced(), policy, baseline=accepted)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            progress.close()
            if writer:
                writer.close()
    if interrupted:
        typer.echo(tr("cli.interrupted", done=len(results), total=len(files) - len(done)), err=True)
        raise typer.Exit(130)
    results.sort(key=lambda r: order.get(r.path, len(order)))
    checks = replace(checks, findings=tuple(sorted(checks.findings, key=lambda f: order.get(f.path, len(order)))))
    if not streaming:
        report = ScanReport(run, tuple(results), checks)
        # The interface language: --ui-lang, else the environment (LANG), else the documents' language.
        ui = resolve_ui_language(ui_lang, [r.language for r in results if r.status == "ok"])
        settings = {"evidence_limit": evidence, "ui_lang": ui}
        if output:
            with open(output, "wb") if binary else open(output, "w", encoding="utf-8") as stream:
                formatter(report, stream, **settings)
        else:
            formatter(report, sys.stdout, **settings)
    _ci.finish(checks, results, missing, config, quiet=quiet)
