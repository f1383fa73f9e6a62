"""The local engine: every item processed once, in-process and on a pool, input consumed lazily."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from storyline.engine import get_engine
from storyline.engine.local import LocalEngine
from storyline.errors import UsageError


@dataclass
class Square:
    """A tiny picklable task."""

    ready: bool = False

    def setup(self) -> None:
        self.ready = True

    def __call__(self, item: int) -> int:
        assert self.ready, "setup must run before the first item"
        return item * item


@pytest.mark.parametrize("workers", [1, 2])
def test_every_item_is_processed_once(workers: int) -> None:
    results = sorted(LocalEngine(workers).map(Square(), range(50)))
    assert results == [i * i for i in range(50)]


def test_the_input_is_consumed_lazily() -> None:
    pulled: list[int] = []

    def source() -> Iterator[int]:
        for i in range(1000):
            pulled.append(i)
            yield i

    engine = LocalEngine(2, window_per_worker=2)
    stream = engine.map(Square(), source())
    next(stream)
    # Only the in-flight window (plus the one being replaced) has been read, not all 1,000 items.
    assert len(pulled) <= engine.window + 1
    stream.close()


def test_an_unknown_engine_lists_the_known_ones() -> None:
    with pytest.raises(UsageError) as info:
        get_engine("spark", 1)
    assert "local" in str(info.value)


@dataclass
class BlasThreads:
    """Reports the BLAS thread count its worker process runs with."""

    def setup(self) -> None:
        pass

    def __call__(self, item: int) -> int:
        import numpy  # noqa: F401  (the NER layers' BLAS)
        from threadpoolctl import threadpool_info

        return max((i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"), default=0)


def test_pool_workers_run_one_blas_thread_each() -> None:
    # One worker per core: a second BLAS thread in each would only fight the other workers for the cores.
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: OpenBLAS starts one thread anyway")
    assert set(LocalEngine(2).map(BlasThreads(), range(4))) == {1}
