"""Quality floors: the whole pipeline on the sample corpus, scored against its gold (dev and held-out).

Floors are pinned a little below the figures measured when each stage landed (see the issue notes),
so a regression fails CI; raise them as stages improve. On 2026-12-06 the corpus grew by three storylines
written by writers who had not seen the system (s11, s12 dev; s13 held-out): the held-out figures of
entities, canonical names, copy pairs, original sources and lenient date extents fell on the harder text
(issue 7's closing note has the before/after table), and those floors were pinned again below the new
figures: a change of data, not of code. On 2026-12-07 six more dev storylines (s17–s22, again by writers
blind to the system) took dev canonical-name accuracy from 0.927 to 0.885 with the code of that day's start
(0.909 with its end), so that floor is 0.90: corpus-wide identities of new organisations, not a regression.
Five more dev storylines (s23–s27, same day) took it to 0.875 with the code of the next session's start and
0.904 with the rules made for them; the floor stays. German institution nouns written alone ("die
Staatsanwaltschaft", "der Kreistag", "das Verteidigungsministerium") became mentions the same day: entity F1
0.868 -> 0.883 on dev, but most of those 228 mentions carry a gold name no article writes ("Kreistag Vilsau",
"Bundesministerium der Verteidigung"), so canonical-name accuracy fell 0.906 -> 0.887 while it stayed 0.906 on
the other mentions; the floor is 0.87: new mentions with unreachable names, not a regression.
Public-data floors live beside each stage's unit tests (they skip when ../shared/data is absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import api
from storyline.eval.registry import MetricRow
from storyline.eval.runner import default_context, run_eval
from storyline.settings import RunSettings

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]

# (task, metric) -> lowest acceptable value on both splits; "max" entries are ceilings.
FLOORS: dict[tuple[str, str], float] = {
    ("ingest", "article_coverage"): 1.0,
    ("boilerplate", "f1"): 0.98,
    ("dedup", "pair_f1"): 0.93,
    ("dedup", "direction_accuracy"): 0.97,
    ("sources", "original_source_accuracy"): 0.95,
    ("sources", "farm_f1"): 0.95,
    ("entities", "f1"): 0.75,
    ("entities", "canonical_name_accuracy"): 0.87,
    ("quotes", "f1"): 0.80,
    ("dates", "f1"): 0.64,
    ("dates", "lenient_f1"): 0.93,
    ("dates", "value_accuracy"): 0.89,
    ("figures", "f1"): 0.85,
    ("events", "bcubed_f1"): 0.93,
    ("storylines", "bcubed_f1"): 0.95,
}
CEILINGS: dict[tuple[str, str], float] = {("boilerplate", "content_line_loss"): 0.005}


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[MetricRow]:
    store = tmp_path_factory.mktemp("eval") / "samples.duckdb"
    api.run([str(REPO / "samples" / "corpus")], settings=RunSettings(store=store, workers=2))
    ctx = default_context(store_path=store, samples_dir=REPO / "samples", fast=True)
    return [r for r in run_eval(ctx, ["sample"]) if r.dataset == "sample"]


def _values(rows: list[MetricRow], task: str, metric: str) -> dict[str, float | None]:
    return {r.split: r.value for r in rows if r.task == task and r.metric == metric}


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_quality_floor(rows: list[MetricRow], key: tuple[str, str]) -> None:
    values = _values(rows, *key)
    assert set(values) >= {"dev", "heldout"}, f"{key} not reported: {values}"
    for split, value in values.items():
        assert value is not None and value >= FLOORS[key], f"{key} {split}: {value} < floor {FLOORS[key]}"


@pytest.mark.parametrize("key", sorted(CEILINGS))
def test_quality_ceiling(rows: list[MetricRow], key: tuple[str, str]) -> None:
    for split, value in _values(rows, *key).items():
        assert value is not None and value <= CEILINGS[key], f"{key} {split}: {value} > ceiling {CEILINGS[key]}"
