"""Benchmark of the clean stage: boilerplate quality on public HTML sets and cleaning speed.

    nice -n 10 .venv/bin/python benchmarks/clean.py [--fast] [--data-dir ../shared/data] [--samples samples]

Quality, side by side in one run: trafilatura alone vs trafilatura + our line cleaning, for trafilatura's
standard mode and for the fast mode our HTML reader uses (ingest/html.py), on trafilatura-eval (all pages,
the German subset, and the even/odd halves: rules were tuned looking at the even half only) and on
article-extraction-benchmark. Speed: HTML pages/s of trafilatura alone vs with cleaning, and plain-text
cleaning articles/s (sample corpus articles) in one process and in a pool of two. Prints a table and writes
benchmarks/results/clean.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlparse

import trafilatura

from storyline.clean import CleanStage, TemplateIndex
from storyline.eval.clean_eval import (
    Scores,
    SegmentPage,
    gold_input,
    load_article_truth,
    load_segment_pages,
    score_segments,
    score_shingles,
)
from storyline.eval.gold import load_gold
from storyline.model import Article

REPO = Path(__file__).resolve().parents[1]
MODES = {"standard": {"fast": False}, "fast": {"fast": True}}


def _domain(key: str) -> str:
    """The outlet of a page: its host, or the site name of 'hard::site-name.html' keys."""
    host = urlparse(key).netloc
    return (host or key.split("::")[-1].split("-")[0]).removeprefix("www.")


def _extract(html: bytes, fast: bool) -> tuple[str | None, str | None]:
    """trafilatura's main text and title (comments excluded, as in upstream's evaluation)."""
    try:
        doc = trafilatura.bare_extraction(html, fast=fast, include_comments=False, with_metadata=True)
    except (ValueError, TypeError):
        return None, None
    return getattr(doc, "text", None), getattr(doc, "title", None)


def _read_gz(path: Path) -> bytes:
    """The bytes of a gzip file (HTML stays undecoded: the parser detects its encoding)."""
    with gzip.open(path, "rb") as fh:
        return fh.read()


def _run_pages(pages: dict[str, bytes], fast: bool) -> tuple[dict[str, tuple[str | None, str | None]], float]:
    """Extraction of every page; CPU seconds spent."""
    start = time.process_time()
    out = {key: _extract(html, fast) for key, html in pages.items()}
    return out, time.process_time() - start


def _clean_all(
    extracted: dict[str, tuple[str | None, str | None]], outlets: dict[str, str]
) -> tuple[dict[str, str | None], float]:
    """Our cleaning on each extracted text (HTML input format, a template index over the pages as a store would)."""
    start = time.process_time()
    index = TemplateIndex.build((outlets[k], text) for k, (text, _) in extracted.items() if text)
    stage = CleanStage(index)
    out: dict[str, str | None] = {}
    for key, (text, title) in extracted.items():
        if not text:
            out[key] = text
            continue
        art = Article(id=key, path=key, raw_text=text, title=title, outlet=outlets[key], input_format="html")
        out[key] = stage.run(art).text
    return out, time.process_time() - start


def _row(name: str, system: str, s: Scores) -> dict[str, object]:
    """One result row."""
    return {"benchmark": name, "system": system, **{k: round(v, 4) if isinstance(v, float) else v
                                                      for k, v in asdict(s).items()}}


def _segment_rows(pages: list[SegmentPage], system: str, outputs: dict[str, str | None]) -> list[dict[str, object]]:
    """trafilatura-eval rows: all pages, German subset, even (tuning) and odd (untouched) halves."""
    subsets: dict[str, Callable[[int, SegmentPage], bool]] = {
        "trafilatura-eval": lambda i, p: True,
        "trafilatura-eval de": lambda i, p: p.lang == "de",
        "trafilatura-eval even (tuning half)": lambda i, p: i % 2 == 0,
        "trafilatura-eval odd (untouched half)": lambda i, p: i % 2 == 1,
    }
    return [_row(name, system, score_segments([p for i, p in enumerate(pages) if keep(i, p)], outputs))
            for name, keep in subsets.items()]


def quality(data_dir: Path, fast_subset: bool) -> tuple[list[dict[str, object]], dict[str, float]]:
    """Quality rows for both benchmarks and HTML speed figures."""
    step = 8 if fast_subset else 1
    pages = load_segment_pages(data_dir)[::step]
    truth = dict(list(load_article_truth(data_dir).items())[::step])
    te_html = {p.key: _read_gz(p.html_path) for p in pages}
    aeb_dir = data_dir / "article-extraction-benchmark" / "html"
    aeb_html = {k: _read_gz(aeb_dir / f"{k}.html.gz") for k in truth}
    outlets = {p.key: _domain(p.key) for p in pages}
    aeb_urls = json.loads((data_dir / "article-extraction-benchmark" / "ground-truth.json").read_text("utf-8"))
    aeb_outlets = {k: _domain(aeb_urls[k]["url"]) for k in truth}
    rows: list[dict[str, object]] = []
    speed: dict[str, float] = {}
    for mode, kw in MODES.items():
        te_out, te_cpu = _run_pages(te_html, **kw)
        clean_te, clean_cpu = _clean_all(te_out, outlets)
        aeb_out, _ = _run_pages(aeb_html, **kw)
        clean_aeb, _ = _clean_all(aeb_out, aeb_outlets)
        base = f"trafilatura {trafilatura.__version__} {mode}"
        rows += _segment_rows(pages, base, {k: v[0] for k, v in te_out.items()})
        rows += _segment_rows(pages, base + " + storyline clean", clean_te)
        aeb_base = score_shingles(truth, {k: v[0] for k, v in aeb_out.items()})
        rows.append(_row("article-extraction-benchmark", base, aeb_base))
        rows.append(_row("article-extraction-benchmark", base + " + storyline clean", score_shingles(truth, clean_aeb)))
        speed[f"html_pages_per_cpu_s_{mode}_trafilatura"] = len(pages) / te_cpu
        speed[f"html_pages_per_cpu_s_{mode}_with_clean"] = len(pages) / (te_cpu + clean_cpu)
        speed[f"html_ratio_{mode}"] = te_cpu / (te_cpu + clean_cpu)
    return rows, speed


def _clean_chunk(args: tuple[CleanStage, list[Article]]) -> int:
    """Worker: clean a chunk of articles, return how many."""
    stage, arts = args
    for art in arts:
        stage.run(art)
    return len(arts)


def text_speed(samples: Path, repeat: int) -> dict[str, float]:
    """Plain-text cleaning articles/s on the sample corpus (gold txt renderings), one process and a pool of 2."""
    gold = load_gold(samples)
    arts = [gold_input(g) for g in gold.articles.values()] * repeat
    index = TemplateIndex.build((a.outlet, a.raw_text) for a in arts[: len(gold.articles)])
    stage = CleanStage(index)
    start, cpu = time.perf_counter(), time.process_time()
    _clean_chunk((stage, arts))
    wall1, cpu1 = time.perf_counter() - start, time.process_time() - cpu
    chunks = [(stage, arts[i::8]) for i in range(8)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        start = time.perf_counter()
        done = sum(pool.map(_clean_chunk, chunks))
        wall2 = time.perf_counter() - start
    return {"text_articles": float(len(arts)), "text_articles_per_s_1proc_wall": len(arts) / wall1,
            "text_articles_per_cpu_s": len(arts) / cpu1, "text_articles_per_s_2proc_wall": done / wall2,
            "load_average_1min": os.getloadavg()[0]}


def main() -> int:
    """Run, print the table, write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fast", action="store_true", help="every 8th page only")
    ap.add_argument("--data-dir", type=Path, default=Path(os.environ.get("STORYLINE_DATA_DIR",
                                                                          REPO.parent / "shared" / "data")))
    ap.add_argument("--samples", type=Path, default=REPO / "samples")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "clean.json")
    args = ap.parse_args()
    rows, speed = quality(args.data_dir, args.fast)
    if (args.samples / "gold" / "articles.jsonl").is_file():
        speed.update(text_speed(args.samples, 2 if args.fast else 10))
    print(f"{'benchmark':40s} {'system':45s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}")
    for r in rows:
        print(f"{r['benchmark']!s:40s} {r['system']!s:45s} {r['precision']:>6.3f} {r['recall']:>6.3f} "
              f"{r['f1']:>6.4f} {r['n']:>5}")
    for k, v in speed.items():
        print(f"{k:45s} {v:10.1f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"fast": args.fast, "rows": rows, "speed": speed}, indent=1) + "\n",
                        encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
