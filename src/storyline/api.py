"""The Python API: everything the CLI, the web UI and user scripts do goes through these functions.

>>> from storyline import api
>>> summary = api.run(["samples/corpus"], store="demo.duckdb")      # doctest: +SKIP
>>> api.export("json", "out/demo.json", store="demo.duckdb")         # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storyline.engine import get_engine
from storyline.engine.pipeline import (
    ProgressFn,
    RunSummary,
    no_progress,
    run_article_stages,
    run_corpus_stages,
)
from storyline.engine.pipeline import (
    ingest as _ingest,
)
from storyline.engine.stages import article_stages, corpus_stages
from storyline.errors import E003_BAD_OPTION, StorylineError, UsageError
from storyline.export import ExportResult, get_exporter
from storyline.model import Article, ErrorRecord
from storyline.settings import DEFAULT_STORE, RunSettings
from storyline.store.db import Store

__all__ = ["Store", "articles", "export", "get_article", "ingest", "run", "status"]
from storyline.store.errors import E305_NO_ARTICLE, E306_AMBIGUOUS

FIELD_NAMES = ("text", "title", "url", "outlet", "published", "language", "author")


def parse_field_map(pairs: Sequence[str]) -> dict[str, str]:
    """`--field text=body` pairs to a mapping from our field names to the input's field names."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        ours, _, theirs = pair.partition("=")
        if ours.strip() not in FIELD_NAMES or not theirs.strip():
            raise UsageError(
                E003_BAD_OPTION, option="--field", value=pair,
                expected=f"write OURS=THEIRS with OURS one of {', '.join(FIELD_NAMES)}, e.g. --field text=body",
            )
        mapping[ours.strip()] = theirs.strip()
    return mapping


def _settings(store: Path | str | None, settings: RunSettings | None) -> RunSettings:
    base = settings or RunSettings()
    return base.with_overrides(store=Path(store) if store is not None else None)


def run(
    inputs: Sequence[str],
    store: Path | str | None = None,
    settings: RunSettings | None = None,
    progress: ProgressFn = no_progress,
    stdin: BinaryIO | None = None,
    force: bool = False,
    stages: bool = True,
    recluster: bool = False,
) -> RunSummary:
    """Ingest new input, then run every stage where needed (incremental; safe to interrupt and rerun)."""
    cfg = _settings(store, settings)
    db = Store(cfg.store, wait_seconds=cfg.lock_wait_seconds)
    engine = get_engine(cfg.engine, cfg.workers)
    summary = RunSummary()
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    run_id = uuid.uuid4().hex[:12]
    _ingest(db, engine, inputs, cfg, summary, progress, stdin, force)
    if stages:
        article_stage_list = article_stages(db, cfg.stages)
        run_article_stages(db, engine, article_stage_list, cfg, summary, progress)
        run_corpus_stages(db, corpus_stages(recluster=recluster), summary, progress)
    db.record_run(run_id, started, "ok" if summary.errors == 0 else "errors", summary.to_dict())
    return summary


def ingest(
    inputs: Sequence[str],
    store: Path | str | None = None,
    settings: RunSettings | None = None,
    progress: ProgressFn = no_progress,
    stdin: BinaryIO | None = None,
    force: bool = False,
) -> RunSummary:
    """Only read inputs into the store (no stages); `run` later processes what was ingested."""
    return run(inputs, store, settings, progress, stdin, force, stages=False)


@dataclass(frozen=True)
class StoreStatus:
    """What `storyline status` shows."""

    path: Path
    counts: dict[str, object]
    errors: list[ErrorRecord]
    last_run: dict[str, object] | None


def status(store: Path | str | None = None, wait_seconds: float = 60.0) -> StoreStatus:
    """Counts, the recorded errors and the last run of a store."""
    db = Store(Path(store) if store is not None else DEFAULT_STORE, wait_seconds=wait_seconds)
    return StoreStatus(db.path, db.counts(), list(db.iter_errors()), db.last_run())


def export(fmt: str, out: Path | str, store: Path | str | None = None, wait_seconds: float = 60.0) -> ExportResult:
    """Export the store in a registered format (json, jsonl, csv, parquet, ...)."""
    exporter = get_exporter(fmt)
    db = Store(Path(store) if store is not None else DEFAULT_STORE, wait_seconds=wait_seconds)
    db.counts()  # fails early with E304 when there is no store
    return exporter(db, Path(out))


def get_article(article_id: str, store: Path | str | None = None) -> Article:
    """One article by id or unique id prefix."""
    db = Store(Path(store) if store is not None else DEFAULT_STORE)
    matches = db.find_article_ids(article_id)
    if article_id in matches:
        matches = [article_id]
    if len(matches) > 1:
        raise StorylineError(E306_AMBIGUOUS, str(db.path), id=article_id, n=len(matches))
    if not matches:
        raise StorylineError(E305_NO_ARTICLE, str(db.path), id=article_id)
    return db.get_articles(matches)[0]


def articles(store: Path | str | None = None) -> list[Article]:
    """Every article of the store (for scripts over small corpora; large ones: use Store.iter_articles)."""
    return list(Store(Path(store) if store is not None else DEFAULT_STORE).iter_articles())
