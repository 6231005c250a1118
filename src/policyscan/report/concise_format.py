"""--format concise: one line per finding, like a linter (good for pre-commit and plain CI logs).

    policies/draft.md:12-14: error [hinders] The document hinders innovation (verdict: hinders).
    policies/plan.pdf (page 3): warning [hindering-unit] Hinders innovation: “…”
    Found 1 error, 1 warning in 2 documents (1 suppressed).
"""

from __future__ import annotations

from typing import TextIO

from ..ci.findings import display_path
from .ci_common import error_text, finding_location
from .run import ScanReport


def render(report: ScanReport, stream: TextIO, **_: object) -> None:
    checks = report.checked()
    for result in report.documents:
        if result.status != "ok":
            stream.write(f"{display_path(result.path)}: error [unreadable] {error_text(result)}\n")
    for finding in checks.findings:
        if finding.active:
            stream.write(f"{finding_location(finding)}: {finding.level} [{finding.condition}] {finding.message}\n")
    stream.write(f"policyscan: {checks.documents} document(s): {checks.summary()}\n")
