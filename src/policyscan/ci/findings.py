"""Findings — what the CI formats show and what decides the exit code — and the result of a check."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .conditions import Hit, Policy

LEVELS = ("error", "warning", "note")


class ExitStatus:
    """The exit codes, documented in docs/ci.md. When several apply, the highest-ranked wins:
    USAGE (2) > UNREADABLE (3) > BREACHED (1) > OK (0)."""

    OK = 0
    BREACHED = 1
    USAGE = 2
    UNREADABLE = 3


def exit_status(*, breached: bool, unreadable: bool, exit_zero: bool = False) -> int:
    """3 when an input could not be read (the run is incomplete: a pass cannot be claimed, and the breaches
    found in the rest are still in the report), else 1 when a fail_on condition is breached (unless
    --exit-zero), else 0. Usage and configuration errors (2) stop the run before this is asked."""
    if unreadable:
        return ExitStatus.UNREADABLE
    if breached and not exit_zero:
        return ExitStatus.BREACHED
    return ExitStatus.OK


def display_path(path: str, cwd: Path | None = None) -> str:
    """A path as CI tools want it: relative to the working directory when inside it, with forward slashes."""
    return _display_path(path, str(cwd or os.getcwd()))


@lru_cache(maxsize=4096)
def _display_path(path: str, cwd_text: str) -> str:
    # Cached: a document's findings (thousands in a large corpus) share one path, and resolve() is a syscall each.
    cwd = Path(cwd_text)
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.resolve().relative_to(cwd.resolve())
        except (ValueError, OSError):
            return candidate.as_posix()
    normal = os.path.normpath(candidate.as_posix())
    return Path(normal).as_posix()


@dataclass(frozen=True)
class Suppression:
    kind: str  # "inline" (a marker in the draft) | "baseline" (the finding is in the baseline report)
    reason: str | None = None
    line: int | None = None  # the marker's line
    source: str | None = None  # the baseline file


@dataclass(frozen=True)
class Finding:
    rule: str  # base rule name, e.g. "missing-dimension" (stable: the SARIF ruleId)
    condition: str  # the condition as configured, e.g. "missing-dimension:courage_to_fail"
    level: str  # "error" (fail_on: fails the run), "warning" (warn_on) or "note"
    path: str  # the document as given
    message: str
    line: int | None = None
    end_line: int | None = None
    page: int | None = None
    text: str | None = None  # the evidence unit's sentence, when the finding is or points at one
    label: str | None = None
    terms: tuple[str, ...] = ()
    about_unit: bool = False  # the finding is the unit itself (hindering-unit, mixed-unit, diff units)
    detail: str = ""
    fingerprint: str = ""
    suppression: Suppression | None = None

    @property
    def active(self) -> bool:
        return self.suppression is None

    @property
    def failing(self) -> bool:
        return self.active and self.level == "error"

    @property
    def where(self) -> str:
        """"line 12", "lines 12–14", "page 3" or "" — for humans."""
        if self.line is not None:
            return f"line {self.line}" if not self.end_line or self.end_line == self.line else f"lines {self.line}–{self.end_line}"
        if self.page is not None:
            return f"page {self.page}"
        return ""


def finding_from_hit(hit: Hit, level: str, key_text: str, occurrence: int) -> Finding:
    unit = hit.unit
    digest = hashlib.sha256(f"{display_path(hit.path)}\0{hit.condition}\0{hit.detail}\0{key_text}\0{occurrence}".encode()).hexdigest()
    return Finding(
        rule=hit.rule,
        condition=hit.condition,
        level=level,
        path=hit.path,
        message=hit.message,
        line=unit.line if unit else None,
        end_line=unit.end_line if unit else None,
        page=unit.page if unit else hit.page,
        text=unit.text if unit else None,
        label=unit.label if unit else None,
        terms=unit.terms if unit else (),
        about_unit=hit.about_unit,
        detail=hit.detail,
        fingerprint=digest[:32],
    )


@dataclass(frozen=True)
class CheckResult:
    """Every finding of a run (suppressed ones included, marked), and what the run's exit code depends on."""

    policy: Policy
    findings: tuple[Finding, ...] = ()
    unreadable: tuple[str, ...] = ()  # paths of inputs that could not be read
    baseline: str | None = None  # the baseline file used
    documents: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)  # things to tell the user (stale baseline, …)

    @property
    def failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.failing)

    @property
    def active(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.active)

    @property
    def suppressed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.suppression and f.suppression.kind == "inline")

    @property
    def baselined(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.suppression and f.suppression.kind == "baseline")

    @property
    def breached(self) -> bool:
        return bool(self.failing)

    def for_path(self, path: str, *, active_only: bool = True) -> list[Finding]:
        return [f for f in self.findings if f.path == path and (f.active or not active_only)]

    def breached_conditions(self) -> list[str]:
        return list(dict.fromkeys(f.condition for f in self.failing))

    def exit_status(self, exit_zero: bool = False) -> int:
        return exit_status(breached=self.breached, unreadable=bool(self.unreadable), exit_zero=exit_zero)

    def summary(self) -> str:
        """One line for logs: "2 errors (hinders, digital-only), 3 warnings; 1 suppressed, 4 in baseline"."""
        active = self.active
        errors = [f for f in active if f.level == "error"]
        warnings = [f for f in active if f.level == "warning"]
        parts = []
        if errors:
            parts.append(f"{len(errors)} error{'s' * (len(errors) != 1)} ({', '.join(self.breached_conditions())})")
        if warnings:
            parts.append(f"{len(warnings)} warning{'s' * (len(warnings) != 1)}")
        text = ", ".join(parts) or "no findings"
        extra = []
        if self.suppressed:
            extra.append(f"{len(self.suppressed)} suppressed inline")
        if self.baselined:
            extra.append(f"{len(self.baselined)} in baseline")
        if self.unreadable:
            extra.append(f"{len(self.unreadable)} unreadable")
        return text + (f"; {', '.join(extra)}" if extra else "")


def count_by_level(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {level: 0 for level in LEVELS}
    for finding in findings:
        counts[finding.level] = counts.get(finding.level, 0) + 1
    return counts
