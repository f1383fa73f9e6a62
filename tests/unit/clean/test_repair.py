"""Repairs: each kind fixes its damage and keeps before/after; hard-wrapped lines are joined."""

from __future__ import annotations

import itertools

import pytest

from storyline.clean.repair import join_kind, join_repair, looks_hard_wrapped, repair_line

WRAP_WORDS = frozenset({"der", "die", "und", "the", "and"})


@pytest.mark.parametrize(
    ("raw", "fixed", "kind"),
    [
        ("FÃ¼r die HafenbeschÃ¤ftigten", "Für die Hafenbeschäftigten", "mojibake"),
        ("â€žWir bleiben draußenâ€œ, sagte sie.", "„Wir bleiben draußen“, sagte sie.", "mojibake"),
        ("Hafen\u00adbetreiber", "Hafenbetreiber", "soft_hyphen"),
        ("Elb\u200btainer", "Elbtainer", "zero_width"),
        ("3.000\u00a0Beschäftigte", "3.000 Beschäftigte", "nbsp"),
        ("Tom &amp; Jerry &quot;live&quot;", 'Tom & Jerry "live"', "html_entity"),
        ("Der  Streik   geht weiter. ", "Der Streik geht weiter.", "whitespace"),
    ],
)
def test_repair_kinds(raw: str, fixed: str, kind: str) -> None:
    text, repairs = repair_line(7, raw)
    assert text == fixed
    assert [r.kind for r in repairs] == [kind]
    assert repairs[0].before == raw and repairs[0].after == fixed and repairs[0].line_index == 7


def test_repairs_chain_in_order() -> None:
    text, repairs = repair_line(0, "Caf&eacute;\u00a0 und\u00adBar")
    assert text == "Café undBar"
    assert [r.kind for r in repairs] == ["html_entity", "soft_hyphen", "nbsp", "whitespace"]
    for a, b in itertools.pairwise(repairs):
        assert a.after == b.before  # each step starts from the previous one's output


def test_clean_line_has_no_repairs() -> None:
    assert repair_line(0, "Ein sauberer Satz mit Umlauten: äöü ß & Co.") == (
        "Ein sauberer Satz mit Umlauten: äöü ß & Co.", [])


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("Mehr als 3.000 Beschäftigte legten nach Angaben der", "Gewerkschaft die Arbeit nieder.", "space"),
        ("Die Arbeit ruhte, sagte der", "Minister.", "space"),
        ("Der Streik traf vor allem die", "kleinen Betriebe im Hafen.", "space"),
        ("Die Bundes-", "regierung schweigt.", "hyphen"),
        ("Nord-", "und Ostsee sind betroffen.", "space"),
        ("The strike hit the", "smaller companies first.", "space"),
        ("Der Streik geht weiter.", "Die Reeder warnen.", None),
        ("Streik im Hafen", "Die Reeder warnen.", None),
    ],
)
def test_join_kind(left: str, right: str, kind: str | None) -> None:
    assert join_kind(left, right, WRAP_WORDS, hard_wrapped=False) == kind


def test_hard_wrapped_text_joins_long_open_lines() -> None:
    lines = [
        "Passagiere auf der Fähre beschrieben eine Nacht voller Angst, nachdem",
        "das Schiff auf eine Sandbank vor Danzig gelaufen war. Mehr als 340 Menschen",
        "waren an Bord, neun wurden ins Krankenhaus gebracht, sagten Retter",
        "Polens am Sonntag.",
    ]
    assert looks_hard_wrapped(lines)
    assert join_kind(lines[1], "Menschen aus Polen", WRAP_WORDS, hard_wrapped=True) == "space"
    assert not looks_hard_wrapped(["Ein Satz.", "Noch ein Satz.", "Und ein dritter Satz, der endet."])


def test_join_repair_records_the_joint() -> None:
    joined, repair = join_repair(3, "sagte der", "Minister.", "space")
    assert joined == "sagte der Minister."
    assert (repair.kind, repair.before, repair.after, repair.line_index) == ("line_join", "der\nMinister.",
                                                                             "der Minister.", 3)
    joined, repair = join_repair(0, "Die Bundes-", "regierung schweigt.", "hyphen")
    assert joined == "Die Bundesregierung schweigt."
    assert repair.after == "Bundesregierung"
