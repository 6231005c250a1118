"""What a report is made of: the results plus the facts that make a run reproducible."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .. import __version__
from ..analyse.lexicon import LexiconSet
from ..models import DocumentResult
from ..options import ScanOptions

if TYPE_CHECKING:
    from ..ci.findings import CheckResult

SCHEMA_VERSION = "1.1"


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
    checks: CheckResult | None = None  # findings per the fail_on/warn_on policy (ci.check); None = not checked

    def checked(self) -> CheckResult:
        """The run's check result, or the default policy's (warn on hindering and mixed units) when the
        report was made without one (e.g. from the Python API)."""
        if self.checks is not None:
            return self.checks
        from ..ci.check import check

        return check(self.documents)
