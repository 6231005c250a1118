"""A content-hash cache of results, so re-scanning an unchanged folder is near-instant.

The key is the SHA-256 of the file's bytes plus everything that changes a result: the tool version, the
lexicon digest and the options. Location and storage rules: policyscan.cachedir.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, replace
from pathlib import Path

from .. import __version__, cachedir
from ..cachedir import code_signature, default_cache_dir
from ..models import DocumentResult
from ..options import ScanOptions

_FORMAT = 1


def _model_signature() -> str:
    """A digest of the result dataclasses' fields: a change to them makes old cache entries unreachable."""
    from dataclasses import fields

    from .. import models

    shapes = []
    for cls in (models.Block, models.Match, models.AnalysedUnit, models.DimensionResult, models.Verdict, models.DocumentResult, models.ScanError):
        shapes.append(cls.__name__ + ":" + ",".join(f"{f.name}={f.type}" for f in fields(cls)))
    return hashlib.sha256("|".join(shapes).encode()).hexdigest()[:12]


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
        self._salt = f"{_FORMAT}|{_model_signature()}|{code_signature()}|{__version__}|{lexicon_digest}|{sorted(settings.items())}".encode()
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
        cached = cachedir.load(self._file(key))
        if not isinstance(cached, DocumentResult):
            self.misses += 1
            return None
        self.hits += 1
        return replace(cached, path=str(path))

    def put(self, key: str | None, result: DocumentResult) -> None:
        # Errors that depend on the run (timeouts, crashes) are not cached; content errors are.
        if key is None or (result.error and result.error.code in ("timeout", "crashed", "internal", "unreadable")):
            return
        cachedir.store(self._file(key), result)
