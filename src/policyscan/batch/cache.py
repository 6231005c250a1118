"""A content-hash cache of results, so re-scanning an unchanged folder is near-instant.

The key is the SHA-256 of the file's bytes plus everything that changes a result: the tool version, the
lexicon digest and the options. The location is $POLICYSCAN_CACHE_DIR, else $XDG_CACHE_HOME/policyscan,
else ~/.cache/policyscan. Entries are pickles written by this user's own runs (never load a cache folder
you did not create); a damaged entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import asdict, replace
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..models import DocumentResult
from ..options import ScanOptions

_FORMAT = 1


@lru_cache(maxsize=1)
def _code_signature() -> str:
    """A digest of policyscan's own source files (name, size, modification time): a changed engine never
    answers from an old engine's cache. Stat-based, so it costs a millisecond, not a read of every file."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        info = path.stat()
        digest.update(f"{path.relative_to(package)}|{info.st_size}|{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


def _model_signature() -> str:
    """A digest of the result dataclasses' fields: a change to them makes old cache entries unreachable."""
    from dataclasses import fields

    from .. import models

    shapes = []
    for cls in (models.Block, models.Match, models.AnalysedUnit, models.DimensionResult, models.Verdict, models.DocumentResult, models.ScanError):
        shapes.append(cls.__name__ + ":" + ",".join(f"{f.name}={f.type}" for f in fields(cls)))
    return hashlib.sha256("|".join(shapes).encode()).hexdigest()[:12]


def default_cache_dir() -> Path:
    explicit = os.environ.get("POLICYSCAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "policyscan"


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ResultCache:
    def __init__(self, directory: Path | None = None, lexicon_digest: str = "", options: ScanOptions | None = None):
        self.directory = Path(directory) if directory else default_cache_dir()
        settings = asdict(options or ScanOptions())
        settings.pop("password", None)  # never part of a file name or key material on disk
        self._salt = f"{_FORMAT}|{_model_signature()}|{_code_signature()}|{__version__}|{lexicon_digest}|{sorted(settings.items())}".encode()
        self.hits = 0
        self.misses = 0

    def key(self, path: Path) -> str | None:
        try:
            content = file_digest(path)
        except OSError:
            return None
        return hashlib.sha256(self._salt + content.encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, path: Path, key: str | None) -> DocumentResult | None:
        if key is None:
            return None
        try:
            with open(self._file(key), "rb") as handle:
                cached = pickle.load(handle)  # noqa: S301 - our own cache, see module docstring
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            self.misses += 1
            return None
        if not isinstance(cached, DocumentResult):
            self.misses += 1
            return None
        self.hits += 1
        return replace(cached, path=str(path))

    def put(self, key: str | None, result: DocumentResult) -> None:
        # Errors that depend on the run (timeouts, crashes) are not cached; content errors are.
        if key is None or (result.error and result.error.code in ("timeout", "crashed", "internal", "unreadable")):
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".tmp") as handle:
                pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, target)
        except OSError:
            pass  # a read-only or full cache never fails a scan
