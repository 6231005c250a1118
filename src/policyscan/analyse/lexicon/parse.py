"""Turn one parsed YAML document into Entry objects, reporting every structural problem with its line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import DIMENSIONS
from ..regexes import regex_needs
from .model import (
    CATEGORIES,
    DIRECTIONS,
    LANGUAGES,
    PATTERN_KINDS,
    POLARITIES,
    STRENGTHS,
    WHEN_NEGATED,
    Entry,
    Example,
    Pattern,
)
from .lines import LineDict, LineList


@dataclass(frozen=True)
class LexiconProblem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


FILE_KEYS = {"lexicon", "language", "category", "description", "entries", "version"}
ENTRY_KEYS = {
    "id",
    "category",
    "language",
    "patterns",
    "exceptions",
    "explanation",
    "examples",
    "strength",
    "standalone",
    "when_negated",
    "direction",
    "polarity",
    "dimension",
    "requires",
    "note",
}
ID_RE = re.compile(r"^[a-z0-9_.-]+$")


def _line(mapping, key: str | None = None) -> int:
    if isinstance(mapping, LineDict):
        return mapping.line_of(key) if key else mapping.line
    return 0


def _strings(value, path: str, line: int, what: str, problems: list[LexiconProblem]) -> list[tuple[str, int]]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(LexiconProblem(path, line, f"{what} must be a list"))
        return []
    lines = value.item_lines if isinstance(value, LineList) else [line] * len(value)
    out = []
    for item, item_line in zip(value, lines):
        if not isinstance(item, str) or not item.strip():
            problems.append(LexiconProblem(path, item_line, f"{what} must hold non-empty strings"))
            continue
        out.append((item.strip(), item_line))
    return out


def parse_file(document, path: str) -> tuple[list[Entry], list[LexiconProblem]]:
    problems: list[LexiconProblem] = []
    if not isinstance(document, dict):
        return [], [LexiconProblem(path, 1, "a lexicon file must be a mapping with 'lexicon' and 'entries'")]
    for key in document:
        if key not in FILE_KEYS:
            problems.append(LexiconProblem(path, _line(document, key), f"unknown key '{key}' at file level"))
    name = document.get("lexicon")
    if not isinstance(name, str) or not name:
        problems.append(LexiconProblem(path, _line(document), "missing 'lexicon' (the lexicon's name)"))
        name = path
    language = document.get("language")
    category = document.get("category")
    entries_raw = document.get("entries")
    if not isinstance(entries_raw, list):
        problems.append(LexiconProblem(path, _line(document, "entries"), "'entries' must be a list"))
        return [], problems
    entries = []
    for raw in entries_raw:
        entry = _parse_entry(raw, path, name, language, category, problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _parse_entry(raw, path, lexicon, file_language, file_category, problems) -> Entry | None:
    line = _line(raw)
    if not isinstance(raw, dict):
        problems.append(LexiconProblem(path, line, "an entry must be a mapping"))
        return None
    start = len(problems)
    for key in raw:
        if key not in ENTRY_KEYS:
            problems.append(LexiconProblem(path, _line(raw, key), f"unknown key '{key}'"))
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not ID_RE.match(entry_id):
        problems.append(LexiconProblem(path, _line(raw, "id"), f"bad or missing id {entry_id!r}"))
        entry_id = f"<line {line}>"
    language = raw.get("language", file_language)
    if language not in LANGUAGES:
        problems.append(LexiconProblem(path, _line(raw, "language"), f"{entry_id}: unknown language {language!r}"))
    category = raw.get("category", file_category)
    if category not in CATEGORIES:
        problems.append(LexiconProblem(path, _line(raw, "category"), f"{entry_id}: unknown category {category!r}"))
    explanation = raw.get("explanation")
    if not isinstance(explanation, str) or not explanation.strip():
        problems.append(LexiconProblem(path, line, f"{entry_id}: missing 'explanation'"))
        explanation = ""

    patterns: list[Pattern] = []
    raw_patterns = raw.get("patterns")
    if not isinstance(raw_patterns, list) or not raw_patterns:
        problems.append(LexiconProblem(path, _line(raw, "patterns"), f"{entry_id}: 'patterns' must be a non-empty list"))
        raw_patterns = []
    for item in raw_patterns:
        item_line = _line(item) or _line(raw, "patterns")
        if not isinstance(item, dict) or len(item) != 1:
            problems.append(LexiconProblem(path, item_line, f"{entry_id}: a pattern is one 'kind: value' pair"))
            continue
        ((kind, value),) = item.items()
        if kind not in PATTERN_KINDS:
            problems.append(LexiconProblem(path, item_line, f"{entry_id}: unknown pattern kind '{kind}'"))
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(LexiconProblem(path, item_line, f"{entry_id}: empty {kind} pattern"))
            continue
        patterns.append(Pattern(kind, value.strip(), item_line, regex_needs(value.strip()) if kind == "regex" else None))

    exceptions = _strings(raw.get("exceptions"), path, _line(raw, "exceptions"), f"{entry_id}: exceptions", problems)
    examples = raw.get("examples")
    matches: list[tuple[str, int]] = []
    no_matches: list[tuple[str, int]] = []
    if not isinstance(examples, dict):
        problems.append(LexiconProblem(path, _line(raw, "examples") or line, f"{entry_id}: missing 'examples' (match and no_match)"))
    else:
        for key in examples:
            if key not in ("match", "no_match"):
                problems.append(LexiconProblem(path, _line(examples, key), f"{entry_id}: unknown examples key '{key}'"))
        matches = _strings(examples.get("match"), path, _line(examples, "match"), f"{entry_id}: examples.match", problems)
        no_matches = _strings(examples.get("no_match"), path, _line(examples, "no_match"), f"{entry_id}: examples.no_match", problems)
        if not matches:
            problems.append(LexiconProblem(path, _line(examples), f"{entry_id}: needs at least one examples.match"))
        if not no_matches:
            problems.append(LexiconProblem(path, _line(examples), f"{entry_id}: needs at least one examples.no_match"))

    strength = raw.get("strength", "normal")
    if strength not in STRENGTHS:
        problems.append(LexiconProblem(path, _line(raw, "strength"), f"{entry_id}: strength must be one of {', '.join(STRENGTHS)}"))
        strength = "normal"
    standalone = raw.get("standalone", False)
    if not isinstance(standalone, bool):
        problems.append(LexiconProblem(path, _line(raw, "standalone"), f"{entry_id}: standalone must be true or false"))
        standalone = False
    when_negated = raw.get("when_negated")
    if when_negated is not None and when_negated not in WHEN_NEGATED:
        problems.append(LexiconProblem(path, _line(raw, "when_negated"), f"{entry_id}: when_negated must be one of {', '.join(WHEN_NEGATED)}"))
        when_negated = None
    direction = raw.get("direction", "forward")
    if direction not in DIRECTIONS:
        problems.append(LexiconProblem(path, _line(raw, "direction"), f"{entry_id}: direction must be one of {', '.join(DIRECTIONS)}"))
        direction = "forward"
    polarity = raw.get("polarity")
    if category == "modality":
        if polarity not in POLARITIES:
            problems.append(LexiconProblem(path, _line(raw, "polarity") or line, f"{entry_id}: modality needs polarity permits or restricts"))
    elif polarity is not None:
        problems.append(LexiconProblem(path, _line(raw, "polarity"), f"{entry_id}: polarity is only for modality entries"))
    requires = raw.get("requires")
    if requires is not None and (category != "modality" or requires not in ("innovation", "object")):
        problems.append(LexiconProblem(path, _line(raw, "requires"), f"{entry_id}: requires is for modality entries: innovation or object"))
        requires = None
    dimension = raw.get("dimension")
    if category == "dimension" and dimension not in DIMENSIONS:
        problems.append(LexiconProblem(path, _line(raw, "dimension") or line, f"{entry_id}: dimension must be one of the 13 rubric dimensions"))
    elif category != "dimension" and dimension is not None:
        problems.append(LexiconProblem(path, _line(raw, "dimension"), f"{entry_id}: dimension is only for dimension entries"))

    if len(problems) > start and entry_id.startswith("<line"):
        return None
    return Entry(
        id=entry_id,
        language=language if language in LANGUAGES else "sv",
        category=category if category in CATEGORIES else "innovation",
        patterns=tuple(patterns),
        explanation=explanation.strip(),
        lexicon=str(lexicon),
        source=path,
        line=line,
        exceptions=tuple(e for e, _ in exceptions),
        examples_match=tuple(Example(t, ln) for t, ln in matches),
        examples_no_match=tuple(Example(t, ln) for t, ln in no_matches),
        strength=STRENGTHS[strength],
        standalone=standalone,
        when_negated=when_negated,
        direction=direction,
        polarity=POLARITIES.get(polarity, 0) if category == "modality" else 0,
        dimension=dimension if category == "dimension" else None,
        requires=requires or "object",
    )
