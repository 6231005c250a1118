"""Find, read and merge lexicon files into a LexiconSet; parsing problems become LexiconProblems."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ... import cachedir
from ...cachedir import code_signature, default_cache_dir
from .model import Entry
from .parse import LexiconProblem, parse_file


def default_lexicon_dir() -> Path:
    """The shipped lexicons: inside the installed package, or the repository's top-level lexicons/."""
    packaged = Path(__file__).resolve().parents[2] / "lexicons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[4] / "lexicons"


@dataclass(frozen=True)
class LexiconSet:
    entries: tuple[Entry, ...]
    version: str
    digest: str
    sources: tuple[str, ...]
    problems: tuple[LexiconProblem, ...] = field(default=())

    def for_language(self, language: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.language == language)

    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({e.language for e in self.entries}))

    def get(self, entry_id: str) -> Entry | None:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None


def lexicon_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def read_file(path: Path) -> tuple[list[Entry], list[LexiconProblem], bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [LexiconProblem(str(path), 0, f"cannot read file: {exc.strerror}")], b""
    # Parsing the shipped YAML costs ~0.25 s, most of a short scan's budget: a file whose bytes, location and
    # parser are unchanged is read back from the cache (policyscan.cachedir) instead.
    # The path as given is part of the key too: entries record it as their source, and the shipped lexicons are
    # told from a user's by it (a relative path's parse must not stand in for the absolute one).
    key = hashlib.sha256(f"{code_signature()}|{path}|{path.resolve()}|".encode() + data).hexdigest()
    target = default_cache_dir() / "lexicons" / f"{key}.pickle"
    cached = cachedir.load(target)
    if isinstance(cached, tuple) and len(cached) == 2:
        return list(cached[0]), list(cached[1]), data
    entries, problems = _parse(path, data)
    cachedir.store(target, (tuple(entries), tuple(problems)))
    return entries, problems, data


def _parse(path: Path, data: bytes) -> tuple[list[Entry], list[LexiconProblem]]:
    import yaml

    from .yamlsource import DuplicateKey, load_yaml

    try:
        document = load_yaml(data.decode("utf-8"))
    except UnicodeDecodeError:
        return [], [LexiconProblem(str(path), 0, "the file is not UTF-8")]
    except DuplicateKey as exc:
        return [], [LexiconProblem(str(path), exc.line, str(exc))]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return [], [LexiconProblem(str(path), line, f"YAML error: {getattr(exc, 'problem', exc)}")]
    return parse_file(document, str(path))


def _version(directory: Path) -> str:
    version_file = directory / "VERSION"
    if version_file.is_file():
        return version_file.read_text(encoding="utf-8").strip()
    return "unversioned"


def load_lexicons(extra: Sequence[str | os.PathLike[str]] = (), *, include_default: bool = True) -> LexiconSet:
    """Load the shipped lexicons plus user lexicons; a user entry with the same id replaces the shipped one."""
    return _load_cached(tuple(str(p) for p in extra), include_default)


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...], include_default: bool) -> LexiconSet:
    roots: list[Path] = []
    if include_default:
        roots.append(default_lexicon_dir())
    roots.extend(Path(p) for p in extra)
    by_id: dict[str, Entry] = {}
    problems: list[LexiconProblem] = []
    digest = hashlib.sha256()
    sources: list[str] = []
    versions: list[str] = []
    for root in roots:
        if not root.exists():
            problems.append(LexiconProblem(str(root), 0, "no such lexicon file or folder"))
            continue
        if root.is_dir():
            versions.append(_version(root))
        for path in lexicon_files(root):
            entries, file_problems, data = read_file(path)
            problems.extend(file_problems)
            digest.update(path.name.encode() + b"\0" + data)
            sources.append(str(path))
            for entry in entries:
                by_id[entry.id] = entry  # later roots override earlier ones
    version = "+".join(versions) if versions else "user"
    # Shipped lexicons are validated by `policyscan lexicon check` (and the test suite); a user's files are
    # compiled now, so a broken or dangerous pattern is reported before any document is read.
    shipped = str(default_lexicon_dir())
    user_languages = {e.language for e in by_id.values() if not e.source.startswith(shipped)}
    entries = tuple(e for e in by_id.values() if e.language in user_languages)
    problems.extend(_pattern_problems(entries, digest.hexdigest()[:16]) if entries else ())
    return LexiconSet(
        entries=tuple(by_id.values()),
        version=version,
        digest=digest.hexdigest()[:16],
        sources=tuple(sources),
        problems=tuple(problems),
    )


def _pattern_problems(entries: tuple[Entry, ...], digest: str) -> list[LexiconProblem]:
    """Patterns that do not compile (or could hang) are problems, found before any document is read.
    The compiled lexicons are kept for the analysis (keyed by the digest), so nothing is compiled twice."""
    from ..matcher import compiled_for

    problems = []
    for language in sorted({e.language for e in entries}):
        compiled = compiled_for(digest, language, tuple(e for e in entries if e.language == language), eager=True)
        problems.extend(LexiconProblem(entry.source, line, message) for entry, line, message in compiled.errors)
    return problems


def iter_entries(paths: Iterable[Path]) -> Iterable[Entry]:
    for path in paths:
        for file in lexicon_files(path):
            yield from read_file(file)[0]
