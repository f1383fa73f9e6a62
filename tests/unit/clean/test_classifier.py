"""The shipped line classifier loads, fits this code's features and separates obvious cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.clean.classifier import load_model, parse_model
from storyline.clean.features import FEATURE_NAMES, LineContext, line_features


def _ctx(position: int, count: int, repeats: int = 1) -> LineContext:
    return LineContext(position=position, count=count, title_words=frozenset({"hafen", "streik"}), language="de",
                       outlet_repeats=repeats, corpus_repeats=repeats, prev_removed=False, next_removed=False,
                       in_tail=position == count - 1)


def test_shipped_model_loads_and_matches_features() -> None:
    model = load_model()
    assert model is not None
    assert model.features == FEATURE_NAMES
    assert 0.5 <= model.threshold < 1.0
    assert len(model.weights) == len(FEATURE_NAMES)


def test_model_separates_ui_from_a_news_paragraph() -> None:
    model = load_model()
    assert model is not None
    news = ("Mit einem Warnstreik hat die Gewerkschaft am Dienstag den Containerumschlag im Hamburger Hafen "
            "weitgehend zum Erliegen gebracht, sagte eine Sprecherin.")
    p_news = model.probability(line_features(news, _ctx(1, 8)))
    p_ui = model.probability(line_features("Jetzt teilen: Facebook | X | WhatsApp", _ctx(7, 8, repeats=12)))
    assert p_news < 0.5 < p_ui


def test_features_are_finite_for_odd_lines() -> None:
    for text in ("x", "!!!", "12345", "ÄÖÜ ß", "a" * 5000):
        values = line_features(text, _ctx(0, 1))
        assert len(values) == len(FEATURE_NAMES)
        assert all(v == v and abs(v) < 1e6 for v in values)


def test_model_with_other_features_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"features": ["x"], "weights": [1], "bias": 0, "mean": [0], "std": [1],
                                "threshold": 0.9}), encoding="utf-8")
    with pytest.raises(ValueError, match="retrain"):
        load_model(path)


def test_round_trip() -> None:
    model = load_model()
    assert model is not None
    assert parse_model(model.to_json()) == model
