"""Evaluators of the clean stage: the public boilerplate benchmarks and the sample gold's line labels.

trafilatura-eval: must/must-not segments (metric of upstream ``tests/eval_common.py``, re-implemented from
the data README); article-extraction-benchmark: 4-gram shingle P/R/F1 (upstream ``evaluate.py`` logic,
re-implemented from its README). The HTML path is trafilatura's main text, then our line cleaning.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from storyline.clean.templates import TemplateIndex
from storyline.errors import StorylineError
from storyline.eval.gold import GoldArticle, load_gold
from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.model import Article

_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")
FAST_PAGES = 120  # pages of each benchmark in the CI subset (every k-th page, deterministic)
TE_ANCHOR = "trafilatura 2.2.0 standard F1 0.924 (upstream docs/evaluation.rst, 990 docs)"
AEB_ANCHOR = "trafilatura 2.0.0 F1 0.958 (upstream README)"


@dataclass(frozen=True)
class SegmentPage:
    """One trafilatura-eval page: its HTML file, language guess and must/must-not segments."""

    key: str
    html_path: Path
    lang: str
    with_segments: tuple[str, ...]
    without_segments: tuple[str, ...]


@dataclass(frozen=True)
class Scores:
    """Precision, recall, F1 (and accuracy) of one system on one benchmark subset."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    n: int


