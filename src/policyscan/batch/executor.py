"""Executors turn (path, options) tasks into DocumentResults. Results are plain picklable data and a worker
needs nothing but the file and the options, so another executor (e.g. Dask distributed) can be plugged in.

ProcessExecutor keeps N long-lived worker processes. Each file runs in one of them with a wall-clock limit
and a memory limit (RLIMIT_AS); a worker that hangs, crashes (pdfium can abort the process) or exceeds its
memory is killed and replaced, and only that file is reported as an error. Ctrl-C stops the workers; results
already yielded are kept by the caller.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Protocol

from ..models import DocumentResult, ScanError
from ..options import ScanOptions


@dataclass(frozen=True)
class Task:
    index: int
    path: str
    options: ScanOptions


class Executor(Protocol):
    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, DocumentResult]]: ...


class InProcessExecutor:
    """Runs files one after another in this process: no start-up cost, no isolation."""

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, DocumentResult]]:
        from ..api import lexicons_for, scan_file

        lexicons = None
        for task in tasks:
            lexicons = lexicons or lexicons_for(task.options)
            yield task, scan_file(task.path, task.options, lexicons)


def _limit_memory(megabytes: int | None) -> None:
    if not megabytes:
        return
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform
        pass


def _long_lived() -> tuple[int, int]:
    """How many spaCy pipelines and compiled lexicons this process holds."""
    from ..analyse.matcher import compiled_count
    from ..analyse.nlp import pipeline

    return pipeline.cache_info().currsize, compiled_count()


def _worker_main(connection: Connection, memory_mb: int | None) -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # OCR/BLAS oversubscription costs 8× on small machines
    _limit_memory(memory_mb)
    from ..analyse.nlp import import_spacy
    from ..api import lexicons_for, scan_file

    # spaCy's import is the start-up every file needs (done before any file's time limit starts, and by the
    # forkserver already, see preload.py); a language's pipeline and compiled lexicon are built on its first file.
    import_spacy()
    # What start-up loaded lives as long as the worker: the cyclic garbage collector need never walk it again.
    # Its full collections over those objects (and the lexicons below) were ~20% of a large batch's analysis.
    gc.freeze()
    long_lived = _long_lived()
    try:
        connection.send("ready")
    except (BrokenPipeError, OSError):
        return
    lexicons = {}
    while True:
        try:
            task = connection.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        try:
            key = (task.options.lexicons, task.options.default_lexicons)
            if key not in lexicons:
                lexicons[key] = lexicons_for(task.options)
            result = scan_file(task.path, task.options, lexicons[key])
        except MemoryError:
            result = DocumentResult(path=task.path, status="error", error=ScanError("too_large", "The file needs more memory than the limit allows.", "Raise --max-memory if you trust the file."))
        except KeyboardInterrupt:
            return
        try:
            connection.send(result)
        except (BrokenPipeError, OSError):
            return
        if _long_lived() != long_lived:
            # The file built a pipeline or a lexicon (its language's first file): freeze those too, once the
            # file's own objects are gone.
            gc.collect()
            gc.freeze()
            long_lived = _long_lived()


class _Worker:
    def __init__(self, context, memory_mb: int | None):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0
        self.ready = False

    def submit(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.connection.send(task)

    def elapsed(self) -> float:
        """Time spent on the current file; start-up before the worker was ready does not count."""
        return time.monotonic() - self.started if self.ready else 0.0

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.connection.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.process.join(timeout=0 if kill else 2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.connection.close()


def _error(task: Task, code: str, message: str, hint: str | None = None) -> DocumentResult:
    return DocumentResult(path=task.path, status="error", format=os.path.splitext(task.path)[1].lstrip(".").lower() or None, error=ScanError(code, message, hint))


class ProcessExecutor:
    def __init__(self, workers: int = 2, timeout: float = 120.0, memory_mb: int | None = 2048, start_method: str | None = None):
        self.workers = max(1, workers)
        self.timeout = timeout
        self.memory_mb = memory_mb
        methods = multiprocessing.get_all_start_methods()
        self.start_method = start_method or ("forkserver" if "forkserver" in methods else "spawn")

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, DocumentResult]]:
        context = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            context.set_forkserver_preload([f"{__package__}.preload"])
        pending = deque(tasks)
        pool = [_Worker(context, self.memory_mb) for _ in range(min(self.workers, len(pending)) or 1)]
        try:
            for worker in pool:
                if pending:
                    worker.submit(pending.popleft())
            while any(w.task for w in pool):
                busy = [w for w in pool if w.task]
                waitables = [w.connection for w in busy] + [w.process.sentinel for w in busy]
                remaining = min((self.timeout - w.elapsed() for w in busy if w.ready), default=self.timeout)
                ready = wait(waitables, timeout=max(0.05, remaining))
                for index, worker in enumerate(pool):
                    if not worker.task:
                        continue
                    task = worker.task
                    result: DocumentResult | None = None
                    replace = False
                    if worker.connection in ready:
                        try:
                            message = worker.connection.recv()
                        except (EOFError, OSError):
                            message = None
                        if message == "ready":
                            worker.ready, worker.started = True, time.monotonic()
                            continue
                        result = message
                    if result is None and (worker.process.sentinel in ready or not worker.process.is_alive()):
                        code = worker.process.exitcode
                        result = _error(task, "crashed", f"Reading the file made policyscan's worker stop (exit code {code}).", "The file may be damaged or too complex; try opening and saving it again.")
                        replace = True
                    elif result is None and worker.elapsed() > self.timeout:
                        result = _error(task, "timeout", f"Reading the file took longer than {self.timeout:g} s.", "Raise --timeout if the file is very large.")
                        replace = True
                    if result is None:
                        continue
                    worker.task = None
                    if replace:
                        worker.stop(kill=True)
                        worker = pool[index] = _Worker(context, self.memory_mb)
                    yield task, result
                    if pending:
                        worker.submit(pending.popleft())
        finally:
            for worker in pool:
                worker.stop(kill=bool(worker.task))


def make_executor(workers: int, timeout: float, memory_mb: int | None) -> Executor:
    """workers == 0: in this process; otherwise isolated worker processes."""
    if workers == 0:
        return InProcessExecutor()
    return ProcessExecutor(workers=workers, timeout=timeout, memory_mb=memory_mb)
