"""Tokens, TF-IDF and the light stemmer."""

from __future__ import annotations

import math
from collections import Counter

from storyline.cluster.text import dot, tfidf, tokens


def test_tokens_drop_stopwords_and_stem() -> None:
    assert tokens("Der Hamburger Hafen und der Hafen von Hamburg") == ["hamburg", "hafen", "hafen", "hamburg"]
    assert tokens("The strike at the port was said to end") == ["strike", "port", "end"]


def test_tfidf_is_unit_length_and_prefers_rare_terms() -> None:
    df = {"hafen": 1, "streik": 50}
    vec = tfidf(Counter({"hafen": 1, "streik": 1}), df, 100, keep=10)
    assert math.isclose(dot(vec, vec), 1.0)
    assert vec["hafen"] > vec["streik"]
