"""From labelled units to the document's verdict, digital_only and rubric coverage.

Aggregation (docs/analysis.md explains it to users):
- no enabling or hindering unit: `neutral` when innovation is mentioned, else `absent`;
- only one side present: that side (`enables` or `hinders`);
- both present: `mixed` when the weaker side has at least MIXED_SHARE of the stronger side's score or at least
  MIXED_MIN_UNITS units of its own, otherwise the stronger side (the report still shows the other side's units).
  A side's score sums its units' scores, each capped at UNIT_CAP: one dense sentence ("ingen tid, ikke midler,
  ikke rom for …") states one fact about the organisation and weighs as one sentence, not as five.
digital_only: true when every unit that mentions innovation is framed by digitalisation (in the sentence,
its paragraph or its section heading), false when any is not, null when nothing mentions innovation.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..models import (
    ABSENT,
    DIMENSIONS,
    ENABLES,
    HINDERS,
    MIXED,
    NEUTRAL,
    AnalysedUnit,
    DimensionResult,
    Verdict,
)

MIXED_SHARE = 1 / 3
MIXED_MIN_UNITS = 3  # a side with this many units of its own is clearly there, whatever the other side's size
# A unit adds at most this much to its side: a strong cue's worth. Without the cap a sentence listing four hindering
# cues outweighs a clear enabling sentence fourfold and a two-sided passage falls below MIXED_SHARE.
UNIT_CAP = 2.0
MAX_DIMENSION_EVIDENCE = 3


def aggregate(units: Sequence[AnalysedUnit], mixed_share: float = MIXED_SHARE) -> Verdict:
    enabling_units = [u for u in units if u.label in (ENABLES, MIXED)]
    hindering_units = [u for u in units if u.label in (HINDERS, MIXED)]
    neutral_units = [u for u in units if u.label == NEUTRAL]
    mention_units = [u for u in units if u.mentions_innovation]
    enabling = sum(min(u.enabling, UNIT_CAP) for u in enabling_units)
    hindering = sum(min(u.hindering, UNIT_CAP) for u in hindering_units)
    reasons: list[str] = []
    if not enabling_units and not hindering_units:
        if mention_units:
            stance = NEUTRAL
            reasons.append(f"innovation is mentioned in {len(mention_units)} unit(s), with no enabling or hindering force")
        else:
            stance = ABSENT
            reasons.append("innovation is not mentioned")
    elif not hindering_units:
        stance = ENABLES
        reasons.append(f"{len(enabling_units)} enabling unit(s), no hindering unit")
    elif not enabling_units:
        stance = HINDERS
        reasons.append(f"{len(hindering_units)} hindering unit(s), no enabling unit")
    else:
        weaker, stronger = sorted((enabling, hindering))
        share = weaker / stronger if stronger else 1.0
        counts = f"{len(enabling_units)} enabling (score {enabling:g}) and {len(hindering_units)} hindering (score {hindering:g}) unit(s)"
        fewer = min(len(enabling_units), len(hindering_units))
        if share >= mixed_share:
            stance = MIXED
            reasons.append(f"{counts}: the weaker side is {share:.0%} of the stronger (≥ {mixed_share:.0%}), so mixed")
        elif fewer >= MIXED_MIN_UNITS:
            stance = MIXED
            reasons.append(f"{counts}: the weaker side has {fewer} units of its own (≥ {MIXED_MIN_UNITS}), so mixed")
        else:
            stance = ENABLES if enabling > hindering else HINDERS
            reasons.append(f"{counts}: the weaker side is only {share:.0%} of the stronger (< {mixed_share:.0%}), so {stance}")
    if mention_units:
        framed = [u for u in mention_units if u.digital_framing in ("sentence", "paragraph", "heading")]
        digital_only: bool | None = len(framed) == len(mention_units)
        if digital_only:
            reasons.append(f"all {len(mention_units)} innovation mention(s) are framed by digitalisation")
        else:
            reasons.append(f"{len(mention_units) - len(framed)} of {len(mention_units)} innovation mention(s) are not framed by digitalisation")
    else:
        digital_only = None
    return Verdict(
        stance=stance,
        digital_only=digital_only,
        enabling_units=len(enabling_units),
        hindering_units=len(hindering_units),
        neutral_units=len(neutral_units),
        mention_units=len(mention_units),
        enabling_score=enabling,
        hindering_score=hindering,
        reasons=tuple(reasons),
    )


def dimensions_covered(
    units: Sequence[AnalysedUnit], entries_dimension: dict[str, str], enabling_when_negated: Collection[str] | None = None
) -> tuple[DimensionResult, ...]:
    """A dimension is covered when one of its entries matches in a unit that is about innovation and is not
    hindering, a question or a general statement — not negated, or negated where the negation makes the entry
    enabling (`when_negated: enables`: "Vi har ikke en nullfeilskultur" covers courage_to_fail).
    `enabling_when_negated`: the ids of such entries; without it, a negated match covers when it counted as
    enabling in its unit."""
    evidence: dict[str, list[int]] = {name: [] for name in DIMENSIONS}
    terms: dict[str, list[str]] = {name: [] for name in DIMENSIONS}
    for unit in units:
        if not unit.about_innovation or unit.label == HINDERS:
            continue
        if any(r.startswith("a question") or r.startswith("a general") for r in unit.reasons):
            continue
        for match in unit.matches:
            if match.category != "dimension":
                continue
            if match.negated:  # a negated condition is missing ("ingen kompetensutveckling") — unless negation enables
                enabling = match.entry_id in enabling_when_negated if enabling_when_negated is not None else match.polarity > 0
                if not enabling:
                    continue
            name = entries_dimension.get(match.entry_id)
            if name is None:
                continue
            if unit.index not in evidence[name] and len(evidence[name]) < MAX_DIMENSION_EVIDENCE:
                evidence[name].append(unit.index)
            if match.text.lower() not in terms[name]:
                terms[name].append(match.text.lower())
    return tuple(
        DimensionResult(name=name, covered=bool(evidence[name]), evidence=tuple(evidence[name]), terms=tuple(terms[name][:5]))
        for name in DIMENSIONS
    )
