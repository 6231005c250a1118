"""--format gitlab: a GitLab Code Quality report (the Code Climate JSON subset GitLab reads), shown in merge
requests. Every active finding is an issue; PDF and DOCX findings point at line 1 with the page in the text."""

from __future__ import annotations

import hashlib
import json
from typing import Any, TextIO

from ..ci.findings import display_path
from .ci_common import error_text, message_with_page
from .run import ScanReport

SEVERITY = {"error": "major", "warning": "minor", "note": "info"}


def issues(report: ScanReport) -> list[dict[str, Any]]:
    checks = report.checked()
    items = [
        {
            "type": "issue",
            "check_name": f"policyscan/{f.rule}",
            "description": f"[{f.condition}] {message_with_page(f)}",
            "categories": ["Style"],
            "severity": SEVERITY.get(f.level, "info"),
            "fingerprint": f.fingerprint,
            "location": {
                "path": display_path(f.path),
                "lines": {"begin": f.line or 1, **({"end": f.end_line} if f.end_line and f.line else {})},
            },
        }
        for f in checks.findings
        if f.active
    ]
    for result in report.documents:
        if result.status != "ok":
            items.append(
                {
                    "type": "issue",
                    "check_name": "policyscan/unreadable",
                    "description": f"could not be read: {error_text(result)}",
                    "categories": ["Bug Risk"],
                    "severity": "critical",
                    "fingerprint": hashlib.sha256(f"unreadable\0{display_path(result.path)}".encode()).hexdigest()[:32],
                    "location": {"path": display_path(result.path), "lines": {"begin": 1}},
                }
            )
    return items


def render(report: ScanReport, stream: TextIO, **_: object) -> None:
    json.dump(issues(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
