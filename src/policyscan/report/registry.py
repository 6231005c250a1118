"""Format name → formatter.

A formatter is either a function `render(report, stream, **settings)` that writes a whole report, or a
`StreamWriter` class (`write(result)` per document, `close()`) for formats that stream rows as documents are
done, so an interrupted batch keeps every finished row.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TextIO

from .run import ScanReport

Formatter = Callable[..., None]

# Imported lazily so that `--format json` never loads rich's layout machinery, and vice versa.
FORMATS: dict[str, str] = {
    "table": "policyscan.report.terminal:render",
    "json": "policyscan.report.json_format:render",
    "jsonl": "policyscan.report.jsonl_format:StreamWriter",
    "csv": "policyscan.report.csv_format:StreamWriter",
    # CI formats (docs/ci.md): findings with file and line/page, per the fail_on/warn_on policy.
    "sarif": "policyscan.report.sarif_format:render",
    "junit": "policyscan.report.junit_format:render",
    "github": "policyscan.report.github_format:render",
    "gitlab": "policyscan.report.gitlab_format:render",
    "markdown": "policyscan.report.markdown_format:render",
    "concise": "policyscan.report.concise_format:render",
    # Reports for people, in the interface language (--ui-lang): a self-contained HTML page and an editable
    # Word inventory (a module that sets BINARY = True writes bytes and needs --output).
    "html": "policyscan.report.html_format:render",
    "docx": "policyscan.report.docx_format:render",
}

# `policyscan diff OLD NEW --format NAME`: render(diff_report, stream, **settings).
DIFF_FORMATS: dict[str, str] = {
    "table": "policyscan.report.diff_format:render_table",
    "json": "policyscan.report.diff_format:render_json",
    "markdown": "policyscan.report.markdown_format:render_diff",
    "github": "policyscan.report.github_format:render_diff",
}


def register_format(name: str, target: str) -> None:
    FORMATS[name] = target


def is_streaming(name: str) -> bool:
    return FORMATS.get(name, "").endswith(":StreamWriter")


def writes_binary(name: str) -> bool:
    """True when the format's module declares `BINARY = True` (e.g. docx): its formatter writes bytes, so the
    output is opened in binary mode and --output is required."""
    module = FORMATS.get(name, "").partition(":")[0]
    return bool(module) and bool(getattr(import_module(module), "BINARY", False))


def diff_formatter_for(name: str) -> Callable[..., None]:
    try:
        target = DIFF_FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown diff format '{name}'; choose one of: {', '.join(sorted(DIFF_FORMATS))}") from None
    module, _, function = target.partition(":")
    return getattr(import_module(module), function)


def formatter_for(name: str) -> Callable[[ScanReport, TextIO], None]:
    try:
        target = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format '{name}'; choose one of: {', '.join(sorted(FORMATS))}") from None
    module, _, function = target.partition(":")
    return getattr(import_module(module), function)
