"""Train the clean stage's line classifier on the DEV part of the sample gold and ship it as JSON.

    nice -n 10 .venv/bin/python training/clean_train.py [--samples samples] [--out src/storyline/resources/clean]

Logistic regression (our own numpy implementation, L2, full-batch gradient descent) over
storyline.clean.features. The decision threshold is chosen on out-of-fold predictions over dev articles
(5 folds grouped by storyline): the lowest threshold whose out-of-fold content-line loss among the lines
rules and templates kept stays at or below 0.1 %. Held-out figures are printed for the card only; nothing is
tuned on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from storyline.clean.classifier import LineModel
from storyline.clean.decide import ArticleView, contexts, decide_lines
from storyline.clean.features import FEATURE_NAMES, line_features
from storyline.clean.repair import repair_line
from storyline.clean.settings import CleanSettings
from storyline.clean.stage import CleanStage, guess_language
from storyline.clean.templates import TemplateIndex
from storyline.eval.clean_eval import gold_input, gold_split, run_stage, score_lines, template_index_for
from storyline.eval.gold import GoldArticle

L2 = 1e-2
STEPS = 3000
LEARNING_RATE = 0.5
# Out-of-fold share of content lines the classifier may remove: well inside the 0.5 % budget for the
# whole stage, since rules and templates spend part of it.
MAX_CONTENT_LOSS = 0.002


def article_rows(
    gold: GoldArticle, templates: TemplateIndex
) -> tuple[list[list[float]], list[int], list[bool], str]:
    """Features, labels and 'kept by rules/templates' flags of every non-blank line of a gold article."""
    art = gold_input(gold)
    lines = [repair_line(i, t)[0] for i, t in enumerate(art.raw_text.split("\n"))]
    view = ArticleView(lines=lines, title=art.title, language=art.language or guess_language(lines),
                       outlet=art.outlet, author=None)
    settings = CleanSettings(use_classifier=False)
    hits = decide_lines(view, templates, None, settings)
    order = [i for i, t in enumerate(lines) if t]
    ctx = contexts(view, order, hits, templates, include_removed=True)
    X, y, open_ = [], [], []
    for k, i in enumerate(order):
        X.append(line_features(lines[i], ctx[i]))
        y.append(int(gold.lines[k].boilerplate))
        open_.append(i not in hits)
    return X, y, open_, gold.storyline


def fit(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Standardised L2 logistic regression by gradient descent: weights, bias, mean, std."""
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    std[std == 0] = 1.0
    Z = (X - mean) / std
    w = np.zeros(Z.shape[1])
    b = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(Z @ w + b)))
        grad_w = Z.T @ (p - y) / len(y) + L2 * w
        grad_b = float(np.mean(p - y))
        w -= LEARNING_RATE * grad_w
        b -= LEARNING_RATE * grad_b
    return w, b, mean, std


def predict(model: tuple[np.ndarray, float, np.ndarray, np.ndarray], X: np.ndarray) -> np.ndarray:
    """Probabilities of boilerplate."""
    w, b, mean, std = model
    return np.asarray(1 / (1 + np.exp(-(((X - mean) / std) @ w + b))))


def choose_threshold(p: np.ndarray, y: np.ndarray, open_: np.ndarray) -> float:
    """Lowest threshold whose content loss among rule-kept lines stays within MAX_CONTENT_LOSS."""
    content = (y == 0) & open_
    for t in np.arange(0.5, 0.995, 0.01):
        lost = np.sum(content & (p >= t))
        if lost <= MAX_CONTENT_LOSS * max(1, int(np.sum(y == 0))):
            return float(round(t, 2))
    return 0.99


def main(argv: list[str] | None = None) -> int:
    """Train, choose the threshold out of fold, write line_model.json, print figures for the card."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, default=Path("samples"))
    ap.add_argument("--out", type=Path, default=Path("src/storyline/resources/clean"))
    args = ap.parse_args(argv)
    templates = template_index_for(args.samples)
    dev = gold_split(args.samples, "dev")
    if not dev:
        print("no dev gold under", args.samples, file=sys.stderr)
        return 1
    rows = [article_rows(g, templates) for g in dev]
    X = np.array([x for r in rows for x in r[0]], dtype=float)
    y = np.array([v for r in rows for v in r[1]], dtype=float)
    open_ = np.array([v for r in rows for v in r[2]], dtype=bool)
    groups = np.array([r[3] for r in rows for _ in r[0]])
    oof = np.zeros(len(y))
    stories = sorted(set(groups))
    for k in range(5):
        test = np.isin(groups, stories[k::5])
        oof[test] = predict(fit(X[~test], y[~test]), X[test])
    threshold = choose_threshold(oof, y, open_)
    oof_acc = float(np.mean((oof >= 0.5) == (y == 1)))
    w, b, mean, std = fit(X, y)
    model = LineModel(FEATURE_NAMES, tuple(float(v) for v in w), float(b), tuple(float(v) for v in mean),
                      tuple(float(v) for v in std), threshold)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "line_model.json").write_text(model.to_json() + "\n", encoding="utf-8")
    print(json.dumps({"dev_lines": len(y), "dev_boilerplate": int(y.sum()), "threshold": threshold,
                      "oof_accuracy_at_0.5": round(oof_acc, 4)}))
    report(args.samples, templates)
    return 0


def report(samples: Path, templates: TemplateIndex) -> None:
    """Ablation on dev and held-out: rules, +templates, +classifier, classifier alone."""
    configs = {
        "rules": CleanSettings(use_templates=False, use_classifier=False),
        "rules+templates": CleanSettings(use_classifier=False),
        "rules+templates+classifier": CleanSettings(),
        "classifier alone": CleanSettings(use_rules=False, use_templates=False),
        "rules+classifier": CleanSettings(use_templates=False),
    }
    for split in ("dev", "heldout"):
        arts = gold_split(samples, split)
        for name, settings in configs.items():
            # Repetition counts are features, so every configuration gets the index; use_templates only
            # switches the template rule.
            stage = CleanStage(templates=templates, settings=settings)
            s = score_lines(run_stage(arts, stage.run))
            print(f"{split:8s} {name:28s} P={s.precision:.4f} R={s.recall:.4f} F1={s.f1:.4f} "
                  f"loss={s.content_line_loss:.4f} fakebioF1={s.fake_bio_f1:.3f} lines={s.lines}")


if __name__ == "__main__":
    raise SystemExit(main())
