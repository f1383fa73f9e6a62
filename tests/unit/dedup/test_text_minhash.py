"""Text helpers and the numpy MinHash/LSH."""

from __future__ import annotations

import numpy as np
import pytest
from tests.unit.dedup.fixtures import ENGLISH, NEAR, TRANSLATION, UNRELATED, WIRE

from storyline.dedup import minhash
from storyline.dedup.sources import mentioned_sources, outlet_key, own_keys, reports_first_hand
from storyline.dedup.text import anchor_keys, exact_hash, number_keys, paragraphs, sentences, word_hashes, words


def test_spans_round_trip() -> None:
    for span in paragraphs(WIRE) + sentences(WIRE):
        chunk = WIRE[span.start : span.end]
        assert chunk == chunk.strip() and chunk
    assert len(paragraphs(WIRE)) == 4
    assert len(sentences(WIRE)) >= 8


def test_numbers_agree_across_languages() -> None:
    assert {"3000", "95", "42", "23"} <= number_keys(WIRE)
    assert number_keys("3.000 Beschäftigte, 9,5 Prozent") == number_keys("3,000 employees, 9.5 percent")


def test_anchors_share_names_across_languages() -> None:
    shared = anchor_keys(ENGLISH) & anchor_keys(TRANSLATION)
    assert {"@lorenzen", "@antwerp", "@hafenunion", "#1200", "#48"} <= shared


def test_exact_hash_ignores_case_and_spacing() -> None:
    assert exact_hash(WIRE) == exact_hash("  " + WIRE.upper().replace(" ", "  "))
    assert exact_hash(WIRE) != exact_hash(NEAR)


def test_signature_estimates_jaccard() -> None:
    def sig(text: str) -> minhash.U32:
        return minhash.signature(minhash.shingle_hashes(word_hashes(words(text)), 3), 256, 1)

    assert minhash.estimate_jaccard(sig(WIRE), sig(WIRE)) == 1.0
    assert minhash.estimate_jaccard(sig(WIRE), sig(NEAR)) > 0.7
    assert minhash.estimate_jaccard(sig(WIRE), sig(UNRELATED)) < 0.1
    assert np.array_equal(sig(WIRE), sig(WIRE))  # deterministic


def test_lsh_pairs_find_near_duplicates_only() -> None:
    sigs = np.stack([minhash.signature(minhash.shingle_hashes(word_hashes(words(t)), 3), 126, 1)
                     for t in (WIRE, UNRELATED, NEAR)])
    assert minhash.lsh_pairs(sigs, 42, 3).tolist() == [[0, 2]]


def test_pairs_from_groups_with_cap() -> None:
    keys = np.array([5, 3, 5, 5, 3, 9], dtype=np.uint64)
    assert sorted(map(tuple, minhash.pairs_from_groups(keys).tolist())) == [(0, 2), (0, 3), (1, 4), (2, 3)]
    assert minhash.pairs_from_groups(keys, max_group=2).tolist() == [[1, 4]]


def test_outlet_keys_and_mentioned_sources() -> None:
    assert outlet_key("www.tagesblick.example") == outlet_key("Der Tagesblick") == "tagesblick"
    assert outlet_key("The Harbour Times") == "harbourtimes"
    text = "Das teilte die Firma mit, laut der Agentur Nordwire. Quelle: Elbkurier"
    assert mentioned_sources(text, "de") == ["Elbkurier", "Nordwire"]
    assert mentioned_sources("Reporting by Jane Doe; Editing by John Roe", "en") == ["Reuters"]


def test_source_names_join_spellings_and_learn_credits() -> None:
    from storyline.dedup.sources import SourceNames

    rows = [("Continental Press Agency", ("CPA",), "www.contipress.example")] * 3
    rows += [("www.contipress.example", ("CPA",), "www.contipress.example")]
    rows += [("Klickreport", ("CPA",), "klickreport.example"), ("Klickreport", (), "klickreport.example")]
    names = SourceNames(rows)
    assert names.outlet("www.contipress.example") == "Continental Press Agency"
    assert names.resolve("CPA") == "Continental Press Agency"  # owned by the outlet crediting it always
    assert names.is_agency("Continental Press Agency") and not names.is_agency("Klickreport")
    assert names.same("cpa", "www.contipress.example") and not names.same("CPA", "Klickreport")


@pytest.mark.parametrize(("text", "language", "outlet", "first_hand"), [
    ("Das sagte Sprecherin Anja Roth dem Tagesblick.", "de", "Der Tagesblick", True),
    ("Nach Recherchen des Tagesblicks sind 72 Kommunen betroffen.", "de", "www.tagesblick.example", True),
    ("Das geht aus einem Papier hervor, das der Nachrichtenagentur Nordwire vorliegt.", "de", "Nordwire", True),
    ("Das sagte Hasselkamp der Rheinischen Rundschau.", "de", "Rheinische Rundschau", True),
    ("Wie der Tagesblick aus dem Umfeld des Verfahrens erfuhr, lehnte er ab.", "de", "Der Tagesblick", True),
    ("Nach Informationen dieser Zeitung stand der Steuermann am Ruder.", "de", "Elbkurier", True),
    ("Das sagte er der Agentur Nordwire.", "de", "Elbkurier", False),  # a quote taken over from the wire
    ('"It is over," he told The Harbour Times last month.', "en", "The Harbour Times", True),
    ("The spokeswoman told CPA on Monday.", "en", "Continental Press Agency", True),  # its initials
    ("Two of them, Metro Dispatch understands, were arrested.", "en", "Metro Dispatch", True),
    ("He told Reuters on Monday.", "en", "The Harbour Times", False),
    ("BERLIN (CPA) – Police said on Monday.", "en", "Continental Press Agency", False),  # the dateline credit
])
def test_first_hand_reporting_names_the_own_outlet(text: str, language: str, outlet: str, first_hand: bool) -> None:
    assert reports_first_hand(text, language, own_keys([outlet])) is first_hand
