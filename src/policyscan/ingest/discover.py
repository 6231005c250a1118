"""Expand the paths given on the command line into a sorted list of files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .registry import supported_suffixes

_SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"}


def discover(paths: Iterable[str | os.PathLike[str]], include_unsupported: bool = True) -> Iterator[Path]:
    """Yield files: explicit files as given, folders walked recursively in sorted order.

    Symlinked folders are not followed (no loops); hidden files and folders are skipped inside folders.
    Explicitly named files are always yielded, so an unsupported or missing one is reported, not dropped.
    Files found in folders are yielded when their suffix is supported (or always, with include_unsupported).
    """
    suffixes = set(supported_suffixes())
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            if path not in seen:
                seen.add(path)
                yield path
            continue
        for root, dirs, files in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name.startswith("~$"):
                    continue
                file = Path(root) / name
                if file in seen:
                    continue
                if include_unsupported or file.suffix.lower() in suffixes:
                    seen.add(file)
                    yield file
