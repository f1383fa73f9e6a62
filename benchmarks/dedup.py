"""Dedup benchmark: fingerprinting speed, candidate generation at 10k/50k/100k, pair P/R, vs datasketch.

    nice -n 10 .venv/bin/python benchmarks/dedup.py [--sizes 10000,50000,100000] [--baseline-max 100000] [--link-sample 1000]

Synthetic corpus from ../shared/data/10kgnad (never copied into the repo): distinct base documents of
twelve sentences drawn from twelve different originals (four paragraphs), and copies of recent bases with
known ground truth: exact, near (a few words changed), partial (paragraphs dropped) and paraphrase-like
(sentences reordered, 15% of words replaced, one sentence dropped). Each (method, size) runs in its own
process so peak memory is its own. Ours: storyline.dedup fingerprints (numpy MinHash, anchors, farm
signals) and candidate_pairs (exact hash + LSH bands + anchor blocking); baseline: datasketch MinHash
(shared permutations) + MinHashLSH insert/query at the same num_perm. Both decide a pair by signature
Jaccard >= 0.3 (or equal text hash), so P/R compare candidate generation, not the text alignment.

The link stage (passage alignment, kind decision, and the paraphrase path that embeds sentences with USE
for same-language pairs the lexical rules reject) is measured on a seeded sample of candidate pairs
(--link-sample random candidates for cost and precision, as many gold pairs for recall per kind): CPU ms
per pair, the share routed to the embedder, and the link-stage CPU for all candidates extrapolated from
the sample. Peak memory is reported after candidate generation and after the link sample (the model).
Prints a table and writes benchmarks/results/dedup.json.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("STORYLINE_DATA_DIR", ROOT.parent / "shared" / "data"))
COPY_SHARE = 0.25  # a quarter of the stream are copies of a recent base document
RECENT = 2000  # copies pick from the last 2,000 bases (memory-bounded generation)
KINDS = ("exact", "near", "partial", "paraphrase")
PAIR_JACCARD = 0.3  # signature Jaccard at which both methods call a candidate pair a copy
NUM_PERM = 126


def load_sentences() -> list[list[str]]:
    """10kgnad articles as lists of sentences (articles with at least four)."""
    with gzip.open(DATA / "10kgnad" / "test.csv.gz", "rt", encoding="utf-8") as fh:
        rows = [rec[1] for rec in csv.reader(fh, delimiter=";", quotechar="'") if len(rec) > 1]
    out = []
    for text in rows:
        sents = [s.strip() + "." for s in text.replace("? ", ". ").split(". ") if len(s.strip()) > 20]
        if len(sents) >= 4:
            out.append(sents)
    return out


def _text(sentences: list[str]) -> str:
    return "\n".join(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))


def _edit_words(text: str, share: float, rng: random.Random, vocab: list[str]) -> str:
    words = text.split(" ")
    for _ in range(max(1, int(len(words) * share))):
        words[rng.randrange(len(words))] = rng.choice(vocab)
    return " ".join(words)


def _copy(base: list[str], kind: str, rng: random.Random, vocab: list[str]) -> str:
    if kind == "exact":
        return _text(base)
    if kind == "near":
        return _edit_words(_text(base), 0.03, rng, vocab)
    if kind == "partial":
        return _text(base[: rng.choice((6, 9))])
    paras = [base[i : i + 3] for i in range(0, len(base), 3)]
    for p in paras:
        rng.shuffle(p)
    kept = [s for p in paras for s in p]
    kept.pop(rng.randrange(len(kept)))
    return _edit_words(_text(kept), 0.15, rng, vocab)


def stream(n: int, seed: int = 7) -> Iterator[tuple[str, str, str, str]]:
    """(id, text, family id, kind) for n synthetic articles; kind "base" for originals."""
    rng = random.Random(seed)
    pool = load_sentences()
    vocab = [w for s in pool[:200] for sent in s for w in sent.split(" ") if w.isalpha()]
    recent: list[tuple[str, list[str]]] = []
    for i in range(n):
        aid = f"s{i:07d}"
        if recent and rng.random() < COPY_SHARE:
            fam, base = rng.choice(recent)
            kind = KINDS[i % len(KINDS)]
            yield aid, _copy(list(base), kind, rng, vocab), fam, kind
            continue
        sents = [rng.choice(src) for src in rng.sample(pool, 12)]
        recent.append((aid, sents))
        if len(recent) > RECENT:
            recent.pop(0)
        yield aid, _text(sents), aid, "base"


def _truth(families: list[str], kinds: list[str]) -> tuple[set[tuple[int, int]], dict[tuple[int, int], str]]:
    """Gold pairs (base, copy) as index pairs with their kind."""
    index = {f"s{i:07d}": i for i in range(len(families))}
    pairs = {(index[f], i): k for i, (f, k) in enumerate(zip(families, kinds, strict=True)) if k != "base"}
    return set(pairs), pairs


def _score(pred: set[tuple[int, int]], families: list[str], kinds: list[str]) -> dict[str, float]:
    """Precision (pairs within one family are right), recall of base-copy pairs, recall per kind."""
    gold, kind_of = _truth(families, kinds)
    right = sum(1 for i, j in pred if families[i] == families[j])
    found = gold & pred
    out = {"pairs": len(pred), "precision": right / len(pred) if pred else 0.0,
           "recall": len(found) / len(gold) if gold else 0.0}
    for k in KINDS:
        total = [p for p in gold if kind_of[p] == k]
        out[f"recall_{k}"] = sum(1 for p in total if p in found) / len(total) if total else 0.0
    p, r = out["precision"], out["recall"]
    out["f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def _link_sample(n: int, pairs: np.ndarray, prints: list, families: list[str], kinds: list[str],  # type: ignore[type-arg]
                 size: int) -> dict[str, float]:
    """Link decisions (align, kind, paraphrase path) on ``size`` random candidates and ``size`` gold pairs."""
    from storyline.dedup import links as links_mod
    from storyline.dedup.crosslingual import ParagraphEmbedder
    from storyline.dedup.settings import DedupSettings

    settings, embedder = DedupSettings(), ParagraphEmbedder()
    rng = random.Random(11)
    random_pairs = [tuple(map(int, pairs[k])) for k in rng.sample(range(len(pairs)), min(size, len(pairs)))]
    gold, kind_of = _truth(families, kinds)
    in_candidates = sorted(gold & {(int(a), int(b)) for a, b in pairs})
    gold_pairs = rng.sample(in_candidates, min(size, len(in_candidates)))
    wanted = {i for pair in random_pairs + gold_pairs for i in pair}
    texts = {i: text for i, (_aid, text, _f, _k) in enumerate(stream(n)) if i in wanted}
    routed = [0]
    semantic = links_mod.paraphrase_match

    def counted(*args: object, **kwargs: object) -> object:
        routed[0] += 1
        return semantic(*args, **kwargs)  # type: ignore[arg-type]

    links_mod.paraphrase_match = counted  # type: ignore[assignment]
    embedder.available  # noqa: B018  # load the model outside the timed loop

    def decide(sample: list[tuple[int, int]]) -> tuple[list[str | None], float]:
        start, out = time.process_time(), []
        for i, j in sample:
            found = links_mod.link_pair(prints[i], prints[j], links_mod.Texts(texts[i], texts[i]),
                                        links_mod.Texts(texts[j], texts[j]), settings, embedder)
            out.append(found[0].kind if found else None)
        return out, time.process_time() - start

    decided, seconds = decide(random_pairs)
    routed_random = routed[0]
    found_gold, _ = decide(gold_pairs)
    linked = [p for p, k in zip(random_pairs, decided, strict=True) if k]
    out = {"link_ms_per_pair": 1000 * seconds / max(1, len(random_pairs)),
           "link_routed_share": routed_random / max(1, len(random_pairs)),
           "link_cpu_estimate_s": seconds / max(1, len(random_pairs)) * len(pairs),
           "link_precision": sum(families[i] == families[j] for i, j in linked) / len(linked) if linked else 0.0,
           "link_recall": sum(k is not None for k in found_gold) / len(gold_pairs) if gold_pairs else 0.0}
    for kind in KINDS:
        hits = [k is not None for p, k in zip(gold_pairs, found_gold, strict=True) if kind_of[p] == kind]
        out[f"link_recall_{kind}"] = sum(hits) / len(hits) if hits else 0.0
    return out


def run_ours(n: int, link_sample: int = 0) -> dict[str, float]:
    """Fingerprint the stream with storyline.dedup, generate candidates, decide by signature Jaccard."""
    from storyline.dedup import minhash
    from storyline.dedup.candidates import candidate_pairs
    from storyline.dedup.fingerprint import fingerprint
    from storyline.dedup.settings import DedupSettings
    from storyline.dedup.text import word_hashes, words
    from storyline.model import Article

    settings = DedupSettings()
    families, kinds, prints = [], [], []
    seconds = minhash_seconds = 0.0
    for aid, text, fam, kind in stream(n):
        article = Article(id=aid, path="synthetic", raw_text=text, text=text, language="de", outlet=f"o{fam[-1]}")
        start = time.process_time()  # the MinHash part alone, comparable with the datasketch baseline
        minhash.signature(minhash.shingle_hashes(word_hashes(words(text)), 3), settings.num_perm, settings.seed)
        minhash_seconds += time.process_time() - start
        start = time.process_time()  # CPU seconds: per-core throughput on a shared machine
        prints.append(fingerprint(article, settings))
        seconds += time.process_time() - start
        families.append(fam)
        kinds.append(kind)
    start, cpu = time.perf_counter(), time.process_time()
    pairs = candidate_pairs(prints, settings)
    cand_seconds, cand_cpu = time.perf_counter() - start, time.process_time() - cpu
    sigs = np.stack([p.signature for p in prints])
    exact = np.array([p.exact for p in prints], dtype=np.uint64)
    i, j = pairs[:, 0], pairs[:, 1]
    keep = (np.mean(sigs[i] == sigs[j], axis=1) >= PAIR_JACCARD) | (exact[i] == exact[j])
    pred = {(int(a), int(b)) for a, b in pairs[keep]}
    result = {"fingerprint_per_s": n / seconds, "minhash_per_s": n / minhash_seconds,
              "candidate_seconds": cand_seconds, "candidate_cpu_seconds": cand_cpu, "candidates": len(pairs),
              "peak_candidates_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
              **_score(pred, families, kinds)}
    if link_sample:
        result.update(_link_sample(n, pairs, prints, families, kinds, link_sample))
    return result


def run_datasketch(n: int) -> dict[str, float]:
    """The plain baseline: datasketch MinHash over word 3-shingles and MinHashLSH insert + query."""
    from datasketch import MinHash, MinHashLSH

    from storyline.dedup.text import words

    proto = MinHash(num_perm=NUM_PERM, seed=1)
    perms, scheme = proto.permutations, proto.scheme
    families, kinds, hashes = [], [], []
    seconds = 0.0
    for _aid, text, fam, kind in stream(n):
        start = time.process_time()
        tokens = words(text)
        mh = MinHash(num_perm=NUM_PERM, permutations=perms, scheme=scheme)
        mh.update_batch([" ".join(tokens[k : k + 3]).encode("utf-8") for k in range(max(1, len(tokens) - 2))])
        hashes.append(mh)
        seconds += time.process_time() - start
        families.append(fam)
        kinds.append(kind)
    start, cpu = time.perf_counter(), time.process_time()
    lsh = MinHashLSH(threshold=PAIR_JACCARD, num_perm=NUM_PERM)
    for idx, mh in enumerate(hashes):
        lsh.insert(idx, mh)
    pairs = {(min(idx, o), max(idx, o)) for idx, mh in enumerate(hashes) for o in lsh.query(mh) if o != idx}
    cand_seconds, cand_cpu = time.perf_counter() - start, time.process_time() - cpu
    pred = {(a, b) for a, b in pairs if hashes[a].jaccard(hashes[b]) >= PAIR_JACCARD}
    return {"fingerprint_per_s": n / seconds, "minhash_per_s": n / seconds, "candidate_seconds": cand_seconds,
            "candidate_cpu_seconds": cand_cpu, "candidates": len(pairs), **_score(pred, families, kinds)}


def child(method: str, n: int, link_sample: int) -> None:
    """Run one (method, size) and print its figures as JSON (peak memory of this process included)."""
    start = time.perf_counter()
    result = run_ours(n, link_sample) if method == "ours" else run_datasketch(n)
    result["total_seconds"] = time.perf_counter() - start
    result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def main() -> None:
    """Run every (method, size) in a subprocess, print the table, write the JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--baseline-max", type=int, default=100000, help="largest size the baseline runs at")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "dedup.json")
    parser.add_argument("--link-sample", type=int, default=1000,
                        help="candidate pairs (and as many gold pairs) run through the link stage; 0: skip it")
    parser.add_argument("--child", nargs=2, metavar=("METHOD", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.link_sample)
        return
    if not (DATA / "10kgnad" / "test.csv.gz").exists():
        sys.exit(f"10kgnad not found under {DATA}; set STORYLINE_DATA_DIR")
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        for method in ("ours", "datasketch"):
            if method == "datasketch" and n > args.baseline_max:
                continue
            out = subprocess.run([sys.executable, __file__, "--child", method, str(n), "--link-sample",
                                  str(args.link_sample)], capture_output=True, text=True, check=True)
            rows.append({"method": method, "n": n, **json.loads(out.stdout.strip().splitlines()[-1])})
            print(_line(rows[-1]), flush=True)
    ours = {r["n"]: r for r in rows if r["method"] == "ours"}
    # CPU seconds, not wall: wall time on a machine shared with other jobs measures their load, not ours.
    ratio = (ours[max(ours)]["candidate_cpu_seconds"] / ours[min(ours)]["candidate_cpu_seconds"]
             if len(ours) > 1 else None)
    doc = {"generated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "cpu_cores": os.cpu_count(),
           "load_average": os.getloadavg()[0], "rows": rows, "candidate_time_ratio_max_min": ratio}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=1) + "\n")
    print(_table(rows))
    link_rows = [r for r in rows if "link_ms_per_pair" in r]
    if link_rows:
        print(f"\nlink stage on a sample of {args.link_sample} candidates (+ as many gold pairs):")
        print(_table(link_rows, LINK_COLUMNS))
    print(f"candidate CPU-time ratio {max(ours)}/{min(ours)}: {ratio:.2f}" if ratio else "")


