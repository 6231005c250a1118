"""`policyscan scan PATH...`: a thin layer over policyscan.batch and the report formatters."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path

import typer

from ..api import lexicons_for
from ..batch import BatchOptions, run_batch
from ..ingest import discover
from ..options import ScanOptions
from ..report import RunInfo, ScanReport, formatter_for
from ..report.registry import FORMATS, is_streaming
from ._app import ExitCode, app
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
    paths: list[Path] = typer.Argument(..., help="Files and folders (folders are scanned recursively)."),
    output_format: str = typer.Option("table", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file instead of the terminal."),
    lang: str = typer.Option(None, "--lang", help="Override language identification: sv, nb, nn, da or en."),
    layout: bool = typer.Option(False, "--layout", help="PDF layout mode (slower): crop running headers/footers, read two-column pages in order."),
    password: str = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDF pages with Tesseract (must be installed, with Swedish/Norwegian data)."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder; entries with the same id override (repeatable)."),
    evidence: int = typer.Option(5, "--evidence", help="Evidence units shown per document in the terminal report."),
    workers: int = typer.Option(None, "--workers", "-w", help="Worker processes (default: the CPU count; 0 = in this process, no isolation)."),
    timeout: float = typer.Option(120.0, "--timeout", help="Seconds allowed per file before it is reported as 'timeout'."),
    max_memory: int = typer.Option(2048, "--max-memory", help="Memory limit per worker in MB (0 = none)."),
    max_size: int = typer.Option(100, "--max-size", help="Largest file to read, in MB."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse results for unchanged files (see --cache-dir)."),
    cache_dir: Path = typer.Option(None, "--cache-dir", help="Cache location (default: $POLICYSCAN_CACHE_DIR or ~/.cache/policyscan)."),
    resume: bool = typer.Option(False, "--resume", help="With --format jsonl/csv and --output: continue an interrupted run, skipping finished files."),
    evidence_output: Path = typer.Option(None, "--evidence-output", help="With --format csv: the evidence CSV (default: OUTPUT_evidence.csv)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
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
    streaming = is_streaming(output_format)
    if resume and not (streaming and output):
        typer.echo("--resume needs --format jsonl or csv and --output FILE.", err=True)
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
        typer.echo(f"No such file or folder: {path}", err=True)
    files = list(discover(p for p in paths if p.exists()))
    if output:
        files = [f for f in files if f.resolve() != output.resolve()]
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
        try:
            for result in run_batch(files, options, batch, lexicons.digest):
                progress.advance(result)
                if writer:
                    writer.write(result)
                results.append(result)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            progress.close()
            if writer:
                writer.close()
    if interrupted:
        typer.echo(f"Interrupted: {len(results)} of {len(files) - len(done)} files done and kept. Run again with --resume to continue.", err=True)
        raise typer.Exit(130)
    if not streaming:
        results.sort(key=lambda r: order.get(r.path, len(order)))
        report = ScanReport(run, tuple(results))
        if output:
            with open(output, "w", encoding="utf-8") as stream:
                formatter(report, stream)
        else:
            formatter(report, sys.stdout, evidence_limit=evidence) if output_format == "table" else formatter(report, sys.stdout)
    if missing or any(r.status == "error" for r in results):
        raise typer.Exit(ExitCode.UNREADABLE)
