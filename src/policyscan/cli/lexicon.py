"""`policyscan lexicon check | list | show`."""

from __future__ import annotations

from pathlib import Path

import typer

from ..analyse.lexicon import check_lexicons, default_lexicon_dir, load_lexicons
from ._app import ExitCode, lexicon_app


@lexicon_app.command("check")
def check(
    paths: list[Path] = typer.Argument(None, help="Lexicon files or folders (default: the shipped lexicons)."),
    no_examples: bool = typer.Option(False, "--no-examples", help="Skip running each entry's examples."),
) -> None:
    """Validate lexicon files; problems are printed as file:line: message."""
    targets = paths or [default_lexicon_dir()]
    entries, problems = check_lexicons(targets, examples=not no_examples)
    for problem in problems:
        typer.echo(str(problem), err=True)
    files = len({e.source for e in entries})
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {files} file(s), {len(entries)} entries.", err=True)
        raise typer.Exit(ExitCode.BREACHED)
    typer.echo(f"OK: {len(entries)} entries in {files} file(s).")


@lexicon_app.command("list")
def list_entries(
    language: str = typer.Option(None, "--lang", help="Only this language (sv, nb, nn)."),
    category: str = typer.Option(None, "--category", help="Only this category."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder (repeatable)."),
) -> None:
    """List the loaded lexicon entries."""
    from rich.console import Console
    from rich.table import Table

    lexicons = load_lexicons(tuple(str(p) for p in lexicon))
    table = Table(title=f"Lexicons {lexicons.version} ({lexicons.digest})")
    for column in ("id", "category", "patterns", "explanation"):
        table.add_column(column, overflow="fold")
    for entry in sorted(lexicons.entries, key=lambda e: e.id):
        if (language and entry.language != language) or (category and entry.category != category):
            continue
        table.add_row(entry.id, entry.category, ", ".join(f"{p.kind}:{p.value}" for p in entry.patterns), entry.explanation)
    Console().print(table)


@lexicon_app.command("show")
def show(
    entry_id: str = typer.Argument(..., help="The entry id, e.g. sv.innovation.innovation."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder (repeatable)."),
) -> None:
    """Show one entry: patterns, exceptions, explanation and examples."""
    lexicons = load_lexicons(tuple(str(p) for p in lexicon))
    entry = lexicons.get(entry_id)
    if entry is None:
        typer.echo(f"No entry '{entry_id}'. Try: policyscan lexicon list", err=True)
        raise typer.Exit(ExitCode.USAGE)
    typer.echo(f"{entry.id}  ({entry.category}, {entry.language})  {entry.source}:{entry.line}")
    typer.echo(f"  {entry.explanation}")
    for pattern in entry.patterns:
        typer.echo(f"  {pattern.kind}: {pattern.value}")
    if entry.exceptions:
        typer.echo("  exceptions: " + ", ".join(entry.exceptions))
    for label, flag in (("standalone", entry.standalone), ("when_negated", entry.when_negated), ("dimension", entry.dimension)):
        if flag:
            typer.echo(f"  {label}: {flag}")
    for example in entry.examples_match:
        typer.echo(f"  + {example.text}")
    for example in entry.examples_no_match:
        typer.echo(f"  - {example.text}")
