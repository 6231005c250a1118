"""Compound-aware lexicon matching over tokens.

Token patterns (word, stem, prefix, suffix) are decided once per distinct token form and cached, so the
cost is per vocabulary type, not per token (stack-probe §4). Phrases are matched on token sequences, tried
only where their rarest element occurs; regexes run on the lowercased sentence, only in sentences that hold
the literals they need (regexes.py).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .inflection import base_forms, endings
from .lexicon.model import Entry
from .regexes import LazyRegex, RegexGate

# A quantified group that is itself quantified — "(a+)+", "(\w*)*", "(x|y+){2,}" — can backtrack for ever on a
# long sentence; user-supplied regexes with that shape are refused, and regexes only see sentences up to
# REGEX_MAX_CHARS characters.
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,)")
REGEX_MAX_CHARS = 2000
_MIN_STEM = 5
_MIN_HEAD = 3  # a compound head after a stem must have at least this many letters
GAP_MAX = 3
_HEAD_KEY = 3  # letters of a 'stem*' glob a phrase is indexed by
_DROP_E_BEFORE = frozenset("aeo")
# Commas are allowed inside gaps ("Den som gjer feil, må …"); an entry that must not span one lists "," under
# exceptions.
_GAP_STOPS = frozenset({";", ":", "–", "—", "(", ")", ".", "!", "?"})


_DROP_HYPHENS = str.maketrans("", "", "-\u2010\u2011\u00ad")


def normalise_form(text: str) -> str:
    """Lowercase and drop hyphens: 'E-tjänster' → 'etjänster', 'innovations-' → 'innovations'."""
    return text.casefold().translate(_DROP_HYPHENS)


class TokenView(NamedTuple):
    """What the matcher needs from a token: its text and character offset in the sentence. (A named tuple:
    one is built per token of every document, and a frozen dataclass costs several times more to build.)"""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class RawMatch:
    entry: Entry
    token_start: int
    token_end: int  # exclusive
    gap_tokens: frozenset[int] = frozenset()  # tokens inside the span that a phrase gap ("...") skipped


class _Globs:
    """Glob alternatives of one phrase element. Most are 'stem*' (or '*suffix'): those are string tests, and
    only the rest are compiled to regexes — compiling every glob was most of a short scan's lexicon set-up."""

    __slots__ = ("prefixes", "suffixes", "infixes", "regexes")

    def __init__(self) -> None:
        self.prefixes: tuple[str, ...] = ()
        self.suffixes: tuple[str, ...] = ()
        self.infixes: tuple[str, ...] = ()
        self.regexes: list[re.Pattern[str]] = []

    def add(self, glob: str) -> None:
        body = glob.strip("*")
        plain = body and not any(c in body for c in "*?[]")
        if plain and glob == body + "*":
            self.prefixes += (body,)
        elif plain and glob == "*" + body:
            self.suffixes += (body,)
        elif plain and glob == "*" + body + "*":
            self.infixes += (body,)
        else:
            self.regexes.append(re.compile(fnmatch.translate(glob)))

    def __bool__(self) -> bool:
        return bool(self.prefixes or self.suffixes or self.infixes or self.regexes)

    def match(self, text: str) -> bool:
        return (
            (bool(self.prefixes) and text.startswith(self.prefixes))
            or (bool(self.suffixes) and text.endswith(self.suffixes))
            or any(x in text for x in self.infixes)
            or any(r.match(text) for r in self.regexes)
        )


