"""Measure NER load time and speed on real German news (10kGNAD test articles, read from ../shared/data).

    nice -n 10 .venv/bin/python training/ner_bench.py [--articles 200] [--language de]

Prints load seconds, articles/s and words/s (wall and per CPU second) for one process (the engine runs one per core).
10kGNAD is CC BY-NC-SA: read here for timing only, never copied into the repo.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import time

from storyline.eval.ner_eval import data_dir


def load_articles(limit: int) -> list[str]:
    """Article texts from the 10kGNAD test split."""
    path = data_dir() / "10kgnad" / "test.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = csv.reader(fh, delimiter=";", quotechar="'")
        return [row[1] for row in rows if len(row) > 1][:limit]


def main() -> None:
    """Time model load and recognition."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--language", default="de")
    args = ap.parse_args()
    texts = load_articles(args.articles)
    started = time.perf_counter()
    from storyline.extract.ner import load_ner

    rec = load_ner(args.language)
    load_s = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    mentions = rec.recognise_many(texts)
    run_s = time.perf_counter() - started
    # CPU seconds too: on a shared machine wall time overstates the cost; CPU time is what one core pays.
    cpu_s = time.process_time() - cpu_started
    words = sum(len(t.split()) for t in texts)
    print(
        json.dumps(
            {
                "language": args.language,
                "articles": len(texts),
                "mean_words": round(words / len(texts)),
                "load_s": round(load_s, 2),
                "articles_per_s": round(len(texts) / run_s, 1),
                "articles_600w_per_s": round(words / 600 / run_s, 1),
                "words_per_s": round(words / run_s),
                "articles_600w_per_cpu_s": round(words / 600 / cpu_s, 1),
                "mentions": sum(len(m) for m in mentions),
            }
        )
    )


if __name__ == "__main__":
    main()
