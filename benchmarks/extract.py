"""Benchmark of the extraction stages (NER + in-article entity rules, dates, quotes, figures) as the pipeline runs them.

    nice -n 10 .venv/bin/python benchmarks/extract.py [--articles 400] [--workers 2] [--data-dir ../shared/data]

Articles of ~600 words: German ones cut at sentence ends from the 10kgnad test articles in file order
(a source article's end is a paragraph break), English ones likewise from the sample corpus's English
clean texts (gold ``clean_text``, both splits: this measures speed, not quality). The English texts hold
~19,000 words, so their articles are cut again on each cycle (145 distinct among 400); English runs as many
articles as German, since with a quarter as many (100, four tasks of 32) one of two workers sat idle for
the last task and the figure measured the pool's schedule rather than the cores. Each article runs
through the pipeline's own worker task (``StagesTask``) with the registered stages ``entities``,
``dates``, ``quotes``, ``figures``, in that order, on the local engine's forkserver pool.

Measured: articles/s on 1 process and on ``--workers`` processes (steady state, models loaded; and end to
end, worker start and model load included), peak RSS of the whole process tree (sampled every 0.05 s),
NER model load time per language, and each component's share of one process's time (NER model,
entity rules in the article, dates, quotes, figures). Targets (issue 7): >= 40 articles/s on 2 cores,
peak <= 1.5 GiB. Prints a table and writes benchmarks/results/extract.json.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import gzip
import json
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import psutil

from storyline.engine.local import limit_blas_threads
from storyline.engine.pipeline import StagesTask
from storyline.engine.stage import ArticleStage
from storyline.engine.stages import article_stages
from storyline.eval.gold import load_gold
from storyline.extract.dates import DateStage
from storyline.extract.entity_article import link_in_article
from storyline.extract.entity_spans import model_view
from storyline.extract.figures import FigureStage
from storyline.extract.ner import CHUNK_CHARS, load_ner, recognise
from storyline.extract.quotes import QuoteStage
from storyline.model import Article, Mention
from storyline.store.db import Store

REPO = Path(__file__).resolve().parents[1]
STAGES = ("entities", "dates", "quotes", "figures")  # the pipeline's per-article extraction stages, in order
WORDS = 600
CHUNK = 32  # articles per task, as the pipeline sends them (engine/pipeline.py STAGE_CHUNK)
_SENTENCE = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])")
PUBLISHED = {"de": dt.datetime(2016, 1, 15, 12, tzinfo=dt.UTC), "en": dt.datetime(2023, 6, 15, 12, tzinfo=dt.UTC)}


def cut_articles(sources: list[str], n: int, words: int = WORDS) -> list[str]:
    """Up to ``n`` texts of at least ``words`` words, whole sentences, taken from ``sources`` in order (cycled)."""
    out: list[str] = []
    paragraphs: list[list[str]] = [[]]
    count = 0
    i = 0
    while len(out) < n and sources:
        for sentence in _SENTENCE.split(sources[i % len(sources)].strip()):
            paragraphs[-1].append(sentence)
            count += len(sentence.split())
            if count >= words:
                out.append("\n".join(" ".join(p) for p in paragraphs if p))
                paragraphs, count = [[]], 0
                if len(out) == n:
                    break
        paragraphs.append([])  # a source article ends: a paragraph break
        i += 1
    return out


def gnad_texts(data_dir: Path) -> list[str]:
    """The 10kgnad test articles (title+lead+body in one field)."""
    with gzip.open(data_dir / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]


def english_texts(samples: Path) -> list[str]:
    """Clean texts of the sample corpus's authored English articles (copies left out)."""
    gold = load_gold(samples)
    return [a.clean_text for _, a in sorted(gold.articles.items()) if a.language == "en" and not re.search(r"c\d+$", a.id)]


def as_articles(texts: list[str], language: str) -> list[Article]:
    """Articles as the extraction stages see them after cleaning (text = clean text)."""
    return [
        Article(id=f"{language}{i:05d}", path=f"bench/{language}{i:05d}.txt", raw_text=t, text=t, language=language,
                published=PUBLISHED[language])
        for i, t in enumerate(texts)
    ]


