"""GermEval reading, label mapping and the exact-span entity metric."""

from __future__ import annotations

import gzip
from pathlib import Path

from storyline.eval.ner_eval import (
    eval_germeval,
    fix_token,
    map_spans,
    norm_label,
    read_germeval_train,
    read_germeval_tsv,
    score,
    spans_from_bio,
)
from storyline.eval.registry import EvalContext, evaluators


def test_spans_from_bio_conlleval_style() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "O"]
    assert spans_from_bio(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}


def test_labels_and_product_mapping() -> None:
    assert norm_label("LOCDERIV") == "LOCderiv" and norm_label("oth") == "OTH"
    spans = {(0, 1, "LOCderiv"), (1, 2, "ORGpart"), (2, 3, "OTH"), (3, 4, "PER")}
    assert map_spans(spans, True) == {(2, 3, "MISC"), (3, 4, "PER")}
    assert map_spans(spans, False) == spans
    assert fix_token("Auswir\xadkungen") == "Auswirkungen" and fix_token("a\x96b") == "a–b"


def test_score_exact_span() -> None:
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}]
    pred = [{(0, 2, "PER"), (3, 5, "LOC"), (6, 7, "ORG")}]
    sc = score(gold, pred)
    assert (round(sc.precision, 3), round(sc.recall, 3), round(sc.f1, 3)) == (0.333, 0.5, 0.4)
    assert sc.per_label["PER"] == (1.0, 1.0, 1.0, 1)


def test_readers(tmp_path: Path) -> None:
    train = tmp_path / "train.txt.gz"
    with gzip.open(train, "wt", encoding="utf-8") as fh:
        fh.write("Angela B-PER\nMerkel E-PER\nin O\nBerlin S-LOC\n\ndeutsche S-LOCDERIV\n")
    sents = read_germeval_train(train)
    assert sents[0].tags == ["B-PER", "I-PER", "O", "B-LOC"] and sents[1].tags == ["B-LOCderiv"]
    tsv = tmp_path / "test.tsv.gz"
    with gzip.open(tsv, "wt", encoding="utf-8") as fh:
        fh.write("#\tspiegel.de vom 01.02.2005\n1\tDie\tO\tO\n2\tSPD-Chefin\tB-ORGpart\tO\n\n")
    sents = read_germeval_tsv(tsv)
    assert sents[0].tokens == ["Die", "SPD-Chefin"] and sents[0].tags == ["O", "B-ORGpart"]
    assert sents[0].source.startswith("spiegel.de")


def test_registered_and_runs_on_shared_data(shared_data: Path) -> None:
    assert "ner_germeval" in evaluators()
    rows = eval_germeval(EvalContext(data_dir=shared_data, samples_dir=shared_data, fast=True))
    by_metric = {r.metric: r for r in rows}
    assert by_metric["product_f1"].value is not None and by_metric["product_f1"].value > 0.6  # 0.647 at release
    assert by_metric["official_f1"].anchor is not None
