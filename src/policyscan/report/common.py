"""What the human-readable reports (terminal, HTML, Markdown, Word, explain) share: the verdict and its
reasons in the reader's language, the strongest evidence, highlighted segments of a sentence, a guess of the
document type and the folder a document sits in. Plain functions over the result objects; no output."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from ..classify.document import MIXED_MIN_UNITS
from ..i18n import Translator
from ..models import (
    ENABLES,
    HINDERS,
    MIXED,
    NEUTRAL,
    AnalysedUnit,
    DocumentResult,
    Match,
)

FRAMED = ("sentence", "paragraph", "heading")
STANCE_ORDER = ("enables", "mixed", "hinders", "neutral", "absent")

# ---------------------------------------------------------------------------------------------- verdict


def verdict_reasons(result: DocumentResult, tr: Translator, mixed_share: float = 1 / 3) -> list[str]:
    """Why the document got its verdict, in the reader's language: the same steps as
    classify.document.aggregate, rebuilt from the verdict's numbers."""
    verdict = result.verdict
    if verdict is None:
        return []
    reasons: list[str] = []
    enabling = tr.n("count.enabling", verdict.enabling_units)
    hindering = tr.n("count.hindering", verdict.hindering_units)
    if not verdict.enabling_units and not verdict.hindering_units:
        if verdict.mention_units:
            reasons.append(tr("reason.neutral", mentions=tr.n("count.sentences", verdict.mention_units)))
        else:
            reasons.append(tr("reason.absent"))
    elif not verdict.hindering_units:
        reasons.append(tr("reason.only_enabling", enabling=enabling))
    elif not verdict.enabling_units:
        reasons.append(tr("reason.only_hindering", hindering=hindering))
    else:
        weaker, stronger = sorted((verdict.enabling_score, verdict.hindering_score))
        share = weaker / stronger if stronger else 1.0
        values = dict(
            enabling=enabling,
            hindering=hindering,
            enabling_score=tr.number(verdict.enabling_score),
            hindering_score=tr.number(verdict.hindering_score),
            share=tr.percent(share),
            limit=tr.percent(mixed_share),
        )
        if verdict.stance == MIXED and share < mixed_share:
            units = min(verdict.enabling_units, verdict.hindering_units)
            reasons.append(tr("reason.mixed_units", units=tr.number(units), minimum=tr.number(MIXED_MIN_UNITS), **values))
        elif verdict.stance == MIXED:
            reasons.append(tr("reason.mixed", **values))
        else:
            reasons.append(tr("reason.dominant", verdict=tr.stance(verdict.stance), **values))
    mentions = [u for u in result.units if u.mentions_innovation]
    total = verdict.mention_units or len(mentions)
    if total:
        framed = sum(u.digital_framing in FRAMED for u in mentions)
        if verdict.digital_only:
            reasons.append(tr.n("reason.digital_all", total))
        elif framed == 0:
            reasons.append(tr.n("reason.digital_none", total))
        else:
            reasons.append(tr("reason.digital_some", outside=tr.number(total - framed), total=tr.number(total)))
    return reasons


def mixed_share_of(report) -> float:
    return getattr(getattr(report.run, "options", None), "mixed_share", 1 / 3)


# ---------------------------------------------------------------------------------------------- evidence

_RANK = {HINDERS: 0, MIXED: 0, ENABLES: 0, NEUTRAL: 1}


def strongest(result: DocumentResult, limit: int | None = None) -> list[AnalysedUnit]:
    """Labelled units, strongest first (cue strength), headings after sentences, then document order."""
    ranked = sorted(
        (u for u in result.units if u.label in _RANK),
        key=lambda u: (_RANK[u.label], -(u.enabling + u.hindering), u.kind == "heading", u.index),
    )
    return ranked if limit is None else ranked[:limit]


def evidence_units(result: DocumentResult) -> list[AnalysedUnit]:
    """Every labelled unit (enables, hinders, mixed, neutral) in document order."""
    return [u for u in result.units if u.label in _RANK]


def key_evidence(result: DocumentResult) -> list[AnalysedUnit]:
    """The one or two sentences that best show the verdict: the strongest unit on the verdict's side
    (for mixed: one of each side; for neutral: the first mention that is not a heading)."""
    stance = result.stance
    ranked = strongest(result)
    if stance == ENABLES:
        picks = [u for u in ranked if u.label in (ENABLES, MIXED)][:1]
    elif stance == HINDERS:
        picks = [u for u in ranked if u.label in (HINDERS, MIXED)][:1]
    elif stance == MIXED:
        both = [u for u in ranked if u.label == MIXED][:1]
        picks = both or [u for u in ranked if u.label == ENABLES][:1] + [u for u in ranked if u.label == HINDERS][:1]
    elif stance == NEUTRAL:
        mentions = [u for u in evidence_units(result) if u.label == NEUTRAL]
        picks = ([u for u in mentions if u.kind != "heading"] or mentions)[:1]
    else:
        picks = []
    return sorted(picks, key=lambda u: u.index)


def location(unit, tr: Translator) -> str:
    """Where a sentence is: its page (PDF, DOCX with page breaks), else its line (text, Markdown), else –."""
    if getattr(unit, "page", None):
        return tr("report.page_n", page=unit.page)
    if getattr(unit, "line", None):
        return tr("report.line_n", line=unit.line)
    return tr("report.no_page")


def covered_dimensions(result: DocumentResult) -> list[str]:
    return [d.name for d in result.dimensions if d.covered]


