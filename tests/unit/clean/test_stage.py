"""The clean stage end to end on tiny articles: lines, reasons, repairs, text, metadata, invariants."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import CleanSettings, CleanStage, TemplateIndex, clean_text
from storyline.engine.stage import check_order
from storyline.model import REMOVAL_REASONS, Article

DE_RAW = """Warnstreik legt Hamburger Hafen lahm
Von Anna Berger
Lesezeit: 3 Minuten

HAMBURG (nw) – Mehr als 3.000 Beschäftigte haben am Montag die Arbeit niedergelegt, sagte der
Minister. Die Gewerkschaft sprach von einem Erfolg. Lesen Sie auch: Waldbrand in Kalifornien – 12 Tote

Dieser Artikel ist nur für Abonnenten verfügbar.

„Wir bleiben draußen“, sagte Katrin Lorenzen.
Teilen Drucken WhatsApp E-Mail
Quelle: Nordwire
Kaffeeliebhaber. Reisender. Internet-Nerd. Musikfan.
Ähnliche Artikel
Neue Regeln für E-Scooter
Rückruf: 8 Sorten Tiefkühlpizza betroffen
Leave a Reply"""

EN_RAW = """By Fiona Marsh
5 min read

LONDON (CPA) — Dock workers walked out on Monday, the union said.

