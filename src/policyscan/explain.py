"""A close reading of one document: every sentence with a cue, what each cue is, which negation negated
what and how far its scope reaches, how the sentence is framed by digitalisation, why each cue counted or
did not, and how the sentences add up to the document's verdict. `policyscan explain FILE` prints it.

The verdict is exactly the one `scan` gives (this module calls the same analyse_document); the close
reading re-derives the sentence-level detail the result does not keep (negation scopes, which negation cue
negated which term, cues that did not count) from the same pipeline functions.

    >>> reading = explain_text("Vi har ingen nollfelskultur.", "sv")
    >>> [(c.text, c.negated_by, c.not_counted) for c in reading.units[0].cues]
    [('ingen', None, None), ('nollfelskultur', 0, 'negated_away')]
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .analyse.context import MAX_SCOPE, clause_ids
from .analyse.lexicon import LexiconSet
from .analyse.units import Sentence
from .api import analyse_in_detail, lexicons_for
from .errors import IngestError
from .ingest import read_document
from .ingest.blocks import segment_lines
from .ingest.registry import ReadOptions
from .models import DocumentResult, ExtractedDocument
from .normalise.text import clean_text
from .options import ScanOptions

FRAMED = ("sentence", "paragraph", "heading")
# A sentence is worth a close look when it has a label or one of these (a sentence with only a digital term or
# a "new solution" noun is not shown unless include_all).
TELLING = ("innovation", "enabling", "hindering", "modality", "negation", "pseudo_negation", "generic", "dimension")


@dataclass(frozen=True)
class Cue:
    """One lexicon match in a sentence. `index` is its position in the sentence's match list."""

    index: int
    text: str
    start: int  # character offsets in the sentence
    end: int
    category: str
    entry: str
    lexicon: str
    explanation: str
    negated: bool
    negated_by: int | None  # index of the negation cue that negated it
    effect: str | None  # "enables" / "hinders" when it counted towards the sentence's label
    base_effect: str | None  # what the cue means before context: "enables", "hinders" or None (a term)
    not_counted: str | None  # why a cue with a direction did not count (a key: negated_away, question, …)
    contrasted: bool = False  # a digital term inside "inte bara …" (does not frame the sentence)
    cause: bool = False  # a digital term inside a cause phrase ("på grunn av … IT-tjenesten"): it frames nothing
    dimension: str | None = None


@dataclass(frozen=True)
class Negation:
    """A negation (or pseudo-negation) cue, how far it reaches, and what it did."""

    cue: int  # index into the sentence's cues
    text: str
    kind: str  # "negation" | "pseudo_negation"
    direction: str
    scope_start: int  # character offsets of the scope in the sentence
    scope_end: int
    scope_text: str
    negates: tuple[int, ...]  # cue indices it negated
    status: str  # "applied" | "nothing_in_scope" | "cancelled" (inside "inte bara" / ", utan") | "part_of_cue" | "pseudo"


@dataclass(frozen=True)
class UnitReading:
    index: int
    page: int | None
    line: int | None  # source line (text and Markdown)
    block: int
    kind: str
    section: str | None
    text: str
    language: str
    label: str
    cues: tuple[Cue, ...]
    negations: tuple[Negation, ...]
    mentions_innovation: bool
    about_innovation: bool
    digital_framing: str | None
    question: bool
    generic: bool
    enabling: float
    hindering: float
    dimensions: tuple[str, ...]  # rubric dimensions this sentence is evidence for
    reasons: tuple[str, ...]  # the classifier's own reasons (English, as in the JSON)

    @property
    def counted(self) -> bool:
        return self.label in ("enables", "hinders", "mixed")


@dataclass(frozen=True)
class DocumentReading:
    result: DocumentResult
    units: tuple[UnitReading, ...]  # labelled sentences and those with a telling cue (every sentence with include_all)
    total_units: int

    def to_dict(self) -> dict[str, Any]:
        from .report.serialize import document_dict

        document = document_dict(self.result)
        document.pop("evidence", None)
        return {
            "explain_version": "1.0",
            "document": document,
            "total_units": self.total_units,
            "units": [asdict(u) for u in self.units],
        }


def _negation_scope(sentence: Sentence, k: int, clauses: list[int]) -> tuple[int, int]:
    """Token span [start, end) a negation cue can reach: forward and/or backward inside its clause, at most
    MAX_SCOPE tokens (the rule in analyse/context.py)."""
    match = sentence.matches[k]
    clause = clauses[match.token_start]
    start, end = match.token_start, match.token_end
    direction = match.entry.direction
    if direction in ("forward", "both"):
        t = match.token_end
        while t < len(sentence.tokens) and t - match.token_end < MAX_SCOPE and clauses[t] == clause:
            t += 1
        end = t
    if direction in ("backward", "both"):
        t = match.token_start
        while t > 0 and match.token_start - (t - 1) <= MAX_SCOPE and clauses[t - 1] == clause:
            t -= 1
        start = t
    return start, end


