"""Project configuration: `policyscan.toml`, or `[tool.policyscan]` in `pyproject.toml`.

The file is found by walking up from the working directory: in each folder `policyscan.toml` first, then a
`pyproject.toml` that has a `[tool.policyscan]` table; the first found is used (a `pyproject.toml` without the
table is passed over). `--config FILE` names one; `--no-config` uses none. Relative paths and globs in the
file are taken from the file's folder. Unknown keys and wrong types are errors naming the file, line and key.

Every value remembers where it came from (`default`, `policyscan.toml:7`, `command line`), which
`policyscan config` shows. The keys are listed in KEYS and documented in docs/ci.md.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .ci.conditions import DEFAULT_WARN_ON, ConditionError, Policy, parse_conditions, parse_dimensions

CONFIG_FILE = "policyscan.toml"
PYPROJECT = "pyproject.toml"
LANGUAGES = ("sv", "nb", "nn", "da", "en")


class ConfigError(ValueError):
    """A configuration that cannot be used (exit code 2); the message names the file, line and key."""


# ------------------------------------------------------------------------------------------ the keys


def _formats() -> tuple[str, ...]:
    from .report.registry import FORMATS

    return tuple(FORMATS)


def _diff_formats() -> tuple[str, ...]:
    from .report.registry import DIFF_FORMATS

    return tuple(DIFF_FORMATS)


@dataclass(frozen=True)
class Key:
    name: str
    kind: str  # str | bool | int | float | strings | paths | path | conditions | diff_conditions | dimensions
    default: Any
    help: str
    choices: Callable[[], Sequence[str]] | None = None
    minimum: float | None = None


def _keys(*keys: Key) -> dict[str, Key]:
    return {k.name: k for k in keys}


KEYS: dict[str, Key] = _keys(
    Key("format", "str", "table", "Output format of `scan` (--format).", choices=_formats),
    Key("language", "str", None, "Language override: sv, nb, nn, da or en (--lang); unset = identify per document.", choices=lambda: LANGUAGES),
    Key("workers", "int", None, "Worker processes (--workers); unset = one per CPU, 0 = in-process.", minimum=0),
    Key("lexicons", "paths", [], "Extra lexicon files or folders (--lexicon), relative to the config file."),
    Key("layout", "bool", False, "PDF layout mode (--layout)."),
    Key("include", "strings", [], "Globs of files to scan (relative to the config file's folder); empty = every supported file."),
    Key("exclude", "strings", [], "Globs of files never to scan, also when named on the command line or by pre-commit."),
    Key("fail_on", "conditions", [], "Conditions that fail the run (exit 1) (--fail-on)."),
    Key("warn_on", "conditions", list(DEFAULT_WARN_ON), "Conditions reported as warnings without failing (--warn-on)."),
    Key("required_dimensions", "dimensions", [], "Rubric dimensions checked by the missing-dimension condition (--require-dimension)."),
    Key("baseline", "path", None, "A JSON report of accepted findings: only new findings fail (--baseline)."),
    Key("exit_zero", "bool", False, "Exit 0 even when a fail_on condition is breached (--exit-zero); unreadable inputs still exit 3."),
    Key("timeout", "float", 120.0, "Seconds allowed per file (--timeout).", minimum=0),
    Key("max_size", "int", 100, "Largest file to read, in MB (--max-size).", minimum=1),
    Key("cache", "bool", True, "Reuse results for unchanged files (--cache/--no-cache)."),
    Key("evidence", "int", 5, "Evidence units shown per document in human-readable reports (--evidence).", minimum=0),
)

DIFF_KEYS: dict[str, Key] = _keys(
    Key("format", "str", "table", "Output format of `diff` (--format).", choices=_diff_formats),
    Key("fail_on", "diff_conditions", [], "Conditions that fail `policyscan diff` (exit 1)."),
    Key("warn_on", "diff_conditions", ["gained-hindering", "lost-enabling", "lost-dimension"], "Conditions `policyscan diff` reports as warnings."),
)
TABLES = {"diff": DIFF_KEYS}


# ------------------------------------------------------------------------------------------ values


@dataclass(frozen=True)
class Value:
    value: Any
    source: str  # "default", "policyscan.toml:7", "pyproject.toml:[tool.policyscan]:12", "command line"


@dataclass
class Config:
    file: Path | None
    root: Path  # the folder relative paths and globs are taken from
    values: dict[str, Value]  # "fail_on", "diff.fail_on", …
    notes: list[str] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.values[key].value

    def source(self, key: str) -> str:
        return self.values[key].source

    def override(self, key: str, raw: Any, source: str = "command line", base: Path | None = None) -> None:
        """Set a value from the command line (validated like a file value; relative paths stay relative to the
        working directory, or are taken from `base`)."""
        spec = _key_spec(key)
        value = _convert(spec, raw, base, lambda: source)
        self.values[key] = Value(value, source)

    def policy(self, table: str = "") -> Policy:
        """The fail/warn policy of `scan` (or of `diff` with table="diff")."""
        prefix = f"{table}." if table else ""
        scopes = ("document", "meta", "diff") if table == "diff" else ("document", "meta")
        return Policy(
            fail_on=parse_conditions(self[prefix + "fail_on"], scopes),
            warn_on=parse_conditions(self[prefix + "warn_on"], scopes),
            required_dimensions=tuple(self["required_dimensions"]),
        )

    def rows(self) -> list[tuple[str, Any, str]]:
        return [(key, value.value, value.source) for key, value in self.values.items()]


def _key_spec(key: str) -> Key:
    table, _, name = key.rpartition(".")
    keys = TABLES[table] if table else KEYS
    return keys[name]


def defaults(root: Path | None = None) -> Config:
    values = {name: Value(_copy(k.default), "default") for name, k in KEYS.items()}
    for table, keys in TABLES.items():
        values.update({f"{table}.{name}": Value(_copy(k.default), "default") for name, k in keys.items()})
    return Config(None, root or Path.cwd(), values)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


# ------------------------------------------------------------------------------------------ conversion


def _describe(kind: str, key: Key) -> str:
    return {
        "str": "a string",
        "bool": "true or false",
        "int": "a whole number" + (f" ≥ {key.minimum:g}" if key.minimum is not None else ""),
        "float": "a number" + (f" ≥ {key.minimum:g}" if key.minimum is not None else ""),
        "strings": "a list of strings",
        "paths": "a list of paths",
        "path": "a path (string)",
        "conditions": "a list of conditions",
        "diff_conditions": "a list of conditions",
        "dimensions": "a list of rubric dimension names",
    }[kind]


def _convert(key: Key, raw: Any, base: Path | None, where: Callable[[], str]) -> Any:
    def fail(detail: str = "") -> ConfigError:
        got = f" (got {raw!r})" if not detail else ""
        return ConfigError(f"{where()}: '{key.name}' must be {_describe(key.kind, key)}{got}{detail}")

    kind = key.kind
    if kind == "bool":
        if not isinstance(raw, bool):
            raise fail()
        return raw
    if kind in ("int", "float"):
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or (kind == "int" and not isinstance(raw, int)):
            raise fail()
        if key.minimum is not None and raw < key.minimum:
            raise fail()
        return float(raw) if kind == "float" else raw
    if kind == "str":
        if not isinstance(raw, str):
            raise fail()
        if key.choices is not None and raw not in key.choices():
            close = difflib.get_close_matches(raw, list(key.choices()), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ConfigError(f"{where()}: unknown {key.name} {raw!r}{hint}; '{key.name}' must be one of: {', '.join(key.choices())}")
        return raw
    if kind == "path":
        if not isinstance(raw, str) or not raw:
            raise fail()
        return str(_resolve(raw, base))
    if isinstance(raw, str):
        raw = [raw]  # a single string where a list is expected is accepted
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise fail()
    if kind == "strings":
        return list(raw)
    if kind == "paths":
        return [str(_resolve(item, base)) for item in raw]
    try:
        if kind == "conditions":
            return [c.spec for c in parse_conditions(raw, ("document", "meta"))]
        if kind == "diff_conditions":
            return [c.spec for c in parse_conditions(raw, ("document", "meta", "diff"))]
        if kind == "dimensions":
            return list(parse_dimensions(raw))
    except ConditionError as exc:
        raise ConfigError(f"{where()}: '{key.name}': {exc}") from None
    raise AssertionError(kind)


def _resolve(raw: str, base: Path | None) -> Path:
    """A path from a config file is taken from the file's folder; one from the command line stays as given."""
    path = Path(os.path.expanduser(raw))
    return path if path.is_absolute() or base is None else (base / path)


