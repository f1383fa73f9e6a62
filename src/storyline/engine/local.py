"""The local engine: a process pool over the items, or the calling process when one worker is asked for.

Memory stays bounded however long the input stream is: at most ``window`` items are in flight, and
the input iterator is consumed only as results come back (``Pool.imap`` would read it all first).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, TypeVar

from storyline.engine.base import Task, register_engine

T = TypeVar("T")
R = TypeVar("R")

_TASK: Any = None  # the task of this worker process, set once by the initializer


def _init_worker(task: Any) -> None:
    global _TASK
    _TASK = task
    limit_blas_threads()
    task.setup()


def limit_blas_threads() -> None:
    """One BLAS thread in this process: the pool runs one worker per core, and OpenBLAS would start one
    thread per core in each of them (the NER layers' matrix products), so they would fight for the cores."""
    import numpy  # noqa: F401  (loads OpenBLAS first: threadpoolctl limits only the libraries already loaded)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _call(item: Any) -> Any:
    return _TASK(item)


class LocalEngine:
    """Runs tasks on ``workers`` processes (forkserver, so no parent threads or locks are inherited)."""

    name = "local"

    def __init__(self, workers: int, window_per_worker: int = 4) -> None:
        self.workers = max(1, workers)
        self.window = self.workers * window_per_worker

    def map(self, task: Task[T, R], items: Iterable[T]) -> Iterator[R]:
        """Results in completion order (the stores' writes do not depend on order)."""
        if self.workers == 1:
            task.setup()
            for item in items:
                yield task(item)
            return
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker, initargs=(task,)) as pool:
            pending: deque[Future[Any]] = deque()
            source = iter(items)
            exhausted = False
            while True:
                while not exhausted and len(pending) < self.window:
                    try:
                        pending.append(pool.submit(_call, next(source)))
                    except StopIteration:
                        exhausted = True
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in [f for f in pending if f in done]:
                    pending.remove(future)
                    yield future.result()


register_engine("local", LocalEngine)
