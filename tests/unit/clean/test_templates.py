"""Template index: lines repeated across unrelated articles of an outlet count; copies of one story do not."""

from __future__ import annotations

import pickle

from storyline.clean import CleanSettings, CleanStage, TemplateIndex
from storyline.clean.templates import coarse_shape, line_shape
from storyline.model import Article

FOOTER = "Ihr Nachrichtenportal für den Norden seit 2009"


def _word(k: int) -> str:
    """A word per number made of letters (digits would fold to one shape)."""
    return "".join(chr(97 + int(d)) for d in str(k))


def _story(k: int) -> str:
    """An article with its own long paragraph, the outlet's footer and a byline with a changing name."""
    body = "Artikel: " + " ".join(f"{_word(k)}x{_word(j)}" for j in range(30)) + "."
    return f"{body}\n\nVon Autorin Nummer{k} Beispiel\n{FOOTER}"


def test_shapes_fold_digits_case_and_names() -> None:
    assert line_shape("  Lesezeit: 3 Minuten ") == line_shape("LESEZEIT: 12 minuten")
    assert coarse_shape("Von Anna Berger") == coarse_shape("Von Tom Krause") == "von N N"
    assert coarse_shape("x" * 200) is None


def test_repeated_footer_counts_unrelated_articles() -> None:
    index = TemplateIndex.build(("Nachrichten Heute 24", _story(k)) for k in range(6))
    by_outlet, corpus = index.lookup("Nachrichten Heute 24", FOOTER)
    assert (by_outlet, corpus) == (6, 6)
    assert index.lookup("Anderes Blatt", FOOTER) == (1, 6)
    assert index.lookup("Nachrichten Heute 24", "Von Hans Meier Beispiel")[0] >= 2  # coarse shape, per outlet
    assert index.articles == 6


def test_copies_of_one_story_do_not_make_a_template() -> None:
    text = _story(1)
    index = TemplateIndex.build(("Farm", text) for _ in range(8))
    assert index.lookup("Farm", text.split("\n")[0]) == (1, 1)
    assert index.lookup("Farm", FOOTER) == (1, 1)  # eight copies are one unrelated article


def test_stage_removes_template_lines_with_the_count_as_evidence() -> None:
    index = TemplateIndex.build(("NH24", _story(k)) for k in range(6))
    art = Article(id="a", path="-", raw_text=_story(2), title="T", outlet="NH24", language="de")
    out = CleanStage(index, CleanSettings(use_classifier=False)).run(art)
    footer = out.lines[-1]
    assert not footer.kept and footer.reason == "site_template"
    assert footer.evidence == "shape in 6 unrelated articles of NH24"
    assert out.lines[0].kept


def test_memory_bound_keeps_the_index_small_and_picklable() -> None:
    items = (("o", f"einzigartige Zeile {_word(k)}") for k in range(5000))
    index = TemplateIndex.build(items, max_entries=1000)
    assert len(index) == 0
    assert len(pickle.dumps(index)) < 10_000
    assert pickle.loads(pickle.dumps(index)).articles == 5000
