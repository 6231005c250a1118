"""Plain text and Markdown: detect the encoding, split into pages (form feeds) and blocks."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..ci.markers import strip_markers
from ..errors import IngestError
from ..models import ExtractedDocument
from ..normalise.text import clean_text, join_broken_words, normalise_unicode
from .blocks import segment_lines
from .registry import ReadOptions

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode text the way Nordic archives need: BOM, then UTF-8, then a detector, then cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    sample = data[:65536]
    if sample.count(b"\x00") > len(sample) // 100 + 1:
        # UTF-16 without a BOM is rare; NULs otherwise mean a binary file.
        if sample[1::2].count(0) > len(sample) * 0.4 or sample[0::2].count(0) > len(sample) * 0.4:
            encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
            return data.decode(encoding, errors="replace"), encoding
        raise IngestError("corrupt", "This is not a text file (it contains binary data).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


# Legacy code pages seen in Nordic archives, most likely first (Windows, then DOS and old Mac files).
_LEGACY = ("cp1252", "iso8859_15", "cp850", "cp865", "mac_roman")
_NORDIC = set("åäöæøéÅÄÖÆØÉü")
# Characters that Nordic text almost never has, but a wrong code page produces: box drawing, ÷ õ Õ ‗ ¤ ¦,
# C1 controls, and the Mac/DOS symbols that å/ä/ö turn into.
_WRONG = set("÷õÕ‗¤¦¨±µ¶·¸¹º»¼½¾¿×ÞþÐðŒœƒ†‡•‰‹›™€") | {chr(c) for c in range(0x80, 0xA0)} | {chr(c) for c in range(0x2500, 0x2580)}


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Pick the code page whose decoding looks most like Nordic text (a tie goes to the more common one)."""
    sample = data[:200_000]
    best, best_score = "cp1252", None
    for encoding in _LEGACY:
        text = sample.decode(encoding, errors="replace")
        score = sum(ch in _NORDIC for ch in text) - 3 * sum(ch in _WRONG for ch in text) - 5 * text.count("\ufffd")
        if best_score is None or score > best_score:
            best, best_score = encoding, score
    return data.decode(best, errors="replace"), best


def _check_text(text: str) -> None:
    if not text.strip():
        raise IngestError("empty", "The file contains no text.")
    printable = sum(ch.isprintable() or ch in "\n\t" for ch in text[:20000])
    if printable < 0.9 * min(len(text), 20000):
        raise IngestError("corrupt", "This is not a text file (it contains binary data).")


def numbered_lines(page_text: str, first_line: int = 1) -> tuple[list[str], list[int] | None]:
    """The cleaned lines of a page and, for each, its line in the file (`first_line` is the page's first).

    Cleaning joins words hyphenated at a line end (the rest of the next line moves up) and drops leading and
    trailing blank lines; the numbers follow both. None when they cannot be matched up (never seen so far).
    """
    cleaned = clean_text(page_text).split("\n")
    raw = normalise_unicode(page_text).split("\n")
    kept = list(range(len(raw)))
    for i in range(len(raw) - 1):
        if raw[i].rstrip(" \t").endswith("-") and "\n" not in join_broken_words(raw[i] + "\n" + raw[i + 1]):
            kept.remove(i + 1)
    while kept and not raw[kept[0]].strip():
        kept.pop(0)
    while kept and not raw[kept[-1]].strip():
        kept.pop()
    if len(kept) != len(cleaned):
        return cleaned, None if kept or cleaned != [""] else [first_line]
    return cleaned, [first_line + i for i in kept]


def _read(path: Path, options: ReadOptions, markdown: bool) -> ExtractedDocument:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError("unreadable", f"The file could not be opened: {exc.strerror}.") from exc
    text, encoding = decode_bytes(data)
    _check_text(text)
    text = strip_markers(text, markdown)
    pages = text.split("\f")
    blocks = []
    first_line = 1
    for number, page_text in enumerate(pages, start=1):
        lines, numbers = numbered_lines(page_text, first_line)
        first_line += normalise_unicode(page_text).count("\n")
        blocks.extend(
            segment_lines(
                lines,
                number if len(pages) > 1 else None,
                markdown=markdown,
                paragraph_by_length=not markdown,
                line_numbers=numbers,
            )
        )
    if not blocks:
        raise IngestError("no_text")
    warnings = () if encoding in ("utf-8", "utf-8-sig") else (f"read as {encoding}",)
    return ExtractedDocument(
        path=str(path),
        format="markdown" if markdown else "text",
        blocks=tuple(blocks),
        pages=len(pages) if len(pages) > 1 else None,
        warnings=warnings,
    )


def read_text(path: Path, options: ReadOptions) -> ExtractedDocument:
    return _read(path, options, markdown=False)


def read_markdown(path: Path, options: ReadOptions) -> ExtractedDocument:
    return _read(path, options, markdown=True)
