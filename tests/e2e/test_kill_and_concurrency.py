"""Interrupted work resumes without duplicates or loss; reading the store while a run writes is safe.

What happens when a reader meets a running writer (documented in README.md, "Store"): the run
opens the store only for each batch transaction, so `export`/`status` get in between batches and
see every batch committed so far; whoever finds the file locked waits (STORYLINE_LOCK_WAIT seconds,
60 by default) and then fails with E301 — nobody blocks forever and nothing is corrupted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.store.db import Store

pytestmark = pytest.mark.slow

N_FILES = 4000


def _write_many(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(
            f"Meldung Nummer {i}\n\nIn der Stadt wurde am Montag die Meldung {i} verbreitet.\n"
            f"Die Behörden bestätigten {i} Fälle und kündigten weitere Schritte an.\n",
            encoding="utf-8",
        )


def _start_run(inputs: Path, store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "storyline", "ingest", str(inputs), "--store", str(store), "--quiet", "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _stored_count(store: Path) -> int:
    try:
        return int(Store(store, wait_seconds=30).counts()["articles"])  # type: ignore[call-overload]
    except Exception:
        return 0


def test_sigkill_mid_ingest_then_rerun_has_no_duplicate_and_no_missing_article(tmp_path: Path) -> None:
    inputs, store = tmp_path / "in", tmp_path / "s.duckdb"
    _write_many(inputs, N_FILES)
    proc = _start_run(inputs, store)
    deadline = time.monotonic() + 240
    # Kill once some batches are committed but (very likely) before the end.
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.5)
        if store.exists() and 0 < _stored_count(store) < N_FILES:
            break
    killed_midway = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    partial = _stored_count(store)
    assert partial < N_FILES or not killed_midway
    rerun = _start_run(inputs, store)
    assert rerun.wait(600) == 0, rerun.stderr.read() if rerun.stderr else ""
    db = Store(store)
    ids = db.article_ids()
    assert len(ids) == len(set(ids)) == N_FILES
    paths = {Path(a.path).name for a in db.iter_articles()}
    assert paths == {f"a{i:05d}.txt" for i in range(N_FILES)}


def test_export_while_a_run_writes_sees_committed_batches_and_corrupts_nothing(tmp_path: Path) -> None:
    inputs, store = tmp_path / "in", tmp_path / "s.duckdb"
    _write_many(inputs, N_FILES)
    proc = _start_run(inputs, store)
    try:
        while proc.poll() is None and not store.exists():
            time.sleep(0.2)
        out = tmp_path / "during.json"
        exported = subprocess.run(
            [sys.executable, "-m", "storyline", "export", "--store", str(store), "--format", "json", "--out", str(out)],
            capture_output=True, text=True, timeout=300, env={**os.environ, "STORYLINE_LOCK_WAIT": "120"},
        )
        assert exported.returncode == 0, exported.stderr
        during = json.loads(out.read_text(encoding="utf-8"))
        assert 0 <= len(during["articles"]) <= N_FILES
    finally:
        assert proc.wait(600) == 0
    assert len(Store(store).article_ids()) == N_FILES
