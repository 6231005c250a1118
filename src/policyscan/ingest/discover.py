"""Expand the paths given on the command line into a sorted list of files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .registry import KNOWN_UNSUPPORTED, supported_suffixes

_SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"}


def discover(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Yield files: explicit files as given, folders walked recursively in sorted order.

    Symlinked folders are not followed (no loops); hidden files and folders are skipped inside folders.
    Explicitly named files are always yielded, so an unsupported or missing one is reported, not dropped.
    Files found in folders are yielded when they are supported or a known document format that we cannot
    read (.doc, .odt, .rtf …: reported as unsupported); data files such as .json or .csv are passed over.
    """
    suffixes = set(supported_suffixes()) | set(KNOWN_UNSUPPORTED)
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
                if file.suffix.lower() in suffixes:
                    seen.add(file)
                    yield file
