"""Event-clustering figures the sample evaluators lack: cross-language event recall, and a stream in the
manner of Miranda et al. (2018) — sample articles among 10kgnad distractors, pairwise P/R/F1 per language."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import random
from collections.abc import Hashable, Mapping, Sequence
from itertools import combinations
from pathlib import Path

from storyline.cluster.engine import cluster_corpus
from storyline.cluster.settings import ClusterSettings
from storyline.eval.gold import Gold, GoldArticle
from storyline.eval.metrics import PRF, prf
from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.eval.sample_common import SPLITS, gate, row
from storyline.model import Article

# Miranda et al. 2018 (authors' replication in Priberam/news-clustering, README of the anchor folder).
MIRANDA_ANCHOR = {"de": "Miranda et al. 2018: F1 97.19 (P 99.86, R 94.66)",
                  "en": "Miranda et al. 2018: F1 94.03 (P 98.14, R 90.25)"}
GNAD_FILE = Path("10kgnad") / "test.csv.gz"


def cross_language_recall(gold_event: Mapping[str, str], language: Mapping[str, str],
                          pred_event: Mapping[str, Hashable]) -> tuple[float | None, int]:
    """Share of gold same-event article pairs in two languages that share a predicted event."""
    by_event: dict[str, list[str]] = {}
    for aid, ev in gold_event.items():
        by_event.setdefault(ev, []).append(aid)
    found = total = 0
    for members in by_event.values():
        for a, b in combinations(sorted(members), 2):
            if language[a] != language[b]:
                total += 1
                found += a in pred_event and pred_event.get(a) == pred_event.get(b)
    return (found / total if total else None), total


def pairwise_prf(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> PRF:
    """Pair-counting precision/recall/F1 as Miranda et al. report it (unclustered = singletons)."""
    def pairs(labels: Mapping[str, Hashable]) -> dict[Hashable, int]:
        sizes: dict[Hashable, int] = {}
        for aid in gold:
            key = labels.get(aid, ("single", aid))
            sizes[key] = sizes.get(key, 0) + 1
        return sizes

    joint: dict[tuple[Hashable, Hashable], int] = {}
    for aid in gold:
        key = (gold[aid], pred.get(aid, ("single", aid)))
        joint[key] = joint.get(key, 0) + 1
    tp = sum(n * (n - 1) // 2 for n in joint.values())
    pred_pairs = sum(n * (n - 1) // 2 for n in pairs(pred).values())
    gold_pairs = sum(n * (n - 1) // 2 for n in pairs(gold).values())
    return prf(tp, pred_pairs - tp, gold_pairs - tp)


@register("cluster.cross_language")
def eval_cross_language(ctx: EvalContext) -> list[MetricRow]:
    """Cross-language event recall: German/English article pairs of one gold event put in one event."""
    loaded, na = gate(ctx, "events", ("cross_language_recall",), lambda s: s.events is not None, "event clustering")
    if na:
        return na
    assert loaded.system is not None and loaded.system.events is not None
    pred_of = {aid: ev.id for ev in loaded.system.events for aid in ev.article_ids}
    out = []
    for split in SPLITS:
        gold_c, lang, pred_c = {}, {}, {}
        for g, s in loaded.pairs(split):
            gold_c[g.id], lang[g.id] = g.event, g.language
            if s.id in pred_of:
                pred_c[g.id] = pred_of[s.id]
        value, n = cross_language_recall(gold_c, lang, pred_c)
        out.append(row("events", split, "cross_language_recall", value, n))
    return out


class ListSource:
    """An in-memory article source (streams built for evaluation and benchmarks)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self._by_id = {a.id: a for a in articles}

    def article_ids(self) -> list[str]:
        """Every id, sorted."""
        return sorted(self._by_id)

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """The articles with these ids."""
        return [self._by_id[i] for i in ids if i in self._by_id]


