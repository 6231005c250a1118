"""What keeps a short scan's start-up short: parsed lexicon files and the unpacked language-ID model are kept
in the cache folder (and rebuilt when they change or are damaged), and spaCy is imported without its CLI."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from policyscan.analyse.lexicon.loader import read_file

LEXICON = textwrap.dedent(
    """\
    lexicon: test-innovation
    language: sv
    category: innovation
    description: Test.
    entries:
      - id: sv.test.{name}
        patterns:
          - word: {word}
        explanation: Ett testord.
        examples:
          match:
            - Vi pratar om {word}.
          no_match:
            - Vi pratar om annat.
    """
)


def _cached_files(cache: Path) -> list[Path]:
    return sorted((cache / "lexicons").glob("*.pickle"))


def test_a_parsed_lexicon_file_is_cached_and_reparsed_when_it_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mine.yaml"
    path.write_text(LEXICON.format(name="forsta", word="tjolahopp"), encoding="utf-8")
    entries, problems, _ = read_file(path)
    assert [e.id for e in entries] == ["sv.test.forsta"] and not problems
    assert len(_cached_files(tmp_path / "cache")) == 1
    # Read again: the same entries, from the cache (no second cache file).
    again, _, _ = read_file(path)
    assert again == entries and len(_cached_files(tmp_path / "cache")) == 1
    # Changed bytes: parsed anew.
    path.write_text(LEXICON.format(name="andra", word="tjolahej"), encoding="utf-8")
    changed, _, _ = read_file(path)
    assert [e.id for e in changed] == ["sv.test.andra"]
    assert changed[0].source == str(path) and changed[0].line > 0


def test_a_file_read_by_a_relative_path_keeps_its_own_source(tmp_path, monkeypatch):
    # `policyscan lexicon check lexicons/sv/x.yaml` parses by a relative path; a later load by the absolute path
    # must not get those entries back (their source decides whether they are shipped or a user's).
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "lex").mkdir()
    path = tmp_path / "lex" / "mine.yaml"
    path.write_text(LEXICON.format(name="forsta", word="tjolahopp"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    relative, _, _ = read_file(Path("lex/mine.yaml"))
    absolute, _, _ = read_file(path)
    assert relative[0].source == str(Path("lex/mine.yaml"))
    assert absolute[0].source == str(path)


def test_the_shipped_lexicons_are_not_compiled_when_loaded(tmp_path, monkeypatch):
    # Shipped lexicons are checked by `lexicon check` and the tests; loading them compiles nothing (a short
    # scan compiles only its own language), even after they were parsed by a relative path.
    from policyscan.analyse.lexicon import loader
    from policyscan.analyse.lexicon.loader import default_lexicon_dir, lexicon_files
    from policyscan.analyse import matcher

    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / "cache"))
    root = default_lexicon_dir()
    monkeypatch.chdir(root.parent)
    for path in lexicon_files(root):
        read_file(path.relative_to(root.parent))
    loader._load_cached.cache_clear()
    monkeypatch.setattr(matcher, "_COMPILED", {})
    lexicons = loader.load_lexicons()
    loader._load_cached.cache_clear()
    assert all(e.source.startswith(str(root)) for e in lexicons.entries)
    assert matcher._COMPILED == {}


def test_a_damaged_cache_entry_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mine.yaml"
    path.write_text(LEXICON.format(name="forsta", word="tjolahopp"), encoding="utf-8")
    read_file(path)
    [cached] = _cached_files(tmp_path / "cache")
    cached.write_bytes(b"not a pickle")
    entries, problems, _ = read_file(path)
    assert [e.id for e in entries] == ["sv.test.forsta"] and not problems


def test_a_broken_file_is_reported_the_same_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYSCAN_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "broken.yaml"
    path.write_text("entries: [\n", encoding="utf-8")
    first = read_file(path)[1]
    second = read_file(path)[1]
    assert first and first == second and "YAML error" in first[0].message


def _run(code: str, cache: Path) -> str:
    env = {"POLICYSCAN_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
    return done.stdout.strip()


def test_the_language_model_is_unpacked_once_and_gives_the_same_answers(tmp_path):
    code = (
        "from policyscan import langid; i = langid._identifier(); "
        "print(i.classify('Kommunen skal leggje til rette for nyskaping og fornying av tenestene.')[0], "
        "i.classify('Kommunen ska främja innovation i alla verksamheter.')[0])"
    )
    first = _run(code, tmp_path)
    [model] = list((tmp_path / "langid").glob("*.pickle"))
    assert model.stat().st_size > 1_000_000
    second = _run(code, tmp_path)  # now from the unpacked copy
    assert first == second == "no sv"


def test_spacy_is_imported_without_its_command_line():
    code = (
        "import sys; from policyscan.analyse.nlp import pipeline; "
        "doc = pipeline('sv')('Kommunen ska pröva t.ex. nya arbetssätt. Det är bra.'); "
        "print(len(list(doc.sents)), 'spacy.cli' in sys.modules, 'typer' in sys.modules); "
        "import spacy.cli; print(hasattr(spacy.cli, 'download'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["2", "False", "False", "True"]


def test_a_scan_imports_neither_yaml_nor_rich_when_it_does_not_need_them(tmp_path):
    # A JSONL scan with the lexicon files already parsed (the cache) needs no YAML parser, and nothing it prints
    # needs rich: every command's start-up would pay for them (~50 ms of the 1.5 s a short scan may take).
    document = tmp_path / "kort.txt"
    document.write_text("Kommunen ska främja innovation och pröva nya arbetssätt.\n", encoding="utf-8")
    code = (
        "import sys; from typer.testing import CliRunner; from policyscan.cli import app; "
        f"r = CliRunner().invoke(app, ['scan', {str(document)!r}, '-f', 'jsonl', '-q', '-w', '0', '--no-cache']); "
        "print(r.exit_code, 'yaml' in sys.modules, 'rich' in sys.modules)"
    )
    first = _run(code, tmp_path / "cache")  # parses the lexicon files: YAML is needed once
    second = _run(code, tmp_path / "cache")
    assert first.split()[:2] == ["0", "True"]
    assert second.split() == ["0", "False", "False"]
