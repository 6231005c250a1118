"""Check a diff (policyscan.diff.DocumentDiff) against a policy: the diff conditions (lost-enabling,
gained-hindering, lost-dimension, stance-changed, stance-worse, became-digital-only) and the document
conditions, which are checked on the new version. Inline markers in the new version accept findings."""

from __future__ import annotations

from collections.abc import Callable

from ..diff import DocumentDiff
from ..models import AnalysedUnit, DocumentResult
from .check import findings_of
from .conditions import (
    RULES,
    Condition,
    DocFacts,
    Hit,
    Policy,
    UnitFact,
    evaluate_document,
    quote_text,
)
from .findings import CheckResult
from .suppressions import MARKER_FORMATS, apply_markers, read_markers


def _fact(unit: AnalysedUnit) -> UnitFact:
    terms = tuple(dict.fromkeys(m.text for m in unit.terms if m.polarity or m.category == "innovation"))
    return UnitFact(unit.label, unit.text, unit.page, unit.line, unit.end_line, terms)


def _old_place(unit: AnalysedUnit) -> str:
    if unit.line is not None:
        return f"old version line {unit.line}"
    if unit.page is not None:
        return f"old version page {unit.page}"
    return "old version"


def _diff_hits(condition: Condition, d: DocumentDiff) -> list[Hit]:
    path = d.new.path
    rule = condition.rule
    spec = condition.spec
    if rule == "lost-enabling":
        # Gone from the new version: keyed by its text, placed at the file (there is no line to point at).
        return [
            Hit(spec, rule, path, f"Enabling content removed ({_old_place(u)}): “{quote_text(u.text)}”",
                unit=UnitFact(u.label, u.text, None, None, None, _fact(u).terms), about_unit=True)
            for u in d.lost_enabling
        ]
    if rule == "gained-hindering":
        return [Hit(spec, rule, path, f"Hindering content added: “{quote_text(u.text)}”", unit=_fact(u), about_unit=True) for u in d.gained_hindering]
    if rule == "lost-dimension":
        lost = [n for n in d.dimensions_lost if condition.argument in (None, n)]
        return [Hit(spec, rule, path, f"The rubric dimension '{n}' is no longer covered.", detail=n) for n in lost]
    if rule == "stance-changed" and d.stance_changed:
        return [Hit(spec, rule, path, f"The verdict changed from {d.old_stance} to {d.new_stance} ({d.direction}).")]
    if rule == "stance-worse" and d.direction == "worse":
        return [Hit(spec, rule, path, f"The verdict got worse: {d.old_stance} → {d.new_stance}.")]
    if rule == "became-digital-only" and d.became_digital_only:
        return [Hit(spec, rule, path, "Innovation is now spoken of only as part of digitalisation (digital_only became true).")]
    return []


def check_diff(old: DocumentResult, new: DocumentResult, diff: DocumentDiff | None, policy: Policy, *, markers: bool = True) -> CheckResult:
    unreadable = tuple(r.path for r in (old, new) if r.status != "ok")
    if diff is None or unreadable:
        return CheckResult(policy, (), unreadable, None, 2)
    facts = DocFacts.from_result(new)

    def hits_of(condition: Condition) -> list[Hit]:
        if RULES[condition.rule].scope == "diff":
            return _diff_hits(condition, diff)
        return evaluate_document(condition, facts, policy.required_dimensions)

    conditions = policy.conditions(("document", "diff"))
    handler: Callable[[Condition], list[Hit]] = hits_of
    findings, _ = findings_of([(c, policy.level(c)) for c in conditions], handler)
    if markers and new.format in MARKER_FORMATS:
        found = read_markers(new.path)
        if found:
            findings = apply_markers(found, findings, [], set()).findings
    findings.sort(key=lambda f: (f.line is None, f.line or 0, f.rule))
    return CheckResult(policy, tuple(findings), (), None, 2)