def read_units(result: DocumentResult, sentences, units, lexicons: LexiconSet, include_all: bool = False) -> tuple[UnitReading, ...]:
    entries = {e.id: e for e in lexicons.entries}
    evidence_of: dict[int, list[str]] = {}
    for dimension in result.dimensions:
        for i in dimension.evidence:
            evidence_of.setdefault(i, []).append(dimension.name)
    readings = []
    for sentence, unit in zip(sentences, units):
        if not include_all and unit.label == "none" and not any(m.category in TELLING for m in unit.matches):
            continue
        context = sentence.context
        clauses = list(context.clauses) or clause_ids(sentence.tokens, sentence.matches)  # the context already has them
        question = sentence.text.rstrip().endswith("?")
        cues = []
        for k, (raw, match) in enumerate(zip(sentence.matches, unit.matches)):
            entry = entries.get(match.entry_id, raw.entry)
            effect = "enables" if match.polarity > 0 else "hinders" if match.polarity < 0 else None
            base = entry.base_polarity
            cues.append(
                Cue(
                    index=k,
                    text=match.text,
                    start=match.start,
                    end=match.end,
                    category=match.category,
                    entry=match.entry_id,
                    lexicon=match.lexicon,
                    explanation=entry.explanation,
                    negated=match.negated,
                    negated_by=context.negators.get(k),
                    effect=effect,
                    base_effect="enables" if base > 0 else "hinders" if base < 0 else None,
                    not_counted=match.not_counted,
                    contrasted=k in context.contrasted,
                    cause=k in context.causes,
                    dimension=entry.dimension,
                )
            )
        applied: dict[int, list[int]] = {}
        for target, negator in context.negators.items():
            applied.setdefault(negator, []).append(target)
        pseudo_spans = [(m.token_start, m.token_end) for m in sentence.matches if m.entry.category in ("pseudo_negation", "terminator")]
        cue_spans = [(m.token_start, m.token_end) for m in sentence.matches if m.entry.category not in ("negation", "pseudo_negation", "terminator")]
        negations = []
        for k, raw in enumerate(sentence.matches):
            if raw.entry.category not in ("negation", "pseudo_negation"):
                continue
            start, end = _negation_scope(sentence, k, clauses)
            if raw.entry.category == "pseudo_negation":
                status = "pseudo"
                negates: tuple[int, ...] = tuple(sorted(i for i in context.contrasted))
            elif k in applied:
                status, negates = "applied", tuple(sorted(applied[k]))
                # The scope shown reaches back to a negated cue before the negation (V2: "uppmuntras inte").
                start = min([start] + [sentence.matches[i].token_start for i in negates])
                end = max([end] + [sentence.matches[i].token_end for i in negates])
            elif any(s < raw.token_end and raw.token_start < e for s, e in pseudo_spans):
                status, negates = "cancelled", ()
            elif any(s <= raw.token_start and raw.token_end <= e and (s, e) != (raw.token_start, raw.token_end) for s, e in cue_spans):
                status, negates = "part_of_cue", ()
            else:
                status, negates = "nothing_in_scope", ()
            while end - 1 > start and sentence.tokens[end - 1].text in (".", "!", "?", "…"):
                end -= 1  # the scope is words; the full stop is not part of it
            chars = sentence.tokens[start].start, sentence.tokens[end - 1].end
            negations.append(
                Negation(
                    cue=k,
                    text=unit.matches[k].text,
                    kind=raw.entry.category,
                    direction=raw.entry.direction,
                    scope_start=chars[0],
                    scope_end=chars[1],
                    scope_text=sentence.text[chars[0] : chars[1]],
                    negates=negates,
                    status=status,
                )
            )
        readings.append(
            UnitReading(
                index=unit.index,
                page=unit.page,
                line=getattr(unit, "line", None),
                block=unit.block,
                kind=unit.kind,
                section=unit.section,
                text=unit.text,
                language=unit.language,
                label=unit.label,
                cues=tuple(cues),
                negations=tuple(negations),
                mentions_innovation=unit.mentions_innovation,
                about_innovation=unit.about_innovation,
                digital_framing=unit.digital_framing,
                question=question and bool(unit.matches),
                generic=context.generic,
                enabling=unit.enabling,
                hindering=unit.hindering,
                dimensions=tuple(evidence_of.get(unit.index, ())),
                reasons=unit.reasons,
            )
        )
    return tuple(readings)


def explain_document(
    document: ExtractedDocument, options: ScanOptions | None = None, lexicons: LexiconSet | None = None, *, include_all: bool = False
) -> DocumentReading:
    options = options or ScanOptions()
    lexicons = lexicons or lexicons_for(options)
    result, sentences, all_units = analyse_in_detail(document, options, lexicons)
    units = read_units(result, sentences, all_units, lexicons, include_all)
    return DocumentReading(result, units, result.unit_count)


def explain_file(
    path: str | os.PathLike[str], options: ScanOptions | None = None, lexicons: LexiconSet | None = None, *, include_all: bool = False
) -> DocumentReading:
    """Read and explain one file. Raises IngestError when the file cannot be read."""
    options = options or ScanOptions()
    read = ReadOptions(layout=options.layout, password=options.password, max_bytes=options.max_bytes, ocr=getattr(options, "ocr", False))
    document = read_document(Path(path), read)
    return explain_document(document, options, lexicons, include_all=include_all)


def explain_text(text: str, language: str | None = None, options: ScanOptions | None = None, *, include_all: bool = False) -> DocumentReading:
    """Explain a passage given as a string (blank lines separate paragraphs)."""
    options = options or ScanOptions(language=language)
    if language and options.language != language:
        options = ScanOptions(**{**options.__dict__, "language": language})
    blocks = segment_lines(clean_text(text).split("\n"), None, paragraph_by_length=True)
    return explain_document(ExtractedDocument(path="<text>", format="text", blocks=tuple(blocks)), options, include_all=include_all)


__all__ = ["Cue", "DocumentReading", "IngestError", "Negation", "UnitReading", "explain_document", "explain_file", "explain_text"]
