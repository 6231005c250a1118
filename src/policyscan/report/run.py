"""What a report is made of: the results plus the facts that make a run reproducible."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from .. import __version__
from ..analyse.lexicon import LexiconSet
from ..models import DocumentResult
from ..options import ScanOptions

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class RunInfo:
    tool_version: str
    lexicon_version: str
    lexicon_digest: str
    lexicon_sources: tuple[str, ...]
    options: ScanOptions
    generated_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    @classmethod
    def create(cls, lexicons: LexiconSet, options: ScanOptions) -> RunInfo:
        return cls(__version__, lexicons.version, lexicons.digest, lexicons.sources, options)


@dataclass(frozen=True)
class ScanReport:
    run: RunInfo
    documents: tuple[DocumentResult, ...]
