"""--format table (default): a rich terminal report — summary table for several documents, then one
panel per document with the verdict in plain words, the strongest evidence and the rubric coverage."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import DocumentResult
from .run import ScanReport

HEADLINES = {
    "enables": ("Enables innovation", "green"),
    "hinders": ("Hinders innovation", "red"),
    "mixed": ("Both enables and hinders innovation", "yellow"),
    "neutral": ("Mentions innovation, but neither enables nor hinders it", "blue"),
    "absent": ("Does not mention innovation", "white"),
}
LABEL_STYLE = {"enables": "green", "hinders": "red", "mixed": "yellow", "neutral": "blue"}
TERM_STYLE = {
    "innovation": "bold",
    "digital": "cyan",
    "negation": "magenta",
    "pseudo_negation": "magenta",
    "generic": "italic",
}
DIMENSION_SHORT = {
    "leadership_anchoring": "leadership",
    "attention_stories_prizes": "attention/prizes",
    "cross_sector_collaboration": "cross-sector",
    "dialogue_networks": "networks",
    "expectations_reward": "reward",
    "measurement": "measurement",
    "user_orientation": "users",
    "goals_in_steering": "goals",
    "challenge_driven": "challenges",
    "idea_process": "ideas",
    "courage_to_fail": "courage to fail",
    "competence_development": "competence",
    "legal_considerations": "legal",
}


def headline(result: DocumentResult) -> Text:
    words, style = HEADLINES[result.stance or "absent"]
    text = Text(words, style=f"bold {style}")
    if result.digital_only:
        text.append(" — only as part of digitalisation", style="cyan")
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
    order = {"hinders": 0, "mixed": 0, "enables": 0, "neutral": 1}
    ranked = sorted(
        (u for u in result.units if u.label in order),
        key=lambda u: (order[u.label], -(u.enabling + u.hindering), u.index),
    )
    return ranked[:limit]


def document_panel(result: DocumentResult, evidence_limit: int = 5) -> Panel:
    if result.status != "ok":
        error = result.error
        body = Text(f"{error.code}: {error.message}", style="red")
        if error.hint:
            body.append(f"\n{error.hint}", style="dim")
        return Panel(body, title=result.path, title_align="left", border_style="red")
    verdict = result.verdict
    parts: list = [headline(result)]
    if verdict.reasons:
        parts.append(Text("Why: " + "; ".join(verdict.reasons), style="dim"))
    facts = f"{result.language} · {result.format}"
    if result.pages:
        facts += f" · {result.pages} pages"
    facts += f" · {result.words} words · {verdict.enabling_units} enabling, {verdict.hindering_units} hindering, {verdict.neutral_units} neutral units"
    parts.append(Text(facts, style="dim"))
    units = strongest(result, evidence_limit)
    if units:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
        table.add_column("page", justify="right", width=4)
        table.add_column("label", width=8)
        table.add_column("evidence", ratio=1, overflow="fold")
        for unit in units:
            table.add_row(str(unit.page or "–"), Text(unit.label, style=LABEL_STYLE.get(unit.label, "")), highlighted(unit))
        parts.append(table)
    coverage = Text("Rubric: ")
    for dimension in result.dimensions:
        mark = "✓ " if dimension.covered else "· "
        coverage.append(mark + DIMENSION_SHORT.get(dimension.name, dimension.name) + "  ", style="green" if dimension.covered else "dim")
    parts.append(coverage)
    for warning in result.warnings:
        parts.append(Text(f"note: {warning}", style="dim yellow"))
    style = HEADLINES[verdict.stance][1]
    return Panel(Group(*parts), title=result.path, title_align="left", border_style=style)


def summary_table(report: ScanReport) -> Table:
    table = Table(title=f"policyscan {report.run.tool_version} · lexicons {report.run.lexicon_version}", expand=True)
    table.add_column("document", overflow="fold", ratio=3)
    table.add_column("lang")
    table.add_column("verdict")
    table.add_column("digital only")
    table.add_column("enabl.", justify="right")
    table.add_column("hinder.", justify="right")
    table.add_column("rubric", justify="right")
    for result in report.documents:
        if result.status != "ok":
            table.add_row(result.path, "", Text(f"error: {result.error.code}", style="red"), "", "", "", "")
            continue
        verdict = result.verdict
        covered = sum(d.covered for d in result.dimensions)
        table.add_row(
            result.path,
            result.language or "",
            Text(verdict.stance, style=LABEL_STYLE.get(verdict.stance, "")),
            {True: "yes", False: "no", None: "–"}[verdict.digital_only],
            str(verdict.enabling_units),
            str(verdict.hindering_units),
            f"{covered}/{len(result.dimensions)}",
        )
    return table


def render(report: ScanReport, stream: TextIO, *, evidence_limit: int = 5, width: int | None = None, color: bool | None = None) -> None:
    console = Console(file=stream, width=width, force_terminal=color, no_color=color is False, highlight=False)
    if len(report.documents) > 1:
        console.print(summary_table(report))
    for result in report.documents:
        console.print(document_panel(result, evidence_limit))
