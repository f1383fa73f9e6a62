"""Engines run stages: `local` (process pool) now, `dask` later, same stage code (DESIGN.md §5)."""

from storyline.engine import local  # noqa: F401  (registers the local engine)
from storyline.engine.base import Engine, Task, get_engine

__all__ = ["Engine", "Task", "get_engine"]
