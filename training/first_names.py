"""Build ``src/storyline/resources/ner/first_names.txt``: first names seen in GermEval 2014 train, and those
of the person-name tables of Faker (MIT) for the languages whose names German news writes in Latin script.

    .venv/bin/pip install -e '.[train]' && .venv/bin/python training/first_names.py

A GermEval first name is the first token of a person name of two or more tokens (outer layer, B-PER followed
by I-PER/E-PER), seen there at least twice and at most a quarter as often outside person names. A Faker name
is kept unless GermEval train shows it capitalised outside person names more than twice and less than four
times as often as a first name ("Rose": a word too). The list (facts about names; GermEval is
CC BY 4.0) lets ``entity_spans.first_name_persons`` complete "Konrad" to "Konrad Vielhaber" where the model
stopped after the first name, or found nothing ("sagte Dörte Meinken").
"""

from __future__ import annotations

import gzip
import importlib
from collections import Counter
from pathlib import Path

from storyline.eval.ner_eval import data_dir

# Faker locales of the names German and English news writes: German-speaking and neighbouring countries, the
# languages of the sample corpus' people (Polish, Czech, Lithuanian, Turkish, Danish, Dutch …), English.
FAKER_LOCALES = ("de_DE", "de_AT", "de_CH", "en_US", "en_GB", "en_IE", "pl_PL", "cs_CZ", "sk_SK", "lt_LT", "lv_LV",
                 "et_EE", "tr_TR", "da_DK", "sv_SE", "no_NO", "fi_FI", "nl_NL", "nl_BE", "fr_FR", "it_IT", "es_ES",
                 "pt_PT", "ro_RO", "hu_HU", "hr_HR", "sl_SI")
MIN_NAME = 3  # letters: "Jo", "Al" are words too

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
    names = {w for w, n in first.items() if n >= 2 and w.isalpha() and w[0].isupper() and other[w] <= n // 4}
    from_germeval = len(names)
    for locale in FAKER_LOCALES:
        table = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for w in getattr(table, attr, ()):
                latin = all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in w)
                word_too = other[w] > 2 and first[w] * 4 < other[w]
                if latin and w.isalpha() and w[0].isupper() and len(w) >= MIN_NAME and not word_too:
                    names.add(w)
    TARGET.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} first names ({from_germeval} from GermEval) -> {TARGET}")


if __name__ == "__main__":
    main()
