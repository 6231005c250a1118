"""Language identification: sv / nb / nn / da / en, per block and per document.

py3langid (restricted to the five languages) does the bulk; it labels Norwegian "no" and is weak at
nb/nn, so marker words decide between Bokmål and Nynorsk (stack-probe §3).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

SUPPORTED = ("sv", "nb", "nn", "da", "en")
_MODEL_LANGUAGES = ("sv", "no", "nn", "da", "en")  # py3langid's labels
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Frequent words that tell Nynorsk from Bokmål (each list's words are absent from or rare in the other; "blir",
# "sette" and "likevel" are good Nynorsk and good Bokmål, so they are in neither).
_NN_MARKERS = frozenset(
    "ikkje eg kva korleis kvifor kven vert vart ein eit frå berre teneste tenester tenesta verksemd verksemda "
    "verksemder mykje heile difor dei deira òg hjå fekk gjer nokon noko nokre mogleg moglegheit moglegheiter "
    "tilsette leiar leiarar leiinga meir eigen eiga eige eigne saman mellom medan utvikla arbeidsmåtar "
    "korleis høve sjølv sjølve kommunane ynskje ønskje fyrst berekraftig tenestene leggje setje gjere vere "
    "løysing løysinga løysingar løysingane fleire nokre dykkar tilsett innbyggjarar innbyggjarane vidare same "
    "høyring samrøystes blei innan".split()
)
_NB_MARKERS = frozenset(
    "ikke jeg hva hvordan hvorfor hvem ble en et fra bare tjeneste tjenester tjenesten virksomhet "
    "virksomheten virksomheter mye hele derfor de deres også hos fikk gjør noen noe mulig mulighet muligheter "
    "ansatte leder ledere ledelsen mer egen egne sammen mens utviklet arbeidsmåter selv kommunene ønske først "
    "bærekraftig tjenestene legge gjøre være løsning løsningen løsninger løsningene flere noen "
    "innbyggere innbyggerne innen".split()
)
# Swedish and Danish are told apart from Norwegian by py3langid; these break near-ties on short texts.
_SV_MARKERS = frozenset("och inte är att som för med det till av på en ett ska kommer också eller".split())
_DA_MARKERS = frozenset("af ikke efter nogle gennem udvikling hvad sig blev sådan meget også kommunen vil".split())


# Function words that single out a language or family. Policy prose is full of them, so most blocks are
# decided here without loading py3langid's model (≈0.5 s); unclear texts still go to py3langid.
_FUNCTION = {
    "sv": frozenset("och att är inte ska skall måste finns där hur vad när ett också samt mellan genom efter blir "
                    "varit vår våra deras sig detta dessa kommer får inom även eller".split()),
    "en": frozenset("the and of to is that with are this from will should which be by their has have not an".split()),
    "da": frozenset("af efter gennem hvad nogle meget blive bliver været findes mod ud op mellem vores også ikke "
                    "kommunens skal".split()),
    "no": frozenset("av etter gjennom hva noen mye blir vært finnes mot ut opp mellom våre også ikke ikkje å "
                    "skal ein eit dei kva korleis kjem vore finst berre frå vert".split()),
}
# Words shared by Danish and Norwegian above do not tell them apart.
_SHARED_DA_NO = _FUNCTION["da"] & _FUNCTION["no"]


def _word_counts(text: str) -> Counter[str]:
    """How often each lowercased word occurs: the votes below are sums over small word sets, so a page is
    counted once instead of once per language."""
    counts: Counter[str] = Counter()
    for word, count in Counter(_WORD.findall(text)).items():
        counts[word.lower()] += count
    return counts


def _votes(counts: Counter[str], words: frozenset[str]) -> int:
    return sum(counts[w] for w in words if w in counts)


_ONLY_DA = _FUNCTION["da"] - _SHARED_DA_NO
_ONLY_NO = _FUNCTION["no"] - _SHARED_DA_NO


def _by_function_words(counts: Counter[str]) -> str | None:
    votes = {
        "sv": _votes(counts, _FUNCTION["sv"]),
        "en": _votes(counts, _FUNCTION["en"]),
        "da": _votes(counts, _ONLY_DA),
        "no": _votes(counts, _ONLY_NO),
    }
    family = _votes(counts, _SHARED_DA_NO)  # Danish or Norwegian
    scandinavian = votes["da"] + votes["no"] + family
    if votes["en"] >= 3 and votes["en"] > 2 * (votes["sv"] + scandinavian):
        return "en"
    if votes["sv"] >= 3 and votes["sv"] > 2 * (scandinavian + votes["en"]):
        return "sv"
    if votes["no"] >= 2 and votes["no"] > 2 * votes["da"] and scandinavian > 2 * votes["sv"]:
        return _nb_or_nn(counts)  # None on a Bokmål/Nynorsk tie: the model decides
    if votes["da"] >= 2 and votes["da"] > 2 * votes["no"] and scandinavian > 2 * votes["sv"]:
        return "da"
    return None


@lru_cache(maxsize=1)
def _identifier():
    """py3langid restricted to our five languages. Its model ships LZMA-compressed (~0.6 s to unpack on
    every start); the unpacked five-language slice is kept in the cache folder (policyscan.cachedir)."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from . import cachedir

    model = MODEL_DIR / MODEL_FILE
    try:
        info = model.stat()
        stamp = f"{info.st_size}-{info.st_mtime_ns}"
    except OSError:
        stamp = "unknown"
    target = cachedir.default_cache_dir() / "langid" / f"py3langid-{stamp}-{'-'.join(_MODEL_LANGUAGES)}.pickle"
    sliced = cachedir.load(target)
    if isinstance(sliced, dict) and sliced.get("languages") == _MODEL_LANGUAGES:
        identifier = LanguageIdentifier(
            sliced["ptc"], sliced["pc"], sliced["classes"], sliced["nextmove"], sliced["output"],
            norm_probs=True, tk_row=sliced["row"],
        )
        identifier.set_languages(list(_MODEL_LANGUAGES))
        return identifier
    identifier = LanguageIdentifier.from_model_file(model, norm_probs=True)
    identifier.set_languages(list(_MODEL_LANGUAGES))
    cachedir.store(target, {
        "languages": _MODEL_LANGUAGES,
        "ptc": np.ascontiguousarray(identifier.nb_ptc),
        "pc": np.asarray(identifier.nb_pc),
        "classes": list(identifier.nb_classes),
        "nextmove": identifier.tk_nextmove,
        "row": identifier.tk_row,
        "output": identifier.tk_output,
    })
    return identifier


