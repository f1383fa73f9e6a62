"""Event-clustering benchmark: a synthetic stream built from 10kgnad with injected events, at 10k/50k/100k.

Each size runs in its own process (so peak memory is that size's own). Prints a table and writes
benchmarks/results/cluster.json. Usage: nice -n 10 python benchmarks/cluster.py [--sizes 10000,50000,100000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from storyline.cluster.engine import cluster_corpus
from storyline.cluster.settings import ClusterSettings
from storyline.eval.cluster_eval import ListSource, pairwise_prf
from storyline.model import Article

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("STORYLINE_DATA_DIR", ROOT.parent / "shared" / "data"))
EVENT_SIZE = 5  # articles per injected event (one report and four rewrites within two days)
EVENT_EVERY = 10  # one injected event per this many stream slots


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in text.replace("? ", ". ").split(". ") if len(s.strip()) > 20]


def load_gnad() -> list[list[str]]:
    """10kgnad articles as sentence lists."""
    with gzip.open(DATA / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as fh:
        return [_sentences(rec[1]) for rec in csv.reader(fh, delimiter=";", quotechar="'") if len(rec) > 1]


def synthetic_stream(n: int, seed: int = 1) -> tuple[list[Article], dict[str, str]]:
    """``n`` articles over one year: background articles of sentences from twelve 10kgnad articles (no two
    alike), and injected events of five rewrites of one source article; returns articles and gold labels."""
    rng = random.Random(seed)
    pool = [s for s in load_gnad() if len(s) >= 4]
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    arts: list[Article] = []
    gold: dict[str, str] = {}
    i = 0
    while len(arts) < n:
        when = start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
        if i % EVENT_EVERY == 0:
            base = rng.choice(pool)
            for k in range(min(EVENT_SIZE, n - len(arts))):
                body = [base[0], *rng.sample(base[1:], k=max(2, (len(base) - 1) * 2 // 3))]
                aid = f"ev{i:07d}-{k}"
                arts.append(_article(aid, body, when + dt.timedelta(hours=rng.randrange(48))))
                gold[aid] = f"ev{i}"
        else:
            # Twelve sentences from twelve different articles: unrelated to each other and to any event.
            mix = [rng.choice(src) for src in rng.sample(pool, 12)]
            aid = f"bg{i:07d}"
            arts.append(_article(aid, mix, when))
            gold[aid] = aid
        i += 1
    return arts, gold


def _article(aid: str, sentences: list[str], when: dt.datetime) -> Article:
    text = ". ".join(sentences) + "."
    return Article(id=aid, path="synthetic", title=sentences[0][:100], raw_text=text, text=text, language="de",
                   published=when)


def run_one(n: int) -> dict[str, float]:
    """Build the stream, cluster it (batch, no embeddings: the stream is German only), measure."""
    arts, gold = synthetic_stream(n)
    source = ListSource(arts)
    del arts
    t0 = time.perf_counter()
    result = cluster_corpus(source, ClusterSettings(use_embeddings=False))
    seconds = time.perf_counter() - t0
    pred = {aid: ev.id for ev in result.events for aid in ev.article_ids}
    quality = pairwise_prf(gold, pred)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": n, "seconds": round(seconds, 1), "peak_rss_mb": round(peak_mb), "events": len(result.events),
            "pairwise_f1": round(quality.f1 or 0.0, 4), "articles_per_s": round(n / seconds)}


def main() -> None:
    """Run each size in a subprocess, print the table, write the JSON results."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    if not (DATA / "10kgnad" / "test.csv.gz").is_file():
        sys.exit(f"10kgnad not found under {DATA} (set STORYLINE_DATA_DIR)")
    rows = []
    for n in (int(x) for x in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(f"{rows[-1]['articles']:>7}  {rows[-1]['seconds']:>7.1f} s  {rows[-1]['peak_rss_mb']:>6} MB  "
              f"{rows[-1]['events']:>7} events  pairwise F1 {rows[-1]['pairwise_f1']:.4f}", flush=True)
    ratio = None
    by_n = {r["articles"]: r["seconds"] for r in rows}
    if 10000 in by_n and 100000 in by_n:
        ratio = round(by_n[100000] / by_n[10000], 2)
        print(f"time ratio 100k/10k: {ratio} (target <= 12); 100k within 10 min: {by_n[100000] <= 600}")
    results = {"benchmark": "cluster", "cpus": os.cpu_count(), "load_avg": os.getloadavg()[0], "rows": rows,
               "ratio_100k_10k": ratio, "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    path = ROOT / "benchmarks" / "results" / "cluster.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
