"""Report: one formatter module per output format, behind a small registry."""

from .registry import FORMATS, formatter_for
from .run import RunInfo, ScanReport

__all__ = ["FORMATS", "RunInfo", "ScanReport", "formatter_for"]
