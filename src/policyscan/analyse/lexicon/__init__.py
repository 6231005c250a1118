"""Lexicons are data: YAML files under lexicons/, loaded, validated and compiled here."""

from .loader import LexiconSet, default_lexicon_dir, load_lexicons
from .model import CATEGORIES, Entry, Pattern
from .validate import LexiconProblem, check_lexicons

__all__ = [
    "CATEGORIES",
    "Entry",
    "LexiconProblem",
    "LexiconSet",
    "Pattern",
    "check_lexicons",
    "default_lexicon_dir",
    "load_lexicons",
]
