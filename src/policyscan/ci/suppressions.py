"""Apply inline markers (ci/markers.py) and baselines to findings; find stale and invalid suppressions."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..diff import text_key
from .conditions import DIFF_RULES, DOCUMENT_RULES, ConditionError, DocFacts, parse_condition
from .findings import Finding, Suppression, display_path
from .markers import Marker, parse_markers

MARKER_FORMATS = ("text", "markdown")


class BaselineError(ValueError):
    """The baseline file is missing or is not a policyscan report (a usage/configuration error)."""


# ------------------------------------------------------------------------------------------ inline markers


def read_markers(path: str) -> list[Marker]:
    """The markers of a text or Markdown file, with lines numbered as the readers number them."""
    from ..ingest.text import decode_bytes
    from ..normalise.text import normalise_unicode

    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    if b"policyscan" not in data and b"\x00" not in data[:4096]:
        return []  # no marker (UTF-16/32 files have NULs and are decoded first)
    text, _ = decode_bytes(data)
    return parse_markers(normalise_unicode(text))


def marker_rule_problem(rule: str) -> str | None:
    """Why a rule named in a marker cannot be used (None when it can)."""
    if rule == "all" or rule in DOCUMENT_RULES or rule in DIFF_RULES:
        return None
    try:
        parse_condition(rule, ("document", "diff"))
    except ConditionError as exc:
        return str(exc)
    return None


def _names(finding: Finding, rules: tuple[str, ...]) -> bool:
    return "all" in rules or finding.rule in rules or finding.condition in rules


def marker_accepts(marker: Marker, finding: Finding) -> bool:
    """Does this (valid) marker accept this finding?"""
    if marker.problem or not _names(finding, marker.rules):
        return False
    if marker.action == "ignore-file":
        return True
    if not finding.about_unit or finding.line is None:
        return False  # document-level findings are accepted with ignore-file only
    if marker.action == "ignore":
        return finding.line <= marker.target <= (finding.end_line or finding.line)
    if marker.action == "disable":
        return marker.target <= finding.line and (marker.end is None or finding.line <= marker.end)
    return False


@dataclass
class MarkerOutcome:
    findings: list[Finding]  # with inline suppressions applied
    stale: list[Marker] = field(default_factory=list)
    invalid: list[tuple[Marker, str]] = field(default_factory=list)


def apply_markers(markers: list[Marker], findings: list[Finding], hidden: list[Finding], verifiable: set[str]) -> MarkerOutcome:
    """Mark the findings the markers accept. `hidden` are findings of conditions evaluated only to check
    markers (not reported); `verifiable` the rule names and conditions evaluated for this document, so that
    a marker naming anything else is not called stale."""
    outcome = MarkerOutcome(findings=list(findings))
    for marker in markers:
        if marker.action == "enable" and not marker.problem:
            continue
        problem = marker.problem or next((p for p in map(marker_rule_problem, marker.rules) if p), None)
        if problem:
            outcome.invalid.append((marker, problem))
            continue
        used = False
        for index, finding in enumerate(outcome.findings):
            if marker_accepts(marker, finding):
                used = True
                if finding.suppression is None:
                    outcome.findings[index] = replace(finding, suppression=Suppression("inline", marker.reason, marker.line))
        used = used or any(marker_accepts(marker, f) for f in hidden)
        checkable = "all" in marker.rules or any(r in verifiable for r in marker.rules)
        if not used and checkable:
            outcome.stale.append(marker)
    return outcome


# ------------------------------------------------------------------------------------------ baselines


@dataclass(frozen=True)
class Baseline:
    source: str
    documents: dict[str, DocFacts]  # by display path

    def facts_for(self, path: str) -> DocFacts | None:
        return self.documents.get(display_path(path))


def load_baseline(path: str | Path) -> Baseline:
    """A policyscan JSON report (--format json) or JSONL report (--format jsonl) used as the baseline."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"baseline {path}: no such file (create one with: policyscan scan … --format json -o {path})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"baseline {path}: cannot be read ({exc})") from None
    documents: list[dict] = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
    if data is not None:
        if not isinstance(data, dict) or not isinstance(data.get("documents"), list) or "schema_version" not in data:
            raise BaselineError(f"baseline {path}: not a policyscan JSON report (it needs schema_version and documents)")
        major = str(data["schema_version"]).split(".")[0]
        if major != "1":
            raise BaselineError(f"baseline {path}: schema version {data['schema_version']} is not supported (1.x is)")
        documents = data["documents"]
    else:
        # JSONL: a run line, then one line per document.
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                raise BaselineError(f"baseline {path}:{number}: not JSON (a baseline is a report from --format json or jsonl)") from None
            if isinstance(item, dict) and item.get("type") == "document":
                documents.append(item)
        if not documents:
            raise BaselineError(f"baseline {path}: no documents in it (a baseline is a report from --format json or jsonl)")
    by_path = {}
    for document in documents:
        if isinstance(document, dict) and document.get("status") == "ok" and isinstance(document.get("path"), str):
            by_path[display_path(document["path"])] = DocFacts.from_json(document)
    return Baseline(str(path), by_path)


def baseline_key(finding: Finding) -> tuple[str, str, str]:
    return (finding.condition, finding.detail, text_key(finding.text or "") if finding.about_unit else "")


def apply_baseline(findings: list[Finding], accepted: list[Finding], source: str) -> tuple[list[Finding], list[Finding]]:
    """Mark findings that are in the baseline; return them and the baseline findings that matched nothing."""
    available = Counter(baseline_key(f) for f in accepted)
    result = []
    for finding in findings:
        key = baseline_key(finding)
        if finding.active and available[key] > 0:
            available[key] -= 1
            finding = replace(finding, suppression=Suppression("baseline", "in the baseline", source=source))
        result.append(finding)
    stale = []
    for finding in accepted:
        key = baseline_key(finding)
        if available[key] > 0:
            available[key] -= 1
            stale.append(finding)
    return result, stale