# ------------------------------------------------------------------------------------------ files


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*policyscan\s*[\].]", text, re.MULTILINE) is not None


def find_config(start: Path | None = None) -> tuple[Path | None, list[str]]:
    """The config file for a run started in `start` (default: the working directory), walking up."""
    notes: list[str] = []
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        pyproject = candidate / PYPROJECT
        if own.is_file():
            if pyproject.is_file() and _has_tool_table(pyproject):
                notes.append(f"{pyproject}: [tool.policyscan] is ignored because {own.name} is beside it")
            return own, notes
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject, notes
    return None, notes


def _line_of(text: str, table: Sequence[str], key: str) -> int | None:
    """Best-effort line number of `key = …` inside the table `table` (() = top level)."""
    lines = text.splitlines()
    start = 0
    if table:
        header = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(re.escape(t) for t in table) + r"\s*\]\s*(#.*)?$")
        start = next((i + 1 for i, line in enumerate(lines) if header.match(line)), None)
        if start is None:
            return None
    assignment = re.compile(r"""^\s*["']?""" + re.escape(key) + r"""["']?\s*=""")
    for index in range(start, len(lines)):
        if lines[index].lstrip().startswith("["):
            return None  # the next table begins
        if assignment.match(lines[index]):
            return index + 1
    return None


