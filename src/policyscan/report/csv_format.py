"""--format csv: one row per document (tidy, one column per rubric dimension), flushed as each document is
done; with an evidence CSV beside it (one row per unit)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from ..models import DIMENSIONS, DocumentResult
from .run import RunInfo

DOCUMENT_COLUMNS = [
    "path", "folder", "file", "format", "status", "error_code", "error_message", "language", "pages", "words",
    "stance", "digital_only", "units", "enabling_units", "hindering_units", "neutral_units", "mention_units",
    "enabling_score", "hindering_score", *DIMENSIONS, "dimensions_covered",
    "tool_version", "lexicon_version", "lexicon_digest", "options",
]
EVIDENCE_COLUMNS = [
    "path", "page", "block", "kind", "section", "label", "digital_framing", "text", "terms", "entries",
    "tool_version", "lexicon_digest",
]


def _bool(value: bool | None) -> str:
    return "" if value is None else str(value).lower()


def document_row(result: DocumentResult, run: RunInfo) -> dict[str, object]:
    verdict = result.verdict
    path = Path(result.path)
    options = asdict(run.options)
    options.pop("password", None)
    row: dict[str, object] = {
        "path": result.path,
        "folder": str(path.parent),
        "file": path.name,
        "format": result.format or "",
        "status": result.status,
        "error_code": result.error.code if result.error else "",
        "error_message": result.error.message if result.error else "",
        "language": result.language or "",
        "pages": result.pages if result.pages is not None else "",
        "words": result.words,
        "stance": verdict.stance if verdict else "",
        "digital_only": _bool(verdict.digital_only) if verdict else "",
        "units": result.unit_count,
        "enabling_units": verdict.enabling_units if verdict else "",
        "hindering_units": verdict.hindering_units if verdict else "",
        "neutral_units": verdict.neutral_units if verdict else "",
        "mention_units": verdict.mention_units if verdict else "",
        "enabling_score": verdict.enabling_score if verdict else "",
        "hindering_score": verdict.hindering_score if verdict else "",
        "tool_version": run.tool_version,
        "lexicon_version": run.lexicon_version,
        "lexicon_digest": run.lexicon_digest,
        "options": json.dumps(options, ensure_ascii=False, sort_keys=True),
    }
    covered = {d.name: d.covered for d in result.dimensions}
    for name in DIMENSIONS:
        row[name] = _bool(covered.get(name)) if result.status == "ok" else ""
    row["dimensions_covered"] = sum(covered.values()) if result.status == "ok" else ""
    return row


def evidence_rows(result: DocumentResult, run: RunInfo):
    for unit in result.units:
        if unit.label == "none":
            continue
        yield {
            "path": result.path,
            "page": unit.page if unit.page is not None else "",
            "block": unit.block,
            "kind": unit.kind,
            "section": unit.section or "",
            "label": unit.label,
            "digital_framing": unit.digital_framing or "",
            "text": unit.text,
            "terms": "; ".join(m.text for m in unit.terms),
            "entries": "; ".join(m.entry_id + (" (negated)" if m.negated else "") for m in unit.terms),
            "tool_version": run.tool_version,
            "lexicon_digest": run.lexicon_digest,
        }


def evidence_path(output: Path) -> Path:
    return output.with_name(output.stem + "_evidence.csv")


class StreamWriter:
    def __init__(self, stream: TextIO, run: RunInfo, *, header: bool = True, evidence: TextIO | None = None, **_: object):
        self.stream, self.run, self.evidence = stream, run, evidence
        self.writer = csv.DictWriter(stream, fieldnames=DOCUMENT_COLUMNS)
        self.evidence_writer = csv.DictWriter(evidence, fieldnames=EVIDENCE_COLUMNS) if evidence else None
        if header:
            self.writer.writeheader()
            if self.evidence_writer:
                self.evidence_writer.writeheader()

    def write(self, result: DocumentResult) -> None:
        self.writer.writerow(document_row(result, self.run))
        self.stream.flush()
        if self.evidence_writer:
            self.evidence_writer.writerows(evidence_rows(result, self.run))
            self.evidence.flush()

    def close(self) -> None:
        self.stream.flush()
        if self.evidence:
            self.evidence.flush()


def completed_paths(text: str) -> set[str]:
    """Paths of complete rows in an earlier CSV output (a torn last row is ignored)."""
    if text and not text.endswith("\n"):
        text = text[: text.rfind("\n") + 1]
    return {row["path"] for row in csv.DictReader(io.StringIO(text)) if row.get("path") and row.get("lexicon_digest")}
