"""Quality floors on public labelled data (skipped when ../shared/data is absent).

Floors sit below the full-set figures measured for the ingest report (trafilatura-eval, 990 pages:
F1 0.920; 10kgnad rows 200+, first 8 words: 99.5% German) so that a real regression fails, not noise.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from pathlib import Path

from storyline.errors import StorylineError
from storyline.ingest.html import html_to_rawdoc
from storyline.ingest.langid import detect_language

PAGES = 40


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_html_extraction_floor(shared_data: Path) -> None:
    base = shared_data / "trafilatura-eval"
    evaldata = json.loads(gzip.decompress((base / "evaldata.json.gz").read_bytes()))
    rows = [line.split("\t") for line in (base / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    tp = fp = fn = 0
    for url, _upstream, local, _lang in rows[:: len(rows) // PAGES][:PAGES]:  # a spread over the whole set
        doc = html_to_rawdoc(gzip.decompress((base / local).read_bytes()), local)
        text = "" if isinstance(doc, StorylineError) else _norm(doc.text)
        wanted, unwanted = evaldata[url]["with"], evaldata[url]["without"]
        found = sum(1 for s in wanted if text and _norm(s) in text)
        tp, fn = tp + found, fn + len(wanted) - found
        fp += sum(1 for s in unwanted if text and _norm(s) in text)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.85, f1


def test_langid_floor_on_short_german(shared_data: Path) -> None:
    raw = gzip.decompress((shared_data / "10kgnad" / "test.csv.gz").read_bytes()).decode("utf-8")
    texts = [row[1] for row in csv.reader(io.StringIO(raw), delimiter=";", quotechar="'") if len(row) >= 2]
    sample = texts[200:400]
    correct = sum(detect_language(" ".join(t.split()[:8]))[0] == "de" for t in sample)
    assert correct / len(sample) >= 0.97