def _f1(p: float, r: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    return 2 * p * r / (p + r) if p + r else 0.0


def _squash(text: str) -> str:
    """Whitespace-normalised text, as the trafilatura-eval metric compares it."""
    return _WS.sub(" ", text).strip()


def load_segment_pages(data_dir: Path) -> list[SegmentPage]:
    """trafilatura-eval pages in index order (empty when the data set is absent)."""
    root = data_dir / "trafilatura-eval"
    if not (root / "index.tsv").is_file():
        return []
    with gzip.open(root / "evaldata.json.gz", "rt", encoding="utf-8") as fh:
        evaldata = json.load(fh)
    pages = []
    with open(root / "index.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            entry = evaldata[row["url"]]
            pages.append(SegmentPage(row["url"], root / row["local_file"], row["lang_guess"],
                                     tuple(entry["with"]), tuple(entry["without"])))
    return pages


def score_segments(pages: Iterable[SegmentPage], outputs: dict[str, str | None]) -> Scores:
    """trafilatura-eval P/R/F1/accuracy summed over pages (a missing output counts as tp = fp = 0)."""
    tp = fp = fn = tn = n = 0
    for page in pages:
        n += 1
        out = outputs.get(page.key)
        text = _squash(out) if out else None
        for seg in page.with_segments:
            hit = text is not None and _squash(seg) in text
            tp, fn = tp + hit, fn + (not hit)
        for seg in page.without_segments:
            hit = text is not None and _squash(seg) in text
            fp, tn = fp + hit, tn + (not hit)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    total = tp + fp + fn + tn
    return Scores(p, r, _f1(p, r), (tp + tn) / total if total else 0.0, n)


def load_article_truth(data_dir: Path) -> dict[str, str]:
    """article-extraction-benchmark ground truth: item id -> articleBody (empty when absent)."""
    path = data_dir / "article-extraction-benchmark" / "ground-truth.json"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {k: v["articleBody"] for k, v in json.load(fh).items()}


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    """4-gram shingles of \\w+ tokens."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(0, len(tokens) - 3)))


def score_shingles(truth: dict[str, str], outputs: dict[str, str | None]) -> Scores:
    """article-extraction-benchmark P/R/F1 (means over documents) and exact-token accuracy."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = 0
    for key, true_text in truth.items():
        pred_text = outputs.get(key) or ""
        exact += _TOKEN.findall(true_text) == _TOKEN.findall(pred_text)
        true_sh, pred_sh = _shingles(true_text), _shingles(pred_text)
        tp = sum((true_sh & pred_sh).values())
        fp = sum((pred_sh - true_sh).values())
        fn = sum((true_sh - pred_sh).values())
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        recalls.append(tp / (tp + fn) if tp + fn else 1.0)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return Scores(p, r, _f1(p, r), exact / len(truth) if truth else 0.0, len(truth))


# --- sample gold, scored on the clean stage directly (no store needed; training and ablations use this) ---


@dataclass(frozen=True)
class LineScores:
    """Line-level figures of the clean stage on gold articles."""

    precision: float
    recall: float
    f1: float
    content_line_loss: float
    tail_precision: float
    tail_recall: float
    fake_bio_precision: float
    fake_bio_recall: float
    fake_bio_f1: float
    lines: int
    articles: int


def render_raw(lines: Iterable[tuple[str, bool]]) -> str:
    """The plain-text body of gold lines (text, join_next): a blank line between paragraphs (samples' txt)."""
    items = list(lines)
    out: list[str] = []
    for k, (text, join_next) in enumerate(items):
        out.append(text)
        if k < len(items) - 1 and not join_next:
            out.append("")
    return "\n".join(out)


def gold_input(gold: GoldArticle) -> Article:
    """The article as the clean stage sees it for a gold record (txt rendering, metadata from the gold)."""
    raw = render_raw((line.text, line.join_next) for line in gold.lines)
    return Article(id=gold.id, path=gold.locator.path, url=gold.locator.url, outlet=gold.outlet_name,
                   title=gold.title_raw, language=gold.language, raw_text=raw)


def gold_line_map(article: Article) -> list[int]:
    """Raw line index of each gold line (the k-th non-blank raw line is gold line k)."""
    return [line.index for line in article.lines if line.text.strip()]


def score_lines(pairs: Iterable[tuple[GoldArticle, Article]]) -> LineScores:
    """Boilerplate-line P/R/F1, content-line loss, inline-tail P/R and article-level fake-bio P/R/F1."""
    tp = fp = fn = content = lost = t_tp = t_fp = t_fn = b_tp = b_fp = b_fn = n_lines = n_art = 0
    for gold, art in pairs:
        n_art += 1
        index = gold_line_map(art)
        cut = {r.line_index for r in art.repairs if r.kind == "inline_removal"}
        for k, line in enumerate(gold.lines):
            n_lines += 1
            removed = k < len(index) and not art.lines[index[k]].kept
            if line.boilerplate:
                tp, fn = tp + removed, fn + (not removed)
            else:
                content += 1
                fp, lost = fp + removed, lost + removed
                has_cut = k < len(index) and index[k] in cut
                t_tp += bool(line.tail) and has_cut
                t_fn += bool(line.tail) and not has_cut
                t_fp += (not line.tail) and has_cut
        flagged = "fake_author_bio" in art.farm_flags
        b_tp, b_fp, b_fn = b_tp + (gold.fake_bio and flagged), b_fp + (flagged and not gold.fake_bio), b_fn + (
            gold.fake_bio and not flagged)
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    bp, br = _ratio(b_tp, b_tp + b_fp), _ratio(b_tp, b_tp + b_fn)
    return LineScores(p, r, _f1(p, r), _ratio(lost, content), _ratio(t_tp, t_tp + t_fp), _ratio(t_tp, t_tp + t_fn),
                      bp, br, _f1(bp, br), n_lines, n_art)


def _ratio(a: int, b: int) -> float:
    """a/b; 1.0 for an empty denominator (nothing to find, nothing wrong)."""
    return a / b if b else 1.0


def gold_split(samples_dir: Path, split: str) -> list[GoldArticle]:
    """Gold articles of one split; empty when the gold is absent."""
    try:
        return load_gold(samples_dir).in_split(split)
    except StorylineError:
        return []


def template_index_for(samples_dir: Path) -> TemplateIndex:
    """The template index over every gold article (the whole store, as the pipeline builds it)."""
    try:
        gold = load_gold(samples_dir)
    except StorylineError:
        return TemplateIndex.build([])
    return TemplateIndex.build((g.outlet_name, gold_input(g).raw_text) for g in gold.articles.values())


def run_stage(
    articles: Iterable[GoldArticle], stage: Callable[[Article], Article]
) -> list[tuple[GoldArticle, Article]]:
    """The stage's output for each gold article."""
    return [(g, stage(gold_input(g))) for g in articles]


# --- registered evaluators ---


def _extract_fast(html: bytes) -> tuple[str | None, str | None]:
    """trafilatura in the mode our HTML reader uses (fast, no comments): main text and title."""
    import trafilatura  # the evaluator needs it; importing here keeps `storyline eval --only …` light

    try:
        doc = trafilatura.bare_extraction(html, fast=True, include_comments=False, with_metadata=True)
    except (ValueError, TypeError):
        return None, None
    return getattr(doc, "text", None), getattr(doc, "title", None)


def _html_outputs(items: dict[str, bytes]) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """(trafilatura alone, trafilatura + our cleaning) outputs per page."""
    from storyline.clean import CleanStage

    stage = CleanStage()
    alone: dict[str, str | None] = {}
    ours: dict[str, str | None] = {}
    for key, html in items.items():
        text, title = _extract_fast(html)
        alone[key] = text
        art = Article(id=key, path=key, raw_text=text, title=title, input_format="html") if text else None
        ours[key] = stage.run(art).text if art is not None else text
    return alone, ours


def _read_gz(path: Path) -> bytes:
    """Bytes of a gzip file."""
    with gzip.open(path, "rb") as fh:
        return fh.read()


def _score_rows(dataset: str, split: str, ours: Scores, alone: Scores, anchor: str) -> list[MetricRow]:
    """P/R/F1 rows of our HTML path with trafilatura's same-run F1 in the note."""
    note = (f"trafilatura alone (fast mode) in the same run: "
            f"P {alone.precision:.3f} R {alone.recall:.3f} F1 {alone.f1:.3f}")
    return [MetricRow("boilerplate_html", dataset, split, metric, value, ours.n, anchor=anchor, note=note)
            for metric, value in (("precision", ours.precision), ("recall", ours.recall), ("f1", ours.f1))]


@register("clean.html_benchmarks", fast=True)
def eval_html_benchmarks(ctx: EvalContext) -> list[MetricRow]:
    """trafilatura-eval (all, German) and article-extraction-benchmark: trafilatura + our cleaning."""
    pages = load_segment_pages(ctx.data_dir)
    truth = load_article_truth(ctx.data_dir)
    if not pages or not truth:
        return [MetricRow("boilerplate_html", "trafilatura-eval", "test", "f1", None, note="data set absent")]
    if ctx.fast:  # options["clean_pages"] shrinks the subset further (unit tests)
        k = int(ctx.options.get("clean_pages", FAST_PAGES))
        pages = pages[:: max(1, len(pages) // k)]
        truth = dict(list(truth.items())[:: max(1, len(truth) // k)])
    alone, ours = _html_outputs({p.key: _read_gz(p.html_path) for p in pages})
    rows = _score_rows("trafilatura-eval", "test", score_segments(pages, ours), score_segments(pages, alone), TE_ANCHOR)
    de = [p for p in pages if p.lang == "de"]
    rows += _score_rows("trafilatura-eval-de", "test", score_segments(de, ours), score_segments(de, alone), TE_ANCHOR)
    aeb_dir = ctx.data_dir / "article-extraction-benchmark" / "html"
    a_alone, a_ours = _html_outputs({k: _read_gz(aeb_dir / f"{k}.html.gz") for k in truth})
    rows += _score_rows("article-extraction-benchmark", "test", score_shingles(truth, a_ours),
                        score_shingles(truth, a_alone), AEB_ANCHOR)
    return rows


@register("clean.sample", fast=True)
def eval_sample_clean(ctx: EvalContext) -> list[MetricRow]:
    """Clean stage on the sample gold directly: fake-bio detection, inline tails, and the ablation F1s."""
    from storyline.clean import CleanSettings, CleanStage

    templates = template_index_for(ctx.samples_dir)
    configs = {
        "f1_rules_only": CleanSettings(use_templates=False, use_classifier=False),
        "f1_rules_templates": CleanSettings(use_classifier=False),
        "f1_classifier_only": CleanSettings(use_rules=False, use_templates=False),
    }
    rows: list[MetricRow] = []
    for split in ("dev", "heldout"):
        arts = gold_split(ctx.samples_dir, split)
        if not arts:
            rows.append(MetricRow("clean", "sample", split, "fake_bio_f1", None, note="sample gold absent"))
            continue
        full = score_lines(run_stage(arts, CleanStage(templates).run))
        bio = (("fake_bio_precision", full.fake_bio_precision), ("fake_bio_recall", full.fake_bio_recall),
               ("fake_bio_f1", full.fake_bio_f1))
        for metric, value in bio:
            rows.append(MetricRow("clean", "sample", split, metric, value, full.articles))
        for metric, value in (("tail_precision", full.tail_precision), ("tail_recall", full.tail_recall),
                              ("f1_full", full.f1), ("content_line_loss", full.content_line_loss)):
            rows.append(MetricRow("clean", "sample", split, metric, value, full.lines,
                                  note="clean stage on the txt rendering of the gold lines"))
        for metric, settings in configs.items():
            s = score_lines(run_stage(arts, CleanStage(templates, settings).run))
            rows.append(MetricRow("clean", "sample", split, metric, s.f1, s.lines, note="ablation"))
    return rows
