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
}


def register_format(name: str, target: str) -> None:
    FORMATS[name] = target


def is_streaming(name: str) -> bool:
    return FORMATS.get(name, "").endswith(":StreamWriter")


def formatter_for(name: str) -> Callable[[ScanReport, TextIO], None]:
    try:
        target = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format '{name}'; choose one of: {', '.join(sorted(FORMATS))}") from None
    module, _, function = target.partition(":")
    return getattr(import_module(module), function)
