"""Progress: a rich bar on a terminal (files, pages, rate, ETA); a few plain lines otherwise (CI, pipes)."""

from __future__ import annotations

import os
import sys
import time

from ..models import DocumentResult


class Progress:
    def __init__(self, total: int, enabled: bool = True):
        self.total, self.done, self.pages, self.errors = total, 0, 0, 0
        self.started = time.monotonic()
        interactive = sys.stderr.isatty() and not os.environ.get("CI")
        self.enabled = enabled and total > 1
        self._bar = None
        self._every = max(1, total // 10)
        if self.enabled and interactive:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("[bold]scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[pages]} pages · {task.fields[rate]} files/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                transient=True,
            )
            self._task = self._bar.add_task("scan", total=total, pages=0, rate="–")
            self._bar.start()

    def advance(self, result: DocumentResult) -> None:
        self.done += 1
        self.pages += result.pages or 0
        self.errors += result.status == "error"
        rate = self.done / max(1e-6, time.monotonic() - self.started)
        if self._bar is not None:
            self._bar.update(self._task, advance=1, pages=self.pages, rate=f"{rate:.1f}")
        elif self.enabled and (self.done % self._every == 0 or self.done == self.total):
            print(f"policyscan: {self.done}/{self.total} files, {self.pages} pages, {self.errors} errors, {rate:.1f} files/s", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