class _Element:
    """One element of a phrase: alternatives of exact forms, globs or inflected forms, or a gap."""

    __slots__ = ("exact", "globs", "inflected", "gap", "language", "_memo")

    def __init__(self, spec: str, language: str):
        self.gap = spec == "..."
        self.exact: set[str] = set()
        self.globs = _Globs()
        self.inflected: set[str] = set()
        self.language = language
        self._memo: dict[str, bool] = {}
        if self.gap:
            return
        for alternative in spec.split("|"):
            alternative = alternative.strip().casefold()
            if not alternative:
                raise ValueError(f"empty alternative in phrase element '{spec}'")
            if alternative.endswith("~"):
                self.inflected.add(normalise_form(alternative[:-1]))
            elif "*" in alternative or "?" in alternative:
                self.globs.add(alternative)
            else:
                self.exact.add(alternative)

    def heads(self) -> frozenset[str]:
        """For an element of plain forms and 'stem*' globs only: the first three letters every matching
        token starts with (a phrase can be indexed by them); else empty."""
        globs = self.globs
        if self.gap or self.inflected or globs.suffixes or globs.infixes or globs.regexes or not globs.prefixes:
            return frozenset()
        forms = [*self.exact, *self.globs.prefixes]
        if any(len(f) < _HEAD_KEY for f in forms):
            return frozenset()
        return frozenset(normalise_form(f)[:_HEAD_KEY] for f in forms) | frozenset(f[:_HEAD_KEY] for f in forms)

    def matches(self, lower: str, norm: str) -> bool:
        known = self._memo.get(lower)
        if known is None:
            known = (
                lower in self.exact
                or norm in self.exact
                or (bool(self.inflected) and any(b in self.inflected for b in base_forms(norm, self.language)))
                or (bool(self.globs) and (self.globs.match(lower) or self.globs.match(norm)))
            )
            if len(self._memo) < 50_000:
                self._memo[lower] = known
        return known


@dataclass
class _Phrase:
    entry: Entry
    index: int
    elements: list[_Element]
    requireds: tuple[frozenset[str], ...] = ()  # for each plain element, forms one of which must occur
    has_gap: bool = False
    anchor_at: int | None = None  # the element the phrase is indexed by (see anchor())
    # Tokens between the phrase's start and its anchor: at least `fixed_before`, at most that plus
    # GAP_MAX per gap before the anchor. A match can only start in that window before an anchor position.
    fixed_before: int = 0
    gaps_before: int = 0
    other_requireds: tuple[frozenset[str], ...] = ()
    # The runs of words between gaps, each with how many tokens may be skipped before it (GAP_MAX per gap).
    segments: tuple[tuple[_Element, ...], ...] = ()
    reaches: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        self.has_gap = any(e.gap for e in self.elements)
        segments: list[list[_Element]] = [[]]
        reaches = [0]
        for element in self.elements:
            if element.gap:
                if segments[-1]:
                    segments.append([])
                    reaches.append(0)
                reaches[-1] += GAP_MAX  # consecutive gaps add up
            else:
                segments[-1].append(element)
        self.segments = tuple(tuple(segment) for segment in segments)
        self.reaches = tuple(reaches)
        self.requireds = tuple(
            frozenset(e.exact) for e in self.elements if e.exact and not e.globs and not e.inflected and not e.gap
        )
        self.anchor_at = self._anchor_index()
        if self.anchor_at is not None:
            before = self.elements[: self.anchor_at]
            self.gaps_before = sum(1 for e in before if e.gap)
            self.fixed_before = len(before) - self.gaps_before
            # Where the anchor occurs, its own forms are there: only the other elements' need checking.
            anchor = self.elements[self.anchor_at]
            self.other_requireds = tuple(
                frozenset(e.exact) for e in self.elements if e is not anchor and e.exact and not e.globs and not e.inflected and not e.gap
            )
        else:
            self.other_requireds = self.requireds

    def _anchor_index(self) -> int | None:
        """The element to index the phrase by: the one least likely to occur, judged by the length of its
        shortest form — a plain word, an inflected word (indexed by its exact and base forms) or a 'stem*'
        glob (indexed by its first letters; a glob matches more, so it ranks one letter lower). A phrase
        anchored on "i" or "ska" would be tried in almost every sentence."""
        ranked: list[tuple[int, int, int]] = []  # (rank, kind preference, -position)
        for i, e in enumerate(self.elements):
            if e.gap:
                continue
            if e.exact and not e.globs and not e.inflected:
                ranked.append((min(map(len, e.exact)), 2, -i))
            elif e.inflected and not e.globs:
                ranked.append((min(map(len, [*e.exact, *e.inflected])), 1, -i))
            elif e.heads():
                ranked.append((min(map(len, [*e.exact, *e.globs.prefixes])) - 1, 0, -i))
        return -max(ranked)[2] if ranked else None

    def anchor(self) -> _Element | None:
        return self.elements[self.anchor_at] if self.anchor_at is not None else None

    def starts(self, anchor_positions: Sequence[int]) -> list[int]:
        """Token positions where a match could start, given where the anchor element occurs."""
        if not self.has_gap:
            if not self.fixed_before:
                return sorted(set(anchor_positions))
            return sorted({p - self.fixed_before for p in anchor_positions if p >= self.fixed_before})
        reach = self.gaps_before * GAP_MAX
        found: set[int] = set()
        for p in anchor_positions:
            last = p - self.fixed_before
            found.update(range(max(0, last - reach), last + 1))
        return sorted(found)


