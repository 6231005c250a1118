"""`policyscan explain FILE`: a close reading of one document — keywords in context with page numbers,
then sentence by sentence: the label, the cues, each negation and its scope, the digital framing, and why
the document got its verdict. `--format json` gives the same as data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import IngestError
from ..explain import TELLING
from ..i18n import Translator, resolve_ui_language, translator
from ..models import ScanError
from ._app import ExitCode, app, ui_translator

KWIC_CATEGORIES = ("innovation", "enabling", "hindering", "modality")
KWIC_WIDTH = 38
LABEL_STYLE = {"enables": "green", "hinders": "red", "mixed": "yellow", "neutral": "blue", "none": "dim"}


def _ui(ui_lang: str | None, document_language: str | None = None) -> Translator:
    try:
        return translator(resolve_ui_language(ui_lang, [document_language]))
    except ValueError:
        return translator(resolve_ui_language(None, [document_language]))


def _cue_style(cue) -> str:
    if cue.effect == "enables":
        return "bold green underline"
    if cue.effect == "hinders":
        return "bold red underline"
    return {
        "innovation": "bold",
        "digital": "cyan",
        "negation": "magenta",
        "pseudo_negation": "magenta",
        "generic": "italic",
        "dimension": "underline",
        "new_solution": "bold blue",
        "modality": "blue",
    }.get(cue.category, "")


def _sentence(unit):
    from rich.text import Text

    text = Text(unit.text)
    for negation in unit.negations:
        if negation.status in ("applied", "pseudo", "nothing_in_scope"):
            text.stylize("on grey15", negation.scope_start, negation.scope_end)
    for cue in unit.cues:
        style = _cue_style(cue)
        if style and cue.end <= len(unit.text):
            text.stylize(style, cue.start, cue.end)
    return text


def _quoted(tr: Translator, text: str) -> str:
    return f"{tr('format.quote_open')}{text}{tr('format.quote_close')}"


def _cue_line(cue, unit, tr: Translator):
    from rich.text import Text

    line = Text("  • ")
    line.append(_quoted(tr, cue.text), style=_cue_style(cue) or "bold")
    line.append(f" {tr('category.' + cue.category)}", style="")
    line.append(f" ({cue.entry})", style="dim")
    if cue.negated and cue.negated_by is not None:
        line.append(", " + tr("explain.negated_by", cue=_quoted(tr, unit.cues[cue.negated_by].text)), style="magenta")
    elif cue.negated:
        line.append(", " + tr("explain.negated"), style="magenta")
    if cue.effect:
        line.append(" → " + tr.label(cue.effect), style=LABEL_STYLE[cue.effect])
    elif cue.not_counted:
        line.append(" — " + tr("explain.not_counted." + cue.not_counted), style="dim")
    if cue.contrasted:
        line.append(" — " + tr("explain.contrasted"), style="dim")
    if cue.dimension:
        line.append(" — " + tr("report.rubric") + ": " + tr.dimension(cue.dimension), style="dim")
    return line


def _negation_line(negation, unit, tr: Translator):
    from rich.text import Text

    targets = ", ".join(_quoted(tr, unit.cues[i].text) for i in negation.negates)
    key = "explain.negation." + negation.status
    if negation.status == "pseudo" and not negation.negates:
        key = "explain.negation.pseudo_plain"
    line = Text("  ¬ ", style="magenta")
    line.append(tr(key, cue=_quoted(tr, negation.text), targets=targets, scope=_quoted(tr, negation.scope_text)))
    return line


def print_reading(reading, tr: Translator, console, mixed_share: float = 1 / 3) -> None:
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    from ..report.common import location, verdict_reasons
    from ..report.terminal import facts_line, headline

    result = reading.result
    console.print(Rule(Text(tr("explain.title", path=result.path), style="bold"), align="left"))
    console.print(headline(result, tr))
    with_cues = sum(1 for u in reading.units if any(c.category in TELLING for c in u.cues))
    console.print(Text(facts_line(result, tr), style="dim"))
    console.print(Text(tr("explain.coverage", sentences=tr.n("count.sentences", reading.total_units), with_cues=tr.n("explain.with_cues", with_cues)), style="dim"))

    # Keywords in context: the words that decide, with their page and a window either side.
    # Innovation terms, and the cues that counted or were negated (the rest are explained sentence by sentence).
    rows = [
        (u, c) for u in reading.units for c in u.cues
        if c.category == "innovation" or (c.category in KWIC_CATEGORIES and (c.effect or c.negated))
    ]
    console.print()
    console.print(Text(tr("explain.kwic"), style="bold underline"))
    if rows:
        # The context either side shrinks with the terminal so the keyword and what it is stay readable.
        side = max(12, min(KWIC_WIDTH, (console.width - 60) // 2))
        table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, padding=(0, 1))
        table.add_column(tr("report.page"), justify="right", no_wrap=True)
        table.add_column(tr("explain.kwic.left"), justify="right", no_wrap=True, width=side)
        table.add_column(tr("explain.kwic.keyword"), max_width=24, overflow="fold")
        table.add_column(tr("explain.kwic.right"), no_wrap=True, width=side)
        table.add_column(tr("explain.kwic.what"), min_width=20, overflow="fold")
        for unit, cue in rows:
            left = unit.text[: cue.start].replace("\n", " ")
            right = unit.text[cue.end :].replace("\n", " ")
            left = ("…" + left[-(side - 1) :]) if len(left) > side else left
            right = (right[: side - 1] + "…") if len(right) > side else right
            what = Text(tr("category." + cue.category))
            if cue.effect:
                what.append(" → " + tr.label(cue.effect), style=LABEL_STYLE[cue.effect])
            elif cue.negated:
                what.append(" (" + tr("explain.negated") + ")", style="magenta")
            elif cue.not_counted:
                what.append(" (" + tr("explain.kwic.not_counted") + ")", style="dim")
            table.add_row(Text(location(unit, tr)), Text(left), Text(cue.text, style=_cue_style(cue) or "bold"), Text(right), what)
        console.print(table)
    else:
        console.print(Text(tr("explain.no_cues"), style="dim"))

    # Sentence by sentence.
    console.print()
    console.print(Text(tr("explain.sentences"), style="bold underline"))
    for unit in reading.units:
        where = [location(unit, tr)]
        if unit.section:
            where.append(tr("explain.section", section=unit.section))
        header = Text(" · ".join(where) + " · ", style="dim")
        header.append(tr.label(unit.label).upper(), style="bold " + LABEL_STYLE.get(unit.label, ""))
        console.print()
        console.print(header)
        console.print(Text("  ").append_text(_sentence(unit)))
        for negation in unit.negations:
            console.print(_negation_line(negation, unit, tr))
        for cue in unit.cues:
            if cue.category in ("negation", "pseudo_negation", "terminator"):
                continue
            console.print(_cue_line(cue, unit, tr))
        notes = []
        if unit.mentions_innovation:
            notes.append(tr("explain.framing", framing=tr("framing." + (unit.digital_framing or "not_digital"))))
        elif unit.about_innovation and unit.counted:
            notes.append(tr("explain.context_innovation"))
        if unit.question:
            notes.append(tr("explain.question"))
        if unit.generic:
            notes.append(tr("explain.generic"))
        if unit.counted:
            notes.append(tr("explain.scores", enabling=tr.number(unit.enabling), hindering=tr.number(unit.hindering)))
        if unit.dimensions:
            notes.append(tr("explain.dimensions", names=", ".join(tr.dimension(d) for d in unit.dimensions)))
        for note in notes:
            console.print(Text("  ○ " + note, style="dim"))
    if not reading.units:
        console.print(Text(tr("explain.no_cues"), style="dim"))

    # Why the document got its verdict.
    console.print()
    console.print(Text(tr("explain.verdict"), style="bold underline"))
    console.print(headline(result, tr))
    for reason in verdict_reasons(result, tr, mixed_share):
        console.print(Text("  • " + reason))
    covered = [d.name for d in result.dimensions if d.covered]
    if covered:
        console.print(Text("  • " + tr("explain.covered", names=", ".join(tr.dimension(d) for d in covered))))
    else:
        console.print(Text("  • " + tr("explain.covered_none")))
    for warning in result.warnings:
        console.print(Text(f"  {tr('report.note')}: {warning}", style="dim yellow"))


@app.command("explain")
def explain_cli(
    path: Path = typer.Argument(..., help="One document (PDF, DOCX, TXT, Markdown)."),
    output_format: str = typer.Option("table", "--format", "-f", help="table (a close reading in the terminal) or json."),
    ui_lang: str = typer.Option(None, "--ui-lang", envvar="POLICYSCAN_UI_LANG", help="Interface language: sv, nb, nn or en (default: from LANG, else the document's language)."),
    lang: str = typer.Option(None, "--lang", help="Override language identification: sv, nb, nn, da or en."),
    layout: bool = typer.Option(False, "--layout", help="PDF layout mode: crop running headers/footers, read two-column pages in order."),
    password: str = typer.Option(None, "--password", help="Password for an encrypted PDF."),
    ocr: bool = typer.Option(False, "--ocr", help="Read scanned PDF pages with Tesseract (must be installed)."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra lexicon file or folder (repeatable)."),
    all_units: bool = typer.Option(False, "--all", help="Show every sentence, not only those with a cue."),
    width: int = typer.Option(None, "--width", help="Terminal width (default: detected)."),
) -> None:
    """A close reading of one document: each sentence with its label, cues, negations and their scope, digital
    framing, and why the document got its verdict."""
    from ..explain import explain_file
    from ..options import ScanOptions

    tr = ui_translator(ui_lang)
    if output_format not in ("table", "json"):
        typer.echo(tr("cli.explain_format"), err=True)
        raise typer.Exit(ExitCode.USAGE)
    if lang and lang not in ("sv", "nb", "nn", "da", "en"):
        typer.echo(tr("cli.unknown_language", value=lang), err=True)
        raise typer.Exit(ExitCode.USAGE)
    if not path.exists():
        typer.echo(tr("cli.no_such_path", path=path), err=True)
        raise typer.Exit(ExitCode.USAGE)
    if not path.is_file():
        typer.echo(tr("cli.not_a_file", path=path), err=True)
        raise typer.Exit(ExitCode.USAGE)
    options = ScanOptions(language=lang, layout=layout, password=password, lexicons=tuple(str(p) for p in lexicon), ocr=ocr)
    from ..api import lexicons_for

    lexicons = lexicons_for(options)
    if lexicons.problems:
        for problem in lexicons.problems:
            typer.echo(str(problem), err=True)
        raise typer.Exit(ExitCode.USAGE)
    try:
        reading = explain_file(path, options, lexicons, include_all=all_units)
    except IngestError as exc:
        message, hint = tr.error(ScanError(exc.code, exc.message, exc.hint))
        typer.echo(f"{path}: {exc.code}: {message}", err=True)
        if hint:
            typer.echo(hint, err=True)
        raise typer.Exit(ExitCode.UNREADABLE) from None
    if output_format == "json":
        json.dump(reading.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from rich.console import Console

    if not ui_lang:
        tr = _ui(None, reading.result.language)
    print_reading(reading, tr, Console(width=width, highlight=False), options.mixed_share)
