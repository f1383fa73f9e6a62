"""The DuckDB store: idempotent writes, stale-article removal, stage bookkeeping, locking."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
from pathlib import Path

import duckdb
import pytest

from storyline.errors import StorylineError
from storyline.model import Article, ErrorRecord, Event
from storyline.store.db import Store, UnitResult, published_utc


def _article(text: str, unit: str = "u1") -> Article:
    return Article(id=Article.make_id(text, unit), path=unit, raw_text=text, title="T")


def _error(path: str) -> ErrorRecord:
    return ErrorRecord(id=f"e-{path}", code="E101", path=path, message="empty", hint="remove it")


def test_writing_the_same_unit_twice_keeps_one_copy(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    result = UnitResult(unit="u1", size=3, mtime=1.0, articles=[_article("a"), _article("b")])
    store.write_units([result])
    store.write_units([result])
    assert store.counts()["articles"] == 2
    assert store.done_inputs() == {"u1": (3, 1.0)}


def test_a_changed_unit_replaces_its_old_articles_and_errors(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.write_units([UnitResult(unit="u1", articles=[_article("old")], errors=[_error("u1")])])
    store.write_units([UnitResult(unit="u1", articles=[_article("new")])])
    texts = [a.raw_text for a in store.iter_articles()]
    assert texts == ["new"]
    assert list(store.iter_errors()) == []


def test_stage_versions_decide_what_is_pending(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    a, b = _article("a"), _article("b")
    store.write_units([UnitResult(unit="u1", articles=[a, b])])
    assert sorted(store.pending_article_ids({"clean": "1"})) == sorted([a.id, b.id])
    store.write_stage_results([(a.model_copy(update={"text": "A"}), {"clean": "1"})])
    assert store.pending_article_ids({"clean": "1"}) == [b.id]
    assert sorted(store.pending_article_ids({"clean": "2"})) == sorted([a.id, b.id])
    assert store.get_articles([a.id])[0].text == "A"


def test_reingesting_an_article_resets_its_stages(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    a = _article("a")
    store.write_units([UnitResult(unit="u1", articles=[a])])
    store.write_stage_results([(a, {"clean": "1"})])
    store.write_units([UnitResult(unit="u1", articles=[a])])
    assert store.pending_article_ids({"clean": "1"}) == [a.id]


def test_corpus_records_are_replaced_per_kind(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.write_units([UnitResult(unit="u1", articles=[_article("a")])])
    store.replace_corpus_records("event", [Event(id="e1", label="x", article_ids=["a"])], "1")
    store.replace_corpus_records("event", [Event(id="e2", label="y", article_ids=["a"])], "1")
    assert [e.id for e in store.iter_corpus_records("event", Event)] == ["e2"]


def test_published_utc_normalises_aware_and_keeps_naive() -> None:
    aware = dt.datetime(2024, 3, 5, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert published_utc(aware) == dt.datetime(2024, 3, 5, 9, 0)
    assert published_utc(dt.datetime(2024, 3, 5, 10, 0)) == dt.datetime(2024, 3, 5, 10, 0)


def test_reading_a_missing_store_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StorylineError) as info:
        Store(tmp_path / "none.duckdb").counts()
    assert info.value.code.code == "E304"
    assert "storyline run" in str(info.value)


def test_a_file_that_is_not_a_store_is_reported(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.duckdb"
    bogus.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorylineError) as info:
        Store(bogus).counts()
    assert info.value.code.code == "E303"


def _hold_lock(path: str, seconds: float, ready: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    con = duckdb.connect(path)
    ready.set()
    time.sleep(seconds)
    con.close()


def test_a_locked_store_is_waited_for_then_reported(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).write_units([UnitResult(unit="u1", articles=[_article("a")])])
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(path), 3.0, ready))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(StorylineError) as info:
            Store(path, wait_seconds=0.5).counts()
        assert info.value.code.code == "E301"
        # A patient reader gets in once the holder lets go.
        assert Store(path, wait_seconds=30).counts()["articles"] == 1
    finally:
        holder.join(30)


def test_a_fresh_handle_on_an_existing_store_can_write(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).write_units([UnitResult(unit="u1", articles=[_article("a")])])
    again = Store(path)  # a new process's view: migration check first, then a batch insert
    again.write_units([UnitResult(unit="u2", articles=[_article("b", "u2")])])
    assert again.counts()["articles"] == 2
