"""The embedded DuckDB store: short transactions, content-hash keys, safe to rerun and to read while a run writes.

Concurrency, as DuckDB allows it: one process holds the file at a time. A run therefore opens the
store for each batch transaction and closes it again, so ``storyline export``/``status``/``serve`` can
get in between batches; whoever finds the file locked retries until ``wait_seconds`` pass, then fails
with E301 naming the holder. Nothing is ever half-written: a batch (articles, their errors and the
input's done-marker) commits or rolls back as one, so a killed run resumes without duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa
from pydantic import BaseModel

from storyline.errors import StorylineError
from storyline.model import Article, ErrorRecord
from storyline.store.errors import E301_LOCKED, E302_NEWER_SCHEMA, E303_NOT_A_STORE, E304_NO_STORE
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION

M = TypeVar("M", bound=BaseModel)


@dataclass
class UnitResult:
    """What reading one input unit produced: its articles and errors, and the file's identity."""

    unit: str
    size: int | None = None
    mtime: float | None = None
    articles: list[Article] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


def published_utc(value: dt.datetime | None) -> dt.datetime | None:
    """A naive UTC timestamp for ordering (aware values converted, naive ones taken as they are)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() and ("Conflicting" in text or "Could not set lock" in text)


def _article_table(articles: dict[str, tuple[str, Article]], now: dt.datetime) -> pa.Table:
    """The ``articles`` rows of a batch as an Arrow table (DuckDB inserts it in one statement)."""
    values = list(articles.values())
    return pa.table({
        "id": list(articles),
        "unit": [unit for unit, _ in values],
        "path": [a.path for _, a in values],
        "position": pa.array([a.position for _, a in values], pa.string()),
        "url": pa.array([a.url for _, a in values], pa.string()),
        "outlet": pa.array([a.outlet for _, a in values], pa.string()),
        "title": pa.array([a.title for _, a in values], pa.string()),
        "published_utc": pa.array([published_utc(a.published) for _, a in values], pa.timestamp("us")),
        "language": pa.array([a.language for _, a in values], pa.string()),
        "input_format": pa.array([a.input_format for _, a in values], pa.string()),
        "record": [a.model_dump_json() for _, a in values],
        "ingested_at": pa.array([now] * len(values), pa.timestamp("us")),
    })


class Store:
    """A storyline store at ``path``; every method opens and closes its own connection."""

    def __init__(self, path: Path | str, wait_seconds: float = 60.0) -> None:
        self.path = Path(path)
        self.wait_seconds = wait_seconds
        self._migrated = False

    # -- connections ---------------------------------------------------------------------------

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection, retried while another process holds the file; migrates on first write."""
        if read_only and not self.path.exists():
            raise StorylineError(E304_NO_STORE, str(self.path))
        con = self._open(read_only)
        try:
            if not read_only and not self._migrated:
                self._migrate(con)
            elif read_only:
                self._check_version(con)
            yield con
        finally:
            con.close()

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.wait_seconds
        delay = 0.05
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as exc:
                if not _is_lock_error(exc):
                    raise StorylineError(E303_NOT_A_STORE, str(self.path), detail=str(exc)[:200]) from None
                if time.monotonic() >= deadline:
                    holder = str(exc).split("(PID", 1)[-1].split(")")[0].strip()
                    raise StorylineError(
                        E301_LOCKED, str(self.path), detail=f"PID {holder}", seconds=self.wait_seconds
                    ) from None
                time.sleep(delay)
                delay = min(delay * 1.5, 0.5)
            except duckdb.Error as exc:
                raise StorylineError(E303_NOT_A_STORE, str(self.path), detail=str(exc)[:200]) from None

    def _stored_version(self, con: duckdb.DuckDBPyConnection) -> int:
        has_meta = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchall()
        if has_meta[0][0] == 0:
            return 0
        rows = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        return int(rows[0][0]) if rows else 0

    def _check_version(self, con: duckdb.DuckDBPyConnection) -> None:
        found = self._stored_version(con)
        if found > SCHEMA_VERSION:
            raise StorylineError(E302_NEWER_SCHEMA, str(self.path), found=found, known=SCHEMA_VERSION)

    def _migrate(self, con: duckdb.DuckDBPyConnection) -> None:
        found = self._stored_version(con)
        if found > SCHEMA_VERSION:
            raise StorylineError(E302_NEWER_SCHEMA, str(self.path), found=found, known=SCHEMA_VERSION)
        if found < SCHEMA_VERSION:
            con.execute("BEGIN TRANSACTION")
            for statements in MIGRATIONS[found:]:
                for statement in statements:
                    con.execute(statement)
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            con.execute("COMMIT")
        self._migrated = True

    # -- ingest ----------------------------------------------------------------------------------

    def done_inputs(self) -> dict[str, tuple[int | None, float | None]]:
        """Inputs fully ingested before: unit -> (size, mtime), to skip unchanged files on reruns."""
        if not self.path.exists():
            return {}
        with self.connect() as con:
            rows = con.execute("SELECT unit, size, mtime FROM inputs").fetchall()
        return {unit: (size, mtime) for unit, size, mtime in rows}

    def write_units(self, results: Sequence[UnitResult]) -> None:
        """Store the articles and errors of whole units and mark the units done, in one transaction.

        Set-based: one statement per table for the whole batch (per-unit statements cost ~30 ms each).
        """
        if not results:
            return
        now = _now()
        # Two files may hold the same article (same text and source): keep one row per id.
        articles: dict[str, tuple[str, Article]] = {}
        for result in results:
            for article in result.articles:
                articles[article.id] = (result.unit, article)
        units = pa.table({
            "unit": [r.unit for r in results],
            "size": pa.array([r.size for r in results], pa.int64()),
            "mtime": pa.array([r.mtime for r in results], pa.float64()),
            "articles": pa.array([len(r.articles) for r in results], pa.int32()),
            "errors": pa.array([len(r.errors) for r in results], pa.int32()),
            "done_at": pa.array([now] * len(results), pa.timestamp("us")),
        })
        errors = {e.id: (r.unit, e) for r in results for e in r.errors}
        error_table = pa.table({
            "id": list(errors),
            "unit": [u for u, _ in errors.values()],
            "code": [e.code for _, e in errors.values()],
            "path": [e.path for _, e in errors.values()],
            "position": pa.array([e.position for _, e in errors.values()], pa.string()),
            "message": [e.message for _, e in errors.values()],
            "hint": [e.hint for _, e in errors.values()],
            "stage": [e.stage for _, e in errors.values()],
            "recorded_at": pa.array([now] * len(errors), pa.timestamp("us")),
        })
        with self.connect() as con:
            con.register("batch_units", units)
            con.register("incoming", _article_table(articles, now))
            con.register("incoming_errors", error_table)
            con.execute("BEGIN TRANSACTION")
            try:
                # Articles these units produced before but no longer do (the file changed) go away,
                # and re-ingested articles start their stages afresh.
                con.execute("""CREATE TEMP TABLE gone AS SELECT id FROM articles
                               WHERE unit IN (SELECT unit FROM batch_units)
                               AND id NOT IN (SELECT id FROM incoming)""")
                con.execute("""DELETE FROM stage_state WHERE article_id IN (SELECT id FROM gone)
                               OR article_id IN (SELECT id FROM incoming)""")
                con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM gone)")
                con.execute("DROP TABLE gone")
                con.execute("INSERT OR REPLACE INTO articles SELECT * FROM incoming")
                con.execute("""DELETE FROM errors WHERE stage = 'ingest'
                               AND unit IN (SELECT unit FROM batch_units)""")
                con.execute("INSERT OR REPLACE INTO errors SELECT * FROM incoming_errors")
                con.execute("INSERT OR REPLACE INTO inputs SELECT * FROM batch_units")
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    # -- stages ------------------------------------------------------------------------------------

    def pending_article_ids(self, stage_versions: dict[str, str]) -> list[str]:
        """Ids of articles for which some stage has not run at its current version."""
        if not stage_versions or not self.path.exists():
            return []
        wanted = pa.table({"stage": list(stage_versions), "version": list(stage_versions.values())})
        with self.connect() as con:
            con.register("wanted", wanted)
            rows = con.execute(
                """SELECT a.id FROM articles a, wanted w
                   WHERE NOT EXISTS (SELECT 1 FROM stage_state s WHERE s.article_id = a.id
                                     AND s.stage = w.stage AND s.version = w.version)
                   GROUP BY a.id ORDER BY a.id"""
            ).fetchall()
        return [row[0] for row in rows]

    def write_stage_results(self, results: Sequence[tuple[Article, dict[str, str]]]) -> None:
        """Replace the records of processed articles and record which stage versions ran on each."""
        if not results:
            return
        now = _now()
        articles = [a for a, _ in results]
        updates = pa.table(
            {
                "id": [a.id for a in articles],
                "title": [a.title for a in articles],
                "language": [a.language for a in articles],
                "record": [a.model_dump_json() for a in articles],
            }
        )
        state_rows = [(a.id, stage, version) for a, versions in results for stage, version in versions.items()]
        states = pa.table(
            {
                "article_id": [r[0] for r in state_rows],
                "stage": [r[1] for r in state_rows],
                "version": [r[2] for r in state_rows],
                "done_at": pa.array([now] * len(state_rows), pa.timestamp("us")),
            }
        )
        with self.connect() as con:
            con.register("updates", updates)
            con.register("states", states)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(
                    """UPDATE articles SET record = u.record, title = u.title, language = u.language
                       FROM updates u WHERE articles.id = u.id"""
                )
                con.execute("INSERT OR REPLACE INTO stage_state SELECT * FROM states")
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    def record_stage_errors(self, errors: Iterable[ErrorRecord]) -> None:
        """Store errors raised by stages (keyed by stable id, so reruns do not duplicate them)."""
        now = _now()
        rows = [[e.id, None, e.code, e.path, e.position, e.message, e.hint, e.stage, now] for e in errors]
        if not rows:
            return
        with self.connect() as con:
            con.executemany("INSERT OR REPLACE INTO errors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- corpus records ----------------------------------------------------------------------------

    def replace_corpus_records(self, kind: str, records: Sequence[BaseModel], version: str) -> None:
        """Replace every record of one kind (duplicate, event, ...) in one transaction."""
        table = pa.table(
            {
                "kind": [kind] * len(records),
                "id": [str(getattr(r, "id", None) or i) for i, r in enumerate(records)],
                "version": [version] * len(records),
                "record": [r.model_dump_json() for r in records],
            }
        )
        with self.connect() as con:
            con.register("incoming", table)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("DELETE FROM corpus_records WHERE kind = ?", [kind])
                con.execute("INSERT INTO corpus_records SELECT * FROM incoming")
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    def iter_corpus_records(self, kind: str, model: type[M]) -> Iterator[M]:
        """Every stored record of one kind, parsed into ``model``."""
        with self.connect(read_only=True) as con:
            rows = con.execute(
                "SELECT record FROM corpus_records WHERE kind = ? ORDER BY id", [kind]
            ).fetchall()
        for (record,) in rows:
            yield model.model_validate_json(record)

    # -- reading -----------------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        """Every article id, sorted."""
        with self.connect(read_only=True) as con:
            return [row[0] for row in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """The articles with these ids (in the given order; unknown ids are skipped)."""
        if not ids:
            return []
        with self.connect(read_only=True) as con:
            rows = con.execute(
                "SELECT id, record FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]
            ).fetchall()
        by_id = {row[0]: row[1] for row in rows}
        return [Article.model_validate_json(by_id[i]) for i in ids if i in by_id]

    def find_article_ids(self, prefix: str) -> list[str]:
        """Ids starting with ``prefix`` (users type short prefixes)."""
        with self.connect(read_only=True) as con:
            rows = con.execute(
                "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 20", [prefix]
            ).fetchall()
        return [row[0] for row in rows]

    def iter_articles(self, page_size: int = 500) -> Iterator[Article]:
        """Every article in id order, read page by page so memory stays bounded."""
        if not self.path.exists():
            return
        ids = self.article_ids()
        for start in range(0, len(ids), page_size):
            yield from self.get_articles(ids[start : start + page_size])

    def iter_outlet_texts(self, batch_rows: int = 2000) -> Iterator[tuple[str | None, str]]:
        """(outlet, raw text) of every article, streamed (for corpus-level statistics such as templates)."""
        if not self.path.exists():
            return
        with self.connect(read_only=True) as con:
            cursor = con.execute("SELECT outlet, record->>'raw_text' FROM articles ORDER BY id")
            while rows := cursor.fetchmany(batch_rows):
                for outlet, text in rows:
                    yield outlet, text or ""

    def iter_errors(self) -> Iterator[ErrorRecord]:
        """Every recorded error, by path and position."""
        if not self.path.exists():
            return
        with self.connect(read_only=True) as con:
            rows = con.execute(
                "SELECT id, code, path, position, message, hint, stage FROM errors ORDER BY path, position, code"
            ).fetchall()
        for row in rows:
            yield ErrorRecord(
                id=row[0], code=row[1], path=row[2], position=row[3], message=row[4], hint=row[5], stage=row[6]
            )

    def counts(self) -> dict[str, object]:
        """Totals for `storyline status`: articles by language and format, inputs, errors by code, stages."""
        with self.connect(read_only=True) as con:

            def grouped(sql: str) -> dict[str, int]:
                return {str(k): int(v) for k, v in con.execute(sql).fetchall()}

            total = con.execute("SELECT count(*) FROM articles").fetchall()[0]
            inputs = con.execute("SELECT count(*) FROM inputs").fetchall()[0]
            return {
                "articles": int(total[0]) if total else 0,
                "inputs": int(inputs[0]) if inputs else 0,
                "by_language": grouped("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"),
                "by_format": grouped("SELECT coalesce(input_format, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC"),
                "errors_by_code": grouped("SELECT code, count(*) FROM errors GROUP BY 1 ORDER BY 1"),
                "stages": grouped("SELECT stage || ' ' || version, count(*) FROM stage_state GROUP BY 1 ORDER BY 1"),
                "corpus_records": grouped("SELECT kind, count(*) FROM corpus_records GROUP BY 1 ORDER BY 1"),
            }

    def record_run(self, run_id: str, started: dt.datetime, status: str, summary: dict[str, object]) -> None:
        """Remember a run and its summary (shown by `storyline status`)."""
        with self.connect() as con:
            con.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?)",
                [run_id, started, _now(), status, json.dumps(summary, default=str)],
            )

    def last_run(self) -> dict[str, object] | None:
        """The most recent run's summary, or None."""
        with self.connect(read_only=True) as con:
            rows = con.execute(
                "SELECT id, started_at, finished_at, status, summary FROM runs ORDER BY started_at DESC LIMIT 1"
            ).fetchall()
        if not rows:
            return None
        row = rows[0]
        return {"id": row[0], "started": row[1], "finished": row[2], "status": row[3], "summary": json.loads(row[4])}
