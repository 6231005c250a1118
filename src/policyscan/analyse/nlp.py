"""spaCy pipelines built from spacy.blank(...): tokenizer, sentence splitting that survives Nordic
abbreviations, and a component that starts a sentence after a year that ends one ("… i 2019. Den …").

No trained sv/nb pipelines exist on the registry, and nothing may be downloaded at run time.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .matcher import TokenView

# Abbreviations the blank tokenizers split (stack-probe §1) plus common ones in municipal prose.
ABBREVIATIONS = {
    "sv": "ca. jfr. nr. mfl. m.fl. kap. resp. bl.a. t.ex. m.m. dvs. d.v.s. osv. o.s.v. s.k. f.d. fr.o.m. t.o.m. "
    "ang. enl. inkl. exkl. st. tel. milj. mnkr. mkr. tkr. kl. bil. avd. p.g.a. pga. t.v. t.h. s. ff. "
    "prop. dnr. Dnr. SFS. jmf. el. tf. adj. ev. forts. uppl.",
    "nb": "ca. jf. jfr. nr. kap. f.eks. bl.a. m.m. dvs. mht. o.l. pga. iht. ifm. evt. ev. osv. kl. tlf. "
    "mill. mrd. inkl. ekskl. s. ff. avd. vedr. bl.annet t.o.m. f.o.m. ref. nb. pkt. prp. st. rundskriv. meld. innst. "
    "prop. jf. dok.",
    "nn": "ca. jf. jfr. nr. kap. t.d. m.a. m.m. dvs. mht. o.l. pga. iht. ifm. evt. osb. kl. tlf. mill. mrd. "
    "inkl. s. ff. avd. f.eks. bl.a. t.o.m. f.o.m. pkt. st. meld. innst. prop. dok.",
    "da": "ca. jf. nr. kap. f.eks. bl.a. m.m. dvs. mht. o.l. pga. iht. evt. osv. kl. tlf. mio. mia. inkl. s.",
    "en": "e.g. i.e. etc. no. ch. approx. cf.",
}
SPACY_LANG = {"sv": "sv", "nb": "nb", "nn": "nb", "da": "da", "en": "en"}
_YEAR_END = re.compile(r"^\d{4}\.$")
_YEAR_IN_TEXT = re.compile(r"\d{4}\.\s+[A-ZÅÄÖÆØ]")
# A page number after a bar, as running headers print it ("Kommunal planstrategi 2024–2027 | 9", "… | side 14");
# units.py reads the same marker at the end of a header sentence.
BAR_PAGE_MARKER = r"\|\s*(?:(?:[Ss]ida|[Ss]ide|[Pp]age|s\.)\s*)?\d{1,4}"
_PAGE_MARKER_IN_TEXT = re.compile(
    r"(?:\d+\s*\(\d+\)|(?:[Ss]ida|[Ss]ide|[Pp]age)\s+\d+\s*(?:av|of|/)\s*\d+|" + BAR_PAGE_MARKER + r")\s+[A-ZÅÄÖÆØ]"
)
_PAGE_WORDS = frozenset({"sida", "side", "page", "s."})
_SLASHED_PAGE = re.compile(r"\d{1,4}/\d{1,4}")
# Where process() leaves the text a Doc was made from: Doc.text rebuilds it from every token, which cost more
# than the tokeniser itself when it was read twice per block.
TEXT_KEY = "policyscan_text"


def _page_marker_end(doc, i: int) -> int | None:
    """The token after a page marker that starts at token i — "4 (12)", "Sida 3 av 9", "side 2/7", "| 9", "| side 9"
    — else None."""
    texts = [t.text.casefold() for t in doc[i : i + 4]]
    if len(texts) >= 2 and texts[0] == "|" and texts[1].isdigit():
        return i + 2  # "Kommunal planstrategi 2024–2027 | 9": a header with its page number after a bar
    if len(texts) >= 3 and texts[0] == "|" and texts[1] in _PAGE_WORDS and texts[2].isdigit():
        return i + 3  # "… 2023–2035 | side 14"
    if len(texts) >= 4 and texts[0].isdigit() and texts[1] == "(" and texts[2].isdigit() and texts[3] == ")":
        return i + 4
    if len(texts) >= 4 and texts[0] in _PAGE_WORDS and texts[1].isdigit() and texts[2] in ("av", "of", "/") and texts[3].isdigit():
        return i + 4
    if len(texts) >= 2 and texts[0] in _PAGE_WORDS and _SLASHED_PAGE.fullmatch(texts[1]):
        return i + 2  # "side 2/7" is one token
    return None


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _year_sentence_component():
    from spacy.language import Language

    if not Language.has_factory("policyscan_year_boundary"):

        @Language.component("policyscan_year_boundary")
        def year_boundary(doc):
            # "… i 2019. Den …": a year ends the sentence. A running header glued to the text by the PDF's text
            # layer ("Strategi för innovation 2024–2027 4 (12) Medarbetarna ska …") ends at its page marker, so
            # the title does not become part of (and frame) the first sentence of the page.
            # Only the places the two patterns find in the text are looked at: a walk over every token cost
            # more than the rest of the pipeline on long documents.
            text = doc.user_data.get(TEXT_KEY) or doc.text
            for match in _YEAR_IN_TEXT.finditer(text):
                following = _token_at(doc, match.end() - 1)
                if following is not None and following.i > 0 and _YEAR_END.match(doc[following.i - 1].text):
                    following.is_sent_start = True
            for match in _PAGE_MARKER_IN_TEXT.finditer(text):
                start = _token_at(doc, match.start())
                if start is None or start.i == 0:
                    continue
                end = _page_marker_end(doc, start.i)
                if end is not None and end < len(doc) and doc[end].text[:1].isupper():
                    doc[end].is_sent_start = True
            return doc

    return "policyscan_year_boundary"


def import_spacy():
    """`import spacy` without importing spaCy's own command line.

    spacy/__init__.py imports `spacy.cli.info` only to offer `spacy.info()`, and that pulls in spaCy's whole
    CLI (weasel, typer, requests): ~0.25 s of a short scan's 1.5 s budget. While spaCy is imported, a
    placeholder stands in for `spacy.cli.info` whose `info` imports the real one when called; the
    placeholders are removed afterwards, so `import spacy.cli` still loads the real CLI.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package with no submodules of its own: nothing else is found through it
    info = types.ModuleType("spacy.cli.info")

    def lazy_info(*args, **kwargs):
        for name in ("spacy.cli.info", "spacy.cli"):
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
        from spacy.cli.info import info as real_info

        return real_info(*args, **kwargs)

    info.info = lazy_info
    cli.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    finally:
        for name, placeholder in (("spacy.cli.info", info), ("spacy.cli", cli)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli  # `spacy.cli` is imported for real on first use
    return spacy


def process(nlp, texts: Iterable[str]) -> Iterator[tuple[str, object]]:
    """Each text with its processed Doc (nlp.pipe, with the text kept where the components can read it)."""
    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text
        for _, component in nlp.pipeline:
            doc = component(doc)
        yield text, doc


def sentences(doc, text: str | None = None) -> Iterator[tuple[str, tuple[TokenView, ...]]]:
    """Each sentence of a processed Doc: its text and its non-space tokens (offsets relative to the sentence
    start). Read from the Doc's arrays rather than through Token objects,
    which cost more than the tokeniser itself on long documents."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    if not len(doc):
        return
    if text is None:
        text = doc.text
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).tolist()
    starts = [i for i, row in enumerate(rows) if i == 0 or row[3] == 1]
    starts.append(len(rows))
    for first, end in zip(starts, starts[1:]):
        base = rows[first][0]
        last = rows[end - 1]
        tokens = tuple(
            TokenView(text[idx : idx + length], idx - base) for idx, length, space, _ in rows[first:end] if not space
        )
        yield text[base : last[0] + last[1]], tokens


@lru_cache(maxsize=None)
def pipeline(language: str):
    """A blank spaCy pipeline for a language, with abbreviation special cases and sentence splitting."""
    spacy = import_spacy()
    from spacy.symbols import ORTH

    nlp = spacy.blank(SPACY_LANG.get(language, "sv"))
    abbreviations = set(ABBREVIATIONS.get(language, "").split())
    for abbreviation in abbreviations | {a.capitalize() for a in abbreviations}:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe(_year_sentence_component())
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2_000_000
    return nlp
