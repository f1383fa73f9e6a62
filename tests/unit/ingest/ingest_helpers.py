"""Helpers for the ingest tests: read bytes through the reader registry as the pipeline would."""

from __future__ import annotations

import storyline.ingest  # noqa: F401  (registers every built-in reader)
from storyline.errors import StorylineError
from storyline.ingest.archive import dispatch
from storyline.ingest.base import InputUnit, RawDoc, ReadOptions, suffix_of

Results = list[RawDoc | StorylineError]


def read_all(name: str, data: bytes, options: ReadOptions | None = None) -> Results:
    """Every result of reading ``data`` as a file called ``name``."""
    unit = InputUnit(path=name, data=data, suffix=suffix_of(name))
    return list(dispatch(unit, options or ReadOptions()))


def docs(results: Results) -> list[RawDoc]:
    """Only the documents."""
    return [r for r in results if isinstance(r, RawDoc)]


def errors(results: Results) -> list[StorylineError]:
    """Only the errors."""
    return [r for r in results if isinstance(r, StorylineError)]

