"""Runner: discovery, selection, failing evaluators, table and context defaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.eval import registry
from storyline.eval.registry import EvalContext, MetricRow
from storyline.eval.runner import default_context, discover, format_table, run_eval


@pytest.fixture
def broken() -> Iterator[str]:
    name = "zz_test.broken"

    @registry.register(name)
    def _broken(ctx: EvalContext) -> list[MetricRow]:
        raise RuntimeError("boom")

    yield name
    registry._EVALUATORS.pop(name, None)


def test_discovery_lists_sample_evaluators() -> None:
    names = set(discover())
    assert {"sample.boilerplate", "sample.dedup", "sample.entities", "sample.claims"} <= names


def test_failing_evaluator_becomes_a_visible_row(broken: str, tmp_path: Path) -> None:
    rows = run_eval(EvalContext(data_dir=tmp_path, samples_dir=tmp_path), [broken])
    assert len(rows) == 1 and rows[0].value is None and "RuntimeError: boom" in (rows[0].note or "")


def test_format_table_values_and_na() -> None:
    rows = [
        MetricRow("ner", "germeval2014", "test", "f1", 0.81234, 5100, anchor="best 0.79"),
        MetricRow("events", "sample", "dev", "bcubed_f1", None, 0, note="not built"),
    ]
    text = format_table(rows)
    assert "0.812" in text and "n/a" in text and "best 0.79" in text and "not built" in text


def test_default_context_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYLINE_DATA_DIR", str(tmp_path))
    ctx = default_context(export=tmp_path / "e.json")
    assert ctx.data_dir == tmp_path and ctx.options["export"].endswith("e.json")
    assert ctx.samples_dir.name == "samples"
