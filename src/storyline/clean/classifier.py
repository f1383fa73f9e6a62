"""The shipped line classifier: logistic regression over line features, weights in a JSON file."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from storyline.clean.features import FEATURE_NAMES

MODEL_RESOURCE = "line_model.json"


@dataclass(frozen=True)
class LineModel:
    """Standardised logistic regression: p = sigmoid(bias + sum(w * (x - mean) / std))."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    std: tuple[float, ...]
    threshold: float

    def probability(self, x: list[float]) -> float:
        """Probability that a line with feature vector ``x`` is boilerplate."""
        z = self.bias
        for w, v, m, s in zip(self.weights, x, self.mean, self.std, strict=True):
            z += w * (v - m) / s
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def to_json(self) -> str:
        """The model as the JSON text shipped in resources/clean."""
        return json.dumps(
            {"features": list(self.features), "weights": list(self.weights), "bias": self.bias,
             "mean": list(self.mean), "std": list(self.std), "threshold": self.threshold},
            indent=1,
        )


def parse_model(text: str) -> LineModel:
    """A model from its JSON text; ValueError when it does not fit this code's features."""
    data = json.loads(text)
    features = tuple(data["features"])
    if features != FEATURE_NAMES:
        raise ValueError(
            "line model features do not match storyline.clean.features.FEATURE_NAMES; "
            "retrain with training/clean_train.py"
        )
    return LineModel(
        features=features,
        weights=tuple(float(w) for w in data["weights"]),
        bias=float(data["bias"]),
        mean=tuple(float(v) for v in data["mean"]),
        std=tuple(float(v) if float(v) > 0 else 1.0 for v in data["std"]),
        threshold=float(data["threshold"]),
    )


def load_model(path: Path | None = None) -> LineModel | None:
    """The shipped model (or the one at ``path``); None when no model has been trained yet."""
    if path is not None:
        return parse_model(path.read_text(encoding="utf-8"))
    resource = resources.files("storyline.resources").joinpath("clean", MODEL_RESOURCE)
    if not resource.is_file():
        return None
    return parse_model(resource.read_text(encoding="utf-8"))
