"""Entity P/R/F1 and canonical-name accuracy of NER + linking on the sample corpus gold (dev split by default).

    nice -n 10 .venv/bin/python training/ner_sample_check.py [--split dev] [--errors]

A development aid beside ``eval/sample.py`` (which scores the stored pipeline output): it runs
``recognise`` + ``link_in_article`` + ``link_corpus`` straight on the gold clean text.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from storyline.eval.gold import GoldArticle, load_gold
from storyline.extract.entities import link_corpus, link_in_article
from storyline.extract.ner import load_ner
from storyline.model import Article, Mention

REPO = Path(__file__).resolve().parents[1]


def linked_articles(golds: Sequence[GoldArticle], recognise: Callable[[GoldArticle], list[Mention]]) -> list[Article]:
    """The gold articles' clean texts with ``recognise``'s mentions, linked in the article and over them all."""
    arts = [
        Article(id=g.id, path="-", raw_text=g.clean_text, text=g.clean_text, language=g.language,
                mentions=link_in_article(g.clean_text, recognise(g), g.language))
        for g in golds
    ]
    return link_corpus(arts)


def main() -> None:
    """Score mentions (exact span and type) and canonical names per language."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    gold = load_gold(REPO / "samples")
    golds = gold.in_split(args.split)
    arts = linked_articles(golds, lambda g: load_ner(g.language).recognise(g.clean_text))
    counts: Counter[str] = Counter()
    for g, a in zip(golds, arts, strict=True):
        gset = {(m.start, m.end, m.type): m for m in g.mentions}
        sset = {(m.start, m.end, m.type): m for m in a.mentions}
        lang = g.language
        counts[f"{lang}_tp"] += len(gset.keys() & sset.keys())
        counts[f"{lang}_gold"] += len(gset)
        counts[f"{lang}_sys"] += len(sset)
        for key in gset.keys() & sset.keys():
            ok = sset[key].canonical_name == gold.entities[gset[key].entity].name
            counts[f"{lang}_canon_ok"] += ok
            if args.errors and not ok:
                print(
                    "CANON",
                    lang,
                    sset[key].text,
                    "->",
                    sset[key].canonical_name,
                    "| gold",
                    gold.entities[gset[key].entity].name,
                )
        if args.errors:
            for key in gset.keys() - sset.keys():
                print("MISS", lang, key[2], repr(gset[key].text))
            for key in sset.keys() - gset.keys():
                print("FP  ", lang, key[2], repr(sset[key].text))
    for lang in ("de", "en"):
        tp, ng, ns = counts[f"{lang}_tp"], counts[f"{lang}_gold"], counts[f"{lang}_sys"]
        p, r = tp / ns if ns else 0.0, tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = counts[f"{lang}_canon_ok"] / tp if tp else 0.0
        print(f"{args.split} {lang}: P {p:.3f} R {r:.3f} F1 {f:.3f} (gold {ng}) canonical accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
