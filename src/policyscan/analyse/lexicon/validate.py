"""`policyscan lexicon check`: structure, duplicates, order, patterns, exceptions and examples."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from pathlib import Path

from .loader import lexicon_files, read_file
from .model import Entry
from .parse import LexiconProblem


def example_hits(entry: Entry, text: str) -> list[str]:
    """The texts this entry alone matches in an example sentence (tokenised like real input)."""
    from ...normalise.text import clean_text
    from ..matcher import CompiledLexicon
    from ..nlp import pipeline, sentences

    compiled = CompiledLexicon.build(entry.language, [entry])
    if compiled.errors:
        return []
    hits = []
    for sentence_text, tokens in sentences(pipeline(entry.language)(clean_text(text))):
        for m in compiled.match(tokens, sentence_text):
            hits.append(" ".join(t.text for t in tokens[m.token_start : m.token_end]))
    return hits


def check_entry(entry: Entry) -> list[LexiconProblem]:
    from ..matcher import CompiledLexicon

    problems = [LexiconProblem(entry.source, line, message) for _, line, message in CompiledLexicon.build(entry.language, [entry]).errors]
    if problems:
        return problems
    for pattern in entry.patterns:
        if pattern.kind in ("word", "stem", "prefix", "suffix"):
            form = pattern.value.casefold()
            for exception in entry.exceptions:
                if " " not in exception.strip() and fnmatch.fnmatchcase(form, exception.casefold()):
                    problems.append(LexiconProblem(entry.source, pattern.line, f"{entry.id}: '{pattern.value}' is both a pattern and an exception ({exception})"))
    for example in entry.examples_match:
        if not example_hits(entry, example.text):
            problems.append(LexiconProblem(entry.source, example.line, f"{entry.id}: example should match but does not: {example.text!r}"))
    for example in entry.examples_no_match:
        hits = example_hits(entry, example.text)
        if hits:
            problems.append(LexiconProblem(entry.source, example.line, f"{entry.id}: example should not match but matches {hits[0]!r}: {example.text!r}"))
    return problems


def check_files(files: Sequence[Path], examples: bool = True) -> tuple[list[Entry], list[LexiconProblem]]:
    problems: list[LexiconProblem] = []
    entries: list[Entry] = []
    first_seen: dict[str, Entry] = {}
    for path in files:
        file_entries, file_problems, _ = read_file(path)
        problems.extend(file_problems)
        for previous, current in zip(file_entries, file_entries[1:]):
            if current.id < previous.id:
                problems.append(LexiconProblem(str(path), current.line, f"entries are not sorted by id: '{current.id}' comes after '{previous.id}'"))
                break
        for entry in file_entries:
            if entry.id in first_seen:
                other = first_seen[entry.id]
                problems.append(LexiconProblem(str(path), entry.line, f"duplicate id '{entry.id}' (also at {other.source}:{other.line})"))
            else:
                first_seen[entry.id] = entry
            if entry.language and not str(entry.id).startswith(entry.language + "."):
                problems.append(LexiconProblem(str(path), entry.line, f"id '{entry.id}' should start with its language '{entry.language}.'"))
        entries.extend(file_entries)
    if examples:
        for entry in entries:
            problems.extend(check_entry(entry))
    return entries, problems


def check_lexicons(paths: Iterable[Path], examples: bool = True) -> tuple[list[Entry], list[LexiconProblem]]:
    files: list[Path] = []
    missing: list[LexiconProblem] = []
    for path in paths:
        if not path.exists():
            missing.append(LexiconProblem(str(path), 0, "no such lexicon file or folder"))
            continue
        files.extend(lexicon_files(path))
    entries, problems = check_files(files, examples)
    return entries, missing + problems
