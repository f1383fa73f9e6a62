"""The engine interface: run a picklable task over a stream of items, yielding results as they finish.

Stage code never sees workers or partitions (STYLE.md habit 5); an engine decides where a task runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from storyline.errors import E002_UNKNOWN_NAME, UsageError

T = TypeVar("T")
R = TypeVar("R")
T_contra = TypeVar("T_contra", contravariant=True)
R_co = TypeVar("R_co", covariant=True)


class Task(Protocol[T_contra, R_co]):
    """Work for one item; ``setup`` runs once per worker (model loading) before the first call."""

    def setup(self) -> None:
        """Load what the task needs in this process."""
        ...

    def __call__(self, item: T_contra, /) -> R_co:
        """Process one item; must not raise for bad input."""
        ...


class Engine(Protocol):
    """Runs tasks; results come back in completion order, memory bounded by the in-flight window."""

    name: str

    def map(self, task: Task[T, R], items: Iterable[T]) -> Iterator[R]:
        """Apply ``task`` to every item."""
        ...




_ENGINES: dict[str, Callable[[int], Engine]] = {}


def register_engine(name: str, factory: Callable[[int], Engine]) -> None:
    """Make an engine available by name (`--engine NAME`)."""
    _ENGINES[name] = factory


def get_engine(name: str, workers: int) -> Engine:
    """The engine called ``name``; an unknown name lists the known ones."""
    if name not in _ENGINES:
        raise UsageError(E002_UNKNOWN_NAME, kind="engine", name=name, known=", ".join(sorted(_ENGINES)))
    return _ENGINES[name](workers)
