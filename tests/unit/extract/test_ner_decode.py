"""Our vectorised greedy decoder gives the entities of spaCy's own loop, on both shipped models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from storyline.extract import ner_decode
from storyline.extract.entity_spans import model_view
from storyline.extract.ner import load_ner

GOLD = Path(__file__).resolve().parents[3] / "samples" / "gold" / "articles.jsonl"


def _texts(language: str, n: int) -> list[str]:
    texts = []
    with GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["language"] == language and row["clean_text"]:
                texts.append(model_view(row["clean_text"]))
            if len(texts) == n:
                break
    return texts


def _spacy_entities(nlp: Any, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    for name, proc in nlp.pipeline:
        if name == "ner":
            proc.set_annotations(docs, proc.predict(docs))
        else:
            docs = list(proc.pipe(docs))
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def _ours(nlp: Any, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    for name, proc in nlp.pipeline:
        if name != "ner":
            docs = list(proc.pipe(docs))
    ner = nlp.get_pipe("ner")
    return ner_decode.decode(ner, ner_decode.Moves(ner), docs)


@pytest.mark.parametrize("language", ["de", "en"])
def test_same_entities_as_spacy_on_sample_articles(language: str) -> None:
    nlp = load_ner(language).nlp
    assert ner_decode.supported(nlp.get_pipe("ner"))
    texts = _texts(language, 40)
    expected = _spacy_entities(nlp, [nlp.make_doc(t) for t in texts])
    got = _ours(nlp, [nlp.make_doc(t) for t in texts])
    assert sum(map(len, expected)) > 200  # the texts have entities to compare
    assert got == expected


def test_same_entities_with_sentence_starts_whitespace_and_empty_docs() -> None:
    """Entities stay inside a sentence and never start on whitespace, as spaCy's moves decide."""
    nlp = load_ner("de").nlp
    words = ["Bundeskanzler", "Olaf", "Scholz", "traf", "\n", "Emmanuel", "Macron", "in", "Paris", ".",
             "Angela", "Merkel", "sprach", "mit", "der", "Europäischen", "Kommission", "."]

    def docs() -> list[Doc]:
        starts = [i in (0, 6, 10, 16) for i in range(len(words))]  # a cut inside "Emmanuel Macron", one in a name
        return [Doc(nlp.vocab, words=words, sent_starts=starts), Doc(nlp.vocab, words=[]), Doc(nlp.vocab, words=words)]

    expected = _spacy_entities(nlp, docs())
    got = _ours(nlp, docs())
    assert got == expected
    assert got[1] == []
    first = got[0]
    assert all(not (s < 6 < e or s < 10 < e or s < 16 < e) for s, e, _ in first)  # no entity across a cut
    assert all(words[s] != "\n" for s, _, _ in first + got[2])


def test_recogniser_uses_the_decoder_and_keeps_its_mentions() -> None:
    rec = load_ner("de")
    text = "Der Vorstand der Siemens AG in München traf am Montag Wirtschaftsminister Robert Habeck."
    names = {(m.text, m.type) for m in rec.recognise(text)}
    assert ("Siemens AG", "ORG") in names
    assert ("München", "LOC") in names
    assert ("Robert Habeck", "PER") in names
