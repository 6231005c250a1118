"""Text normalisation shared by every reader.

The order matters: Unicode first (so ligatures become letters), then line-break hyphenation, then whitespace.
"""

from __future__ import annotations

import re
import unicodedata

# pdfium marks a line-end hyphen with U+FFFE (get_text_range) or U+0002 (get_text_bounded) and joins the
# lines; we turn the marker back into "-\n" so that one dehyphenation rule decides for every extractor.
_PDFIUM_HYPHEN = re.compile("[\ufffe\u0002]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
# Invisible characters that break words apart or glue them together.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile("[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Words after which a trailing hyphen is a suspended compound, not a broken word ("vård- och omsorg").
CONJUNCTIONS = frozenset(
    "och eller samt resp respektive som og eller samt and or und eller el. &".split()
)

# "innova-\ntionsarbetet", "innova- tionsarbetet" (PDF artefact), but not "vård- och", "e-\ntjänster".
_BROKEN = re.compile(r"(?<![\w-])(\w[\w-]*)-[ \t]*\n[ \t]*(\w+)|(?<![\w-])(\w[\w-]*)- (\w+)")


def normalise_unicode(text: str) -> str:
    """NFC, with NFKC only for ligatures; drop invisible and control characters; unify spaces."""
    text = _PDFIUM_HYPHEN.sub("-\n", text)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub(" ", text)
    return text


def _join(left: str, right: str) -> str | None:
    """How to join a word broken at a hyphen; None keeps the text as it is."""
    if right.lower() in CONJUNCTIONS or not right[:1].islower():
        return None  # suspended compound ("innovations- och"), or a new sentence/name
    if len(left) < 3 or left.isupper() or any(ch.isdigit() for ch in left):
        return f"{left}-{right}"  # "e-tjänster", "IT-avdelningen", "2024-planen"
    return left + right


def join_broken_words(text: str) -> str:
    """Join words hyphenated at line ends (and the "innova- tionsarbetet" artefact of copied PDF text)."""

    def repl(m: re.Match[str]) -> str:
        left, right = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
        joined = _join(left, right)
        if joined is None:
            return m.group(0)
        return joined

    if "-\n" not in text and "- " not in text and "-\t" not in text:
        return text  # every match has one of these: most blocks are skipped without running the pattern
    return _BROKEN.sub(repl, text)


def collapse_whitespace(text: str) -> str:
    # One pass over the text: a run of spaces never crosses a line break (the class has no "\n").
    return "\n".join(line.strip() for line in _SPACES.sub(" ", text).split("\n")).strip()


def clean_text(text: str) -> str:
    """The full normalisation for a block of text (line structure kept, whitespace collapsed)."""
    return collapse_whitespace(join_broken_words(normalise_unicode(text)))
