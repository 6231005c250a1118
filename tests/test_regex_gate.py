"""The regex gate may skip a lexicon regex only when it cannot match: checked against every shipped regex on
every sentence of the dev passages and the lexicons' own examples, plus the cases the gate treats specially."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policyscan.analyse.lexicon import default_lexicon_dir
from policyscan.analyse.lexicon.loader import lexicon_files, read_file
from policyscan.analyse.regexes import LazyRegex, RegexGate, literal_options, regex_needs

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = [entry for path in lexicon_files(default_lexicon_dir()) for entry in read_file(path)[0]]


def _texts(language: str) -> list[str]:
    texts = [example.text for e in ENTRIES if e.language == language for example in (*e.examples_match, *e.examples_no_match)]
    for line in (ROOT / "evaluation" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("lang") == language:
            texts.extend(re.split(r"(?<=[.!?])\s+", item["text"]))
    return texts


@pytest.mark.parametrize("language", ["sv", "nb", "nn"])
def test_the_gate_never_skips_a_shipped_regex_that_matches(language):
    patterns = [p.value for e in ENTRIES if e.language == language for p in e.patterns if p.kind == "regex"]
    regexes = [LazyRegex(p, eager=True) for p in patterns]
    gate = RegexGate(regexes)
    skipped_somewhere = 0
    for text in _texts(language):
        lowered = text.casefold()
        candidates = set(gate.candidates(lowered))
        matching = {i for i, regex in enumerate(regexes) if regex.compiled().search(lowered)}
        assert matching <= candidates, f"skipped {[patterns[i] for i in matching - candidates]} on {text!r}"
        skipped_somewhere += len(regexes) - len(candidates)
    assert skipped_somewhere > 0  # the gate does skip: most regexes cannot match most sentences


def test_every_part_of_a_sequence_is_required():
    options = literal_options(r"\b(?:endast|bara)\b[^.]{0,40}\bfår\b(?= inte)")
    assert set(options) == {frozenset({"endast", "bara"}), frozenset({"får"}), frozenset({" inte"})}
    assert literal_options(r"\b(?:it|ikt)\b") == ()  # nothing of three characters that every match has


def test_a_regex_runs_only_where_all_its_required_parts_are():
    regex = LazyRegex(r"\b(?:endast|enbart)\b[^.]{0,60}\bfår\b", eager=False)
    gate = RegexGate([regex])
    assert list(gate.candidates("endast it-enheten får installera program")) == [0]
    assert list(gate.candidates("endast it-enheten installerar program")) == []  # no "får"
    assert list(gate.candidates("it-enheten får installera program")) == []  # no "endast"/"enbart"
    assert regex._compiled is None  # the gate decides on literals alone; the regex itself was never compiled


def test_needles_with_spaces_short_needles_and_regexes_without_literals():
    regexes = [
        LazyRegex(r"i samband med \w+", eager=False),  # keyed by "samband", confirmed in the sentence
        LazyRegex(r"\bai\b", eager=False),  # no literal of three characters: always a candidate
        LazyRegex(r"(?:st\.|nr\.) \d+", eager=False),  # needles shorter than the key: looked for in every sentence
    ]
    gate = RegexGate(regexes)
    assert list(gate.candidates("kommunen arbetar i samband med regionen")) == [0, 1]
    assert list(gate.candidates("sambandet med regionen är tydligt")) == [1]  # the word, not the needle
    assert list(gate.candidates("se meld. st. 7 om innovasjon")) == [1, 2]
    # A needle inside a longer word is found (compounds): the word's needles are worked out per distinct word.
    compound = RegexGate([LazyRegex(r"innovationslab\w*", eager=False)])
    assert list(compound.candidates("det nya stadsinnovationslabbet öppnar")) == [0]


def test_parsed_lexicon_files_carry_each_regexs_needs():
    """The needs are worked out when a file is parsed (and cached with it), so a worker does not parse every regex
    again; they must be exactly what the pattern's parse tree gives."""
    regex_patterns = [p for e in ENTRIES for p in e.patterns if p.kind == "regex"]
    assert regex_patterns and all(p.needs == literal_options(p.value) for p in regex_patterns)
    assert all(p.needs is None for e in ENTRIES for p in e.patterns if p.kind != "regex")
    assert regex_needs("(unclosed") is None  # left to the compiler, which reports it with file:line
