"""Immutable result objects that flow one way through the pipeline.

ingest → ExtractedDocument (blocks) → analyse → AnalysedUnit → classify → DocumentResult.
Everything here is plain, picklable data so that results can cross process boundaries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Block kinds produced by readers.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_CELL = "table_cell"

# Where a block sits in the document. Only "body", "footnote" and "textbox" are analysed.
BODY = "body"
HEADER = "header"
FOOTER = "footer"
FOOTNOTE = "footnote"
TEXTBOX = "textbox"
ANALYSED_PARTS = frozenset({BODY, FOOTNOTE, TEXTBOX})

# Unit labels and document stances.
ENABLES = "enables"
HINDERS = "hinders"
MIXED = "mixed"
NEUTRAL = "neutral"
NONE = "none"
ABSENT = "absent"
STANCES = (ENABLES, HINDERS, MIXED, NEUTRAL, ABSENT)
UNIT_LABELS = (ENABLES, HINDERS, MIXED, NEUTRAL, NONE)

DIMENSIONS = (
    "leadership_anchoring",
    "attention_stories_prizes",
    "cross_sector_collaboration",
    "dialogue_networks",
    "expectations_reward",
    "measurement",
    "user_orientation",
    "goals_in_steering",
    "challenge_driven",
    "idea_process",
    "courage_to_fail",
    "competence_development",
    "legal_considerations",
)


@dataclass(frozen=True)
class Block:
    """A page-anchored piece of a document: a paragraph, heading, list item or table cell."""

    text: str
    page: int | None = None
    kind: str = PARAGRAPH
    part: str = BODY
    level: int = 0
    language: str | None = None
    # Text and Markdown only: (offset in `text`, 1-based line in the file) for each source line of the block.
    lines: tuple[tuple[int, int], ...] = ()

    @property
    def line(self) -> int | None:
        return self.lines[0][1] if self.lines else None

    @property
    def end_line(self) -> int | None:
        return self.lines[-1][1] if self.lines else None

    def line_at(self, offset: int) -> int | None:
        """The source line of the character at `offset` in `text`."""
        found = None
        for start, number in self.lines:
            if start > offset:
                break
            found = number
        return found


@dataclass(frozen=True)
class ExtractedDocument:
    path: str
    format: str
    blocks: tuple[Block, ...]
    pages: int | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScanError:
    """A stable error code, a one-line message a non-programmer understands, and an optional hint."""

    code: str
    message: str
    hint: str | None = None


@dataclass(frozen=True)
class Match:
    """One lexicon entry matched in one unit."""

    entry_id: str
    lexicon: str
    category: str
    text: str
    start: int  # character offsets in the unit text
    end: int
    negated: bool = False
    polarity: int = 0  # +1 enabling, -1 hindering, 0 none, after negation and modality
    # Why a cue with an effect did not count: negated_away, question, generic, no_object,
    # not_about_innovation, mandate_not_needed, too_weak — None when it counted or has no effect.
    not_counted: str | None = None


@dataclass(frozen=True)
class AnalysedUnit:
    index: int
    block: int
    page: int | None
    kind: str
    part: str
    text: str
    language: str
    label: str
    matches: tuple[Match, ...]
    section: str | None = None
    mentions_innovation: bool = False
    digital_framing: str | None = None  # "sentence" | "paragraph" | "heading" | "not_digital" | None
    about_innovation: bool = False  # the unit, its paragraph, section heading or title mentions innovation
    reasons: tuple[str, ...] = ()
    enabling: float = 0.0  # summed strength of the enabling cues that count
    hindering: float = 0.0
    line: int | None = None  # source lines of the unit's block (text and Markdown only)
    end_line: int | None = None

    @property
    def terms(self) -> tuple[Match, ...]:
        """The matches a reader sees: all but the clause terminators (a list, not a generator: this is read for
        every unit by every report)."""
        return tuple([m for m in self.matches if m.category != "terminator"])


@dataclass(frozen=True)
class DimensionResult:
    name: str
    covered: bool
    evidence: tuple[int, ...] = ()  # unit indices
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    stance: str
    digital_only: bool | None
    enabling_units: int
    hindering_units: int
    neutral_units: int
    mention_units: int
    enabling_score: float
    hindering_score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DocumentResult:
    path: str
    status: str  # "ok" | "error"
    format: str | None = None
    error: ScanError | None = None
    language: str | None = None
    languages: dict[str, int] = field(default_factory=dict)
    pages: int | None = None
    words: int = 0
    verdict: Verdict | None = None
    dimensions: tuple[DimensionResult, ...] = ()
    units: tuple[AnalysedUnit, ...] = ()  # labelled units only (label != none)
    unit_count: int = 0
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def stance(self) -> str | None:
        return self.verdict.stance if self.verdict else None

    @property
    def digital_only(self) -> bool | None:
        return self.verdict.digital_only if self.verdict else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
