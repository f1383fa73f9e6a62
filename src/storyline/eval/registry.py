"""Registry of evaluators for `storyline eval`: each stage adds its own, the command runs them all.

An evaluator returns :class:`MetricRow` values; a stage not built yet reports ``value=None`` so the
table shows "n/a" rather than 0. ``fast`` evaluators run in CI against pinned quality floors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class MetricRow:
    """One figure of the eval table."""

    task: str  # e.g. "boilerplate", "ner", "dates"
    dataset: str  # e.g. "sample", "germeval2014", "wikiwarsde"
    split: str  # "dev", "heldout", "test", ...
    metric: str  # e.g. "f1", "precision", "value_accuracy"
    value: float | None  # None = stage not built / not measurable ("n/a")
    n: int = 0  # items the figure is computed over
    anchor: str | None = None  # a published figure to set beside ours, with its source
    note: str | None = None


@dataclass(frozen=True)
class EvalContext:
    """Where evaluators find their inputs."""

    data_dir: Path  # ../shared/data
    samples_dir: Path  # samples/ (corpus + gold)
    store_path: Path | None = None  # a store built from samples/ (for stage outputs)
    fast: bool = False  # CI subset: smaller samples of the public sets
    options: dict[str, str] = field(default_factory=dict)


EvalFn = Callable[[EvalContext], list[MetricRow]]


@dataclass(frozen=True)
class Evaluator:
    """A registered evaluator."""

    name: str
    fn: EvalFn
    fast: bool  # part of the CI subset


_EVALUATORS: dict[str, Evaluator] = {}


def register(name: str, *, fast: bool = True) -> Callable[[EvalFn], EvalFn]:
    """Decorator: register an evaluator under ``name``."""

    def wrap(fn: EvalFn) -> EvalFn:
        _EVALUATORS[name] = Evaluator(name=name, fn=fn, fast=fast)
        return fn

    return wrap


def evaluators() -> dict[str, Evaluator]:
    """All registered evaluators by name."""
    return dict(_EVALUATORS)