def stages() -> list[ArticleStage]:
    """The registered extraction stages, built as the pipeline builds them (their factories ignore the store)."""
    return article_stages(cast(Store, None), STAGES)


_TASK: StagesTask | None = None


def _init(task: StagesTask, languages: tuple[str, ...]) -> None:
    """Worker start: the pipeline's setup, then the NER models the articles need (lazy in the stage)."""
    global _TASK
    _TASK = task
    limit_blas_threads()
    task.setup()
    for language in languages:
        load_ner(language)


def _run_chunk(chunk: list[Article]) -> int:
    assert _TASK is not None
    return len(_TASK(chunk))


def _ready(_: int) -> int:
    time.sleep(0.2)  # every worker takes one: the pool is started and its models loaded
    return os.getpid()


class PeakRss:
    """Peak RSS (bytes) of this process and all its children, sampled in a thread."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval, self.peak = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        root = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for proc in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):  # a worker may exit between listing and reading
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total)
            time.sleep(self.interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class PoolRun:
    """One pool run: steady-state and end-to-end seconds and peak memory."""

    workers: int
    articles: int
    seconds: float
    seconds_end_to_end: float
    peak_rss_mib: float


def pool_run(task: StagesTask, articles: list[Article], workers: int, languages: tuple[str, ...]) -> PoolRun:
    """The articles in chunks on a forkserver pool of ``workers`` processes (as engine/local.py starts it)."""
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    context = multiprocessing.get_context("forkserver")
    with PeakRss() as rss:
        started = time.perf_counter()
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init, initargs=(task, languages)) as pool:
            pids = set(pool.map(_ready, range(workers * 4)))
            ready = time.perf_counter()
            done = sum(pool.map(_run_chunk, chunks))
            finished = time.perf_counter()
    if done != len(articles) or len(pids) < workers:
        raise SystemExit(f"pool ran {done} of {len(articles)} articles on {len(pids)} of {workers} workers")
    return PoolRun(workers, done, finished - ready, finished - started, rss.peak / 2**20)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


COMPONENTS = ("ner_model", "ner_span_rules", "entity_rules", "dates", "quotes", "figures")


def _recognise_in_two(texts: list[str], language: str) -> tuple[list[list[Mention]], float, float]:
    """``recognise_many`` for a chunk of short texts, split into the model's batched pass and the span
    rules after it (seconds)."""
    rec = load_ner(language)
    start = time.perf_counter()
    docs = list(rec.pipe([model_view(text) for text in texts], batch_size=CHUNK))
    mid = time.perf_counter()
    found = [rec._mentions(doc, text) for doc, text in zip(docs, texts, strict=True)]  # as Recogniser.recognise_many does
    return found, mid - start, time.perf_counter() - mid


def component_shares(articles: list[Article]) -> dict[str, float]:
    """Seconds per component in this process, each called as its stage calls it (chunks of ``CHUNK`` articles).

    EntityStage is split in three: the NER model (one batched pass per chunk, ``Recogniser.pipe``), the span
    rules after it (trim, harmonise, propagate; ``Recogniser._mentions``) and the in-article identity rules
    (``link_in_article``).
    """
    date_stage, quote_stage, figure_stage = DateStage(), QuoteStage(), FigureStage()
    seconds = dict.fromkeys(COMPONENTS, 0.0)
    for c in range(0, len(articles), CHUNK):
        chunk = articles[c : c + CHUNK]
        language = chunk[0].language or "de"
        texts = [article.text or "" for article in chunk]
        if any(len(text) > CHUNK_CHARS for text in texts) or any(a.language != chunk[0].language for a in chunk):
            raise SystemExit(f"chunk {c}: an article is longer than one NER chunk ({CHUNK_CHARS} characters) or of another language")
        found, model, rules = _recognise_in_two(texts, language)
        if c == 0 and found[:3] != [recognise(text, language) for text in texts[:3]]:
            raise SystemExit("the split NER call differs from recognise(); update benchmarks/extract.py")
        seconds["ner_model"] += model
        seconds["ner_span_rules"] += rules
        for article, text, mentions in zip(chunk, texts, found, strict=True):
            start = time.perf_counter()
            article = article.model_copy(update={"mentions": link_in_article(text, mentions, language)})
            seconds["entity_rules"] += time.perf_counter() - start
            for name, stage in (("dates", date_stage), ("quotes", quote_stage), ("figures", figure_stage)):
                start = time.perf_counter()
                article = stage.run(article)
                seconds[name] += time.perf_counter() - start
    return seconds


def _rows(corpus: str, articles: list[Article], task: StagesTask, workers: int, languages: tuple[str, ...]) -> Iterator[dict[str, object]]:
    for n in sorted({1, workers}):
        run = pool_run(task, articles, n, languages)
        yield {"corpus": corpus, "processes": n, "articles": run.articles, "seconds": round(run.seconds, 2),
               "articles_per_s": round(run.articles / run.seconds, 1),
               "articles_per_s_end_to_end": round(run.articles / run.seconds_end_to_end, 1),
               "peak_rss_mib": round(run.peak_rss_mib, 1)}


def main() -> int:
    """Build the articles, measure, print the table, write JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400, help="articles per language")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--data-dir", type=Path, default=Path(os.environ.get("STORYLINE_DATA_DIR",
                                                                          REPO.parent / "shared" / "data")))
    ap.add_argument("--samples", type=Path, default=REPO / "samples")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "extract.json")
    args = ap.parse_args()
    corpora = {"de 10kgnad": as_articles(cut_articles(gnad_texts(args.data_dir), args.articles), "de"),
               "en samples": as_articles(cut_articles(english_texts(args.samples), args.articles), "en")}
    load = {lang: _timed(lambda lang=lang: load_ner(lang)) for lang in ("de", "en")}  # type: ignore[misc]
    task = StagesTask(stages())
    limit_blas_threads()  # the component shares are one core's time, as in a worker
    rows: list[dict[str, object]] = []
    shares: dict[str, dict[str, float]] = {}
    for corpus, arts in corpora.items():
        language = arts[0].language or "de"
        component_shares(arts[:5])  # warm-up: lexicons and patterns compile on first use
        seconds = component_shares(arts)
        total = sum(seconds.values())
        shares[corpus] = {k: round(v / total, 4) for k, v in seconds.items()} | {
            "articles_per_s_1proc_in_process": round(len(arts) / total, 1),
            "ner_model_articles_per_s": round(len(arts) / seconds["ner_model"], 1),
            "non_model_articles_per_s": round(len(arts) / (total - seconds["ner_model"]), 1)}
        rows += _rows(corpus, arts, task, args.workers, (language,))
        words = sum(len((a.text or "").split()) for a in arts) / len(arts)
        shares[corpus]["words_per_article"] = round(words, 1)
    print(f"{'corpus':<12} {'procs':>5} {'articles':>8} {'seconds':>8} {'art/s':>7} {'art/s e2e':>9} {'peak MiB':>9}")
    for r in rows:
        print(f"{r['corpus']!s:<12} {r['processes']!s:>5} {r['articles']!s:>8} {r['seconds']!s:>8} "
              f"{r['articles_per_s']!s:>7} {r['articles_per_s_end_to_end']!s:>9} {r['peak_rss_mib']!s:>9}")
    print(f"\n{'share of 1 process':<18} {'words':>6} " + " ".join(f"{k:>14}" for k in COMPONENTS)
          + f" {'model art/s':>12} {'rest art/s':>11}")
    for corpus, s in shares.items():
        print(f"{corpus:<18} {s['words_per_article']:>6} " + " ".join(f"{100 * s[k]:>13.1f}%" for k in COMPONENTS)
              + f" {s['ner_model_articles_per_s']:>12} {s['non_model_articles_per_s']:>11}")
    print("\nNER model load (s): " + ", ".join(f"{k} {v:.2f}" for k, v in load.items())
          + f"; load average {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"rows": rows, "component_shares": shares, "ner_load_seconds": {k: round(v, 3) for k, v in load.items()},
               "workers": args.workers, "cpu_count": os.cpu_count(), "load_average": os.getloadavg()}
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
