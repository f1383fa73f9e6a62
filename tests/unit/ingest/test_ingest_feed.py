"""RSS/Atom feeds: items, full content preferred, dates, sniffing .xml, parse errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from tests.unit.ingest.ingest_helpers import docs, errors, read_all

from storyline.model import PublishedSource

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Tagesblatt Online</title><link>https://tagesblatt.example/</link>
<item><title>Brücke gesperrt</title><link>https://tagesblatt.example/bruecke</link>
<pubDate>Tue, 12 Mar 2024 14:05:00 +0100</pubDate><author>redaktion@tagesblatt.example (Max Muster)</author>
<description>Kurzfassung.</description>
<content:encoded><![CDATA[<p>Die Brücke ist ab Montag gesperrt.</p>
<p>Umleitungen sind ausgeschildert.</p>]]></content:encoded>
</item>
<item><title>Nur Zusammenfassung</title><link>https://tagesblatt.example/kurz</link>
<description>&lt;p&gt;Ein kurzer Text.&lt;/p&gt;</description></item>
<item><title>Leer</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Example</title>
<entry><title>Council votes</title><link href="https://daily.example/council"/>
<updated>2024-03-12T10:00:00Z</updated>
<summary>Short.</summary>
<content type="html">&lt;p&gt;The council voted on Tuesday.&lt;/p&gt;&lt;p&gt;It passed.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items() -> None:
    results = read_all("feed.rss", RSS.encode("utf-8"))
    found = docs(results)
    assert [d.title for d in found] == ["Brücke gesperrt", "Nur Zusammenfassung"]
    first = found[0]
    assert first.text == "Die Brücke ist ab Montag gesperrt.\nUmleitungen sind ausgeschildert."
    assert first.url == "https://tagesblatt.example/bruecke"
    assert first.outlet == "Tagesblatt Online"
    assert first.published == datetime(2024, 3, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert first.published_source is PublishedSource.FEED
    assert first.position == "item 1"
    assert found[1].text == "Ein kurzer Text."
    assert [(e.code.code, e.position) for e in errors(results)] == [("E108", "item 3")]


def test_atom_sniffed_from_xml_suffix() -> None:
    (doc,) = docs(read_all("export.xml", ATOM.encode("utf-8")))
    assert doc.input_format == "feed"
    assert doc.text == "The council voted on Tuesday.\nIt passed."
    assert doc.published == datetime(2024, 3, 12, 10, 0, tzinfo=UTC)
    assert doc.outlet == "Daily Example"


def test_broken_feed_is_e111() -> None:
    assert [e.code.code for e in errors(read_all("bad.rss", b"<rss><channel><title>x"))] == ["E111"]
    assert [e.code.code for e in errors(read_all("bad.atom", b"just words"))] == ["E111"]
