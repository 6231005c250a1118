"""`policyscan evaluate FILE.jsonl`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..evaluate import EvaluationDataError, evaluate
from ..models import STANCES
from ..options import ScanOptions
from ._app import ExitCode, app


def _summary_table(result: dict, title: str):
    from rich.table import Table

    table = Table(title=title)
    for column in ("part", "n", "accuracy", "macro-F1", "digital-only acc.", "mention F1", "dimension F1"):
        table.add_column(column, justify="right" if column != "part" else "left")
    rows = [("all", result["overall"])] + list(result["per_language"].items())
    for name, m in rows:
        table.add_row(name, str(m["n"]), f"{m['accuracy']:.3f}", f"{m['macro_f1']:.3f}", f"{m['digital_only_accuracy']:.3f}", f"{m['mention']['f1']:.3f}", f"{m['dimensions']['f1']:.3f}")
    return table


def _stance_table(m: dict):
    from rich.table import Table

    table = Table(title="Per stance (all languages)")
    for column in ("stance", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="right" if column != "stance" else "left")
    for stance in STANCES:
        s = m["per_stance"][stance]
        table.add_row(stance, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["support"]))
    return table


def _confusion_table(m: dict):
    from rich.table import Table

    table = Table(title="Confusion matrix (rows: gold, columns: predicted)")
    table.add_column("gold \\ pred")
    for stance in STANCES:
        table.add_column(stance, justify="right")
    for gold in STANCES:
        table.add_row(gold, *[str(m["confusion"][gold][p]) for p in STANCES])
    return table


@app.command("evaluate")
def evaluate_cli(
    path: Path = typer.Argument(..., help="Labelled passages, JSONL with id, lang, text, stance, digital_only, dimensions."),
    output_format: str = typer.Option("table", "--format", "-f", help="table or json."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder (repeatable)."),
    lang: str = typer.Option(None, "--lang", help="Language for items without a 'lang' field."),
    errors: int = typer.Option(50, "--errors", help="How many misclassified passages to list (table format)."),
) -> None:
    """Measure policyscan against your own labelled passages."""
    if output_format not in ("table", "json"):
        typer.echo("--format must be table or json", err=True)
        raise typer.Exit(ExitCode.USAGE)
    if not path.is_file():
        typer.echo(f"No such file: {path}", err=True)
        raise typer.Exit(ExitCode.USAGE)
    try:
        result = evaluate(path, ScanOptions(lexicons=tuple(str(p) for p in lexicon)), language=lang)
    except EvaluationDataError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(ExitCode.USAGE) from None
    if output_format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    console.print(_summary_table(result, f"policyscan evaluate {path}"))
    console.print(_stance_table(result["overall"]))
    console.print(_confusion_table(result["overall"]))
    shown = result["errors"][:errors]
    if shown:
        console.print(Text(f"Misclassified ({len(result['errors'])}; showing {len(shown)}):", style="bold"))
    for error in shown:
        gold, pred = error["gold"], error["predicted"]
        console.print(Text(f"{error['id']} [{error['lang']}] gold {gold['stance']}/{gold['digital_only']} → predicted {pred['stance']}/{pred['digital_only']}", style="bold yellow"))
        console.print(Text("  " + error["text"][:300]))
        for unit in error["units"]:
            console.print(Text(f"   {unit['label']}: {', '.join(unit['cues'])} {('— ' + '; '.join(unit['reasons'])) if unit['reasons'] else ''} [{unit['digital_framing']}]", style="dim"))