def _split_variant(value: str) -> list[str]:
    return [part for part in re.split(r"[\s\-]+", value.strip()) if part]


class _FormInfo:
    """What one distinct token form contributes to a sentence's matching, decided once per form: its
    normalised form, the entries it matches on its own, and the phrases whose anchor element it matches
    (so a phrase is tried only where its anchor occurs, without a scan of the sentence per phrase)."""

    __slots__ = ("norm", "hits", "anchors")

    def __init__(self, norm: str, hits: tuple[int, ...], anchors: tuple[_Phrase, ...]):
        self.norm = norm
        self.hits = hits
        self.anchors = anchors


@dataclass
class CompiledLexicon:
    """All entries of one language, compiled for fast matching."""

    language: str
    entries: tuple[Entry, ...]
    _word: dict[str, list[int]] = field(default_factory=dict)
    _prefix: dict[str, list[int]] = field(default_factory=dict)
    _suffix: dict[str, list[int]] = field(default_factory=dict)
    _stem: dict[str, list[int]] = field(default_factory=dict)
    _stem_by_head: dict[str, list[str]] = field(default_factory=dict)  # first _MIN_STEM letters → stems
    # Stems ending in -e lose it before a vowel ending (avtale → avtalar, idésluse → idéslusa): base → stem.
    _stem_dropped: dict[str, str] = field(default_factory=dict)
    _phrases_by_form: dict[str, list[_Phrase]] = field(default_factory=dict)
    _phrases_by_base: dict[str, list[_Phrase]] = field(default_factory=dict)
    _phrases_by_head: dict[str, list[_Phrase]] = field(default_factory=dict)  # anchored on a 'stem*' glob
    _phrases_wild: list[_Phrase] = field(default_factory=list)
    # One-word phrases that no index can find ('*innovasjonsfond*'): tested per distinct token form, cached.
    _token_elements: list[tuple[int, _Element]] = field(default_factory=list)
    _regexes: list[tuple[int, LazyRegex]] = field(default_factory=list)  # (entry index, regex)
    _regex_gate: RegexGate | None = None  # which regexes a sentence could match (regexes.py)
    _elements: dict[str, _Element] = field(default_factory=dict)  # one object per spec: they share a memo
    _exceptions: dict[int, re.Pattern[str]] = field(default_factory=dict)
    _phrase_exceptions: dict[int, list[_Phrase]] = field(default_factory=dict)  # multi-word false friends
    _form_info: dict[str, _FormInfo] = field(default_factory=dict)  # per distinct lowercased token form
    errors: list[tuple[Entry, int, str]] = field(default_factory=list)
    eager: bool = True  # compile every regex now (validation); False: on first use (see LazyRegex)

    @classmethod
    def build(cls, language: str, entries: Sequence[Entry], eager: bool = True) -> CompiledLexicon:
        compiled = cls(language=language, entries=tuple(entries), eager=eager)
        for index, entry in enumerate(compiled.entries):
            compiled._add(index, entry)
        compiled._regex_gate = RegexGate([regex for _, regex in compiled._regexes])
        for stem in compiled._stem:
            compiled._stem_by_head.setdefault(stem[:_MIN_STEM], []).append(stem)
            if stem.endswith("e") and len(stem) > _MIN_STEM and stem[:-1] not in compiled._stem:
                compiled._stem_dropped[stem[:-1]] = stem
                compiled._stem_by_head.setdefault(stem[:_MIN_STEM], []).append(stem[:-1])
        return compiled

    def _add(self, index: int, entry: Entry) -> None:
        single = [e for e in entry.exceptions if not e.strip().count(" ")]
        if single:
            self._exceptions[index] = re.compile("|".join(fnmatch.translate(e.casefold()) for e in single))
        for exception in entry.exceptions:
            if " " in exception.strip():
                try:
                    elements = [self._element(spec) for spec in exception.split()]
                except ValueError as exc:
                    self.errors.append((entry, entry.line, f"{entry.id}: broken exception '{exception}': {exc}"))
                    continue
                self._phrase_exceptions.setdefault(index, []).append(_Phrase(entry, index, elements))
        for pattern in entry.patterns:
            try:
                self._add_pattern(index, entry, pattern.kind, pattern.value, pattern.needs)
            except (ValueError, re.error) as exc:
                self.errors.append((entry, pattern.line, f"{entry.id}: broken {pattern.kind} pattern '{pattern.value}': {exc}"))

    def _add_pattern(self, index: int, entry: Entry, kind: str, value: str, needs: tuple[frozenset[str], ...] | None = None) -> None:
        if kind == "regex":
            if _NESTED_QUANTIFIER.search(value):
                raise ValueError("nested quantifiers like (a+)+ or (\\w+ ){0,2} can make matching hang; rewrite the pattern (a bounded repeat written out: (?:\\w+ )?(?:\\w+ )?)")
            self._regexes.append((index, LazyRegex(value, eager=self.eager, needs=needs)))
            return
        if kind == "phrase":
            elements = [self._element(spec) for spec in value.split()]
            if not elements or elements[0].gap or elements[-1].gap:
                raise ValueError("a phrase must start and end with a word")
            self._add_phrase(_Phrase(entry, index, elements))
            return
        form = normalise_form(value.replace(" ", ""))
        if not form or "*" in form or "|" in form:
            raise ValueError("token patterns take one plain form (use phrase for alternatives and globs)")
        if kind == "stem" and len(form) < _MIN_STEM:
            raise ValueError(f"a stem needs at least {_MIN_STEM} letters; use word, prefix or suffix")
        table = {"word": self._word, "prefix": self._prefix, "suffix": self._suffix, "stem": self._stem}[kind]
        table.setdefault(form, []).append(index)
        # "idé-sluss" / "idé sluss" also match as two tokens.
        parts = _split_variant(value)
        if len(parts) > 1:
            specs = [p.casefold() for p in parts[:-1]] + [parts[-1].casefold() + ("~" if kind != "prefix" else "*")]
            self._add_phrase(_Phrase(entry, index, [self._element(s) for s in specs]))

    def _element(self, spec: str) -> _Element:
        element = self._elements.get(spec)
        if element is None:
            element = self._elements[spec] = _Element(spec, self.language)
        return element

    def _add_phrase(self, phrase: _Phrase) -> None:
        anchor = phrase.anchor()
        if anchor is None and len(phrase.elements) == 1:
            self._token_elements.append((phrase.index, phrase.elements[0]))
            return
        if anchor is None:
            self._phrases_wild.append(phrase)
            return
        for key in anchor.exact:
            self._phrases_by_form.setdefault(key, []).append(phrase)
        for key in anchor.inflected:
            self._phrases_by_base.setdefault(key, []).append(phrase)
        if anchor.globs:
            for key in anchor.heads():
                self._phrases_by_head.setdefault(key, []).append(phrase)

    # -- token level ---------------------------------------------------------------------------------

    def _form_hits(self, norm: str) -> set[int]:
        hits: set[int] = set()
        if not norm:
            return hits
        ends = endings(self.language)
        for ending in ends:
            if ending and not norm.endswith(ending):
                continue
            base = norm[: len(norm) - len(ending)] if ending else norm
            if not base:
                continue
            hits.update(self._word.get(base, ()))
            if ending[:1] in _DROP_E_BEFORE:
                hits.update(self._word.get(base + "e", ()))  # møte → møta, avtale → avtalar
            if self._suffix:
                for k in range(len(base)):
                    hits.update(self._suffix.get(base[k:], ()))
        if self._prefix:
            for k in range(2, len(norm) + 1):
                hits.update(self._prefix.get(norm[:k], ()))
        if self._stem_by_head:
            # Every stem at every position, so "innovasjonsstrategien" finds both stems that start there.
            ending_set = set(ends)
            for start in range(len(norm) - _MIN_STEM + 1):
                for stem in self._stem_by_head.get(norm[start : start + _MIN_STEM], ()):
                    if not norm.startswith(stem, start):
                        continue
                    right = norm[start + len(stem) :]
                    full = self._stem_dropped.get(stem)
                    if full is not None:  # the -e was dropped: only a vowel inflection ending may follow
                        if right and right[0] in _DROP_E_BEFORE and right in ending_set:
                            hits.update(self._stem[full])
                    elif right in ending_set or len(right) >= _MIN_HEAD:
                        hits.update(self._stem[stem])
        return hits

    def token_hits(self, text: str) -> tuple[int, ...]:
        """Entry indices matched by one token (decided once per distinct lowercased form, see _info)."""
        return self._info(text.casefold()).hits

    def _token_hits(self, lower: str, norm: str) -> tuple[int, ...]:
        hits = self._form_hits(norm)
        for index, element in self._token_elements:
            if element.matches(lower, norm):
                hits.add(index)
        # Hyphenated compounds: each part counts on its own too ('IT-avdelningen', 'AI-stöd').
        if "-" in lower.strip("-"):
            for part in lower.split("-"):
                if part and part != lower:
                    hits |= self._form_hits(normalise_form(part))
        return tuple(
            sorted(i for i in hits if not (i in self._exceptions and (self._exceptions[i].match(lower) or self._exceptions[i].match(norm))))
        )

    # -- sentence level ------------------------------------------------------------------------------

    def _info(self, lower: str) -> _FormInfo:
        info = self._form_info.get(lower)
        if info is not None:
            return info
        norm = normalise_form(lower)
        indexed: dict[int, _Phrase] = {}
        for form in (lower,) if norm == lower else (lower, norm):
            for phrase in self._phrases_by_form.get(form, ()):
                indexed[id(phrase)] = phrase
            for phrase in self._phrases_by_head.get(form[:_HEAD_KEY], ()):
                indexed[id(phrase)] = phrase
        if self._phrases_by_base:
            for base in base_forms(norm, self.language):
                for phrase in self._phrases_by_base.get(base, ()):
                    indexed[id(phrase)] = phrase
        anchors = tuple(p for p in indexed.values() if p.elements[p.anchor_at].matches(lower, norm))
        info = _FormInfo(norm, self._token_hits(lower, norm), anchors)
        if len(self._form_info) < 200_000:
            self._form_info[lower] = info
        return info

    def match(self, tokens: Sequence[TokenView], text: str, offset: int = 0) -> list[RawMatch]:
        """All matches in one sentence. `text` is the sentence; token starts are relative to `offset`."""
        found: dict[tuple[int, int, int], RawMatch] = {}
        lowers = [t.text.casefold() for t in tokens]
        known = self._form_info.get
        infos = [known(lower) or self._info(lower) for lower in lowers]
        norms = [info.norm for info in infos]
        forms = set(lowers)
        forms.update(norms)
        entries = self.entries
        # Where each phrase's anchor (its rarest word, an inflection of it, or a 'stem*' glob) occurs.
        anchored: dict[int, tuple[_Phrase, list[int]]] = {}
        for i, info in enumerate(infos):
            for index in info.hits:
                found[(index, i, i + 1)] = RawMatch(entries[index], i, i + 1)
            for phrase in info.anchors:
                slot = anchored.get(id(phrase))
                if slot is None:
                    anchored[id(phrase)] = (phrase, [i])
                else:
                    slot[1].append(i)

        def starts_of(phrase: _Phrase) -> list[int]:
            """Where a phrase that is not in the anchor index (a multi-word exception) could start."""
            anchor = phrase.anchor()
            if anchor is None:
                first = phrase.elements[0]
                return [i for i in range(len(tokens)) if first.matches(lowers[i], norms[i])]
            at = [i for i in range(len(tokens)) if anchor.matches(lowers[i], norms[i])]
            return phrase.starts(at) if at else []

        candidates = [(phrase, at) for phrase, at in anchored.values() if _holds(phrase.other_requireds, forms)]
        candidates.extend((phrase, None) for phrase in self._phrases_wild if _holds(phrase.requireds, forms))
        for phrase, at in candidates:
            first = phrase.elements[0]
            for i in (phrase.starts(at) if at is not None else starts_of(phrase)):
                if not first.matches(lowers[i], norms[i]):
                    continue
                matched = self._match_phrase(phrase, lowers, norms, i)
                if matched is None:
                    continue
                end, gaps = matched
                if self._excepted(phrase.index, lowers[i:end]):
                    continue
                key = (phrase.index, i, end)
                # Two phrases of one entry on the same words: keep the one that skipped fewer words (then the
                # earlier skipped words), whatever order the phrases were tried in.
                known = found.get(key)
                if known is None or _gap_rank(gaps) < _gap_rank(known.gap_tokens):
                    found[key] = RawMatch(phrase.entry, i, end, gaps)
        if self._regex_gate is not None and len(text) <= REGEX_MAX_CHARS:
            lowered = text.casefold()
            for position in self._regex_gate.candidates(lowered):
                index, regex = self._regexes[position]
                for m in regex.finditer(lowered):
                    span = _char_span_to_tokens(tokens, m.start() + offset, m.end() + offset)
                    if span is not None:
                        found[(index, span[0], span[1])] = RawMatch(entries[index], *span)
        if self._phrase_exceptions:
            # A match overlapping a multi-word exception ("förnyelse av avtal*") is a false friend.
            for key, raw in list(found.items()):
                for phrase in self._phrase_exceptions.get(key[0], ()):
                    if not _holds(phrase.requireds, forms):
                        continue  # a word the exception needs is not in the sentence
                    spans = [
                        (i, matched[0])
                        for i in starts_of(phrase)
                        if (matched := self._match_phrase(phrase, lowers, norms, i)) is not None
                    ]
                    if any(start < raw.token_end and raw.token_start < end for start, end in spans):
                        del found[key]
                        break
        return sorted(found.values(), key=lambda r: (r.token_start, r.token_end, r.entry.id))

    def _excepted(self, index: int, lowers: Sequence[str]) -> bool:
        regex = self._exceptions.get(index)
        return regex is not None and any(regex.match(x) or regex.match(normalise_form(x)) for x in lowers)

    def _match_phrase(self, phrase: _Phrase, lowers, norms, start: int) -> tuple[int, frozenset[int]] | None:
        """End of the phrase matched at `start` and the tokens its gaps skipped, or None. Depth first, the
        shortest gap first; a gap does not reach across a clause boundary ("får stöd – inte kritik")."""
        segments = phrase.segments
        if not _fits(segments[0], start, lowers, norms):
            return None
        if len(segments) == 1:
            return start + len(segments[0]), frozenset()
        skipped: list[int] = []
        end = _match_rest(phrase, 1, start + len(segments[0]), lowers, norms, skipped)
        return None if end is None else (end, frozenset(skipped))