def load_config(path: Path, *, cwd: Path | None = None) -> Config:
    """Read and validate one config file (policyscan.toml, or a pyproject.toml's [tool.policyscan])."""
    path = Path(path)
    shown = _shown(path, cwd)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: cannot be read ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{shown}: not valid TOML: {exc}") from None
    is_pyproject = path.name == PYPROJECT
    prefix: tuple[str, ...] = ("tool", "policyscan") if is_pyproject else ()
    if is_pyproject:
        table = data.get("tool", {}).get("policyscan")
        if table is None:
            raise ConfigError(f"{shown}: has no [tool.policyscan] table")
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{shown}: [tool.policyscan] must be a table")
    config = defaults(path.parent.resolve())
    config.file = path

    def where_factory(table_path: tuple[str, ...], key: str) -> Callable[[], str]:
        def where() -> str:
            line = _line_of(text, table_path, key)
            name = f"{shown}:{line}" if line else shown
            section = ".".join(table_path)
            return f"{name} [{section}]" if section and not line else name
        return where

    def load_table(values: dict[str, Any], keys: dict[str, Key], table_path: tuple[str, ...], prefix_key: str) -> None:
        for key, raw in values.items():
            where = where_factory(table_path, key)
            if not prefix_key and key in TABLES:
                if not isinstance(raw, dict):
                    raise ConfigError(f"{where()}: '{key}' must be a table ([{'.'.join((*table_path, key))}])")
                load_table(raw, TABLES[key], (*table_path, key), key + ".")
                continue
            spec = keys.get(key)
            if spec is None:
                known = list(keys) + ([] if prefix_key else list(TABLES))
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                full = ".".join((*table_path, key))
                raise ConfigError(f"{where()}: unknown key '{full}'{hint}; known keys: {', '.join(known)}")
            value = _convert(spec, raw, config.root, where)
            config.values[prefix_key + key] = Value(value, where())

    load_table(table, KEYS, prefix, "")
    return config


def _shown(path: Path, cwd: Path | None) -> str:
    try:
        return str(Path(path).resolve().relative_to((cwd or Path.cwd()).resolve()))
    except ValueError:
        return str(path)


def resolve_config(explicit: Path | None = None, *, isolated: bool = False, cwd: Path | None = None) -> Config:
    """The config for a run: --config FILE, else the one found walking up from `cwd`, else the defaults."""
    if isolated:
        return defaults(cwd)
    if explicit is not None:
        return load_config(explicit, cwd=cwd)
    found, notes = find_config(cwd)
    if found is None:
        config = defaults(cwd)
    else:
        config = load_config(found, cwd=cwd)
    config.notes.extend(notes)
    return config


# ------------------------------------------------------------------------------------------ include / exclude


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob: `*` and `?` stay within a folder, `**` crosses folders, `[abc]` is a class; a
    pattern without `/` matches a file or folder name at any depth, one with `/` is taken from the root; a
    matched folder matches everything below it."""
    text = pattern.strip()
    if text.startswith("./"):
        text = text[2:]
    text = text.rstrip("/")
    anchored = "/" in text
    text = text.lstrip("/")
    out, i = "", 0
    while i < len(text):
        if text.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
            continue
        if text.startswith("**", i):
            out += ".*"
            i += 2
            continue
        char = text[i]
        if char == "*":
            out += "[^/]*"
        elif char == "?":
            out += "[^/]"
        elif char == "[":
            end = text.find("]", i + 1)
            if end == -1:
                out += re.escape(char)
            else:
                body = text[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out += "[" + body.replace("\\", "\\\\") + "]"
                i = end + 1
                continue
        else:
            out += re.escape(char)
        i += 1
    return re.compile(("^" if anchored else "^(?:.*/)?") + out + "(?:/.*)?$")


@dataclass(frozen=True)
class FileFilter:
    root: Path
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def _relative(self, path: Path) -> str:
        absolute = path if path.is_absolute() else Path.cwd() / path
        try:
            return Path(os.path.normpath(absolute)).relative_to(os.path.normpath(self.root)).as_posix()
        except ValueError:
            return Path(os.path.normpath(path)).as_posix().lstrip("/")

    def accepts(self, path: Path) -> bool:
        relative = self._relative(Path(path))
        if any(glob_regex(p).match(relative) for p in self.exclude):
            return False
        return not self.include or any(glob_regex(p).match(relative) for p in self.include)

    def split(self, paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
        kept, skipped = [], []
        for path in paths:
            (kept if self.accepts(path) else skipped).append(path)
        return kept, skipped


def file_filter(config: Config) -> FileFilter:
    return FileFilter(config.root, tuple(config["include"]), tuple(config["exclude"]))
