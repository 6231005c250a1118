"""--format github: GitHub Actions workflow commands, shown as annotations on the pull request's files.

    ::error file=policies/draft.md,line=12,endLine=14,title=policyscan hinders::The document hinders innovation …

fail_on findings are `::error`, warn_on findings `::warning`; suppressed and baselined findings are left out;
unreadable files are `::error` without a line. Also the diff format
(`policyscan diff --format github`).
"""

from __future__ import annotations

from typing import TextIO

from ..ci.findings import Finding, display_path
from .ci_common import error_text, message_with_page
from .run import ScanReport

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, *, file: str | None = None, line: int | None = None, end_line: int | None = None, title: str | None = None) -> str:
    properties = []
    if file:
        properties.append(f"file={escape_property(file)}")
    if line is not None:
        properties.append(f"line={line}")
        if end_line and end_line > line:
            properties.append(f"endLine={end_line}")
    if title:
        properties.append(f"title={escape_property(title)}")
    head = f"::{COMMANDS.get(level, 'notice')}" + (" " + ",".join(properties) if properties else "")
    return f"{head}::{escape_data(message)}"


def annotation(finding: Finding) -> str:
    return command(
        finding.level,
        message_with_page(finding),
        file=display_path(finding.path),
        line=finding.line,
        end_line=finding.end_line,
        title=f"policyscan {finding.condition}",
    )


def render(report: ScanReport, stream: TextIO, **_: object) -> None:
    checks = report.checked()
    for result in report.documents:
        if result.status != "ok":
            stream.write(command("error", f"could not be read: {error_text(result)}", file=display_path(result.path), title="policyscan: unreadable input") + "\n")
    for finding in checks.findings:
        if finding.active:
            stream.write(annotation(finding) + "\n")


def render_diff(diff_report, stream: TextIO, **_: object) -> None:
    """Annotations for `policyscan diff`: the diff's findings, on the new version's lines."""
    for finding in diff_report.checks.findings:
        if finding.active:
            stream.write(annotation(finding) + "\n")
    stream.write(f"policyscan diff: {diff_report.headline()}; {diff_report.checks.summary()}\n")
