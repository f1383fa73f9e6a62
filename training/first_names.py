"""Build ``src/storyline/resources/ner/first_names.txt``: first names seen in GermEval 2014 train.

    .venv/bin/python training/first_names.py

A first name is the first token of a person name of two or more tokens (outer layer, B-PER followed by
I-PER/E-PER), seen there at least twice and at most a quarter as often outside person names. The list
(facts about names; GermEval is CC BY 4.0) lets ``entity_spans.first_name_persons`` complete "Konrad" to
"Konrad Vielhaber" where the model stopped after the first name.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from storyline.eval.ner_eval import data_dir

TARGET = Path(__file__).resolve().parents[1] / "src" / "storyline" / "resources" / "ner" / "first_names.txt"


def main() -> None:
    """Count, filter and write the list, one name per line, sorted."""
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    path = data_dir() / "germeval2014-ner" / "NER-de-train.outer-bioes.txt.gz"
    sentence: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in [*fh, ""]:
            parts = line.split()
            if parts:
                sentence.append((parts[0], parts[-1]))
                continue
            for i, (word, tag) in enumerate(sentence):
                if tag.startswith("B-PER") and i + 1 < len(sentence) and sentence[i + 1][1].startswith(("I-PER", "E-PER")):
                    first[word] += 1
                elif not tag.endswith("PER"):
                    other[word] += 1
            sentence = []
    names = sorted(w for w, n in first.items() if n >= 2 and w.isalpha() and w[0].isupper() and other[w] <= n // 4)
    TARGET.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} first names -> {TARGET}")


if __name__ == "__main__":
    main()
