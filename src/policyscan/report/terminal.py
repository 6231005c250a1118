"""--format table (default): a rich terminal report — summary table for several documents, then one
panel per document with the verdict in plain words, the strongest evidence and the rubric coverage.
Every word comes from the i18n catalogue, in the interface language (`ui_lang`)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..i18n import Translator, translator
from ..models import DocumentResult
from .common import location, mixed_share_of, verdict_reasons
from .common import strongest as _strongest
from .run import ScanReport

STANCE_STYLE = {"enables": "green", "hinders": "red", "mixed": "yellow", "neutral": "blue", "absent": "white"}
LABEL_STYLE = {"enables": "green", "hinders": "red", "mixed": "yellow", "neutral": "blue"}
TERM_STYLE = {
    "innovation": "bold",
    "digital": "cyan",
    "negation": "magenta",
    "pseudo_negation": "magenta",
    "generic": "italic",
}


def headline(result: DocumentResult, tr: Translator | None = None) -> Text:
    tr = tr or translator()
    stance = result.stance or "absent"
    text = Text(tr(f"stance.{stance}.headline"), style=f"bold {STANCE_STYLE[stance]}")
    if result.digital_only:
        text.append(tr("stance.digital_only_suffix"), style="cyan")
    return text


def highlighted(unit) -> Text:
    text = Text(unit.text)
    for match in unit.matches:
        if match.polarity > 0:
            style = "bold green underline"
        elif match.polarity < 0:
            style = "bold red underline"
        else:
            style = TERM_STYLE.get(match.category)
        if style and match.end <= len(unit.text):
            text.stylize(style, match.start, match.end)
    return text


def strongest(result: DocumentResult, limit: int):
    return _strongest(result, limit)


def error_body(result: DocumentResult, tr: Translator) -> Text:
    message, hint = tr.error(result.error)
    body = Text(f"{result.error.code}: {message}", style="red")
    if hint:
        body.append(f"\n{hint}", style="dim")
    return body


def facts_line(result: DocumentResult, tr: Translator) -> str:
    verdict = result.verdict
    parts = [tr.language_name(result.language), tr(f"format.{result.format}") if tr.has(f"format.{result.format}") else (result.format or "")]
    if result.pages:
        parts.append(tr.n("count.pages", result.pages))
    parts.append(tr.n("count.words", result.words))
    parts.append(
        tr(
            "report.unit_counts",
            enabling=tr.number(verdict.enabling_units),
            hindering=tr.number(verdict.hindering_units),
            neutral=tr.number(verdict.neutral_units),
        )
    )
    return " · ".join(p for p in parts if p)


def document_panel(result: DocumentResult, evidence_limit: int = 5, tr: Translator | None = None, mixed_share: float = 1 / 3) -> Panel:
    tr = tr or translator()
    if result.status != "ok":
        return Panel(error_body(result, tr), title=Text(result.path), title_align="left", border_style="red")
    verdict = result.verdict
    parts: list = [headline(result, tr)]
    reasons = verdict_reasons(result, tr, mixed_share)
    if reasons:
        parts.append(Text(tr("report.why") + ": " + "; ".join(reasons), style="dim"))
    parts.append(Text(facts_line(result, tr), style="dim"))
    units = strongest(result, evidence_limit)
    if units:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
        table.add_column(tr("report.page"), justify="right", no_wrap=True)
        table.add_column(tr("report.label"), width=12)
        table.add_column(tr("report.evidence"), ratio=1, overflow="fold")
        for unit in units:
            table.add_row(Text(location(unit, tr)), Text(tr.label(unit.label), style=LABEL_STYLE.get(unit.label, "")), highlighted(unit))
        parts.append(table)
    coverage = Text(tr("report.rubric") + ": ")
    for dimension in result.dimensions:
        mark = "✓ " if dimension.covered else "· "
        coverage.append(mark + tr.dimension(dimension.name, short=True) + "  ", style="green" if dimension.covered else "dim")
    parts.append(coverage)
    for warning in result.warnings:
        parts.append(Text(f"{tr('report.note')}: {warning}", style="dim yellow"))
    return Panel(Group(*parts), title=Text(result.path), title_align="left", border_style=STANCE_STYLE[verdict.stance])


def summary_table(report: ScanReport, tr: Translator | None = None) -> Table:
    tr = tr or translator()
    table = Table(title=Text(tr("report.tool_line", tool=report.run.tool_version, lexicons=report.run.lexicon_version)), expand=True)
    table.add_column(tr("report.document"), overflow="fold", ratio=3)
    table.add_column(tr("report.language_short"))
    table.add_column(tr("report.verdict"))
    table.add_column(tr("report.digital_only"))
    table.add_column(tr("report.enabling_short"), justify="right")
    table.add_column(tr("report.hindering_short"), justify="right")
    table.add_column(tr("report.rubric_short"), justify="right")
    for result in report.documents:
        if result.status != "ok":
            table.add_row(Text(result.path), "", Text(tr("report.error_code", code=result.error.code), style="red"), "", "", "", "")
            continue
        verdict = result.verdict
        covered = sum(d.covered for d in result.dimensions)
        table.add_row(
            Text(result.path),
            result.language or "",
            Text(tr.stance(verdict.stance), style=LABEL_STYLE.get(verdict.stance, "")),
            tr.yes_no(verdict.digital_only),
            str(verdict.enabling_units),
            str(verdict.hindering_units),
            f"{covered}/{len(result.dimensions)}",
        )
    return table


def render(
    report: ScanReport,
    stream: TextIO,
    *,
    evidence_limit: int = 5,
    width: int | None = None,
    color: bool | None = None,
    ui_lang: str | None = None,
    **_: object,
) -> None:
    tr = translator(ui_lang)
    console = Console(file=stream, width=width, force_terminal=color, no_color=color is False, highlight=False)
    if len(report.documents) > 1:
        console.print(summary_table(report, tr))
    share = mixed_share_of(report)
    for result in report.documents:
        console.print(document_panel(result, evidence_limit, tr, share))
