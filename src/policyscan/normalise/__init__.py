"""Normalise: Unicode, broken words, whitespace and running headers/footers."""

from .boilerplate import remove_repeated_lines
from .text import clean_text, join_broken_words, normalise_unicode

__all__ = ["clean_text", "join_broken_words", "normalise_unicode", "remove_repeated_lines"]
