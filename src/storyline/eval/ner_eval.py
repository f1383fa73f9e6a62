"""GermEval 2014 NER: readers, label mapping and exact-span entity P/R/F1 (outer layer).

Two figures: the official-style outer metric keeps GermEval's 12 labels (PER, LOCderiv, ORGpart, …);
the product figure maps them to our four types (see :func:`product_label`: PER, ORG, LOC, OTH→MISC;
``*deriv``/``*part`` ignored) on gold and prediction alike, as the data README recommends.
"""

from __future__ import annotations

import gzip
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.extract.ner import Recogniser, product_type

Span = tuple[int, int, str]

ANCHORS = {
    "official": "2014 shared-task best 0.79 (official metric, outer+inner); UKP 0.751",
    "product": "Stanza 0.852; GELECTRA-large 0.89 (transformer era, outer chunks)",
}
FAST_SENTENCES = 500


@dataclass(frozen=True)
class Sentence:
    """One tokenised sentence with outer-layer BIO tags (GermEval label names)."""

    tokens: list[str]
    tags: list[str]
    source: str = ""


def fix_token(token: str) -> str:
    """Strip soft hyphens and repair cp1252 C1 mojibake (the data README lists both quirks)."""
    out = []
    for ch in token.replace("\xad", ""):
        if "\x80" <= ch <= "\x9f":
            try:
                ch = bytes([ord(ch)]).decode("cp1252")
            except UnicodeDecodeError:
                ch = " "
        out.append(ch)
    return "".join(out)


def norm_label(label: str) -> str:
    """GermEval label in its official spelling: "LOCDERIV" → "LOCderiv", "OTH" → "OTH"."""
    upper = label.upper()
    for suffix in ("DERIV", "PART"):
        if upper.endswith(suffix):
            return upper[: -len(suffix)] + suffix.lower()
    return upper


def product_label(label: str) -> str | None:
    """Our four types, as the recogniser emits them: OTH→MISC, ``*deriv``/``*part`` → no entity."""
    return product_type(label, "de")


def read_germeval_train(path: Path) -> list[Sentence]:
    """The derived train file: ``token<space>BIOES-tag`` lines, outer layer only."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    sents.append(Sentence(toks, tags))
                toks, tags = [], []
                continue
            word, tag = line.rsplit(" ", 1)
            if tag != "O":
                prefix, typ = tag.split("-", 1)
                tag = ("B-" if prefix in ("B", "S") else "I-") + norm_label(typ)
            toks.append(fix_token(word) or "-")
            tags.append(tag)
    if toks:
        sents.append(Sentence(toks, tags))
    return sents


def read_germeval_tsv(path: Path) -> list[Sentence]:
    """The original dev/test TSV: ``#`` source line, then ``idx token outer inner`` rows."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    source = ""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#\t"):
                source = line.split("\t")[1] if "\t" in line else ""
                continue
            if not line.strip():
                if toks:
                    sents.append(Sentence(toks, tags, source))
                toks, tags = [], []
                continue
            cols = line.split("\t")
            tag = cols[2]
            if tag != "O":
                prefix, typ = tag.split("-", 1)
                tag = f"{prefix}-{norm_label(typ)}"
            toks.append(fix_token(cols[1]) or "-")
            tags.append(tag)
    if toks:
        sents.append(Sentence(toks, tags, source))
    return sents


def spans_from_bio(tags: Sequence[str]) -> set[Span]:
    """Chunks as (start, end, label), conlleval-style: an I- after O or another type starts a chunk."""
    spans: set[Span] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and typ == label and start >= 0
        if not continues and start >= 0:
            spans.add((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, typ
    return spans


def map_spans(spans: Iterable[Span], product: bool) -> set[Span]:
    """Spans with product labels (dropping *part) when ``product``, else unchanged."""
    if not product:
        return set(spans)
    out: set[Span] = set()
    for s, e, label in spans:
        mapped = product_label(label)
        if mapped is not None:
            out.add((s, e, mapped))
    return out


@dataclass(frozen=True)
class Score:
    """Micro P/R/F1 overall and per label, with gold counts."""

    precision: float
    recall: float
    f1: float
    n_gold: int
    per_label: dict[str, tuple[float, float, float, int]]


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Sequence[set[Span]], pred: Sequence[set[Span]]) -> Score:
    """Exact-span, exact-label micro P/R/F1 over parallel per-sentence span sets."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for span in g & p:
            tp[span[2]] += 1
        n_gold.update(s[2] for s in g)
        n_pred.update(s[2] for s in p)
    per = {lab: (*_prf(tp[lab], n_pred[lab], n_gold[lab]), n_gold[lab]) for lab in sorted(n_gold | n_pred)}
    prec, rec, f1 = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Score(prec, rec, f1, sum(n_gold.values()), per)


def data_dir() -> Path:
    """STORYLINE_DATA_DIR, else the repo's sibling ``../shared/data``."""
    env = os.environ.get("STORYLINE_DATA_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def evaluate_germeval(sents: Sequence[Sentence], recogniser: Recogniser | None = None) -> dict[str, Score]:
    """Run the German recogniser (the shipped one unless given) on GermEval tokens; scores "official" (12
    labels, outer), "product" (our 4 types) and "product_news" (4 types, news sentences only: our domain)."""
    from storyline.extract.ner import load_ner  # late: eval must not load the model at import

    pred_tags = (recogniser or load_ner("de")).tag_tokens([s.tokens for s in sents])
    gold_spans = [spans_from_bio(s.tags) for s in sents]
    pred_spans = [spans_from_bio(t) for t in pred_tags]
    gold4 = [map_spans(g, True) for g in gold_spans]
    pred4 = [map_spans(p, True) for p in pred_spans]
    news = [i for i, s in enumerate(sents) if "wikipedia" not in s.source]
    return {
        "official": score(gold_spans, pred_spans),
        "product": score(gold4, pred4),
        "product_news": score([gold4[i] for i in news], [pred4[i] for i in news]),
    }


def _rows(name: str, sc: Score, anchor: str, note: str) -> list[MetricRow]:
    rows = [
        MetricRow("ner", "germeval2014", "test", f"{name}_{m}", v, sc.n_gold, anchor if m == "f1" else None, note)
        for m, v in (("precision", sc.precision), ("recall", sc.recall), ("f1", sc.f1))
    ]
    rows += [
        MetricRow("ner", "germeval2014", "test", f"{name}_f1_{lab}", f1, n, None, note) for lab, (_, _, f1, n) in sc.per_label.items() if n
    ]
    return rows


@register("ner_germeval", fast=True)
def eval_germeval(ctx: EvalContext) -> list[MetricRow]:
    """GermEval 2014 test, outer layer, exact-span entity P/R/F1 (fast: the first 500 sentences)."""
    path = ctx.data_dir / "germeval2014-ner" / "NER-de-test.tsv.gz"
    if not path.exists():
        return [MetricRow("ner", "germeval2014", "test", "product_f1", None, note=f"missing {path}")]
    sents = read_germeval_tsv(path)
    if ctx.fast:
        sents = sents[:FAST_SENTENCES]
    note = f"{len(sents)} sentences" + (" (fast subset)" if ctx.fast else "")
    scores = evaluate_germeval(sents)
    rows = _rows("official", scores["official"], ANCHORS["official"], note)
    rows += _rows("product", scores["product"], ANCHORS["product"], note)
    news = scores["product_news"]
    rows.append(MetricRow("ner", "germeval2014", "test", "product_news_f1", news.f1, news.n_gold, None, note))
    return rows
