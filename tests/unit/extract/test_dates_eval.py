"""WikiWarsDE evaluator: TIMEX2 value mapping, and a fast run on the shared data when it is there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyline.eval.dates_eval import SUBDIR, GoldDoc, GoldTimex, Tally, evaluate, load_wikiwarsde, to_timex
from storyline.eval.registry import EvalContext, evaluators
from storyline.model import DateMention


def mention(value: str, granularity: str) -> DateMention:
    return DateMention(start=0, end=1, text="x", value=value, granularity=granularity)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "granularity", "timex"),
    [
        ("1940-05-03", "day", "1940-05-03"),
        ("1945-05-01/1945-05-10", "month", "1945-05"),  # "Anfang Mai": TIMEX2 puts START in a modifier
        ("1983-05-01/1983-08-31", "year", "1983"),
        ("1862-06-01/1862-08-31", "season", "1862-SU"),
        ("1863-01-01/1863-06-30", "quarter", "1863-H1"),
        ("2024-04-01/2024-06-30", "quarter", "2024-Q2"),
        ("1900-01-01/1999-12-31", "century", "19"),
        ("1990-01-01/1999-12-31", "decade", "199"),
        ("-0489", "year", "BC0490"),
    ],
)
def test_to_timex(value: str, granularity: str, timex: str) -> None:
    assert to_timex(mention(value, granularity)) == timex


def test_year_range_scores_each_gold_year_against_its_endpoint() -> None:
    text = "zwischen 1891 und 1905 war er Chef"
    gold = [GoldTimex(9, 13, "1891", "1891"), GoldTimex(18, 22, "1905", "1905")]
    ours = [DateMention(start=0, end=22, text=text[:22], value="1891/1905", granularity="year")]
    tally = Tally()
    tally.add(GoldDoc("01", text, dt.date(2011, 2, 16), gold), ours)
    assert (tally.gold_lenient, tally.value_correct) == (2, 2)


def test_registered() -> None:
    assert "dates_wikiwarsde" in evaluators()


def test_missing_data_reports_na(tmp_path: Path) -> None:
    rows = evaluate(EvalContext(data_dir=tmp_path, samples_dir=tmp_path, fast=True))
    assert rows[0].value is None and rows[0].metric == "value_accuracy"


def test_fast_run_on_shared_data(shared_data: Path) -> None:
    if not (shared_data / SUBDIR).is_dir():
        pytest.skip("wikiwarsde not in shared data")
    dev, test = load_wikiwarsde(shared_data, "dev"), load_wikiwarsde(shared_data, "test")
    assert len(dev) == len(test) == 11 and not {d.name for d in dev} & {d.name for d in test}
    doc = dev[0]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    rows = {r.metric: r for r in evaluate(EvalContext(data_dir=shared_data, samples_dir=shared_data, fast=True))}
    assert rows["value_accuracy"].value is not None and rows["value_accuracy"].value > 0.75
    assert rows["lenient_f1"].value is not None and rows["lenient_f1"].value > 0.8
    assert "88.5" in (rows["value_accuracy"].anchor or "")
