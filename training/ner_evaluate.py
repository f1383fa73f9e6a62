"""Score the shipped German NER model on GermEval 2014 dev or test (outer layer), per label, as JSON.

    nice -n 10 .venv/bin/python training/ner_evaluate.py --split test

"official": exact span + GermEval's 12 labels; "product": our 4 types (OTH→MISC, *deriv/*part ignored);
"product_news": the same on news sentences only. Use dev for choices; test only for the card.
"""

from __future__ import annotations

import argparse
import json
import time

from storyline.eval.ner_eval import data_dir, evaluate_germeval, read_germeval_tsv


def main() -> None:
    """Print the scores of one split."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    args = ap.parse_args()
    sents = read_germeval_tsv(data_dir() / "germeval2014-ner" / f"NER-de-{args.split}.tsv.gz")
    started = time.perf_counter()
    scores = evaluate_germeval(sents)
    seconds = time.perf_counter() - started
    out = {
        "split": args.split,
        "sentences": len(sents),
        "seconds": round(seconds, 1),
        **{
            name: {
                "p": round(sc.precision, 4),
                "r": round(sc.recall, 4),
                "f1": round(sc.f1, 4),
                "n": sc.n_gold,
                "per_label": {k: {"f1": round(v[2], 4), "n": v[3]} for k, v in sc.per_label.items()},
            }
            for name, sc in scores.items()
        },
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
