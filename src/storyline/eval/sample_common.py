"""Shared plumbing of the sample-corpus evaluators: loading gold and system output once, row helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import StorylineError
from storyline.eval.gold import Gold, GoldArticle, load_gold
from storyline.eval.metrics import PRF
from storyline.eval.registry import EvalContext, MetricRow
from storyline.eval.system import SystemOutput, load_export, load_store, match_to_gold
from storyline.model import Article

DATASET = "sample"
SPLITS = ("dev", "heldout")


@dataclass
class Loaded:
    """Gold and (when available) system output for one eval run, or the reason why not."""

    gold: Gold | None
    system: SystemOutput | None
    problem: str | None  # why gold or system output is missing

    def pairs(self, split: str) -> Iterator[tuple[GoldArticle, Article]]:
        """Matched (gold, system) article pairs of one split."""
        if self.gold is None or self.system is None:
            return
        for art in self.system.articles:
            gid = self.system.gold_of.get(art.id)
            if gid is not None and self.gold.articles[gid].split == split:
                yield self.gold.articles[gid], art


_CACHE: dict[tuple[str, str, str], Loaded] = {}


def load(ctx: EvalContext) -> Loaded:
    """Gold + system output for ``ctx`` (cached per samples dir, store and export path)."""
    export = ctx.options.get("export", "")
    key = (str(ctx.samples_dir), str(ctx.store_path or ""), export)
    if key not in _CACHE:
        _CACHE[key] = _load(ctx.samples_dir, ctx.store_path, Path(export) if export else None)
    return _CACHE[key]


def clear_cache() -> None:
    """Forget loaded gold/system outputs (tests, or a rerun after the store changed)."""
    _CACHE.clear()


def _load(samples_dir: Path, store_path: Path | None, export: Path | None) -> Loaded:
    try:
        gold = load_gold(samples_dir)
    except StorylineError as err:
        return Loaded(None, None, str(err))
    if export is not None:
        source = export
        loader: Callable[[Path], SystemOutput] = load_export
    elif store_path is not None and store_path.exists():
        source, loader = store_path, load_store
    else:
        where = store_path or "no store given"
        return Loaded(gold, None, f"no store ({where}): run `storyline run samples/corpus` first")
    try:
        system = loader(source)
    except StorylineError as err:
        return Loaded(gold, None, str(err))
    match_to_gold(system, gold)
    return Loaded(gold, system, None)


def row(task: str, split: str, metric: str, value: float | None, n: int = 0, note: str | None = None) -> MetricRow:
    """A sample-corpus MetricRow."""
    return MetricRow(task=task, dataset=DATASET, split=split, metric=metric, value=value, n=n, note=note)


def na_rows(task: str, metrics: tuple[str, ...], note: str) -> list[MetricRow]:
    """n/a rows for every split and metric of a task."""
    return [row(task, split, m, None, note=note) for split in SPLITS for m in metrics]


def prf_rows(task: str, split: str, result: PRF, n: int, prefix: str = "", note: str | None = None) -> list[MetricRow]:
    """precision/recall/f1 rows from a PRF."""
    return [
        row(task, split, f"{prefix}precision", result.precision, n, note),
        row(task, split, f"{prefix}recall", result.recall, n, note),
        row(task, split, f"{prefix}f1", result.f1, n, note),
    ]


def gate(ctx: EvalContext, task: str, metrics: tuple[str, ...], ran: Callable[[SystemOutput], bool], stage: str) -> (
    tuple[Loaded, list[MetricRow]]
):
    """Loaded data, plus n/a rows when gold/system are missing or ``stage`` produced nothing."""
    loaded = load(ctx)
    if loaded.system is None:
        return loaded, na_rows(task, metrics, loaded.problem or "no system output")
    if not ran(loaded.system):
        return loaded, na_rows(task, metrics, f"{stage} output absent from the store")
    return loaded, []
