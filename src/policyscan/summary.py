"""Summaries for researchers: verdicts per subfolder (e.g. one per municipality) and a documents ×
dimensions coverage matrix, from scan results or from a JSONL/CSV file a scan wrote."""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from .models import DIMENSIONS, STANCES, DocumentResult
from .report.serialize import document_dict


@dataclass(frozen=True)
class DocumentRow:
    path: str
    group: str
    status: str
    stance: str | None
    digital_only: bool | None
    dimensions: tuple[bool, ...]  # in DIMENSIONS order


@dataclass(frozen=True)
class Summary:
    documents: tuple[DocumentRow, ...]
    groups: dict[str, dict[str, int]] = field(default_factory=dict)  # group → stance/error/digital_only → count

    @property
    def totals(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for group in self.groups.values():
            counts.update(group)
        return {key: counts.get(key, 0) for key in (*STANCES, "error", "digital_only")}

    def coverage(self) -> dict[str, float]:
        ok = [d for d in self.documents if d.status == "ok"]
        return {name: (sum(d.dimensions[i] for d in ok) / len(ok) if ok else 0.0) for i, name in enumerate(DIMENSIONS)}


def _group_of(path: str, root: str) -> str:
    relative = os.path.relpath(path, root) if root else path
    parts = PurePath(relative).parts
    return parts[0] if len(parts) > 1 else "."


def _rows_from_dicts(items: Iterable[dict]) -> list[dict]:
    return [d for d in items if d.get("type", "document") == "document" and "path" in d]


def summarise_dicts(items: Iterable[dict]) -> Summary:
    documents = _rows_from_dicts(items)
    paths = [d["path"] for d in documents]
    root = os.path.commonpath([os.path.dirname(p) or "." for p in paths]) if paths else ""
    rows = []
    groups: dict[str, Counter[str]] = {}
    for d in documents:
        dims = d.get("dimensions") or {}
        covered = tuple(bool(dims.get(name, {}).get("covered")) if isinstance(dims.get(name), dict) else dims.get(name) in (True, "true") for name in DIMENSIONS)
        digital = d.get("digital_only")
        if isinstance(digital, str):
            digital = {"true": True, "false": False}.get(digital)
        row = DocumentRow(d["path"], _group_of(d["path"], root), d.get("status", "ok"), d.get("stance") or None, digital, covered)
        rows.append(row)
        counts = groups.setdefault(row.group, Counter())
        counts["error" if row.status != "ok" else row.stance or "absent"] += 1
        counts["digital_only"] += row.digital_only is True
    return Summary(tuple(rows), {g: dict(c) for g, c in sorted(groups.items())})


def summarise(results: Iterable[DocumentResult]) -> Summary:
    return summarise_dicts(document_dict(r) for r in results)


def read_results_file(path: Path) -> list[dict]:
    """Documents from a JSONL or CSV file written by `policyscan scan`."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".csv":
        rows = []
        for row in csv.DictReader(text.splitlines()):
            row["dimensions"] = {name: {"covered": row.get(name) == "true"} for name in DIMENSIONS}
            rows.append(row)
        return rows
    if path.suffix.lower() == ".json":
        return json.loads(text).get("documents", [])
    items = []
    for line in text.splitlines():
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return items
