"""The committed sample corpus: gold consistent with itself and the files, up to date, big enough."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest

from storyline.eval.consistency import check

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
GOLD = SAMPLES / "gold"
REBUILD = "run `.venv/bin/python samples/build.py` and commit samples/corpus and samples/gold"


def _stats() -> dict:
    return dict(json.loads((GOLD / "corpus.json").read_text(encoding="utf-8"))["stats"])


def test_committed_gold_exists() -> None:
    assert (GOLD / "articles.jsonl").is_file() and (GOLD / "corpus.json").is_file(), REBUILD


def test_committed_gold_is_consistent() -> None:
    problems = check(SAMPLES)
    assert problems == [], "\n".join(problems[:30])


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b)
    out = [f"{a / n}: only in committed" for n in cmp.left_only] + [f"{b / n}: not committed" for n in cmp.right_only]
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    out += [f"{a / n}: differs" for n in mismatch + errors]
    for d in cmp.common_dirs:
        out += _diff(a / d, b / d)
    return out


def test_committed_output_matches_sources(tmp_path: Path) -> None:
    import build

    build.build(SAMPLES / "source", tmp_path)
    problems = _diff(SAMPLES / "corpus", tmp_path / "corpus") + _diff(GOLD, tmp_path / "gold")
    assert problems == [], f"samples/ is stale ({REBUILD}):\n" + "\n".join(problems[:20])


def test_corpus_meets_issue_4_minimums() -> None:
    stats = _stats()
    if stats["storylines"] < 8:
        pytest.skip(f"only {stats['storylines']} of the >= 8 storylines are written yet")
    assert stats["articles"] >= 150
    assert stats["by_language"].get("en", 0) >= 30
    assert stats["events"] >= 35
    assert len(stats["years"]) >= 3
    assert stats["outlets"] >= 12


def test_split_by_storyline() -> None:
    corpus = json.loads((GOLD / "corpus.json").read_text(encoding="utf-8"))
    assert set(corpus["splits"]["heldout"]) <= {"s03", "s07", "s10", "s13", "s16"}
    assert not set(corpus["splits"]["dev"]) & set(corpus["splits"]["heldout"])
