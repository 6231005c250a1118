"""Turn the lines of a page (PDF) or a text file into blocks: headings, paragraphs, list items, table cells.

Plain text and PDF text layers carry no structure, so this is a heuristic: blank lines and bullets separate
blocks; a short line without closing punctuation that starts with a capital or a section number is a heading;
in PDF text a line that ends a sentence and is clearly shorter than the page's lines ends a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import HEADING, LIST_ITEM, PARAGRAPH, TABLE_CELL, Block

BULLET = re.compile(r"^\s*(?:[•●▪◦■□➢►✓\-–—*·]|\(?\d{1,2}[.)]|\(?[a-zA-Z][)]|[ivx]{1,4}[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_INLINE = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_SECTION_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}\.?\s+\S")
_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s")
_INNER_SENTENCE = re.compile(r"[.!?;]\s+\S")
_SECTION_NUMBER_PREFIX = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}\.?\s+")
_END_PUNCT = (".", "!", ":", ";", ",", "?", "…")


def looks_like_heading(line: str) -> bool:
    text = line.strip()
    if not text or len(text) > 90 or len(text.split()) > 12:
        return False
    if text.endswith(_END_PUNCT) and not text.endswith("?"):
        return False
    if text.endswith("?") and len(text.split()) > 8:
        return False
    first = text[0]
    if _SECTION_NUMBER.match(text):
        return not _INNER_SENTENCE.search(_SECTION_NUMBER_PREFIX.sub("", text))
    if _INNER_SENTENCE.search(text):
        return False
    if not (first.isupper() or first.isdigit()):
        return False
    # A line that is mostly numbers or a date is not a heading.
    letters = sum(ch.isalpha() for ch in text)
    return letters >= max(3, len(text) // 2)


def _strip_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    for _ in range(2):
        text = _MD_INLINE.sub(r"\2", text)
    return text


def segment_lines(
    lines: list[str],
    page: int | None = None,
    *,
    markdown: bool = False,
    paragraph_by_length: bool = False,
    line_numbers: Sequence[int] | None = None,
) -> list[Block]:
    """Segment lines into blocks. `paragraph_by_length` enables the PDF rule for paragraph ends.
    `line_numbers` (one per line: its line in the source file) gives each block its source `lines`."""
    blocks: list[Block] = []
    current: list[str] = []
    current_lines: list[int | None] = []
    current_kind = PARAGRAPH
    width = max((len(line) for line in lines), default=0)

    def heading_line(line: str) -> bool:
        # In PDF text a wrapped line of a paragraph can look like a heading: headings are short lines.
        return looks_like_heading(line) and (not paragraph_by_length or len(line.strip()) < 0.6 * width)

    def where(number: int | None) -> dict[str, tuple[tuple[int, int], ...]]:
        return {"lines": ((0, number),)} if number is not None else {}

    def source_lines(parts: list[tuple[str, int | None]], text: str) -> dict[str, tuple[tuple[int, int], ...]]:
        """Where each source line starts in the block's text (lost when Markdown markup spans lines)."""
        if not parts or any(number is None for _, number in parts):
            return {}
        pieces = [_strip_markdown(part) for part, _ in parts] if markdown else [part for part, _ in parts]
        if " ".join(pieces) != text:
            return {"lines": ((0, parts[0][1]), (len(text), parts[-1][1]))} if len(parts) > 1 else where(parts[0][1])
        offsets, position = [], 0
        for piece, (_, number) in zip(pieces, parts, strict=True):
            offsets.append((position, number))
            position += len(piece) + 1
        return {"lines": tuple(offsets)}

    def flush() -> None:
        nonlocal current, current_lines, current_kind
        if current:
            parts = [(part.strip(), number) for part, number in zip(current, current_lines, strict=True) if part.strip()]
            text = " ".join(part for part, _ in parts)
            if markdown:
                text = _strip_markdown(text)
            if text:
                kind = current_kind
                if kind == PARAGRAPH and len(current) == 1 and heading_line(text):
                    kind = HEADING
                blocks.append(Block(text=text, page=page, kind=kind, level=1 if kind == HEADING else 0, **source_lines(parts, text)))
        current, current_lines, current_kind = [], [], PARAGRAPH

    for position, raw in enumerate(lines):
        number = line_numbers[position] if line_numbers is not None and position < len(line_numbers) else None
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if markdown:
            heading = _MD_HEADING.match(line)
            if heading:
                flush()
                blocks.append(
                    Block(_strip_markdown(heading.group(2)), page, HEADING, level=len(heading.group(1)), **where(number))
                )
                continue
            if line.lstrip().startswith("|"):
                flush()
                if not _MD_TABLE_RULE.match(line):
                    for cell in line.strip().strip("|").split("|"):
                        cell = _strip_markdown(cell.strip())
                        if cell:
                            blocks.append(Block(cell, page, TABLE_CELL, **where(number)))
                continue
            if line.lstrip().startswith(">"):
                line = line.lstrip()[1:]
        bullet = BULLET.match(line)
        if bullet and _NUMBERED.match(line) and looks_like_heading(line[bullet.end() :]):
            bullet = None  # "6. Principer för innovationsarbetet": a numbered heading, decided below
            if paragraph_by_length and heading_line(line):
                flush()
        elif not bullet and paragraph_by_length and _SECTION_NUMBER.match(line) and heading_line(line):
            flush()  # "6.1 Utgå från utmaningarna" starts a new block
        if bullet:
            flush()
            current, current_lines, current_kind = [line[bullet.end() :]], [number], LIST_ITEM
            continue
        if current_kind == LIST_ITEM and raw[:1] not in (" ", "\t") and not paragraph_by_length:
            flush()
        if paragraph_by_length and current:
            previous = current[-1].strip()
            # A short heading-like line followed by more text stands on its own, unless the text goes
            # on in lower case (then it was a wrapped line of a narrow column).
            if len(current) == 1 and current_kind == PARAGRAPH and heading_line(previous) and not line.lstrip()[:1].islower():
                flush()
            elif previous.endswith((".", "!", "?", ":")) and len(previous) < 0.7 * width:
                flush()
            elif current_kind == LIST_ITEM and previous.endswith((".", ";")) and len(previous) < 0.7 * width:
                flush()
        current.append(line)
        current_lines.append(number)
    flush()
    return blocks
