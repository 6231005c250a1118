"""Label each sentence: enables, hinders, mixed, neutral (a mention without force) or none.

A cue counts only where the text is about innovation: the sentence mentions it, or its paragraph (for a
list item: the lead-in paragraph), section heading or title does — or the cue is standalone
(nollfelskultur, endast godkänd programvara). Modality needs an innovation or new-solution object in the
sentence. Questions and generic or reported statements ("forskning visar …") keep their mention but
their cues do not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..analyse.context import clause_ids
from ..analyse.units import Sentence
from ..models import (
    ENABLES,
    HEADING,
    HINDERS,
    LIST_ITEM,
    MIXED,
    NEUTRAL,
    NONE,
    AnalysedUnit,
    Block,
    Match,
)

MIN_SCORE = 1.0


@dataclass(frozen=True)
class BlockContext:
    innovation: bool  # the paragraph / lead-in / section heading / title mentions innovation
    digital_paragraph: bool
    digital_heading: bool
    section: str | None
    paragraph_blocks: tuple[int, ...] = ()  # the block and its lead-in paragraph (for list items)


def _has(sentence: Sentence, category: str, skip: frozenset[int] = frozenset()) -> bool:
    return any(m.entry.category == category and k not in skip for k, m in enumerate(sentence.matches))


def block_contexts(blocks: Sequence[Block], sentences: Sequence[Sentence]) -> dict[int, BlockContext]:
    by_block: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_block.setdefault(sentence.block, []).append(sentence)

    def innovation(index: int | None) -> bool:
        # Only sentences that speak for the organisation lend context: a general or reported statement
        # ("Innovasjon Norge er …", "forskning visar …") does not make its neighbours about innovation.
        return index is not None and any(_has(s, "innovation") and not s.context.generic for s in by_block.get(index, ()))

    def digital(index: int | None) -> bool:
        return index is not None and any(_has(s, "digital", s.context.contrasted) for s in by_block.get(index, ()))

    contexts: dict[int, BlockContext] = {}
    title: int | None = None
    section: int | None = None
    lead_in: int | None = None
    for index, block in enumerate(blocks):
        if index not in by_block:
            continue
        if block.kind == HEADING:
            if title is None and index <= 2:
                title = index
            section = index
            lead_in = None
            contexts[index] = BlockContext(innovation(index) or innovation(title), digital(index), False, block.text)
            continue
        paragraph = index
        if block.kind == LIST_ITEM and lead_in is not None:
            paragraph = lead_in
        elif block.kind != LIST_ITEM:
            lead_in = index
        contexts[index] = BlockContext(
            innovation=innovation(paragraph) or innovation(index) or innovation(section) or innovation(title),
            digital_paragraph=digital(paragraph) or digital(index),
            digital_heading=digital(section),
            section=blocks[section].text if section is not None else None,
            paragraph_blocks=tuple(sorted({index, paragraph})),
        )
    return contexts


def _digital_clauses(sentence: Sentence) -> set[int]:
    clauses = sentence.context.clauses or clause_ids(sentence.tokens, sentence.matches)
    return {
        clauses[m.token_start]
        for k, m in enumerate(sentence.matches)
        if m.entry.category == "digital" and k not in sentence.context.contrasted
    }


def _framing(sentence: Sentence, context: BlockContext, neighbours_digital: bool) -> str:
    """Where digitalisation frames this sentence's innovation mention: in its own clause, in another sentence of
    its paragraph, or in its section heading. A digital word in another clause of the same sentence ("…, men
    alla inköp av appar måste godkännas") does not frame it."""
    clauses = sentence.context.clauses or clause_ids(sentence.tokens, sentence.matches)
    innovating = {clauses[m.token_start] for m in sentence.matches if m.entry.category == "innovation"}
    if innovating & _digital_clauses(sentence):
        return "sentence"
    if sentence.context.contrasted:
        return "not_digital"  # "inte bara digitalisering utan också …"
    if neighbours_digital:
        return "paragraph"
    if context.digital_heading:
        return "heading"
    return "not_digital"


def _resolve_overlaps(sentence: Sentence, counted: dict[int, int], skipped: dict[int, str]) -> None:
    """One fact counts once: a cue inside a longer cue's span is part of it ("midler" in "uten ekstra
    midler"), cues on the same span count once (the strongest), and an entry counts once per sentence."""
    keys = sorted(
        counted,
        key=lambda k: (
            -(sentence.matches[k].token_end - sentence.matches[k].token_start),
            -sentence.matches[k].entry.strength,
            sentence.matches[k].entry.category == "dimension",  # on a tie, the enabling/hindering entry speaks
        ),
    )
    kept: list[int] = []
    seen_entries: set[str] = set()
    for k in keys:
        m = sentence.matches[k]
        if m.entry.id in seen_entries:
            reason = "counted_once"
        elif any(
            sentence.matches[j].token_start <= m.token_start
            and m.token_end <= sentence.matches[j].token_end
            and (counted[j] == counted[k] or (sentence.matches[j].token_start, sentence.matches[j].token_end) != (m.token_start, m.token_end))
            for j in kept
        ):
            reason = "part_of_longer_cue"
        else:
            kept.append(k)
            seen_entries.add(m.entry.id)
            continue
        del counted[k]
        skipped[k] = reason


def _is_mandate(entry) -> bool:
    return entry.category == "modality" and entry.requires == "innovation"


def label_sentence(sentence: Sentence, context: BlockContext) -> tuple[str, tuple[Match, ...], tuple[str, ...], float, float]:
    """The unit label, the resolved matches, the reasons, and the enabling/hindering scores."""
    ctx = sentence.context
    mentions = _has(sentence, "innovation")
    has_object = mentions or _has(sentence, "new_solution")
    question = sentence.text.rstrip().endswith("?")
    reasons: list[str] = []
    enabling = hindering = 0.0
    resolved: list[Match] = []
    counted: dict[int, int] = {}  # match index → polarity, for the cues that count
    skipped: dict[int, str] = {}  # match index → why a cue with an effect did not count
    for k, raw in enumerate(sentence.matches):
        entry = raw.entry
        negated = k in ctx.negated
        polarity = entry.negated_polarity() if negated else entry.base_polarity
        if not entry.base_polarity:
            continue
        if not polarity:
            skipped[k] = "negated_away"
        elif question:
            skipped[k] = "question"
        elif ctx.generic:
            skipped[k] = "generic"
        elif _is_mandate(entry):
            skipped[k] = "mandate_not_needed"  # decided below
        elif entry.standalone:
            counted[k] = polarity
        elif entry.category in ("enabling", "hindering"):
            if mentions or context.innovation:
                counted[k] = polarity
            else:
                skipped[k] = "not_about_innovation"
        elif entry.category == "dimension":
            # a rubric condition enables when the sentence itself is about innovation
            if mentions:
                counted[k] = polarity
            else:
                skipped[k] = "not_about_innovation"
        elif has_object:
            counted[k] = polarity
        else:
            skipped[k] = "no_object"
    _resolve_overlaps(sentence, counted, skipped)
    clauses = ctx.clauses or clause_ids(sentence.tokens, sentence.matches)

    def clause(k: int) -> int:
        return clauses[sentence.matches[k].token_start]

    # Dimension words support: inside a restriction ("personvern må godkjennes av …") they are its subject.
    restricted = {clause(k) for k, p in counted.items() if p < 0}
    for k in [k for k, p in counted.items() if p > 0 and sentence.matches[k].entry.category == "dimension"]:
        if clause(k) in restricted:
            del counted[k]
            skipped[k] = "inside_restriction"
    # Weak cues only support: a side needs at least one normal cue's worth of strength to decide a unit.
    for sign in (1, -1):
        score = sum(sentence.matches[k].entry.strength for k, p in counted.items() if p == sign)
        if 0 < score < MIN_SCORE:
            reasons.append(f"{'enabling' if sign > 0 else 'hindering'} cues too weak to decide alone (score {score:g} < {MIN_SCORE:g})")
            for k in [k for k, p in counted.items() if p == sign]:
                del counted[k]
                skipped[k] = "too_weak"
    if mentions and not question and not ctx.generic:
        # A mandate ("ska/skal/bör" + innovation) is a fallback: it decides its clause only when no other cue
        # counts there and the clause itself mentions innovation ("X skal innovere, men …").
        innovating = {clauses[m.token_start] for m in sentence.matches if m.entry.category == "innovation"}
        decided = {clause(k) for k in counted}
        last = clauses[-1] if clauses else 0
        for k, raw in enumerate(sentence.matches):
            if not _is_mandate(raw.entry) or k in ctx.negated:
                continue
            # The mandate reaches forward over coordinated clauses ("vill ta tillvara … och pröva ny teknik")
            # to the first that mentions innovation, but not past a clause another cue has decided.
            for c in range(clause(k), last + 1):
                if c in decided:
                    break
                if c in innovating:
                    counted[k] = raw.entry.polarity
                    del skipped[k]
                    decided.add(clause(k))
                    break
    for k, raw in enumerate(sentence.matches):
        entry = raw.entry
        negated = k in ctx.negated
        polarity = counted.get(k, 0)
        if polarity > 0:
            enabling += entry.strength
        elif polarity < 0:
            hindering += entry.strength
        if polarity:
            reasons.append(f"{entry.id}{' (negated)' if negated else ''} → {'enables' if polarity > 0 else 'hinders'}")
        tokens = sentence.tokens
        start, end = tokens[raw.token_start].start, tokens[raw.token_end - 1].end
        resolved.append(
            Match(
                entry_id=entry.id,
                lexicon=entry.lexicon,
                category=entry.category,
                text=sentence.text[start:end] if end <= len(sentence.text) else tokens[raw.token_start].text,
                start=start,
                end=end,
                negated=negated,
                polarity=polarity,
                not_counted=skipped.get(k),
            )
        )
    if question and (mentions or "question" in skipped.values()):
        reasons.append("a question: cues do not count")
    if ctx.generic:
        reasons.append("a general or reported statement: cues do not count")
    if enabling and hindering:
        label = MIXED
    elif enabling:
        label = ENABLES
    elif hindering:
        label = HINDERS
    elif mentions:
        label = NEUTRAL
    else:
        label = NONE
    return label, tuple(resolved), tuple(reasons), enabling, hindering


def label_units(blocks: Sequence[Block], sentences: Sequence[Sentence]) -> list[AnalysedUnit]:
    contexts = block_contexts(blocks, sentences)
    digital_by_block: dict[int, set[int]] = {}
    for index, sentence in enumerate(sentences):
        if _digital_clauses(sentence):
            digital_by_block.setdefault(sentence.block, set()).add(index)
    units: list[AnalysedUnit] = []
    for index, sentence in enumerate(sentences):
        block = blocks[sentence.block]
        context = contexts[sentence.block]
        label, matches, reasons, enabling, hindering = label_sentence(sentence, context)
        mentions = any(m.category == "innovation" for m in matches)
        units.append(
            AnalysedUnit(
                index=index,
                block=sentence.block,
                page=block.page,
                kind=block.kind,
                part=block.part,
                text=sentence.text,
                language=sentence.language,
                label=label,
                matches=matches,
                section=context.section if block.kind != HEADING else None,
                mentions_innovation=mentions,
                digital_framing=_framing(
                    sentence,
                    context,
                    any(digital_by_block.get(b, set()) - {index} for b in context.paragraph_blocks),
                )
                if mentions
                else None,
                about_innovation=mentions or context.innovation,
                reasons=reasons,
                enabling=enabling,
                hindering=hindering,
            )
        )
    return units


