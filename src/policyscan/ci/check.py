"""Check scan results against a policy: findings, inline suppressions, baseline, stale suppressions.

    check(results, policy, baseline=load_baseline("baseline.json")) → CheckResult

A finding is an evidence unit labelled hinders or mixed (rules hindering-unit, mixed-unit) or a breached
document condition (hinders, digital-only, missing-dimension:…, hindering-share>…). Its level is "error" when
its condition is in fail_on (it fails the run), "warning" when in warn_on (shown only). Findings accepted by an
inline marker or present in the baseline are kept, marked, and never fail the run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from ..diff import text_key
from ..models import DocumentResult
from .conditions import (
    DOCUMENT_RULES,
    RULES,
    Condition,
    ConditionError,
    DocFacts,
    Hit,
    Policy,
    evaluate_document,
    parse_condition,
)
from .findings import CheckResult, Finding, finding_from_hit
from .markers import Marker
from .suppressions import MARKER_FORMATS, Baseline, apply_baseline, apply_markers, read_markers

_LEVEL_RANK = {"error": 0, "warning": 1, "note": 2}


def evaluate(facts: DocFacts, conditions: Iterable[tuple[Condition, str | None]], required: Sequence[str] = ()) -> tuple[list[Finding], list[Finding]]:
    """Findings of `conditions` (each with its level; None = evaluated but not reported) in one document:
    (reported, hidden). A place reported by two conditions (missing-dimension and missing-dimension:x) is
    reported once, at the higher level."""
    return findings_of(conditions, lambda condition: evaluate_document(condition, facts, required))


def findings_of(conditions: Iterable[tuple[Condition, str | None]], hits_of: Callable[[Condition], list[Hit]]) -> tuple[list[Finding], list[Finding]]:
    """Turn the hits of each condition into findings at the condition's level (see `evaluate`)."""
    reported: dict[tuple, Finding] = {}
    hidden: list[Finding] = []
    for condition, level in conditions:
        seen: Counter = Counter()
        for hit in hits_of(condition):
            key_text = text_key(hit.unit.text) if hit.about_unit and hit.unit else ""
            occurrence = seen[(hit.detail, key_text)]
            seen[(hit.detail, key_text)] += 1
            finding = finding_from_hit(hit, level or "note", key_text, occurrence)
            if level is None:
                hidden.append(finding)
                continue
            place = (hit.rule, hit.detail, key_text, occurrence)
            known = reported.get(place)
            if known is None or _LEVEL_RANK[finding.level] < _LEVEL_RANK[known.level]:
                reported[place] = finding
    return list(reported.values()), hidden


def _marker_conditions(markers: list[Marker], evaluated: set[Condition]) -> list[Condition]:
    """Conditions named by markers that the policy does not evaluate: evaluated too (hidden), so that a
    marker is called stale only when what it accepts is really gone."""
    extra: list[Condition] = []
    for marker in markers:
        if marker.problem:
            continue
        names = [n for n in DOCUMENT_RULES if RULES[n].argument != "share"] if "all" in marker.rules else marker.rules
        for name in names:
            try:
                condition = parse_condition(name, ("document",))
            except ConditionError:
                continue  # needs an argument it does not have: checked only through the policy's conditions
            if condition.rule == "missing-dimension" and condition.argument is None:
                continue
            if condition not in evaluated and condition not in extra:
                extra.append(condition)
    return extra


def _meta(rule: str, policy: Policy, path: str, message: str, line: int | None = None, detail: str = "") -> Finding | None:
    level = policy.level(Condition(rule))
    if level is None:
        return None
    return replace(finding_from_hit(Hit(rule, rule, path, message, detail=detail), level, "", 0), line=line)


def check_document(result: DocumentResult, policy: Policy, baseline: Baseline | None = None, *, markers: bool = True) -> list[Finding]:
    facts = DocFacts.from_result(result)
    conditions = policy.conditions(("document",))
    levelled = [(c, policy.level(c)) for c in conditions]
    found_markers = read_markers(result.path) if markers and result.format in MARKER_FORMATS else []
    extra = _marker_conditions(found_markers, set(conditions))
    findings, hidden = evaluate(facts, [*levelled, *[(c, None) for c in extra]], policy.required_dimensions)
    meta: list[Finding | None] = []
    if found_markers:
        verifiable = {c.rule for c in (*conditions, *extra)} | {c.spec for c in (*conditions, *extra)}
        outcome = apply_markers(found_markers, findings, hidden, verifiable)
        findings = outcome.findings
        for marker in outcome.stale:
            meta.append(_meta(
                "stale-suppression", policy, result.path,
                f"This suppression accepts nothing: no {', '.join(marker.rules)} finding "
                f"{'in the document' if marker.action == 'ignore-file' else 'where it points'}. Remove it ({marker.text}).",
                marker.line, detail=f"line {marker.line}",
            ))
        for marker, problem in outcome.invalid:
            meta.append(_meta("invalid-suppression", policy, result.path, f"Invalid suppression marker ({marker.text}): {problem}.", marker.line, detail=f"line {marker.line}"))
    if baseline is not None:
        accepted_facts = baseline.facts_for(result.path)
        if accepted_facts is not None:
            accepted, _ = evaluate(accepted_facts, levelled, policy.required_dimensions)
            findings, stale = apply_baseline(findings, accepted, baseline.source)
            for finding in stale:
                what = f"“{finding.text}”" if finding.about_unit and finding.text else finding.detail or "the document"
                meta.append(_meta(
                    "stale-suppression", policy, result.path,
                    f"The baseline accepts a {finding.condition} finding that is gone ({what}): regenerate the baseline.",
                    detail=f"baseline {finding.condition} {finding.detail} {text_key(finding.text or '')}",
                ))
    findings.extend(f for f in meta if f is not None)
    return findings


def check(
    results: Iterable[DocumentResult],
    policy: Policy | None = None,
    *,
    baseline: Baseline | None = None,
    markers: bool = True,
) -> CheckResult:
    """Check every result; unreadable inputs are listed (they decide exit code 3), not turned into findings."""
    policy = policy or Policy()
    findings: list[Finding] = []
    unreadable: list[str] = []
    count = 0
    for result in results:
        count += 1
        if result.status != "ok":
            unreadable.append(result.path)
            continue
        document_findings = check_document(result, policy, baseline, markers=markers)
        document_findings.sort(key=lambda f: (f.line is None and f.page is None, f.line or 0, f.page or 0, _LEVEL_RANK[f.level], f.rule))
        findings.extend(document_findings)
    return CheckResult(policy, tuple(findings), tuple(unreadable), baseline.source if baseline else None, count)


def ensure_policy(policy: Policy) -> Policy:
    """Raise ConditionError for a policy that cannot work (e.g. missing-dimension without dimensions)."""
    policy.check()
    return policy