# Endings that only one written standard uses: plural -ingar/-ingane and the -ast passive ("skal godkjennast")
# are Nynorsk, -inger/-ingene Bokmål. Short texts often have no marker word but one of these.
_NN_ENDINGS = ("ingar", "ingane", "ast")
_NB_ENDINGS = ("inger", "ingene")


def _nb_or_nn(counts: Counter[str]) -> str | None:
    nn = nb = 0
    for w, count in counts.items():
        long = len(w) > 6
        if w in _NN_MARKERS or (long and w.endswith(_NN_ENDINGS)):
            nn += count
        if w in _NB_MARKERS or (long and w.endswith(_NB_ENDINGS)):
            nb += count
    if nn > nb:
        return "nn"
    if nb > nn:
        return "nb"
    return None


def detect(text: str) -> tuple[str | None, float]:
    """Language of a text and a confidence in [0, 1]; (None, 0) when there is too little text."""
    return _detect(_word_counts(text), text)


def _detect(counts: Counter[str], text: str) -> tuple[str | None, float]:
    if counts.total() < 3:
        return None, 0.0
    quick = _by_function_words(counts)
    if quick is not None:
        return quick, 0.99
    # 1,500 characters decide a language as well as 5,000 (py3langid scores n-grams in pure Python).
    label, prob = _identifier().classify(text[:1500])
    if label in ("no", "nn"):
        marker = _nb_or_nn(counts)
        label = marker or ("nb" if label == "no" else "nn")
    elif label == "da":
        # Short Norwegian headings are sometimes taken for Danish.
        marker = _nb_or_nn(counts)
        if marker and _votes(counts, _DA_MARKERS) == 0:
            label = marker
    return label, float(prob)


def detect_document(
    texts: Sequence[str], override: str | None = None, counted: Sequence[bool] | None = None
) -> tuple[str, list[str | None], dict[str, int]]:
    """Document language, per-text languages and the characters per language.

    Only texts marked `counted` (default: all) decide the document language. Short texts (headings, cells)
    take the document language. Bokmål or Nynorsk is decided once for the whole document from marker
    words, since paragraph-level nb/nn guesses are unreliable (stack-probe §3).
    """
    if override:
        return override, [override] * len(texts), {override: sum(len(t) for t in texts)}
    counted = list(counted) if counted is not None else [True] * len(texts)
    counts = [_word_counts(text) if len(text) >= 40 else None for text in texts]
    per_text = [_detect(c, text)[0] if c is not None else None for c, text in zip(counts, texts)]
    chars: Counter[str] = Counter()
    for text, label, include in zip(texts, per_text, counted):
        if label and include:
            chars[label] += len(text)
    if not chars:
        joined = " ".join(t for t, include in zip(texts, counted) if include) or " ".join(texts)
        label = detect(joined)[0] or "sv"
        return label, [label] * len(texts), {label: len(joined)}
    if chars["nb"] or chars["nn"]:
        family_counts: Counter[str] = Counter()
        for c, lab in zip(counts, per_text):
            if lab in ("nb", "nn"):
                family_counts.update(c)
        family = _nb_or_nn(family_counts) or ("nb" if chars["nb"] >= chars["nn"] else "nn")
        chars[family] += chars.pop("nn" if family == "nb" else "nb", 0)
        per_text = [family if lab in ("nb", "nn") else lab for lab in per_text]
    document = max(chars, key=lambda k: chars[k])
    return document, [lab or document for lab in per_text], {k: v for k, v in chars.items() if v}
