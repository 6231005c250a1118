"""Compare two versions of a draft: verdict change, units added/removed/relabelled, dimensions gained/lost.

Units are matched across versions by their normalised text (Unicode NFKC, case-folded, punctuation and
spacing ignored), so a moved sentence is unchanged and a reworded one counts as removed and added. Plain data
in, plain data out; `policyscan diff` (cli/diff.py) prints it and checks the diff conditions on it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from .models import ENABLES, HINDERS, MIXED, NEUTRAL, AnalysedUnit, DocumentResult

LABELS = (ENABLES, HINDERS, MIXED, NEUTRAL)
ENABLING_LABELS = (ENABLES, MIXED)
HINDERING_LABELS = (HINDERS, MIXED)
# From most to least innovation-friendly: a move down this list is "worse".
STANCE_RANK = {"enables": 4, "mixed": 3, "neutral": 2, "absent": 1, "hinders": 0}

_NON_WORD = re.compile(r"[\W_]+")


def text_key(text: str) -> str:
    """The text a unit is matched by: NFKC, case-folded, everything but letters and digits as one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


@dataclass(frozen=True)
class Relabelled:
    old: AnalysedUnit
    new: AnalysedUnit


@dataclass(frozen=True)
class DocumentDiff:
    old: DocumentResult
    new: DocumentResult
    added: tuple[AnalysedUnit, ...]  # units (with a label) whose text is new
    removed: tuple[AnalysedUnit, ...]  # units whose text is gone
    relabelled: tuple[Relabelled, ...]  # same text, another label
    unchanged: int
    lost_enabling: tuple[AnalysedUnit, ...]  # enabling/mixed units of OLD without an enabling/mixed counterpart in NEW
    gained_hindering: tuple[AnalysedUnit, ...]  # hindering/mixed units of NEW without a hindering/mixed counterpart in OLD
    dimensions_gained: tuple[str, ...]
    dimensions_lost: tuple[str, ...]

    @property
    def old_stance(self) -> str | None:
        return self.old.stance

    @property
    def new_stance(self) -> str | None:
        return self.new.stance

    @property
    def stance_changed(self) -> bool:
        return self.old.stance != self.new.stance

    @property
    def direction(self) -> str:
        """"better", "worse" or "same", by STANCE_RANK."""
        old, new = STANCE_RANK.get(self.old.stance or "", -1), STANCE_RANK.get(self.new.stance or "", -1)
        return "better" if new > old else "worse" if new < old else "same"

    @property
    def became_digital_only(self) -> bool:
        return self.new.digital_only is True and self.old.digital_only is not True

    def added_by_label(self) -> dict[str, int]:
        """Units gained per label: new texts plus relabelled units, counted under their new label."""
        counts = Counter(u.label for u in self.added) + Counter(r.new.label for r in self.relabelled)
        return {label: counts.get(label, 0) for label in LABELS}

    def removed_by_label(self) -> dict[str, int]:
        """Units lost per label: gone texts plus relabelled units, counted under their old label."""
        counts = Counter(u.label for u in self.removed) + Counter(r.old.label for r in self.relabelled)
        return {label: counts.get(label, 0) for label in LABELS}


def _labelled(result: DocumentResult) -> list[AnalysedUnit]:
    return [u for u in result.units if u.label in LABELS]


def _unmatched(units: list[AnalysedUnit], others: list[AnalysedUnit]) -> list[AnalysedUnit]:
    """Units of `units` left over after matching each against a unit of `others` with the same text."""
    available = Counter(text_key(u.text) for u in others)
    left = []
    for unit in units:
        key = text_key(unit.text)
        if available[key] > 0:
            available[key] -= 1
        else:
            left.append(unit)
    return left


def diff_documents(old: DocumentResult, new: DocumentResult) -> DocumentDiff:
    """The differences between two analysed versions of a document (both with status ok)."""
    old_units, new_units = _labelled(old), _labelled(new)
    by_key_old: dict[str, list[AnalysedUnit]] = defaultdict(list)
    for unit in old_units:
        by_key_old[text_key(unit.text)].append(unit)
    added, relabelled, matched_old = [], [], set()
    unchanged = 0
    # Pair same-text units, preferring a partner with the same label.
    for unit in new_units:
        candidates = [u for u in by_key_old.get(text_key(unit.text), []) if id(u) not in matched_old]
        if not candidates:
            added.append(unit)
            continue
        partner = next((u for u in candidates if u.label == unit.label), candidates[0])
        matched_old.add(id(partner))
        if partner.label == unit.label:
            unchanged += 1
        else:
            relabelled.append(Relabelled(partner, unit))
    removed = [u for u in old_units if id(u) not in matched_old]
    lost_enabling = _unmatched([u for u in old_units if u.label in ENABLING_LABELS], [u for u in new_units if u.label in ENABLING_LABELS])
    gained_hindering = _unmatched([u for u in new_units if u.label in HINDERING_LABELS], [u for u in old_units if u.label in HINDERING_LABELS])
    old_covered = [d.name for d in old.dimensions if d.covered]
    new_covered = [d.name for d in new.dimensions if d.covered]
    return DocumentDiff(
        old=old,
        new=new,
        added=tuple(added),
        removed=tuple(removed),
        relabelled=tuple(relabelled),
        unchanged=unchanged,
        lost_enabling=tuple(lost_enabling),
        gained_hindering=tuple(gained_hindering),
        dimensions_gained=tuple(n for n in new_covered if n not in old_covered),
        dimensions_lost=tuple(n for n in old_covered if n not in new_covered),
    )
