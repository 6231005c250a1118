"""The JSON contract (docs/schema.md, docs/schema.json): DocumentResult → plain dicts."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from ..models import DocumentResult
from .run import SCHEMA_VERSION, RunInfo, ScanReport


def run_dict(run: RunInfo) -> dict[str, Any]:
    options = asdict(run.options)
    if options.get("password"):
        options["password"] = "***"
    return {
        "tool": {"name": "policyscan", "version": run.tool_version},
        "lexicons": {"version": run.lexicon_version, "digest": run.lexicon_digest, "files": len(run.lexicon_sources)},
        "options": options,
        "generated_at": run.generated_at,
    }


def document_dict(result: DocumentResult) -> dict[str, Any]:
    verdict = result.verdict
    units_by_index = {u.index: u for u in result.units}
    evidence = [
        {
            "page": u.page,
            "line": u.line,
            "end_line": u.end_line,
            "block": u.block,
            "kind": u.kind,
            "section": u.section,
            "text": u.text,
            "label": u.label,
            "digital_framing": u.digital_framing,
            "terms": [
                {
                    "text": m.text,
                    "category": m.category,
                    "entry": m.entry_id,
                    "lexicon": m.lexicon,
                    "negated": m.negated,
                    "effect": "enables" if m.polarity > 0 else "hinders" if m.polarity < 0 else None,
                }
                for m in u.terms
            ],
            "reasons": list(u.reasons),
        }
        for u in result.units
        if u.label != "none"
    ]
    dimensions = {
        d.name: {
            "covered": d.covered,
            "terms": list(d.terms),
            "evidence": [
                {"page": units_by_index[i].page, "line": units_by_index[i].line, "text": units_by_index[i].text}
                for i in d.evidence
                if i in units_by_index
            ],
        }
        for d in result.dimensions
    }
    return {
        "path": result.path,
        "status": result.status,
        "error": asdict(result.error) if result.error else None,
        "format": result.format,
        "language": result.language,
        "languages": dict(result.languages),
        "pages": result.pages,
        "words": result.words,
        "stance": verdict.stance if verdict else None,
        "digital_only": verdict.digital_only if verdict else None,
        "counts": {
            "units": result.unit_count,
            "enabling": verdict.enabling_units if verdict else 0,
            "hindering": verdict.hindering_units if verdict else 0,
            "neutral": verdict.neutral_units if verdict else 0,
            "mentions": verdict.mention_units if verdict else 0,
        },
        "scores": {"enabling": verdict.enabling_score, "hindering": verdict.hindering_score} if verdict else None,
        "explanation": list(verdict.reasons) if verdict else [],
        "dimensions": dimensions,
        "evidence": evidence,
        "warnings": list(result.warnings),
        "seconds": round(result.seconds, 4),
    }


def summary_dict(documents: list[DocumentResult]) -> dict[str, Any]:
    stances = Counter(d.stance for d in documents if d.status == "ok")
    return {
        "documents": len(documents),
        "ok": sum(d.status == "ok" for d in documents),
        "errors": sum(d.status == "error" for d in documents),
        "stances": {s: stances.get(s, 0) for s in ("enables", "hinders", "mixed", "neutral", "absent")},
        "digital_only": sum(d.digital_only is True for d in documents),
    }


def finding_dict(finding) -> dict[str, Any]:
    """A ci.findings.Finding (docs/schema.md, "checks")."""
    suppression = finding.suppression
    return {
        "rule": finding.rule,
        "condition": finding.condition,
        "level": finding.level,
        "path": finding.path,
        "line": finding.line,
        "end_line": finding.end_line,
        "page": finding.page,
        "message": finding.message,
        "text": finding.text,
        "label": finding.label,
        "fingerprint": finding.fingerprint,
        "suppression": None
        if suppression is None
        else {"kind": suppression.kind, "reason": suppression.reason, "line": suppression.line},
    }


def checks_dict(checks) -> dict[str, Any]:
    """A ci.findings.CheckResult: the policy, whether it is breached, and every finding."""
    policy = checks.policy
    return {
        "fail_on": [c.spec for c in policy.fail_on],
        "warn_on": [c.spec for c in policy.warn_on],
        "required_dimensions": list(policy.required_dimensions),
        "baseline": checks.baseline,
        "breached": checks.breached,
        "unreadable": len(checks.unreadable),
        "counts": {
            "error": sum(f.level == "error" for f in checks.active),
            "warning": sum(f.level == "warning" for f in checks.active),
            "note": sum(f.level == "note" for f in checks.active),
            "suppressed": len(checks.suppressed),
            "baseline": len(checks.baselined),
        },
        "findings": [finding_dict(f) for f in checks.findings],
    }


def report_dict(report: ScanReport) -> dict[str, Any]:
    data = {
        "schema_version": SCHEMA_VERSION,
        **run_dict(report.run),
        "summary": summary_dict(list(report.documents)),
        "documents": [document_dict(d) for d in report.documents],
    }
    if report.checks is not None:
        data["checks"] = checks_dict(report.checks)
    return data
