"""`policyscan summary`: verdicts per subfolder, a documents × dimensions matrix and charts."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import typer

from ..models import DIMENSIONS, STANCES
from ..summary import Summary, read_results_file, summarise, summarise_dicts
from ._app import ExitCode, app

_STYLE = {"enables": "green", "hinders": "red", "mixed": "yellow", "neutral": "blue", "absent": "white", "error": "magenta"}


def _bar(counts: dict[str, int], scale: float):
    from rich.text import Text  # rich only when a summary is printed: every command's start-up imports this module

    text = Text()
    for key in (*STANCES, "error"):
        n = counts.get(key, 0)
        if n:
            text.append("█" * max(1, round(n * scale)), style=_STYLE[key])
    return text


def print_summary(summary: Summary, console) -> None:
    """Print the summary tables on a rich Console."""
    from rich.table import Table
    from rich.text import Text

    peak = max((sum(v for k, v in c.items() if k != "digital_only") for c in summary.groups.values()), default=1) or 1
    scale = min(1.0, 40 / peak)
    table = Table(title="Verdicts per folder")
    table.add_column("folder")
    for key in (*STANCES, "error", "digital_only"):
        table.add_column(key.replace("_", " "), justify="right")
    table.add_column("chart")
    for group, counts in summary.groups.items():
        table.add_row(group, *[str(counts.get(k, 0)) for k in (*STANCES, "error", "digital_only")], _bar(counts, scale))
    totals = summary.totals
    table.add_row(Text("all", style="bold"), *[str(totals[k]) for k in (*STANCES, "error", "digital_only")], _bar(totals, scale))
    console.print(table)
    matrix = Table(title="Rubric coverage: documents × dimensions", padding=(0, 1), collapse_padding=True)
    matrix.add_column("document", overflow="ellipsis", no_wrap=True, max_width=40)
    matrix.add_column("verdict", no_wrap=True)
    for i, name in enumerate(DIMENSIONS):
        matrix.add_column(str(i + 1), justify="center", no_wrap=True, min_width=2)
    for row in summary.documents:
        if row.status != "ok":
            continue
        matrix.add_row(Path(row.path).name, Text(row.stance or "", style=_STYLE.get(row.stance or "", "")), *[Text("■", style="green") if c else Text("·", style="dim") for c in row.dimensions])
    coverage = summary.coverage()
    matrix.add_row(Text("share covered (%)", style="bold"), "", *[f"{coverage[n] * 100:.0f}" for n in DIMENSIONS])
    console.print(matrix)
    console.print(Text("  ".join(f"{i + 1}={n}" for i, n in enumerate(DIMENSIONS)), style="dim"))


@app.command("summary")
def summary_cli(
    inputs: list[Path] = typer.Argument(..., help="JSONL/CSV/JSON files written by `policyscan scan`, or documents/folders to scan (with the cache)."),
    chart: Path = typer.Option(None, "--chart", help="Also write a chart: .svg or .png."),
    output_format: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Summarise a scan: verdicts per subfolder (e.g. per municipality) and rubric coverage."""
    result_files = [p for p in inputs if p.is_file() and p.suffix.lower() in (".jsonl", ".csv", ".json")]
    others = [p for p in inputs if p not in result_files]
    missing = [p for p in others if not p.exists()]
    if missing:
        typer.echo(f"No such file or folder: {missing[0]}", err=True)
        raise typer.Exit(ExitCode.USAGE)
    items: list[dict] = []
    for path in result_files:
        items.extend(read_results_file(path))
    if others:
        from ..api import scan
        from ..report.serialize import document_dict

        items.extend(document_dict(r) for r in scan(others, workers=None, cache=True))
    summary = summarise_dicts(items)
    if chart:
        from ..report.charts import write_chart

        try:
            write_chart(summary, chart)
        except ValueError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(ExitCode.USAGE) from None
    if output_format == "json":
        json.dump({"groups": summary.groups, "totals": summary.totals, "coverage": summary.coverage(), "documents": [asdict(d) for d in summary.documents]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from rich.console import Console

        print_summary(summary, Console(highlight=False))


__all__ = ["summarise", "summary_cli"]
