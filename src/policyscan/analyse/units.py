"""Split blocks into sentences (the units of analysis) and match the lexicons in each."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import ANALYSED_PARTS, Block
from .context import ContextResult, resolve
from .lexicon.loader import LexiconSet
from .matcher import CompiledLexicon, RawMatch, TokenView, compiled_for
from .nlp import BAR_PAGE_MARKER, pipeline, process, sentences

# Languages without shipped lexicons borrow the closest one; English blocks (summaries) are not analysed
# unless the user supplies English lexicons.
LEXICON_FALLBACK = {"da": "nb"}
_SPACY_MAX = 900_000  # spaCy refuses texts over 1,000,000 characters (E088); blocks are cut below that
# A running header glued to the text ("Strategi för innovation 2024–2027 4 (12)", "… 2024–2027 | 9" — one bar: a
# table row has several): nlp.py ends a sentence at the page marker, and a short sentence that ends in one is the
# header's text: its title still mentions innovation (and digitalisation), but it decides, enables and hinders
# nothing.
_ENDS_WITH_PAGE_MARKER = re.compile(
    r"(?:\d{1,4}\s*\(\d{1,4}\)|\b(?:sida|side|page)\s+\d{1,4}\s*(?:av|of|/)\s*\d{1,4}|^[^|\n]*" + BAR_PAGE_MARKER + r")\s*$",
    re.IGNORECASE,
)
_HEADER_MAX_TOKENS = 16
_HEADER_CATEGORIES = frozenset({"innovation", "digital"})


@dataclass(frozen=True)
class Sentence:
    block: int
    text: str
    language: str
    tokens: tuple[TokenView, ...]
    matches: tuple[RawMatch, ...]
    context: ContextResult
    analysed: bool  # False when no lexicon exists for the language


def compiled_lexicon(lexicons: LexiconSet, language: str) -> CompiledLexicon | None:
    """The compiled lexicon for a language (or its fallback), cached per lexicon digest."""
    available = set(lexicons.languages())
    if language not in available:
        language = LEXICON_FALLBACK.get(language, "")
        if language not in available:
            return None
    return compiled_for(lexicons.digest, language, lexicons.for_language(language))


def _pieces(text: str) -> list[str]:
    if len(text) <= _SPACY_MAX:
        return [text]
    return [text[i : i + _SPACY_MAX] for i in range(0, len(text), _SPACY_MAX)]


def analyse_blocks(blocks: Sequence[Block], languages: Sequence[str], lexicons: LexiconSet) -> list[Sentence]:
    """Sentences of all analysed blocks, in document order, with their matches and context."""
    by_language: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.part in ANALYSED_PARTS:
            by_language.setdefault(languages[index], []).append(index)
    sentences_by_block: dict[int, list[Sentence]] = {}
    for language, indices in by_language.items():
        compiled = compiled_lexicon(lexicons, language)
        nlp = pipeline(language if language in ("sv", "nb", "nn", "da", "en") else "sv")
        texts: list[str] = []
        owners: list[int] = []
        for index in indices:
            for piece in _pieces(blocks[index].text):
                texts.append(piece)
                owners.append(index)
        for owner, (piece, doc) in zip(owners, process(nlp, texts)):
            for sentence_text, tokens in sentences(doc, piece):
                text = sentence_text.strip()
                if not text:
                    continue
                if compiled is not None:
                    matches = tuple(compiled.match(tokens, sentence_text))
                    if len(tokens) <= _HEADER_MAX_TOKENS and _ENDS_WITH_PAGE_MARKER.search(text):
                        matches = tuple(m for m in matches if m.entry.category in _HEADER_CATEGORIES)
                else:
                    matches = ()
                sentences_by_block.setdefault(owner, []).append(
                    Sentence(
                        block=owner,
                        text=text,
                        language=language,
                        tokens=tokens,
                        matches=matches,
                        context=resolve(tokens, matches),
                        analysed=compiled is not None,
                    )
                )
    return [s for index in sorted(sentences_by_block) for s in sentences_by_block[index]]
