"""The shipped lexicons are tested data: every entry's examples, structure, order and uniqueness."""

from __future__ import annotations

import pytest

from policyscan.analyse.lexicon import check_lexicons, default_lexicon_dir
from policyscan.analyse.lexicon.loader import lexicon_files, read_file
from policyscan.analyse.lexicon.validate import example_hits
from policyscan.models import DIMENSIONS

LEXICON_DIR = default_lexicon_dir()
FILES = lexicon_files(LEXICON_DIR)
ENTRIES = [entry for path in FILES for entry in read_file(path)[0]]


def test_lexicons_exist_for_every_language_and_group():
    groups = {"innovation", "enabling", "hindering", "modality", "new_solution", "digital", "context", "dimensions"}
    for language in ("sv", "nb", "nn"):
        present = {p.stem for p in (LEXICON_DIR / language).glob("*.yaml")}
        assert groups <= present, f"{language}: missing {sorted(groups - present)}"


def test_files_parse_without_problems():
    problems = [str(p) for path in FILES for p in read_file(path)[1]]
    assert problems == []


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_entry_examples(entry):
    assert entry.examples_match, f"{entry.id} has no examples that must match"
    assert entry.examples_no_match, f"{entry.id} has no examples that must not match"
    for example in entry.examples_match:
        assert example_hits(entry, example.text), f"{entry.source}:{example.line}: {entry.id} should match {example.text!r}"
    for example in entry.examples_no_match:
        hits = example_hits(entry, example.text)
        assert not hits, f"{entry.source}:{example.line}: {entry.id} should not match {example.text!r} (matched {hits})"


def test_files_are_sorted_and_ids_unique():
    seen = set()
    for path in FILES:
        ids = [e.id for e in read_file(path)[0]]
        assert ids == sorted(ids), f"{path}: entries are not sorted by id"
        duplicates = seen & set(ids)
        assert not duplicates, f"{path}: duplicate ids {duplicates}"
        seen.update(ids)


def test_every_dimension_has_entries_in_every_language():
    for language in ("sv", "nb", "nn"):
        covered = {e.dimension for e in ENTRIES if e.language == language and e.category == "dimension"}
        assert covered == set(DIMENSIONS), f"{language}: no entries for {sorted(set(DIMENSIONS) - covered)}"


def test_lexicon_check_passes_on_shipped_lexicons():
    entries, problems = check_lexicons([LEXICON_DIR], examples=False)
    assert [str(p) for p in problems] == []
    assert len(entries) == len(ENTRIES)
