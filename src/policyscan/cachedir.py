"""Where policyscan keeps derived data between runs, and a safe way to store and load it.

The location is $POLICYSCAN_CACHE_DIR, else $XDG_CACHE_HOME/policyscan, else ~/.cache/policyscan. Everything
in it can be rebuilt: results (batch/cache.py), parsed lexicon files and the language-identification model
unpacked from its archive. Entries are pickles written by this user's own runs (never load a cache folder
you did not create); a damaged or unreadable entry is ignored and rebuilt, and a read-only or full disk never
fails a scan.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path


def default_cache_dir() -> Path:
    explicit = os.environ.get("POLICYSCAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "policyscan"


@lru_cache(maxsize=1)
def code_signature() -> str:
    """A digest of policyscan's own source files (name, size, modification time): a changed engine never
    answers from an old engine's cache. Stat-based, so it costs a millisecond, not a read of every file."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        info = path.stat()
        digest.update(f"{path.relative_to(package)}|{info.st_size}|{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


def load(target: Path):
    """The object pickled at `target`, or None when it is missing or unreadable."""
    try:
        with open(target, "rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own cache, see module docstring
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, IndexError):
        return None


def store(target: Path, value) -> None:
    """Pickle `value` to `target` atomically (a reader never sees half a file); errors are ignored."""
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
            temporary = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except OSError:
        if temporary:
            try:
                os.unlink(temporary)
            except OSError:
                pass
