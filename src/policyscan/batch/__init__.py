"""Batch: run many files through the pipeline — isolated workers, cache, resume, progress."""

from .cache import ResultCache, default_cache_dir
from .executor import Executor, InProcessExecutor, ProcessExecutor, make_executor
from .run import BatchOptions, run_batch

__all__ = [
    "BatchOptions",
    "Executor",
    "InProcessExecutor",
    "ProcessExecutor",
    "ResultCache",
    "default_cache_dir",
    "make_executor",
    "run_batch",
]
