"""Ingest throughput and peak memory: plain text (1k vs 10k articles from 10kgnad) and HTML pages.

Usage: ``python benchmarks/ingest.py [--sizes 1000,10000] [--workers 2] [--stages]``

Builds corpora in a temporary folder from ``../shared/data`` (never copied into the repo), runs
``storyline ingest`` (or ``run`` with ``--stages``) in a subprocess, samples the RSS of the whole
process tree (main + workers) every 0.1 s, prints a table and writes ``benchmarks/results/ingest.json``.
Targets (issue 3): >= 300 plain-text articles/s and >= 30 HTML pages/s end to end on 2 cores, with
peak memory flat as the corpus grows.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("STORYLINE_DATA_DIR", REPO.parent / "shared" / "data"))
RESULTS = REPO / "benchmarks" / "results"
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def gnad_articles() -> list[str]:
    """The 1,028 10kgnad test articles (title+lead+body in one field)."""
    with gzip.open(DATA / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) == 2]


def write_text_corpus(folder: Path, n: int, sources: list[str]) -> None:
    """``n`` distinct articles: a source article's sentences reshuffled per copy, three per paragraph."""
    folder.mkdir(parents=True)
    for i in range(n):
        sentences = SENTENCE.split(sources[i % len(sources)])
        rng = random.Random(i)
        head, rest = sentences[0], sentences[1:]
        rng.shuffle(rest)
        paragraphs = [" ".join(rest[j : j + 3]) for j in range(0, len(rest), 3)]
        body = "\n\n".join(paragraphs) or head
        sub = folder / f"d{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:06d}.txt").write_text(f"{head[:120]} ({i})\n\n{body}\n", encoding="utf-8")


def write_html_corpus(folder: Path) -> int:
    """The trafilatura-eval pages, decompressed; returns how many."""
    folder.mkdir(parents=True)
    pages = sorted((DATA / "trafilatura-eval" / "html").glob("*.html.gz"))
    for page in pages:
        (folder / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return len(pages)


def measure(inputs: Path, store: Path, workers: int, stages: bool) -> dict[str, float]:
    """Wall time and peak RSS (MiB) of the whole process tree of one storyline run."""
    command = "run" if stages else "ingest"
    cmd = [sys.executable, "-m", "storyline", command, str(inputs), "--store", str(store), "--quiet",
           "--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    out, err = proc.communicate()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"storyline failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(peak / 2**20, 1), "stdout": out.decode().strip()[:300]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="plain-text corpus sizes")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", action="store_true", help="run all stages too (storyline run)")
    parser.add_argument("--no-html", action="store_true")
    args = parser.parse_args()
    if not (DATA / "10kgnad").is_dir():
        raise SystemExit(f"shared data not found at {DATA}; set STORYLINE_DATA_DIR")
    rows = []
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        base = Path(tmp)
        sources = gnad_articles()
        for n in [int(s) for s in args.sizes.split(",")]:
            folder = base / f"txt{n}"
            write_text_corpus(folder, n, sources)
            result = measure(folder, base / f"txt{n}.duckdb", args.workers, args.stages)
            rows.append({"corpus": f"txt {n:,}", "items": n, **result, "per_second": round(n / result["seconds"], 1)})
        if not args.no_html:
            n = write_html_corpus(base / "html")
            result = measure(base / "html", base / "html.duckdb", args.workers, args.stages)
            rows.append({"corpus": f"html {n:,}", "items": n, **result, "per_second": round(n / result["seconds"], 1)})
    print(f"{'corpus':<12} {'items':>7} {'seconds':>8} {'items/s':>8} {'peak MiB':>9}")
    for row in rows:
        print(f"{row['corpus']:<12} {row['items']:>7} {row['seconds']:>8} {row['per_second']:>8} {row['peak_rss_mib']:>9}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / ("run.json" if args.stages else "ingest.json")
    payload = {"workers": args.workers, "cpu_count": os.cpu_count(), "stages": args.stages, "rows": rows,
               "load_average": os.getloadavg()}
    target.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
