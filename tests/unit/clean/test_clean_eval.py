"""Clean evaluators: the two benchmark metrics on tiny fixtures, gold scoring, and the registered evaluators."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storyline.clean import CleanStage
from storyline.eval.clean_eval import (
    SegmentPage,
    render_raw,
    score_segments,
    score_shingles,
)
from storyline.eval.registry import EvalContext, evaluators

REPO = Path(__file__).resolve().parents[3]
DATA = Path(os.environ.get("STORYLINE_DATA_DIR", REPO.parent / "shared" / "data"))


def test_segment_metric_counts_contained_segments() -> None:
    pages = [
        SegmentPage("a", Path("-"), "de", ("Der Streik", "geht  weiter"), ("Teilen",)),
        SegmentPage("b", Path("-"), "de", ("Hafen",), ("Newsletter",)),
    ]
    s = score_segments(pages, {"a": "Der Streik geht\nweiter. Teilen", "b": None})
    # a: tp 2, fp 1; b: crash -> fn 1, tn 1
    assert (round(s.precision, 3), round(s.recall, 3), round(s.accuracy, 3)) == (0.667, 0.667, 0.6)
    assert s.n == 2


def test_shingle_metric() -> None:
    truth = {"x": "one two three four five", "y": "a b c d"}
    perfect = score_shingles(truth, {"x": "one two three four five", "y": "a b c d"})
    assert (perfect.precision, perfect.recall, perfect.f1, perfect.accuracy) == (1.0, 1.0, 1.0, 1.0)
    noisy = score_shingles(truth, {"x": "menu one two three four five", "y": ""})
    assert noisy.recall == 0.5 and 0 < noisy.precision < 1 and noisy.accuracy == 0.0


def test_render_raw_matches_the_sample_txt_layout() -> None:
    assert render_raw([("a", False), ("b", True), ("c", False)]) == "a\n\nb\nc"


def test_evaluators_are_registered() -> None:
    names = evaluators()
    assert {"clean.html_benchmarks", "clean.sample"} <= set(names)


@pytest.mark.slow
def test_html_benchmark_evaluator_runs_on_the_shared_data() -> None:
    if not (DATA / "trafilatura-eval").is_dir():
        pytest.skip(f"shared data not found at {DATA}")
    ctx = EvalContext(data_dir=DATA, samples_dir=REPO / "samples", fast=True, options={"clean_pages": "4"})
    rows = evaluators()["clean.html_benchmarks"].fn(ctx)
    f1 = {r.dataset: r.value for r in rows if r.metric == "f1"}
    assert set(f1) == {"trafilatura-eval", "trafilatura-eval-de", "article-extraction-benchmark"}
    assert all(v is not None and v > 0.7 for v in f1.values())


def test_sample_evaluator_reports_na_without_gold(tmp_path: Path) -> None:
    ctx = EvalContext(data_dir=tmp_path, samples_dir=tmp_path, fast=True, options={})
    rows = evaluators()["clean.sample"].fn(ctx)
    assert rows and all(r.value is None for r in rows)


def test_stage_on_gold_sample_meets_the_floor() -> None:
    from storyline.eval.clean_eval import gold_split, run_stage, score_lines, template_index_for

    arts = gold_split(REPO / "samples", "dev")
    if not arts:
        pytest.skip("sample gold not built")
    s = score_lines(run_stage(arts, CleanStage(template_index_for(REPO / "samples")).run))
    assert s.f1 >= 0.97 and s.content_line_loss <= 0.005 and s.fake_bio_f1 >= 0.95
