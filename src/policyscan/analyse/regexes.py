"""Lexicon regexes: parsed once, compiled on first use, and run only in sentences that hold the literals every
match of them needs.

Most sentences could match none of a language's few hundred regexes. `RegexGate` finds the ones a sentence
could match from the words it contains, each word looked up once per distinct form; a regex whose required
literals are not all in the sentence is never run. The gate is exact: it only skips regexes that cannot match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"\w+")
_MIN_KEY = 3  # a needle is looked up by a run of at least this many word characters in it
_WORD_CACHE_MAX = 200_000


class LazyRegex:
    """A lexicon regex with the literals its matches need (read from its parse tree, or given: the lexicon
    parser caches them with the file) and compiled on first use unless `eager`. Most regexes run only in sentences
    that hold their literals, so a scan compiles the few it needs: parsing and compiling every pattern was about
    half of a worker's start-up. Validation (`policyscan lexicon check`, a user's lexicons at load) builds eagerly, so a
    pattern that parses but does not compile (a variable-width look-behind) is still reported with file:line.

    `literals`: strings one of which every match contains (the most selective such set), or None.
    `also`: further such sets, every one of which a match needs too (a sentence must hold one of each)."""

    __slots__ = ("pattern", "literals", "also", "_compiled")

    def __init__(self, pattern: str, eager: bool = True, needs: tuple[frozenset[str], ...] | None = None):
        """`needs`: the pattern's literal_options when the caller has them (the lexicon parser caches them)."""
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = re.compile(pattern, re.IGNORECASE) if eager else None
        options = needs if needs is not None else _parsed_options(pattern)
        self.literals = _most_selective(options)
        self.also = tuple(o for o in options if o is not self.literals)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, re.IGNORECASE)
        return self._compiled

    def finditer(self, text: str):
        return self.compiled().finditer(text)


def _parsed_options(pattern: str) -> tuple[frozenset[str], ...]:
    """literal_options of a pattern that must parse (re.error: it is broken)."""
    try:
        from re import _parser  # noqa: PLC2701 - the stdlib parser, as in literal_options
    except ImportError:  # pragma: no cover
        return ()
    return literal_options(pattern, _parser.parse(pattern, re.IGNORECASE))


def regex_needs(pattern: str) -> tuple[frozenset[str], ...] | None:
    """literal_options of a lexicon regex, or None when the pattern does not parse (the compiler reports it)."""
    try:
        return _parsed_options(pattern)
    except re.error:
        return None


def _most_selective(options: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """The fewest, longest strings."""
    best: frozenset[str] | None = None
    for option in options:
        if best is None or (min(map(len, option)), -len(option)) > (min(map(len, best)), -len(best)):
            best = option
    return best


def literal_options(pattern: str, parsed=None) -> tuple[frozenset[str], ...]:
    """Sets of strings of which every match of the regex contains one string of each set; empty when nothing can
    be told. Read from the parse tree: in a sequence every part is needed — a literal run (3+ characters), a group,
    an alternation (one of its branches' needs), a repeat of at least one round, a positive lookaround.
    Lowercase, for matching against casefolded text. `parsed`: the pattern's parse tree, when the caller has it.
    """
    try:
        from re import _parser as parser  # noqa: PLC2701 - the stdlib parser; a failure only disables the gate
        from re._constants import ASSERT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
    except ImportError:  # pragma: no cover
        return ()

    def sequence(items) -> list[frozenset[str]]:
        options: list[frozenset[str]] = []
        run = ""
        for op, arg in list(items) + [(None, None)]:
            if op is LITERAL:
                run += chr(arg).casefold()
                continue
            if len(run) >= 3:
                options.append(frozenset({run}))
            run = ""
            found = None
            if op is SUBPATTERN:
                found = needs(arg[-1])
            elif op is BRANCH:
                branches = [needs(branch) for branch in arg[1]]
                found = None if any(b is None for b in branches) else frozenset().union(*branches)
            elif op in (MAX_REPEAT, MIN_REPEAT) and arg[0] >= 1:
                found = needs(arg[2])
            elif op is ASSERT:
                found = needs(arg[1])
            if found:
                options.append(found)
        return options

    def needs(items) -> frozenset[str] | None:
        return _most_selective(sequence(items))

    try:
        return tuple(sequence(parsed if parsed is not None else parser.parse(pattern, re.IGNORECASE)))
    except Exception:  # noqa: BLE001 - an unusual pattern only loses the gate
        return ()


class RegexGate:
    """Which of a lexicon's regexes a sentence could match.

    Each regex is indexed by the strings of its `literals` (its needles). A needle made of word characters can
    only occur inside one run of word characters of the sentence, so it is found through the sentence's words:
    the needles inside a word are worked out once per distinct word and cached. A needle with other characters
    ("i samband med") is keyed by its longest word-character run and confirmed in the sentence; a needle with no
    such run of three characters is looked for in every sentence, as is a regex without literals.
    """

    def __init__(self, regexes: Sequence[LazyRegex]):
        self.regexes = regexes
        self._always: list[int] = []
        self._by_needle: dict[str, list[int]] = {}
        for position, regex in enumerate(regexes):
            if regex.literals is None:
                self._always.append(position)
            else:
                for needle in regex.literals:
                    self._by_needle.setdefault(needle, []).append(position)
        # The further literals a regex needs ('also'): found the same way, then checked against what was found.
        self._also = {position: regex.also for position, regex in enumerate(regexes) if regex.also}
        every_needle = set(self._by_needle).union(*(n for also in self._also.values() for n in also))
        self._unkeyed: list[str] = []  # needles looked for in every sentence
        self._confirm: set[str] = set()  # needles whose key is only part of them
        keys_by_head: dict[str, dict[str, list[str]]] = {}
        for needle in sorted(every_needle):
            runs = _WORD.findall(needle)
            key = max(runs, key=len, default="")
            if len(key) < _MIN_KEY:
                self._unkeyed.append(needle)
                continue
            if key != needle:
                self._confirm.add(needle)
            keys_by_head.setdefault(key[:_MIN_KEY], {}).setdefault(key, []).append(needle)
        self._keys_by_head = {head: tuple((key, tuple(needles)) for key, needles in keys.items()) for head, keys in keys_by_head.items()}
        self._in_word: dict[str, tuple[str, ...]] = {}

    def _needles_in(self, word: str) -> tuple[str, ...]:
        found: list[str] = []
        heads = self._keys_by_head
        for i in range(len(word) - _MIN_KEY + 1):
            for key, needles in heads.get(word[i : i + _MIN_KEY], ()):
                if word.startswith(key, i):
                    found.extend(needles)
        result = tuple(found)
        if len(self._in_word) < _WORD_CACHE_MAX:
            self._in_word[word] = result
        return result

    def candidates(self, lowered: str) -> Iterable[int]:
        """Positions of the regexes that could match the casefolded sentence, in order."""
        if not self.regexes:
            return ()
        found: set[str] = set()
        cached = self._in_word
        for word in _WORD.findall(lowered):
            inside = cached.get(word)
            if inside is None:
                inside = self._needles_in(word)
            if inside:
                found.update(inside)
        found.update(n for n in self._unkeyed if n in lowered)
        confirm = self._confirm
        present = {n for n in found if n not in confirm or n in lowered}
        run = set(self._always)
        by_needle = self._by_needle
        for needle in present:
            run.update(by_needle.get(needle, ()))
        also = self._also
        return [
            position
            for position in sorted(run)
            if position not in also or not any(option.isdisjoint(present) for option in also[position])
        ]