COLUMNS = (("method", "method", "{}"), ("n", "n", "{}"), ("fingerprint_per_s", "fp/s", "{:.0f}"),
           ("minhash_per_s", "minhash/s", "{:.0f}"), ("candidate_cpu_seconds", "cand cpu s", "{:.2f}"),
           ("candidate_seconds", "cand wall s", "{:.2f}"), ("candidates", "candidates", "{}"),
           ("precision", "P", "{:.3f}"), ("recall", "R", "{:.3f}"), ("f1", "F1", "{:.3f}"),
           ("recall_partial", "R partial", "{:.3f}"), ("recall_paraphrase", "R paraphr.", "{:.3f}"),
           ("peak_candidates_mib", "peak cand MiB", "{:.0f}"), ("peak_mib", "peak MiB", "{:.0f}"))
LINK_COLUMNS = (("method", "method", "{}"), ("n", "n", "{}"), ("link_ms_per_pair", "link ms/pair", "{:.2f}"),
                ("link_routed_share", "to embedder", "{:.3f}"), ("link_cpu_estimate_s", "link cpu s (est.)", "{:.0f}"),
                ("link_precision", "link P", "{:.3f}"), ("link_recall", "link R", "{:.3f}"),
                ("link_recall_partial", "R partial", "{:.3f}"), ("link_recall_paraphrase", "R paraphr.", "{:.3f}"))


def _line(r: dict[str, float | str]) -> str:
    return "  ".join(f"{label}={fmt.format(r[key])}" for key, label, fmt in COLUMNS + LINK_COLUMNS[2:] if key in r)


def _table(rows: list[dict[str, float | str]], columns: tuple[tuple[str, str, str], ...] = COLUMNS) -> str:
    """Rows as a fixed-width text table (a missing figure prints as -)."""
    cells = [[label for _, label, _ in columns]] + [[fmt.format(r[key]) if key in r else "-"
                                                     for key, _, fmt in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in cells)


if __name__ == "__main__":
    main()
