"""Run a batch: discover files, skip what is already done (resume), answer from the cache, send the rest
to an executor, and yield each result as soon as it is ready."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..models import DocumentResult
from ..options import ScanOptions
from .cache import ResultCache
from .executor import Task, make_executor


@dataclass(frozen=True)
class BatchOptions:
    workers: int | None = None  # None: one per CPU (at most one per file); 0: in this process
    timeout: float = 120.0  # seconds per file
    memory_mb: int | None = 2048  # address-space limit per worker
    cache: bool = True
    cache_dir: str | None = None
    skip: frozenset[str] = frozenset()  # paths already done (resume)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def default_workers(files: int) -> int:
    return max(1, min(os.cpu_count() or 1, files))


def run_batch(
    files: Iterable[Path],
    options: ScanOptions,
    batch: BatchOptions,
    lexicon_digest: str,
    on_cached: Callable[[DocumentResult], None] | None = None,
) -> Iterator[DocumentResult]:
    """Yield one result per file (cached ones first, then in completion order)."""
    cache = ResultCache(Path(batch.cache_dir) if batch.cache_dir else None, lexicon_digest, options) if batch.cache else None
    tasks: list[Task] = []
    keys: dict[int, str | None] = {}
    for index, path in enumerate(files):
        if str(path) in batch.skip:
            continue
        key = cache.key(path) if cache else None
        cached = cache.get(path, key) if cache else None
        if cached is not None:
            if on_cached:
                on_cached(cached)
            yield cached
            continue
        keys[index] = key
        tasks.append(Task(index, str(path), options))
    if not tasks:
        return
    workers = batch.workers if batch.workers is not None else default_workers(len(tasks))
    if batch.workers is None and len(tasks) == 1 and not options.layout:
        workers = 0  # one file on the fast path: no worker start-up (the 1.5 s budget of a single scan)
    if workers > 1:
        # Largest files first, so the batch does not end waiting on one long document started last.
        # (One worker or none keeps the discovery order.)
        tasks.sort(key=lambda task: -_size(task.path))
    executor = make_executor(workers, batch.timeout, batch.memory_mb)
    for task, result in executor.run(tasks):
        if cache:
            cache.put(keys.get(task.index), result)
        yield result
