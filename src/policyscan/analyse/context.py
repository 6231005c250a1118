"""Context rules in the spirit of NegEx/ConText, applied inside one sentence.

- A clause ends at a terminator cue (men, dock, samtidigt / men, likevel, samtidig) or at , ; : and dashes.
- A negation cue negates cues after it in its clause (forward, at most MAX_SCOPE tokens). A clause adverb
  (direction `v2`: inte, ej, aldrig / ikke, aldri / ikkje) also negates the cue right before it, because
  Swedish and Norwegian put it after the finite verb ("uppmuntras inte", "prioriteres ikke").
- A pseudo-negation (inte bara, ikke minst, ikkje berre) cancels the negation cues it overlaps, and marks the
  digital terms in its scope as contrasted ("inte bara digitalisering utan också nya arbetssätt").
- A negation cue inside another cue's span (e.g. the "inte" of "får inte") belongs to that cue.
- A generic cue (forskning visar, i många kommuner) marks the sentence as a general or reported statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .matcher import RawMatch, TokenView

MAX_SCOPE = 12
# A negation right after the relative pronoun ("tjänster som inte upphandlats … är förbjudna") sits in an embedded
# clause: it reaches only the few words of that clause, not the main clause's predicate.
RELATIVE_PRONOUNS = frozenset({"som"})
RELATIVE_SCOPE = 3
# A comma inside a coordinated list ("verken budsjett, mandat eller ressurser") does not end a clause.
_COORDINATORS = frozenset("och eller samt och/eller varken eller og eller samt verken hverken korkje and or".split())
_LIST_ITEM_MAX = 4
BACKWARD_SCOPE = 1  # only the word right before the negation: "uppmuntras inte", "prioriteres ikke"
CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")", "?", "!"}
CUE_CATEGORIES = ("enabling", "hindering", "modality", "innovation", "new_solution", "digital", "dimension")


@dataclass(frozen=True)
class ContextResult:
    negated: frozenset[int]  # indices into the match list
    contrasted: frozenset[int]  # digital matches inside a pseudo-negation's scope
    generic: bool
    negators: dict[int, int]  # negated match index → negation match index
    clauses: tuple[int, ...] = ()  # clause number per token


def clause_ids(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> list[int]:
    """A clause number per token; terminator cues and clause punctuation start a new clause."""
    boundary = [False] * len(tokens)
    lowered = [t.text.casefold() for t in tokens]
    for i, token in enumerate(tokens):
        if token.text in CLAUSE_PUNCT:
            boundary[i] = not (token.text == "," and _in_list(lowered, i))
    for m in matches:
        if m.entry.category == "terminator":
            boundary[m.token_start] = True
    ids, current = [], 0
    for i in range(len(tokens)):
        if boundary[i]:
            current += 1
        ids.append(current)
    return ids


def _in_list(lowered: Sequence[str], comma: int) -> bool:
    """True when the comma separates short items of a list closed by a coordinator ("a, b eller c").
    A comma right before a coordinator joins clauses (", og utprøvinga må …"), not list items."""
    if comma + 1 < len(lowered) and lowered[comma + 1] in _COORDINATORS:
        return False
    for j in range(comma + 1, min(len(lowered), comma + 2 + _LIST_ITEM_MAX)):
        if lowered[j] in _COORDINATORS:
            return True
        if lowered[j] in CLAUSE_PUNCT and lowered[j] != ",":
            return False
    return False


def resolve(tokens: Sequence[TokenView], matches: Sequence[RawMatch]) -> ContextResult:
    clauses = clause_ids(tokens, matches)
    pseudo_spans = [(m.token_start, m.token_end) for m in matches if m.entry.category == "pseudo_negation"]
    # A negation word inside a pseudo-negation or terminator ("inte bara", ", utan också") is not a negation.
    cancelling = pseudo_spans + [(m.token_start, m.token_end) for m in matches if m.entry.category == "terminator"]

    def in_pseudo(m: RawMatch) -> bool:
        return any(s < m.token_end and m.token_start < e for s, e in cancelling)

    # A negation word inside a multi-word cue ("får inte", "ikkje høve til") belongs to that cue, which is not
    # negated by it; it still negates cues outside that cue's span.
    owners = [
        (m.token_start, m.token_end)
        for m in matches
        if m.entry.category in CUE_CATEGORIES and m.token_end - m.token_start > 1
    ]
    # A negation that a negative cue has used up ("kan ikke lanseres før", "får inte") negates nothing else.
    used_up = [
        (m.token_start, m.token_end, m.gap_tokens)
        for m in matches
        if m.entry.category in CUE_CATEGORIES and m.token_end - m.token_start > 1 and m.entry.base_polarity < 0
    ]

    def consumed(cue: RawMatch) -> bool:
        return any(s <= cue.token_start and cue.token_end <= e and cue.token_start not in gaps for s, e, gaps in used_up)

    negations = [
        (k, m) for k, m in enumerate(matches) if m.entry.category == "negation" and not in_pseudo(m) and not consumed(m)
    ]
    negated: set[int] = set()
    negators: dict[int, int] = {}
    negation_tokens = {t for m in matches if m.entry.category == "negation" for t in range(m.token_start, m.token_end)}
    for k, m in enumerate(matches):
        if m.entry.category not in CUE_CATEGORIES:
            continue
        own = [t for t in range(m.token_start, m.token_end) if t in negation_tokens and t not in m.gap_tokens]
        if own and len(own) < m.token_end - m.token_start:
            continue  # the cue carries its own negation ("får inte", "ingen tid", "ikkje sett av midlar")
        for n, cue in negations:
            inside_owner = [
                (s, e) for s, e in owners
                if s <= cue.token_start and cue.token_end <= e and not (cue.token_start in m.gap_tokens)
                and (s, e) != (m.token_start, m.token_end) and s <= m.token_start and m.token_end <= e
            ]
            if inside_owner:
                continue  # the negation and this cue both sit inside a longer cue: that cue speaks for them
            if cue.token_start >= m.token_start and cue.token_end <= m.token_end:
                if cue.token_start in m.gap_tokens:  # "har ikkje ... mandat": a gap swallowed the negation
                    negated.add(k)
                    negators[k] = n
                continue
            between = range(min(cue.token_end, m.token_end), max(cue.token_start, m.token_start))
            if any(t in negation_tokens for t in between):
                continue  # a later negation starts its own scope
            clause = clauses[cue.token_start]
            direction = cue.entry.direction
            relative = cue.token_start > 0 and tokens[cue.token_start - 1].text.casefold() in RELATIVE_PRONOUNS
            if relative and m.entry.category == "modality":
                continue  # "verktøy som ikke er godkjent" describes the tools; it grants no permission
            scope = RELATIVE_SCOPE if relative else MAX_SCOPE
            if direction in ("forward", "both", "v2") and cue.token_end <= m.token_start:
                if m.token_start - cue.token_end < scope and all(
                    clauses[t] == clause for t in range(cue.token_start, m.token_start + 1)
                ):
                    negated.add(k)
                    negators[k] = n
            if direction in ("backward", "both") and m.token_end <= cue.token_start:
                if cue.token_start - m.token_end < MAX_SCOPE and all(
                    clauses[t] == clause for t in range(m.token_start, cue.token_start + 1)
                ):
                    negated.add(k)
                    negators[k] = n
            # V2 word order: the finite verb right before a clause adverb ("uppmuntras inte", "prioriteres ikke").
            if direction == "v2" and m.token_end <= cue.token_start and cue.token_start - m.token_end < BACKWARD_SCOPE:
                if all(clauses[t] == clause for t in range(m.token_start, cue.token_start + 1)):
                    if m.entry.category in ("enabling", "hindering", "modality", "dimension"):
                        negated.add(k)
                        negators[k] = n
    contrasted: set[int] = set()
    for s, e in pseudo_spans:
        clause = clauses[s]
        for k, m in enumerate(matches):
            if m.entry.category == "digital" and m.token_start >= e and clauses[m.token_start] == clause:
                contrasted.add(k)
    generic = any(m.entry.category == "generic" for m in matches)
    return ContextResult(frozenset(negated), frozenset(contrasted), generic, negators, tuple(clauses))
