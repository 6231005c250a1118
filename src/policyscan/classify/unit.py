"""Label each sentence: enables, hinders, mixed, neutral (a mention without force) or none.

A cue counts only where the text is about innovation: the sentence mentions it, or its paragraph (for a
list item: the lead-in paragraph), section heading or title does — or the cue is standalone
(nollfelskultur, endast godkänd programvara). Modality needs an innovation or new-solution object in the
sentence. Questions and generic or reported statements ("forskning visar …") keep their mention but
their cues do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..analyse.context import CLAUSE_PUNCT, MODALS, clause_ids, frames_across_items, framing_segments, list_items
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
# Concessive adverbs: "Alla försök ska dock godkännas av nämnden", "Likevel må nye prosjekter behandles politisk".
# Right after a sentence about innovation, such a sentence restricts what that sentence spoke of, so its
# restriction needs no object of its own.
CONCESSIVE = frozenset(
    "dock ändå däremot emellertid likväl likevel allikevel derimot imidlertid likeins samtidigt samtidig samstundes".split()
)
# "Such" points back in the same way: "Sådana försök får inte …", "Slike forsøk må godkjennes …" (not "detta/dette",
# which as often points to the document itself).
POINTING_BACK = frozenset("sådan sådana sådant slik slike slikt".split())


@dataclass(frozen=True)
class BlockContext:
    innovation: bool  # the paragraph / lead-in / section heading / title mentions innovation
    digital_paragraph: bool
    digital_heading: bool
    section: str | None
    paragraph_blocks: tuple[int, ...] = ()  # the block and its lead-in paragraph (for list items)


def _concessive(sentence: Sentence) -> bool:
    """The sentence opens with "Men" or a demonstrative that points back, or holds a concessive adverb (dock,
    likevel, imidlertid, …)."""
    words = [t.text.casefold() for t in sentence.tokens]
    return bool(words) and (words[0] == "men" or words[0] in POINTING_BACK or not CONCESSIVE.isdisjoint(words))


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
        return index is not None and any(_has(s, "digital", s.context.contrasted | s.context.causes) for s in by_block.get(index, ()))

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


def _segments(sentence: Sentence) -> Sequence[int]:
    return sentence.context.framing or framing_segments(sentence.tokens, sentence.matches)


def _framing_digital(sentence: Sentence) -> list[int]:
    """Digital matches that can frame: not contrasted away ("inte bara digitalisering", "forveksla med
    digitalisering"), not negated ("innovasjon handler ikke om digitalisering") and not in a cause phrase ("på
    grunn av kapasiteten i IT-tjenesten" names an obstacle's source)."""
    ctx = sentence.context
    return [
        k for k, m in enumerate(sentence.matches)
        if m.entry.category == "digital" and k not in ctx.contrasted and k not in ctx.negated and k not in ctx.causes
    ]


def _digital_clauses(sentence: Sentence) -> set[int]:
    """The framing segments (see context.framing_segments) that hold a digital term that can frame."""
    segments = _segments(sentence)
    return {segments[sentence.matches[k].token_start] for k in _framing_digital(sentence)}


def _lends_digital_frame(sentence: Sentence) -> bool:
    """Whether the sentence frames the other sentences of its paragraph: it holds a digital word not contrasted
    away, and it does not open with a contrast ("Samtidigt gäller att inga nya IT-system får köpas in …" sets
    itself against its neighbours). A negated digital word or one in a restriction still names the paragraph's
    topic ("Ingen nye velferdsteknologiske løsninger skal tas i bruk før … . Enhetene kan ikke selv inngå avtaler
    om utprøving" is about welfare technology), so only the contrast opener is excluded."""
    segments = _segments(sentence)
    if segments and segments[0] > 0:
        return False  # the first token starts a contrastive terminator
    ctx = sentence.context
    return any(m.entry.category == "digital" and k not in ctx.contrasted and k not in ctx.causes for k, m in enumerate(sentence.matches))


def _framed_within_list(sentence: Sentence) -> bool:
    """False when the sentence is a list whose digital items are not the items (or lead-in) of its innovation
    mentions: "fokusområden: digitalisering av …, innovation i mötet med invånarna, …" is not digital-only."""
    items = list_items(sentence.tokens)
    if items is None:
        return True
    innovation_at = [m.token_start for m in sentence.matches if m.entry.category == "innovation"]
    digital_at = [sentence.matches[k].token_start for k in _framing_digital(sentence)]
    return frames_across_items(items, innovation_at, digital_at)


def _framing(sentence: Sentence, context: BlockContext, neighbours_digital: bool) -> str:
    """Where digitalisation frames this sentence's innovation mention: in its own part of the sentence (only a
    contrast — "men", "dock", "likevel", "samtidig" — divides it: "tatt i bruk digitale medisindispensere, og
    erfaringene fra utprøvingen …" is one frame), in another sentence of its paragraph, or in its section heading.
    A digital word on the other side of a contrast ("…, men alla inköp av appar måste godkännas") does not frame
    it."""
    segments = _segments(sentence)
    innovating = {segments[m.token_start] for m in sentence.matches if m.entry.category == "innovation"}
    digital = _digital_clauses(sentence)
    # "…, men innovasjon handlar ikkje berre om teknologi": a part of the sentence that says innovation is more
    # than something, with no digital word of its own, speaks of innovation on its own terms.
    widened = {segments[m.token_start] for m in sentence.matches if m.entry.category == "pseudo_negation"}
    if innovating & widened - digital:
        return "not_digital"
    if innovating & digital and _framed_within_list(sentence):
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
    midler"), cues on the same span count once (the strongest), cues of the same effect that share a word count
    once (the longer), and an entry counts once per sentence."""
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
        elif any(
            # two cues of the same effect sharing a word state one fact ("uten forhåndsgodkjenning" and
            # "forhåndsgodkjenning fra formannskapet"): the longer (or stronger) one counts
            counted[j] == counted[k]
            and sentence.matches[j].token_start < m.token_end
            and m.token_start < sentence.matches[j].token_end
            for j in kept
        ):
            reason = "part_of_longer_cue"
        else:
            kept.append(k)
            seen_entries.add(m.entry.id)
            continue
        del counted[k]
        skipped[k] = reason


# "without" (a privative preposition) before an approval: inside a grant of permission it frees from the gate.
PRIVATIVES = frozenset("uten utan uden".split())


def _freed_from_gates(sentence: Sentence, counted: dict[int, int]) -> set[int]:
    """Restrictions that a permission lifts: "Enhetslederne gis fullmakt til å prøve ut nye arbeidsmåter uten
    forhåndsgodkjenning" grants freedom from approval; it imposes none. A restriction counts as lifted when it
    starts with or right after a privative (uten/utan) and a counted permission or enabling cue (not negated)
    stands before it in the same framing segment with no negation or restriction between ("Ingen piloter
    startes uten godkjenning" and "… kan ikke prøves ut uten godkjenning" keep their gate). A restriction that
    starts inside a lifted one's span is lifted with it, so the order of this step and _resolve_overlaps does not
    matter."""
    matches, ctx = sentence.matches, sentence.context
    lowered = [t.text.casefold() for t in sentence.tokens]
    segments = _segments(sentence)
    negation_tokens = {t for m in matches if m.entry.category == "negation" for t in range(m.token_start, m.token_end)}
    lifted: set[int] = set()
    for k, m in enumerate(matches):
        if counted.get(k, 0) >= 0 or m.entry.category != "modality":
            continue
        if lowered[m.token_start] in PRIVATIVES:
            privative = m.token_start
        elif m.token_start > 0 and lowered[m.token_start - 1] in PRIVATIVES:
            privative = m.token_start - 1
        else:
            continue
        for j, p in counted.items():
            grant = matches[j]
            if p <= 0 or j in ctx.negated or grant.entry.base_polarity <= 0 or grant.token_end > privative:
                continue
            if segments[grant.token_start] != segments[privative]:
                continue
            between = range(grant.token_end, privative)
            if any(t in negation_tokens for t in between):
                continue
            if any(q < 0 and between.start <= matches[i].token_start < between.stop for i, q in counted.items()):
                continue
            lifted.add(k)
            break
    # The lifted phrase is one fact: a restriction that starts inside its span ("inhämta godkännande" in "utan att
    # först inhämta godkännande", or "godkännande från …" sharing its last word) is part of what is lifted, though
    # it does not start at the privative itself.
    spans = [(matches[k].token_start, matches[k].token_end) for k in lifted]
    lifted |= {
        k for k, p in counted.items()
        if p < 0 and any(s <= matches[k].token_start < e for s, e in spans)
    }
    return lifted


def _conceded(sentence: Sentence, counted: dict[int, int]) -> set[int]:
    """Cues inside a concessive clause ("Även om resurserna är begränsade ska …", "…, sjølv om einingane ønskjer å
    prøve noko nytt") that the rest of the sentence outweighs: when the cues outside every concessive clause
    have at least MIN_SCORE on the other side, the clause states the circumstance conceded, not the
    organisation's position, and its cues of the opposite side do not count. With no counted cue outside the
    clause its cues stay as they are."""
    spans = sentence.context.concessive
    if not spans:
        return set()
    matches = sentence.matches

    def inside(k: int, span: tuple[int, int]) -> bool:
        return span[0] <= matches[k].token_start and matches[k].token_end <= span[1]

    main = [k for k in counted if not any(inside(k, span) for span in spans)]
    out: set[int] = set()
    for sign in (1, -1):
        if sum(matches[k].entry.strength for k in main if counted[k] == -sign) >= MIN_SCORE:
            out |= {k for k, p in counted.items() if p == sign and k not in main}
    return out


def _is_mandate(entry) -> bool:
    return entry.category == "modality" and entry.requires == "innovation"


# Procedure is no mandate to innovate: "Innovasjonsstrategien skal behandles i kommunestyret", "… ska skickas på
# remiss", "… skal leggjast fram for formannskapet". A closed class of passive verbs of case handling.
PROCEDURAL = ("behandl", "handsam", "sendes", "sendast", "skickas", "remitter", "oversend", "översänd")
PROCEDURAL_FRAM = frozenset("legges läggas leggjast leggast lægges".split())


def _procedural(sentence: Sentence, start: int) -> bool:
    """A case-handling passive within three words after the mandate at token `start`."""
    words = [t.text.casefold() for t in sentence.tokens[start + 1 : start + 4]]
    return any(w.startswith(PROCEDURAL) for w in words) or any(
        w in PROCEDURAL_FRAM and i + 1 < len(words) and words[i + 1] in ("fram", "frem") for i, w in enumerate(words)
    )


# A mandate's purpose: "Midlene skal brukes på …", "Resurserna ska användas till …", "avsätta tid för …".
PURPOSE_PREPOSITIONS = frozenset("till för på åt til for".split())
# A purpose made only of words that point back ("avsätta tid för detta", "midler til dette arbeidet") is the
# paragraph's own subject.
ANAPHORS = frozenset(
    "det detta dette den denna denne dessa disse desse de dei dem sådant slikt slike sådana arbetet arbeidet "
    "arbete arbeid formålet føremålet ändamålet syftet".split()
)
PURPOSE_CUES = ("innovation", "new_solution", "enabling", "dimension", "digital")


def _purposes_elsewhere(sentence: Sentence) -> set[int]:
    """Enabling cues that a mandate directs to some other purpose. A sentence with no innovation word of its own
    borrows its paragraph's or heading's topic, but a mandate that names where the resources go decides what
    they are for: "Ressursene skal brukes på å opprettholde driften", "Medlen ska användas till den ordinarie
    verksamheten" are not about innovation, whatever the heading. The purpose counts as innovation when it holds
    a cue (innovation, new solution, enabling, dimension, digital) or points back ("tid för detta")."""
    ctx = sentence.context
    matches = sentence.matches
    if not any(_is_mandate(m.entry) and k not in ctx.negated for k, m in enumerate(matches)):
        return set()
    if any(m.entry.category in ("innovation", "new_solution") and k not in ctx.negated for k, m in enumerate(matches)):
        return set()  # the sentence speaks about innovation itself
    clauses = ctx.clauses or clause_ids(sentence.tokens, matches)
    lowered = [t.text.casefold() for t in sentence.tokens]
    elsewhere: set[int] = set()
    for k, m in enumerate(matches):
        if m.entry.category != "enabling" or m.entry.standalone or k in ctx.negated:
            continue  # a negated cue states a lack ("… siden det ikke er rom for frikjøp"): it directs nothing
        clause = clauses[m.token_start]
        span = [t for t in range(m.token_start + 1, len(lowered)) if clauses[t] == clause]
        preposition = next((t for t in span if lowered[t] in PURPOSE_PREPOSITIONS), None)
        if preposition is None:
            continue
        purpose = [t for t in span if t > preposition and lowered[t] not in CLAUSE_PUNCT and any(c.isalpha() for c in lowered[t])]
        if not purpose or all(lowered[t] in ANAPHORS for t in purpose):
            continue  # "för detta", "til dette arbeidet" (but "till den ordinarie driften" names its purpose)
        if any(c.entry.category in PURPOSE_CUES and c.token_start in purpose and j != k for j, c in enumerate(matches)):
            continue
        elsewhere.add(k)
    return elsewhere


GENERIC_REASON = "a general or reported statement: cues do not count"


def label_sentence(
    sentence: Sentence, context: BlockContext, after_innovation: bool = False
) -> tuple[str, tuple[Match, ...], tuple[str, ...], float, float]:
    """The unit label, the resolved matches, the reasons, and the enabling/hindering scores. `after_innovation`:
    the sentence before it, in the same paragraph, mentions innovation (a concessive restriction refers to it)."""
    ctx = sentence.context
    if not sentence.matches:  # most sentences: nothing to count (a third of a typical document)
        return NONE, (), (GENERIC_REASON,) if ctx.generic else (), 0.0, 0.0
    mentions = _has(sentence, "innovation")
    has_object = mentions or _has(sentence, "new_solution")
    question = sentence.text.rstrip().endswith("?")
    reasons: list[str] = []
    enabling = hindering = 0.0
    resolved: list[Match] = []
    counted: dict[int, int] = {}  # match index → polarity, for the cues that count
    skipped: dict[int, str] = {}  # match index → why a cue with an effect did not count
    elsewhere = _purposes_elsewhere(sentence)
    for k, raw in enumerate(sentence.matches):
        entry = raw.entry
        negated = k in ctx.negated
        polarity = entry.negated_polarity() if negated else entry.base_polarity
        if k in ctx.prohibited:
            polarity = 1  # "skal ikke hindre", "får inte stoppa": forbidding a hinder enables
        if not entry.base_polarity:
            continue
        if k in ctx.cancelled:
            # the subject of a denied hinder ("Rädsla för fel får inte stoppa …") or the "får inte" forbidding it
            skipped[k] = "negated_away" if entry.category == "hindering" else "other"
        elif not polarity:
            skipped[k] = "negated_away"
        elif question:
            skipped[k] = "question"
        elif ctx.generic:
            skipped[k] = "generic"
        elif _is_mandate(entry):
            skipped[k] = "mandate_not_needed"  # decided below
        elif entry.standalone:
            counted[k] = polarity
        elif k in elsewhere:
            skipped[k] = "not_about_innovation"  # "Midlene skal brukes på å opprettholde driften"
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
        elif entry.category == "modality" and polarity < 0 and after_innovation and _concessive(sentence):
            counted[k] = polarity  # "…; alla försök ska dock godkännas i förväg": the paragraph's trials
        else:
            skipped[k] = "no_object"
    for k in _freed_from_gates(sentence, counted):
        del counted[k]
        skipped[k] = "other"  # "… gis fullmakt til å prøve ut … uten forhåndsgodkjenning": no gate
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
    conceded = _conceded(sentence, counted)
    for k in conceded:
        del counted[k]
        skipped[k] = "other"
    if conceded:
        reasons.append("a concessive clause (även om, selv om, sjølv om, …) states what is conceded: its cues against the main clause do not count")
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
        # counts there and the clause itself mentions innovation ("X skal innovere, men …") — not under a
        # negation ("midlene skal brukes på driften, ikke på innovasjon" is no mandate to innovate).
        innovating = {
            clauses[m.token_start] for j, m in enumerate(sentence.matches) if m.entry.category == "innovation" and j not in ctx.negated
        }
        decided = {clause(k) for k in counted}
        last = clauses[-1] if clauses else 0
        for k, raw in enumerate(sentence.matches):
            if not _is_mandate(raw.entry) or k in ctx.negated or _procedural(sentence, raw.token_end - 1):
                continue
            if k in _conceded(sentence, {**counted, k: raw.entry.polarity}):
                skipped[k] = "other"  # "…, sjølv om einingane ønskjer å prøve noko nytt": conceded, no mandate
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
        reasons.append(GENERIC_REASON)
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


# A sentence that goes on with a reported statement ("Forskning visar … . Även riskaversion lyfts fram som ett
# hinder.") reports too. Grammar, not lexicon content: sentence-initial additive adverbs and passive reporting
# verbs. Both are kept narrow (see _continues_report).
CONTINUATIONS = frozenset("också även dessutom vidare likaså også videre dessuten likeså òg likeins".split())
CONTINUATION_PAIRS = frozenset({("i", "tillägg"), ("i", "tillegg"), ("på", "samma"), ("på", "same")})
REPORTED = re.compile(
    r"\b(?:(?:trekkes|trekkast|trekt|trukket|lyfts|lyftes|pekas|pekes|peikast|peika|fremheves|framheves)"
    r"(?:\s+\S+){0,3}?\s+(?:fram|frem|ut|upp|opp)\b"
    r"|nämns|nevnes|nemnast|nemnes|framhålls|framhevast|påpekas|påpekes|påpeikast)"
)
# An own subject makes it the organisation's statement again ("Även i vår kommun finns …", "Også vi har …").
OWN_SUBJECT = frozenset("vi vår vårt våra våre vårar oss kommunen kommunens kommuna kommunas".split())


def _continues_report(sentence: Sentence) -> bool:
    """True when the sentence carries on a reported statement: it opens with an additive adverb ("Även",
    "Også", "Òg", "I tillegg") or uses a passive reporting verb ("lyfts fram", "trekkes fram", "nevnes"), has no
    own-organisation subject and no modal (a mandate is the organisation speaking)."""
    words = [t.text.casefold() for t in sentence.tokens if any(c.isalnum() for c in t.text)]
    if not words or set(words) & OWN_SUBJECT or set(words) & MODALS:
        return False
    opens = words[0] in CONTINUATIONS or tuple(words[:2]) in CONTINUATION_PAIRS
    return opens or bool(REPORTED.search(" ".join(words)))


def _continued_reports(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Sentences right after a general or reported one in the same paragraph that continue it become general."""
    out: list[Sentence] = []
    for sentence in sentences:
        previous = out[-1] if out else None
        if (
            not sentence.context.generic
            and previous is not None
            and previous.block == sentence.block
            and previous.context.generic
            and _continues_report(sentence)
        ):
            sentence = replace(sentence, context=replace(sentence.context, generic=True))
        out.append(sentence)
    return out


# A long paragraph (a PDF page often comes out as one block of 20–30 sentences) is not one topic: there a digital
# sentence frames only the sentences near it. A short paragraph frames as a whole.
SHORT_PARAGRAPH = 6  # sentences
FRAME_DISTANCE = 2  # sentences either side, in a longer paragraph


def _neighbours_digital(index: int, block: int, context: BlockContext, digital_by_block: dict[int, set[int]], sizes: dict[int, int]) -> bool:
    """Whether another sentence of the paragraph frames sentence `index`: any sentence of a short paragraph (and of
    a list item's lead-in), but in a long paragraph only one within FRAME_DISTANCE sentences."""
    for b in context.paragraph_blocks:
        lenders = digital_by_block.get(b, set()) - {index}
        if b == block and sizes.get(b, 0) > SHORT_PARAGRAPH:
            lenders = {j for j in lenders if abs(j - index) <= FRAME_DISTANCE}
        if lenders:
            return True
    return False


def label_units(blocks: Sequence[Block], sentences: Sequence[Sentence]) -> list[AnalysedUnit]:
    sentences = _continued_reports(sentences)
    contexts = block_contexts(blocks, sentences)
    digital_by_block: dict[int, set[int]] = {}
    sizes: dict[int, int] = {}
    for index, sentence in enumerate(sentences):
        sizes[sentence.block] = sizes.get(sentence.block, 0) + 1
        if _lends_digital_frame(sentence):
            digital_by_block.setdefault(sentence.block, set()).add(index)
    units: list[AnalysedUnit] = []
    for index, sentence in enumerate(sentences):
        block = blocks[sentence.block]
        context = contexts[sentence.block]
        previous = sentences[index - 1] if index and sentences[index - 1].block == sentence.block else None
        after_innovation = previous is not None and _has(previous, "innovation") and not previous.context.generic
        label, matches, reasons, enabling, hindering = label_sentence(sentence, context, after_innovation)
        mentions = any(m.category == "innovation" for m in matches)
        # A unit whose enabling cue counts with no innovation word around it (a standalone entry: "idébanken",
        # "trygt å feile") is about innovation for the rubric, but it mentions no innovation: digital_only, which
        # DOMAIN defines over innovation mentions, leaves it out (see docs/analysis.md, "digital_only").
        addresses = not mentions and not context.innovation and any(m.polarity > 0 for m in matches)
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
                    sentence, context, _neighbours_digital(index, sentence.block, context, digital_by_block, sizes)
                )
                if mentions
                else None,
                about_innovation=mentions or context.innovation or addresses,
                reasons=reasons,
                enabling=enabling,
                hindering=hindering,
            )
        )
    return units