"We will not back down," said Tom Ashcroft.
Share Tweet Email
About the author
Fiona Marsh is a reporter at Metro Dispatch covering labour and transport.
More Stories
Ten gadgets you didn't know you needed
Back to top"""


def _article(raw: str, title: str, language: str | None, outlet: str = "weltnachrichten-online") -> Article:
    return Article(id="a1", path="x.txt", raw_text=raw, title=title, language=language, outlet=outlet)


def _reasons(article: Article) -> dict[int, str | None]:
    return {line.index: line.reason for line in article.lines if not line.kept}


def test_german_article() -> None:
    out = CleanStage().run(_article(DE_RAW, "Warnstreik legt Hamburger Hafen lahm | Weltnachrichten", "de"))
    assert _reasons(out) == {
        0: "title_repeat", 1: "byline", 2: "read_time", 7: "paywall", 10: "share_ui", 11: "source_line",
        12: "fake_author_bio", 13: "related_links", 14: "related_links", 15: "related_links",
        16: "foreign_ui_leftover",
    }
    assert out.text == (
        "HAMBURG (nw) – Mehr als 3.000 Beschäftigte haben am Montag die Arbeit niedergelegt, sagte der Minister. "
        "Die Gewerkschaft sprach von einem Erfolg.\n\n„Wir bleiben draußen“, sagte Katrin Lorenzen."
    )
    assert out.title == "Warnstreik legt Hamburger Hafen lahm"
    assert out.title_raw == "Warnstreik legt Hamburger Hafen lahm | Weltnachrichten"
    assert (out.byline, out.author, out.dateline) == ("Von Anna Berger", "Anna Berger", "HAMBURG (nw)")
    assert out.cited_sources == ["Nordwire", "nw"]
    assert "fake_author_bio" in out.farm_flags
    kinds = {r.kind for r in out.repairs}
    assert {"title_suffix", "line_join", "inline_removal"} <= kinds
    cut = next(r for r in out.repairs if r.kind == "inline_removal")
    assert cut.reason == "read_also" and cut.before.startswith(cut.after) and "Waldbrand" not in out.text


def test_english_article() -> None:
    out = CleanStage().run(_article(EN_RAW, "Dock workers strike - Metro Dispatch", "en", outlet="Metro Dispatch"))
    assert _reasons(out) == {
        0: "byline", 1: "read_time", 6: "share_ui", 7: "author_bio", 8: "author_bio", 9: "related_links",
        10: "related_links", 11: "share_ui",
    }
    assert out.title == "Dock workers strike"
    assert out.author == "Fiona Marsh" and out.dateline == "LONDON (CPA)" and out.cited_sources == ["CPA"]
    assert out.farm_flags == []
    assert out.text == ('LONDON (CPA) — Dock workers walked out on Monday, the union said.\n\n'
                        '"We will not back down," said Tom Ashcroft.')


def test_invented_bio_after_a_name_line_is_fake() -> None:
    raw = ("Der Hafen steht still, weil die Beschäftigten streiken und die Reeder keine Lösung sehen.\n\n"
           "Lena Hoffmeister\n"
           "Lena Hoffmeister gehört seit 18 Jahren zum Team und berichtet über alles, was Deutschland bewegt.")
    out = CleanStage().run(_article(raw, "Streik", "de"))
    assert _reasons(out) == {2: "fake_author_bio", 3: "fake_author_bio"}
    assert out.farm_flags == ["fake_author_bio"]


def test_news_about_a_person_is_not_a_bio() -> None:
    raw = ("Die Fischer warten auf bessere Preise.\n\n"
           "Für Klaas Harms ist das ein Lichtblick. Der Kapitän, der seit 33 Jahren von Cuxhaven aus fischt, "
           "hat schon viele Krisen erlebt.")
    out = CleanStage().run(_article(raw, "Fischerei", "de"))
    assert _reasons(out) == {}


def test_menu_run_is_navigation() -> None:
    raw = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\nDer Streik im Hafen geht in den dritten Tag."
    out = CleanStage().run(_article(raw, "Streik", "de"))
    assert set(_reasons(out).values()) == {"navigation"} and len(_reasons(out)) == 5


def test_lines_reconstruct_raw_text_and_every_removal_has_a_known_reason() -> None:
    out = CleanStage().run(_article(DE_RAW, "Warnstreik", "de"))
    assert "\n".join(line.text for line in out.lines) == DE_RAW
    assert [line.index for line in out.lines] == list(range(len(DE_RAW.split("\n"))))
    assert all(line.reason in REMOVAL_REASONS and line.evidence for line in out.lines if not line.kept)
    assert all(line.reason is None for line in out.lines if line.kept)


_LINE = st.one_of(
    st.sampled_from(DE_RAW.split("\n") + EN_RAW.split("\n") + ["", "  ", "\u00a0", "&amp;", "FÃ¼r", "a\u00adb"]),
    st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)), max_size=80),
)


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(_LINE, max_size=25), title=st.one_of(st.none(), st.text(max_size=40)))
def test_property_nothing_is_silently_lost(lines: list[str], title: str | None) -> None:
    raw = "\n".join(lines)
    out = CleanStage().run(Article(id="p", path="-", raw_text=raw, title=title))
    assert "\n".join(line.text for line in out.lines) == raw
    assert len(out.lines) == len(raw.split("\n"))
    assert all(line.reason in REMOVAL_REASONS for line in out.lines if not line.kept)
    for repair in out.repairs:
        if repair.kind == "inline_removal":
            assert repair.before.startswith(repair.after) and repair.reason in REMOVAL_REASONS
    assert out.text is not None


def test_rerun_is_idempotent() -> None:
    stage = CleanStage()
    once = stage.run(_article(DE_RAW, "Warnstreik legt Hamburger Hafen lahm | Weltnachrichten", "de"))
    twice = stage.run(once)
    assert twice.model_dump() == once.model_dump()


def test_stage_contract_and_pickling() -> None:
    stage = CleanStage(TemplateIndex.build([("o", "a\nb")]), CleanSettings(template_min_outlet=5))
    assert stage.name == "clean" and stage.version
    assert {"raw_text", "title"} == stage.requires
    assert {"lines", "text", "repairs", "byline", "author", "cited_sources", "dateline"} <= stage.provides
    check_order([stage])
    clone = pickle.loads(pickle.dumps(stage))
    art = _article(DE_RAW, "Warnstreik", "de")
    assert clone.run(art) == stage.run(art)


def test_switches_turn_rule_families_off() -> None:
    out = CleanStage(settings=CleanSettings(use_rules=False, use_classifier=False)).run(_article(DE_RAW, "T", "de"))
    assert all(line.kept for line in out.lines)


def test_language_is_guessed_when_missing() -> None:
    out = clean_text("Der Streik geht weiter und die Reeder sind nicht bereit.\nLeave a Reply")
    assert [line.reason for line in out.lines] == [None, "foreign_ui_leftover"]
