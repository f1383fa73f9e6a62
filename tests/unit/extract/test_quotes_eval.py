"""The REDEWIEDERGABE quote evaluator: detokenising, the n/a path, and a fast run on the shared data."""

from __future__ import annotations

from pathlib import Path

from storyline.eval.quotes_eval import ANCHOR, _detokenise, evaluate
from storyline.eval.registry import EvalContext, evaluators


def test_detokenise_hugs_quote_marks_and_keeps_token_spans() -> None:
    tokens = ["Er", "sagte", ":", "„", "Ich", "komme", '"', "und", "ging", "'s", "."]
    text, spans = _detokenise(tokens)
    assert text == 'Er sagte: „Ich komme" und ging\'s.'
    assert [text[a:b] for a, b in spans] == tokens


def test_missing_data_gives_na_row(tmp_path: Path) -> None:
    rows = evaluate(EvalContext(data_dir=tmp_path, samples_dir=tmp_path, fast=True))
    assert len(rows) == 1 and rows[0].value is None


def test_registered_as_fast_evaluator() -> None:
    assert evaluators()["quotes_redewiedergabe"].fast


def test_fast_run_on_shared_data(shared_data: Path, tmp_path: Path) -> None:
    rows = evaluate(EvalContext(data_dir=shared_data, samples_dir=tmp_path, fast=True))
    f1 = {(r.task, r.split): r for r in rows if r.metric == "f1"}
    assert set(f1) == {(t, s) for t in ("quotes_direct", "quotes_indirect") for s in ("dev", "heldout")}
    assert all(r.anchor == ANCHOR and r.n > 0 for r in f1.values())
    # rules on marks find most marked direct speech in the old newspapers; a floor well under our figure
    assert f1[("quotes_direct", "heldout")].value is not None and f1[("quotes_direct", "heldout")].value > 0.4
