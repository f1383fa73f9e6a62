"""The job of `storyline run`: ingest new input, run per-article stages where needed, then corpus stages.

Each phase is resumable: ingest skips inputs already done (same size and mtime) and writes whole
units per transaction; per-article stages run only where the store records an older stage version;
corpus stages recompute their records from the store. A run killed at any point is finished by the
next one, without duplicates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from storyline.engine.base import Engine
from storyline.engine.stage import ArticleStage, check_order
from storyline.engine.stages import CorpusStage
from storyline.errors import E004_INTERNAL, StorylineError
from storyline.ingest.base import ReadOptions
from storyline.ingest.discover import UnitRef, discover
from storyline.ingest.unit import read_unit
from storyline.model import Article, ErrorRecord
from storyline.settings import RunSettings
from storyline.store.db import Store, UnitResult

# Per-article stage work is sent to workers in chunks: big enough to amortise pickling, small
# enough that a kill loses little and progress moves smoothly.
STAGE_CHUNK = 32


@dataclass
class Progress:
    """A progress report: which phase, how far, and the running counts."""

    phase: str  # "ingest", "stages", "corpus"
    done: int
    total: int | None
    articles: int = 0
    errors: int = 0
    detail: str = ""


ProgressFn = Callable[[Progress], None]


@dataclass
class RunSummary:
    """What one run did; printed by the CLI and stored with the run."""

    inputs_seen: int = 0
    inputs_read: int = 0
    inputs_unchanged: int = 0
    articles: int = 0
    errors: int = 0
    errors_by_code: dict[str, int] = field(default_factory=dict)
    stage_articles: int = 0
    stage_errors: int = 0
    corpus: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


@dataclass
class IngestTask:
    """Worker task: read one unit."""

    options: ReadOptions

    def setup(self) -> None:
        """Register the built-in readers in this process."""
        import storyline.ingest  # noqa: F401  (registers readers)

    def __call__(self, ref: UnitRef) -> UnitResult:
        """Read the unit."""
        return read_unit(ref, self.options)


@dataclass
class StageOutcome:
    """One article after the stages: the versions that ran and the errors they raised."""

    article: Article
    versions: dict[str, str]
    errors: list[ErrorRecord]


@dataclass
class StagesTask:
    """Worker task: run the per-article stages, in order, over a chunk of articles."""

    stages: list[ArticleStage]

    def setup(self) -> None:
        """Let stages load their models once per process."""
        for stage in self.stages:
            setup = getattr(stage, "setup", None)
            if callable(setup):
                setup()

    def __call__(self, chunk: list[Article]) -> list[StageOutcome]:
        """Run every stage on every article, stage by stage; a failing stage is recorded and the rest go on.

        A stage with a ``run_many`` (the entity recogniser, which batches its model) gets the whole chunk at
        once; if that raises, the chunk runs through ``run`` one article at a time, so only the article that
        fails is recorded (the result is the same either way: stages are pure per article).
        """
        articles = list(chunk)
        versions: list[dict[str, str]] = [{} for _ in articles]
        errors: list[list[ErrorRecord]] = [[] for _ in articles]
        for stage in self.stages:
            many = getattr(stage, "run_many", None)
            if callable(many) and len(articles) > 1:
                try:
                    done = list(many(articles))
                except Exception:  # one odd article in the chunk: found below, one by one
                    done = []
                if len(done) == len(articles):
                    articles = done
                    for seen in versions:
                        seen[stage.name] = stage.version
                    continue
            for i, article in enumerate(articles):
                try:
                    articles[i] = stage.run(article)
                    versions[i][stage.name] = stage.version
                except Exception as exc:  # one odd article never stops a run (STYLE.md habit 7)
                    err = StorylineError(
                        E004_INTERNAL, article.path, article.position, stage=stage.name, detail=f"{type(exc).__name__}: {exc}"[:300]
                    )
                    errors[i].append(err.to_record(stage=stage.name))
        return [StageOutcome(a, v, e) for a, v, e in zip(articles, versions, errors, strict=True)]


def no_progress(_: Progress) -> None:
    """The default progress callback: report nothing."""


def ingest(
    store: Store,
    engine: Engine,
    inputs: Sequence[str],
    settings: RunSettings,
    summary: RunSummary,
    progress: ProgressFn = no_progress,
    stdin: BinaryIO | None = None,
    force: bool = False,
) -> None:
    """Read every new or changed input into the store, a batch of whole units per transaction."""
    started = time.perf_counter()
    done = {} if force else store.done_inputs()
    refs: Iterable[UnitRef] = discover(inputs, stdin)
    total: int | None = None
    if "-" not in inputs:
        refs = list(refs)
        total = len(refs)
    options = ReadOptions(field_map=settings.field_map, max_file_bytes=settings.max_file_bytes)
    batch: list[UnitResult] = []
    batch_articles = 0
    for result in engine.map(IngestTask(options), _new_units(refs, done, summary)):
        summary.inputs_read += 1
        summary.articles += len(result.articles)
        summary.errors += len(result.errors)
        for err in result.errors:
            summary.errors_by_code[err.code] = summary.errors_by_code.get(err.code, 0) + 1
        batch.append(result)
        batch_articles += len(result.articles)
        if batch_articles >= settings.batch_size or len(batch) >= settings.batch_size:
            store.write_units(batch)
            batch, batch_articles = [], 0
        progress(Progress("ingest", summary.inputs_read + summary.inputs_unchanged, total, summary.articles, summary.errors))
    store.write_units(batch)
    summary.seconds["ingest"] = round(time.perf_counter() - started, 3)


def _new_units(refs: Iterable[UnitRef], done: dict[str, tuple[int | None, float | None]], summary: RunSummary) -> Iterator[UnitRef]:
    """Units not ingested before, or changed since (size or mtime differ); counts the rest."""
    for ref in refs:
        summary.inputs_seen += 1
        if ref.error is None and ref.unit in done and done[ref.unit] == (ref.size, ref.mtime):
            summary.inputs_unchanged += 1
            continue
        yield ref


def run_article_stages(
    store: Store,
    engine: Engine,
    stages: list[ArticleStage],
    settings: RunSettings,
    summary: RunSummary,
    progress: ProgressFn = no_progress,
) -> None:
    """Run the per-article stages on every article whose stored stage versions are not current."""
    if not stages:
        return
    started = time.perf_counter()
    check_order(stages)
    versions = {s.name: s.version for s in stages}
    pending = store.pending_article_ids(versions)
    chunks = [pending[i : i + STAGE_CHUNK] for i in range(0, len(pending), STAGE_CHUNK)]
    buffer: list[tuple[Article, dict[str, str]]] = []
    errors: list[ErrorRecord] = []
    done = 0
    for outcomes in engine.map(StagesTask(stages), (store.get_articles(ids) for ids in chunks)):
        for outcome in outcomes:
            buffer.append((outcome.article, outcome.versions))
            errors.extend(outcome.errors)
        done += len(outcomes)
        if len(buffer) >= settings.batch_size:
            store.write_stage_results(buffer)
            store.record_stage_errors(errors)
            buffer, errors = [], []
        progress(Progress("stages", done, len(pending), done, summary.stage_errors + len(errors)))
        summary.stage_articles = done
    summary.stage_errors += len(errors)
    store.write_stage_results(buffer)
    store.record_stage_errors(errors)
    summary.seconds["stages"] = round(time.perf_counter() - started, 3)


def run_corpus_stages(
    store: Store, stages: list[CorpusStage], summary: RunSummary, progress: ProgressFn = no_progress
) -> None:
    """Run the corpus stages in order; each reads the store and replaces its own records."""
    started = time.perf_counter()
    for i, stage in enumerate(stages):
        progress(Progress("corpus", i, len(stages), detail=stage.name))
        counts = stage.run(store)
        for key, value in counts.items():
            summary.corpus[f"{stage.name}.{key}"] = value
    progress(Progress("corpus", len(stages), len(stages), detail="done"))
    summary.seconds["corpus"] = round(time.perf_counter() - started, 3)
