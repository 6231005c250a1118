"""Inflection endings per language, used instead of a lemmatiser for lexicon matching.

spaCy has no usable lemma tables for Norwegian and simplemma costs ~1 s to load (stack-probe §1–2);
a lexicon form plus the language's endings covers the inflection of the terms we look for.
"""

from __future__ import annotations

from functools import lru_cache

ENDINGS: dict[str, tuple[str, ...]] = {
    "sv": tuple(
        "a e n t r s en et er ar or na ne de te ad at it ade ande ende erna arna orna ens ets ers ars ors "
        "ernas arnas ornas as es".split()
    ),
    "nb": tuple("a e n t r s en et er ar ne ene ane te de es ende ers ens ets enes".split()),
    "nn": tuple("a e n t r s en et er ar ne ane ene te de ande ast".split()),
    "da": tuple("e n t r s en et er ne ene ede te de ende".split()),
    "en": tuple("s es ed ing d".split()),
}


@lru_cache(maxsize=None)
def endings(language: str) -> tuple[str, ...]:
    """The endings of a language, longest first, always including the empty ending."""
    values = ENDINGS.get(language, ENDINGS["sv"])
    return ("",) + tuple(sorted(set(values), key=len, reverse=True))


@lru_cache(maxsize=100_000)
def base_forms(norm: str, language: str) -> tuple[str, ...]:
    """Every form the token could be an inflection of: the token minus each ending it ends with."""
    return tuple(norm[: len(norm) - len(e)] if e else norm for e in endings(language) if norm.endswith(e) and len(norm) > len(e))
