"""Interface language: every string a person reads in the terminal, HTML, Markdown and Word reports and in
error messages comes from one catalogue (`catalogue.py`), in Swedish (sv), Norwegian Bokmål (nb), Nynorsk
(nn) and English (en). Machine-readable output (JSON, JSONL, CSV) is never translated.

    >>> tr = translator("sv")
    >>> tr("stance.enables.headline")
    'Möjliggör innovation'
    >>> tr.n("count.sentences", 3)
    '3 meningar'

The interface language is chosen with `--ui-lang`; without it, from POLICYSCAN_UI_LANG, then the locale
(LC_ALL, LC_MESSAGES, LANG: sv_SE → sv, nb_NO/no_NO → nb, nn_NO → nn, en_* → en), then the language of the
scanned documents, else English.
"""

from __future__ import annotations

import os
import string
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime

from ..models import ScanError
from .catalogue import CATALOGUE

LANGUAGES = ("sv", "nb", "nn", "en")
DEFAULT_LANGUAGE = "en"

# Accepted spellings of --ui-lang and of locale language codes.
ALIASES = {
    "sv": "sv", "swe": "sv", "swedish": "sv", "svenska": "sv",
    "nb": "nb", "no": "nb", "nob": "nb", "nor": "nb", "bokmal": "nb", "bokmål": "nb", "norsk": "nb",
    "nn": "nn", "nno": "nn", "nynorsk": "nn",
    "en": "en", "eng": "en", "english": "en",
}
# Document languages without their own interface: Danish readers get Bokmål.
DOCUMENT_FALLBACK = {"da": "nb"}


def normalise_language(value: str | None) -> str | None:
    """'sv', 'SV', 'sv_SE.UTF-8', 'nb-NO', 'no' → a LANGUAGES code; None when not one of ours."""
    if not value:
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if code in ALIASES:
        return ALIASES[code]
    language, _, territory = code.partition("_")
    if language == "no" and territory == "nn":
        return "nn"
    return ALIASES.get(language)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """POLICYSCAN_UI_LANG, else the POSIX locale (LC_ALL > LC_MESSAGES > LANG); None for C/POSIX/unknown."""
    environ = os.environ if environ is None else environ
    explicit = normalise_language(environ.get("POLICYSCAN_UI_LANG"))
    if explicit:
        return explicit
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            # The first locale variable that is set decides (POSIX precedence), even when it is "C".
            return normalise_language(value)
    return None


def language_of_documents(languages: Iterable[str | None]) -> str | None:
    """The most common interface language among the documents' languages (first seen wins a tie)."""
    counts: Counter[str] = Counter()
    for language in languages:
        mapped = normalise_language(DOCUMENT_FALLBACK.get(language or "", language))
        if mapped:
            counts[mapped] += 1
    return counts.most_common(1)[0][0] if counts else None


def resolve_ui_language(
    explicit: str | None = None, document_languages: Iterable[str | None] = (), environ: Mapping[str, str] | None = None
) -> str:
    """--ui-lang, else the environment, else the documents' language, else English.

    Raises ValueError for an explicit value that is not sv, nb, nn or en (or an alias)."""
    if explicit:
        language = normalise_language(explicit)
        if language is None:
            raise ValueError(explicit)
        return language
    return language_from_environment(environ) or language_of_documents(document_languages) or DEFAULT_LANGUAGE


class Translator:
    """Looks up catalogue strings for one language and formats numbers the way its readers write them."""

    def __init__(self, language: str = DEFAULT_LANGUAGE):
        self.language = language if language in CATALOGUE else DEFAULT_LANGUAGE
        self.strings = CATALOGUE[self.language]

    def __call__(self, key: str, **values: object) -> str:
        text = self.strings.get(key)
        if text is None:  # the test suite keeps the catalogue complete; never fail a report over a string
            text = CATALOGUE[DEFAULT_LANGUAGE].get(key, key)
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self.strings

    def n(self, key: str, count: int, **values: object) -> str:
        """A counted phrase: `key.one` for 1, else `key.other`; `{n}` is the count."""
        return self(f"{key}.{'one' if count == 1 else 'other'}", n=self.number(count), **values)

    def number(self, value: float | int) -> str:
        if isinstance(value, float) and not value.is_integer():
            text = f"{value:.2f}".rstrip("0").rstrip(".")
        else:
            text = f"{int(value)}"
        return text.replace(".", self("format.decimal_mark"))

    def percent(self, share: float) -> str:
        return self("format.percent", value=f"{share * 100:.0f}")

    def date(self, moment: datetime | str) -> str:
        if isinstance(moment, str):
            try:
                moment = datetime.fromisoformat(moment)
            except ValueError:
                return moment
        return moment.strftime(self("format.date"))

    # Convenience for the words every report needs.
    def headline(self, stance: str | None, digital_only: bool | None = None) -> str:
        text = self(f"stance.{stance or 'absent'}.headline")
        return text + self("stance.digital_only_suffix") if digital_only else text

    def stance(self, stance: str | None) -> str:
        return self(f"stance.{stance or 'absent'}.short")

    def label(self, label: str) -> str:
        return self(f"label.{label}")

    def dimension(self, name: str, short: bool = False) -> str:
        return self(f"dimension.{name}.{'short' if short else 'name'}")

    def language_name(self, code: str | None) -> str:
        key = f"language.{code}"
        return self(key) if code and self.has(key) else (code or "–")

    def yes_no(self, value: bool | None) -> str:
        return self({True: "common.yes", False: "common.no", None: "common.not_applicable"}[value])

    def error(self, error: ScanError) -> tuple[str, str | None]:
        """A read error in this language. Readers raise English messages with details (page counts,
        sizes); in English those are shown as they are, in the other languages the message for the code.
        The hint (what to do about it) is the reader's own in English, else the catalogue's for the code."""
        key = f"error.{error.code}"
        if not self.has(key):
            return error.message, error.hint
        hint = self(key + ".hint") if self.has(key + ".hint") else None
        if self.language == "en":
            return error.message or self(key), error.hint or hint
        return self(key), hint


def translator(language: str | None = None) -> Translator:
    return Translator(language or DEFAULT_LANGUAGE)


def placeholders(text: str) -> set[str]:
    """The {names} a catalogue string expects (used by the completeness test)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "Translator",
    "language_from_environment",
    "language_of_documents",
    "normalise_language",
    "placeholders",
    "resolve_ui_language",
    "translator",
]
