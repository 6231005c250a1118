"""What the CI formats (sarif, junit, github, gitlab, markdown, concise) share."""

from __future__ import annotations

from ..ci.conditions import RULES
from ..ci.findings import CheckResult, Finding, display_path
from ..models import DocumentResult

HELP_URI = "docs/ci.md"  # relative to the project; the SARIF rules carry the full text instead


def finding_location(finding: Finding) -> str:
    """`path:12`, `path:12-14`, `path (page 3)` or `path`."""
    path = display_path(finding.path)
    if finding.line is not None:
        end = f"-{finding.end_line}" if finding.end_line and finding.end_line != finding.line else ""
        return f"{path}:{finding.line}{end}"
    if finding.page is not None:
        return f"{path} (page {finding.page})"
    return path


def message_with_page(finding: Finding) -> str:
    """The message, with the page when there is no line to point at (PDF, DOCX)."""
    if finding.line is None and finding.page is not None:
        return f"{finding.message} (page {finding.page})"
    return finding.message


def rule_summary(name: str) -> str:
    rule = RULES.get(name)
    return rule.summary if rule else name


def error_text(result: DocumentResult) -> str:
    error = result.error
    if error is None:
        return "could not be read"
    text = f"{error.code}: {error.message}"
    return f"{text} {error.hint}" if error.hint else text


def displayed(checks: CheckResult) -> list[Finding]:
    """Active findings, errors first then warnings, in document order otherwise."""
    order = {"error": 0, "warning": 1, "note": 2}
    return sorted(checks.active, key=lambda f: order.get(f.level, 3))
