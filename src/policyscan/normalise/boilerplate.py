"""Remove running headers and footers: lines that repeat near the top or bottom of many pages."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_DIGITS = re.compile(r"\d+")
_EDGE = 3  # lines at the top and bottom of a page that may be header/footer
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|side|sidan|page|s\.)\s*)?\d{1,4}(?:\s*(?:av|of|/|\(|)\s*\d{1,4}\)?)?$", re.IGNORECASE
)


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def remove_repeated_lines(pages: Sequence[list[str]], min_share: float = 0.5) -> tuple[list[list[str]], int]:
    """Drop lines among the first/last few of a page that repeat (digits ignored) on ≥ min_share of pages.

    Bare page numbers ("12", "Sida 3 av 8") at a page edge are dropped whatever the page count.
    Returns the cleaned pages and the number of lines removed.
    """
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = {_shape(line) for line in lines[:_EDGE] + lines[-_EDGE:] if line.strip()}
        counts.update(edge)
    threshold = max(2, int(len(pages) * min_share + 0.5))
    repeated = {shape for shape, n in counts.items() if n >= threshold} if len(pages) >= 2 else set()
    removed = 0
    cleaned: list[list[str]] = []
    for lines in pages:
        keep: list[str] = []
        last = len(lines) - 1
        for i, line in enumerate(lines):
            at_edge = i < _EDGE or i > last - _EDGE
            stripped = line.strip()
            if at_edge and stripped and (_shape(stripped) in repeated or _PAGE_NUMBER.match(stripped)):
                removed += 1
                continue
            keep.append(line)
        cleaned.append(keep)
    return cleaned, removed
