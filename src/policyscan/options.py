"""Options that change results. Plain, hashable data: it travels to worker processes and keys caches."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScanOptions:
    language: str | None = None  # override language identification
    layout: bool = False  # PDF layout mode (pdfplumber): crop headers/footers, read columns in order
    password: str | None = None
    lexicons: tuple[str, ...] = ()  # extra lexicon files or folders
    default_lexicons: bool = True
    mixed_share: float = 1 / 3
    max_bytes: int = 100 * 1024 * 1024
    ocr: bool = False  # read scanned PDF pages with Tesseract