def _fits(segment: tuple[_Element, ...], t: int, lowers, norms) -> bool:
    """Whether the words of a segment match the tokens from t on."""
    if t + len(segment) > len(lowers):
        return False
    for offset, element in enumerate(segment):
        if not element.matches(lowers[t + offset], norms[t + offset]):
            return False
    return True


def _match_rest(phrase: _Phrase, s: int, t: int, lowers, norms, skipped: list[int]) -> int | None:
    """The end of segment s and those after it, after a gap that starts at token t (the skipped tokens are added
    to `skipped` on the way back from a match). A module function, not a closure: a closure that calls itself is
    a reference cycle, garbage for the cyclic collector on every call."""
    segments = phrase.segments
    if s == len(segments):
        return t
    segment = segments[s]
    for skip in range(phrase.reaches[s] + 1):
        if t + skip > len(lowers):
            break
        if skip and lowers[t + skip - 1] in _GAP_STOPS:
            break
        if _fits(segment, t + skip, lowers, norms):
            end = _match_rest(phrase, s + 1, t + skip + len(segment), lowers, norms, skipped)
            if end is not None:
                skipped.extend(range(t, t + skip))
                return end
    return None


def _holds(requireds: tuple[frozenset[str], ...], forms: set[str]) -> bool:
    """Whether one form of every required set is among the sentence's forms."""
    for required in requireds:
        if required.isdisjoint(forms):
            return False
    return True


def _gap_rank(gaps: frozenset[int]) -> tuple[int, list[int]]:
    return len(gaps), sorted(gaps)


def _char_span_to_tokens(tokens: Sequence[TokenView], start: int, end: int) -> tuple[int, int] | None:
    first = last = None
    for i, token in enumerate(tokens):
        if token.end > start and token.start < end:
            if first is None:
                first = i
            last = i
    if first is None or last is None:
        return None
    return first, last + 1


_COMPILED: dict[tuple[str, str], CompiledLexicon] = {}


def compiled_for(digest: str, language: str, entries: Sequence[Entry], eager: bool = False) -> CompiledLexicon:
    """The compiled lexicon of one language of one lexicon set (by digest), built once per process. Regexes are
    compiled on first use unless `eager` (validation)."""
    key = (digest, language)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = CompiledLexicon.build(language, entries, eager=eager)
    return compiled


def compiled_count() -> int:
    """How many compiled lexicons this process holds (a batch worker keeps new ones out of the garbage
    collector's way, see batch/executor.py)."""
    return len(_COMPILED)
