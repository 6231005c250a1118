"""A small registry mapping file suffixes to reader functions."""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from ..errors import IngestError
from ..models import ExtractedDocument


@dataclass(frozen=True)
class ReadOptions:
    layout: bool = False  # PDF: slower geometric layout mode (pdfplumber)
    password: str | None = None
    max_bytes: int = 100 * 1024 * 1024
    ocr: bool = False


Reader = Callable[[Path, ReadOptions], ExtractedDocument]

# suffix → "module:function"; modules are imported lazily so start-up loads only what the input needs.
_READERS: dict[str, str] = {
    ".pdf": "policyscan.ingest.pdf:read_pdf",
    ".docx": "policyscan.ingest.docx:read_docx",
    ".txt": "policyscan.ingest.text:read_text",
    ".text": "policyscan.ingest.text:read_text",
    ".md": "policyscan.ingest.text:read_markdown",
    ".markdown": "policyscan.ingest.text:read_markdown",
}

# Formats people often have in archives: named in the error so the user knows what to do.
KNOWN_UNSUPPORTED = {
    ".doc": "legacy Word (.doc): save it as .docx",
    ".odt": "OpenDocument text (.odt): save it as .docx or PDF",
    ".rtf": "Rich Text Format (.rtf): save it as .docx",
    ".pptx": "PowerPoint (.pptx)",
    ".xlsx": "Excel (.xlsx)",
    ".xls": "Excel (.xls)",
    ".html": "HTML: save the page as PDF or text",
    ".htm": "HTML: save the page as PDF or text",
    ".jpg": "an image: scan it to a PDF with OCR",
    ".png": "an image: scan it to a PDF with OCR",
}


def register_reader(suffix: str, target: str) -> None:
    """Register a reader ("module:function") for a suffix, e.g. from a plugin."""
    _READERS[suffix.lower()] = target


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_READERS))


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    target = _READERS.get(suffix)
    if target is None:
        what = KNOWN_UNSUPPORTED.get(suffix, f"'{suffix or 'no suffix'}' files")
        raise IngestError(
            "unsupported_format",
            f"Unsupported format: {what}.",
            hint="Supported: " + ", ".join(supported_suffixes()),
        )
    module, _, func = target.partition(":")
    return getattr(import_module(module), func)


def read_document(path: Path, options: ReadOptions | None = None) -> ExtractedDocument:
    options = options or ReadOptions()
    reader = reader_for(path)
    try:
        info = path.stat()
        size = info.st_size
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block a reader for ever.
            raise IngestError("unreadable", "This is not a regular file (a folder, pipe or device).")
    except FileNotFoundError as exc:
        raise IngestError("not_found") from exc
    except OSError as exc:
        raise IngestError("unreadable", f"The file could not be opened: {exc.strerror}.") from exc
    if size == 0:
        raise IngestError("empty")
    if size > options.max_bytes:
        raise IngestError(
            "too_large",
            f"The file is {size / 1e6:.0f} MB; the limit is {options.max_bytes / 1e6:.0f} MB.",
            hint="Raise the limit with --max-size if you trust the file.",
        )
    return reader(path, options)