def gold_article(g: GoldArticle) -> Article:
    """A cleaned article from the gold (title, clean text, language, publication time)."""
    published = dt.datetime.fromisoformat(g.published) if g.published else None
    return Article(id=g.id, path=g.locator.path, title=g.title, raw_text=g.clean_text, text=g.clean_text,
                   language=g.language, outlet=g.outlet_name, published=published)


def gnad_distractors(data_dir: Path, start: dt.date, end: dt.date, seed: int = 7) -> list[Article]:
    """10kgnad articles as unrelated single-article stories, dated at random between start and end."""
    rng = random.Random(seed)
    span = (end - start).days
    out = []
    with gzip.open(data_dir / GNAD_FILE, "rt", encoding="utf-8") as fh:
        for n, rec in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
            if len(rec) < 2:
                continue
            text = rec[1]
            title = text.split(". ")[0][:120]
            day = start + dt.timedelta(days=rng.randrange(span + 1))
            out.append(Article(id=f"gnad{n:05d}", path=str(GNAD_FILE), title=title, raw_text=text, text=text,
                               language="de", published=dt.datetime.combine(day, dt.time(12), dt.UTC)))
    return out


def miranda_stream(gold: Gold, data_dir: Path, settings: ClusterSettings | None = None) -> dict[str, tuple[PRF, int]]:
    """Pairwise P/R/F1 and stream size per language: sample articles (both splits), 10kgnad distractors (de)."""
    results: dict[str, tuple[PRF, int]] = {}
    arts = [gold_article(g) for g in gold.articles.values()]
    days = [a.published.date() for a in arts if a.published is not None]
    distractors = gnad_distractors(data_dir, min(days), max(days))
    for lang in ("de", "en"):
        stream = [a for a in arts if a.language == lang] + (distractors if lang == "de" else [])
        res = cluster_corpus(ListSource(stream), settings or ClusterSettings(), encoder=None)
        pred = {aid: ev.id for ev in res.events for aid in ev.article_ids}
        labels: dict[str, Hashable] = {a.id: gold.articles[a.id].event if a.id in gold.articles else a.id
                                       for a in stream}
        results[lang] = (pairwise_prf(labels, pred), len(stream))
    return results


@register("cluster.miranda_stream", fast=False)
def eval_miranda_stream(ctx: EvalContext) -> list[MetricRow]:
    """Miranda-comparable stream (sample corpus + 10kgnad distractors): pairwise F1 per language."""
    from storyline.eval.gold import load_gold

    if not (ctx.data_dir / GNAD_FILE).is_file():
        note = f"{ctx.data_dir / GNAD_FILE} absent"
        return [MetricRow("events_stream", "sample+10kgnad", lang, "pairwise_f1", None, note=note)
                for lang in ("de", "en")]
    results = miranda_stream(load_gold(ctx.samples_dir), ctx.data_dir)
    out = []
    for lang, (res, n) in results.items():
        for metric, value in (("pairwise_precision", res.precision), ("pairwise_recall", res.recall),
                              ("pairwise_f1", res.f1)):
            out.append(MetricRow("events_stream", "sample+10kgnad", lang, metric, value, n,
                                 anchor=MIRANDA_ANCHOR[lang] if metric == "pairwise_f1" else None))
    return out


def cluster_in_batches(articles: Sequence[Article], batches: int, settings: ClusterSettings,
                       encoder: object | None = None) -> dict[str, str]:
    """Streaming as later runs do it: articles fed in publication order, ``batches`` runs on carried state."""
    from storyline.cluster.embed import Encoder

    enc: Encoder | None = encoder  # type: ignore[assignment]
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published.timestamp() if a.published else 0.0,
                                              a.id))
    size = -(-len(ordered) // batches)
    previous = None
    result = None
    for start in range(0, len(ordered), size):
        result = cluster_corpus(ListSource(ordered[: start + size]), settings, encoder=enc, previous=previous)
        previous = (result.events, result.stats)
    assert result is not None
    return {aid: ev.id for ev in result.events for aid in ev.article_ids}
