"""`policyscan diff` reports: the DiffReport container, the JSON form and the terminal table.
(Markdown and GitHub annotations live in markdown_format.py and github_format.py.)"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TextIO

from ..ci.findings import CheckResult
from ..diff import LABELS, DocumentDiff
from ..models import AnalysedUnit, DocumentResult
from .run import SCHEMA_VERSION, RunInfo
from .serialize import checks_dict, run_dict


@dataclass(frozen=True)
class DiffReport:
    run: RunInfo
    old: DocumentResult
    new: DocumentResult
    diff: DocumentDiff | None  # None when a version could not be read
    checks: CheckResult

    def headline(self) -> str:
        """"verdict enables → hinders (worse); units +2 hinders, −1 enables; dimensions lost: idea_process"."""
        if self.diff is None:
            broken = [r.path for r in (self.old, self.new) if r.status != "ok"]
            return f"could not compare: {', '.join(broken)} could not be read"
        d = self.diff
        parts = [
            f"verdict {d.old_stance} → {d.new_stance} ({d.direction})" if d.stance_changed else f"verdict unchanged ({d.new_stance})"
        ]
        added = ", ".join(f"+{n} {label}" for label, n in d.added_by_label().items() if n)
        removed = ", ".join(f"−{n} {label}" for label, n in d.removed_by_label().items() if n)
        parts.append("units " + ", ".join(p for p in (added, removed) if p) if added or removed else "no unit changes")
        if d.dimensions_gained:
            parts.append("dimensions gained: " + ", ".join(d.dimensions_gained))
        if d.dimensions_lost:
            parts.append("dimensions lost: " + ", ".join(d.dimensions_lost))
        return "; ".join(parts)


def _unit(unit: AnalysedUnit) -> dict[str, Any]:
    return {"page": unit.page, "line": unit.line, "end_line": unit.end_line, "label": unit.label, "text": unit.text}


def _side(result: DocumentResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "status": result.status,
        "error": None if result.error is None else {"code": result.error.code, "message": result.error.message},
        "format": result.format,
        "stance": result.stance,
        "digital_only": result.digital_only,
        "dimensions": [d.name for d in result.dimensions if d.covered],
    }


def diff_dict(report: DiffReport) -> dict[str, Any]:
    d = report.diff
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "kind": "diff",
        **run_dict(report.run),
        "old": _side(report.old),
        "new": _side(report.new),
        "headline": report.headline(),
    }
    if d is not None:
        data.update(
            {
                "stance": {"old": d.old_stance, "new": d.new_stance, "changed": d.stance_changed, "direction": d.direction},
                "digital_only": {"old": d.old.digital_only, "new": d.new.digital_only},
                "units": {
                    "added": [_unit(u) for u in d.added],
                    "removed": [_unit(u) for u in d.removed],
                    "relabelled": [{"old": _unit(r.old), "new": _unit(r.new)} for r in d.relabelled],
                    "unchanged": d.unchanged,
                    "added_by_label": d.added_by_label(),
                    "removed_by_label": d.removed_by_label(),
                    "lost_enabling": [_unit(u) for u in d.lost_enabling],
                    "gained_hindering": [_unit(u) for u in d.gained_hindering],
                },
                "dimensions": {"gained": list(d.dimensions_gained), "lost": list(d.dimensions_lost)},
            }
        )
    data["checks"] = checks_dict(report.checks)
    return data


def render_json(report: DiffReport, stream: TextIO, **_: object) -> None:
    json.dump(diff_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def render_table(report: DiffReport, stream: TextIO, *, width: int | None = None, color: bool | None = None, evidence_limit: int = 10, **_: object) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream, width=width, force_terminal=color, no_color=color is False, highlight=False)
    console.print(Text(f"policyscan diff {report.old.path} → {report.new.path}", style="bold"))
    d = report.diff
    if d is None:
        for result in (report.old, report.new):
            if result.status != "ok":
                console.print(Text(f"{result.path}: {result.error.code}: {result.error.message}", style="red"))
        return
    style = {"better": "green", "worse": "red", "same": ""}[d.direction]
    console.print(Text(f"Verdict: {d.old_stance} → {d.new_stance}" + (f" ({d.direction})" if d.stance_changed else " (unchanged)"), style=style))
    if d.old.digital_only != d.new.digital_only:
        console.print(f"Digital only: {d.old.digital_only} → {d.new.digital_only}")
    table = Table(title="Units by label", show_lines=False)
    table.add_column("label")
    table.add_column("added", justify="right")
    table.add_column("removed", justify="right")
    added, removed = d.added_by_label(), d.removed_by_label()
    for label in LABELS:
        table.add_row(label, f"+{added[label]}" if added[label] else "0", f"−{removed[label]}" if removed[label] else "0")
    console.print(table)
    if d.dimensions_gained or d.dimensions_lost:
        console.print(Text("Dimensions gained: " + (", ".join(d.dimensions_gained) or "–"), style="green"))
        console.print(Text("Dimensions lost: " + (", ".join(d.dimensions_lost) or "–"), style="red" if d.dimensions_lost else ""))
    for title, units, colour in (("Gained hindering content", d.gained_hindering, "red"), ("Lost enabling content", d.lost_enabling, "yellow")):
        if units:
            console.print(Text(title, style=f"bold {colour}"))
            for unit in units[:evidence_limit]:
                where = f"line {unit.line}" if unit.line else f"page {unit.page}" if unit.page else ""
                console.print(Text(f"  {where:>9}  {unit.label:<8} {unit.text}"))
    for finding in report.checks.active:
        console.print(Text(f"{finding.level}: [{finding.condition}] {finding.message}", style="red" if finding.level == "error" else "yellow"))