def dimension_evidence(result: DocumentResult) -> dict[str, list[AnalysedUnit]]:
    by_index = {u.index: u for u in result.units}
    return {d.name: [by_index[i] for i in d.evidence if i in by_index] for d in result.dimensions}


# ---------------------------------------------------------------------------------------------- highlighting

# The class of a highlighted stretch, strongest first: a cue that counted, a negation, an innovation term,
# a digital-context term, a rubric term, a generic-statement cue.
_PRIORITY = ("enables", "hinders", "negation", "innovation", "digital", "dimension", "generic")


def match_class(match: Match) -> str | None:
    if match.polarity > 0:
        return "enables"
    if match.polarity < 0:
        return "hinders"
    if match.category in ("negation", "pseudo_negation"):
        return "negation"
    if match.category in ("innovation", "digital", "dimension", "generic"):
        return match.category
    return None


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None  # one of _PRIORITY, or None for plain text
    matches: tuple[Match, ...] = ()


def segments(text: str, matches: Iterable[Match]) -> list[Segment]:
    """The sentence cut into plain and highlighted stretches (overlaps resolved by _PRIORITY)."""
    owners: list[list[Match]] = [[] for _ in text]
    for match in matches:
        if match_class(match) is None:
            continue
        for position in range(max(0, match.start), min(len(text), match.end)):
            owners[position].append(match)

    def kind_at(position: int) -> str | None:
        kinds = {match_class(m) for m in owners[position]}
        return next((k for k in _PRIORITY if k in kinds), None)

    pieces: list[Segment] = []
    start = 0
    for position in range(1, len(text) + 1):
        if position == len(text) or kind_at(position) != kind_at(start) or owners[position] != owners[start]:
            pieces.append(Segment(text[start:position], kind_at(start), tuple(owners[start])))
            start = position
    return [p for p in pieces if p.text]


def term_list(unit: AnalysedUnit, categories: Sequence[str] | None = None) -> list[str]:
    """The distinct matched words of a unit (as written), cues that counted first."""
    seen: list[str] = []
    ordered = sorted(unit.terms, key=lambda m: (m.polarity == 0, m.start))
    for match in ordered:
        if match.category in ("negation", "pseudo_negation", "terminator"):
            continue
        if categories is not None and match.category not in categories:
            continue
        if match.text.lower() not in (s.lower() for s in seen):
            seen.append(match.text)
    return seen


# ---------------------------------------------------------------------------------------------- documents

# Document types a course participant lists in the inventory, recognised in the file name or title
# (compared without accents, so "arsmelding" and "årsmelding" are the same). Order matters: specific first.
DOCUMENT_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("action_plan", ("handlingsplan", "atgardsplan", "tiltaksplan", "aktivitetsplan", "action plan", "actionplan")),
    ("business_plan", ("verksamhetsplan", "virksomhetsplan", "budget", "budsjett", "okonomiplan", "ekonomiplan", "arsplan", "mal og budsjett")),
    ("policy", ("policy", "policies")),
    ("strategy", ("strategi", "strategy", "strategies")),
    ("guideline", ("riktlinje", "retningslinje", "retningsline", "vagledning", "veileder", "rettleiar", "guideline")),
    ("regulation", ("reglement", "regler", "regelverk", "foreskrift", "forskrift", "instruks", "rutin", "regulation", "rules")),
    ("programme", ("program", "programme")),
    ("report", ("arsredovisning", "arsmelding", "arsrapport", "rapport", "redovisning", "melding", "report", "utredning", "utgreiing")),
    ("plan", ("plan",)),
)


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ø", "o").replace("æ", "ae")


def document_title(result: DocumentResult) -> str | None:
    """The first heading the analysis saw (a unit's section), if any."""
    for unit in result.units:
        if unit.kind == "heading" and unit.index <= 3:
            return unit.text
        if unit.section:
            return unit.section
    return None


def document_type(result: DocumentResult) -> str:
    """A guess of the document's type from its file name, else its title: a key of DOCUMENT_TYPES or 'other'."""
    candidates = [re.sub(r"[_\-.]+", " ", PurePath(result.path).stem)]
    title = document_title(result)
    if title:
        candidates.append(title)
    for candidate in candidates:
        plain = _plain(candidate)
        for kind, words in DOCUMENT_TYPES:
            if any(word in plain for word in words):
                return kind
    return "other"


def display_name(path: str) -> str:
    return PurePath(path).name or path


def shown_path(path: str) -> str:
    """The path relative to the working directory when the file is inside it (shorter, and no home folders
    in a report that is handed in), else as given."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative.replace(os.sep, "/")


def folders(paths: Sequence[str]) -> dict[str, str]:
    """Path → the folder it sits in, relative to the folder all documents share (the common root shows as
    its own name), so a corpus organised as municipality/… can be filtered per municipality."""
    if not paths:
        return {}
    parents = [os.path.dirname(p) or "." for p in paths]
    try:
        root = os.path.commonpath(parents)
    except ValueError:  # mixed absolute and relative paths
        root = ""
    out: dict[str, str] = {}
    for path, parent in zip(paths, parents):
        relative = os.path.relpath(parent, root) if root else parent
        if relative in (".", ""):
            relative = PurePath(os.path.abspath(root or parent)).name or parent
        out[path] = relative.replace(os.sep, "/")
    return out


def coverage_count(result: DocumentResult) -> int:
    return sum(d.covered for d in result.dimensions)
