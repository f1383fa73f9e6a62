"""HTML pages: main text with line structure, metadata, errors, fragments."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.unit.ingest.ingest_helpers import docs, errors, read_all

from storyline.errors import StorylineError
from storyline.ingest.html import html_fragment_to_lines, html_to_rawdoc, looks_like_html, sniff_html
from storyline.model import PublishedSource

PAGE = """<!DOCTYPE html>
<html lang="de"><head>
<meta charset="utf-8">
<title>Stadtrat beschließt Radwege | Lokalblatt</title>
<meta property="og:site_name" content="Lokalblatt">
<meta property="article:published_time" content="2024-03-12T14:05:00+01:00">
<meta name="author" content="Erika Muster">
<link rel="canonical" href="/politik/radwege-123.html">
</head><body>
<nav><ul><li>Startseite</li><li>Politik</li></ul></nav>
<article>
<h1>Stadtrat beschließt neue Radwege</h1>
<p>Der Stadtrat hat am Dienstag mit großer Mehrheit den Bau von zwölf Kilometern neuer Radwege beschlossen.</p>
<h2>Kritik der Opposition</h2>
<p>Die Opposition kritisierte die Kosten von rund 4,5 Millionen Euro als deutlich zu hoch für die Stadt.</p>
<ul><li>Erster Abschnitt entlang der Hauptstraße bis zum Bahnhof</li>
<li>Zweiter Abschnitt am Flussufer bis zum neuen Stadtpark</li></ul>
<p>Baubeginn soll im Sommer sein, teilte die Verwaltung nach der Sitzung am Abend mit.</p>
</article>
<footer>Impressum | Datenschutz</footer>
</body></html>"""


def test_page_text_keeps_one_paragraph_per_line() -> None:
    doc = html_to_rawdoc(PAGE.encode("utf-8"), "a.html")
    assert not isinstance(doc, StorylineError)
    lines = doc.text.split("\n")
    assert "Kritik der Opposition" in lines
    assert any(line.startswith("Der Stadtrat hat am Dienstag") and line.endswith("beschlossen.") for line in lines)
    assert any("Erster Abschnitt entlang der Hauptstraße" in line for line in lines)
    assert any("Zweiter Abschnitt am Flussufer" in line for line in lines)
    assert "Impressum" not in doc.text


def test_page_metadata() -> None:
    doc = html_to_rawdoc(PAGE, "a.html", url_hint="https://www.lokalblatt.de/politik/")
    assert not isinstance(doc, StorylineError)
    assert doc.title == "Stadtrat beschließt Radwege | Lokalblatt"
    assert doc.outlet == "Lokalblatt"
    assert doc.author == "Erika Muster"
    assert doc.url == "https://www.lokalblatt.de/politik/radwege-123.html"
    assert doc.published == datetime(2024, 3, 12, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    assert doc.published_source is PublishedSource.HTML


def test_json_ld_metadata_and_domain_outlet() -> None:
    page = PAGE.replace('<meta property="og:site_name" content="Lokalblatt">', "").replace(
        '<meta property="article:published_time" content="2024-03-12T14:05:00+01:00">',
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "H",'
        ' "datePublished": "2024-03-10", "author": [{"name": "A. B."}, {"name": "C. D."}]}]}</script>',
    ).replace('<meta name="author" content="Erika Muster">', "")
    doc = html_to_rawdoc(page, "a.html", url_hint="https://www.example-news.de/x")
    assert not isinstance(doc, StorylineError)
    assert doc.published == datetime(2024, 3, 10)
    assert doc.author == "A. B., C. D."
    assert doc.outlet == "example-news.de"


def test_page_without_text_is_e113() -> None:
    page = b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>"
    results = read_all("empty.html", page)
    assert [e.code.code for e in errors(results)] == ["E113"]
    assert [e.code.code for e in errors(read_all("blank.html", b"  "))] == ["E113"]


def test_reader_registry_picks_html_by_suffix() -> None:
    (doc,) = docs(read_all("dir/page.htm", PAGE.encode("utf-8")))
    assert doc.input_format == "html"
    assert doc.path == "dir/page.htm"


def test_sniff_and_looks_like_html() -> None:
    assert sniff_html(b"\xef\xbb\xbf  <!DOCTYPE html><html>")
    assert sniff_html(b"<html><body>")
    assert not sniff_html(b"Titel\nText <b>fett</b>")
    assert looks_like_html("<p>Hallo</p><p>Welt</p>")
    assert not looks_like_html("Ein Text mit 3 < 4 Zeichen")


def test_fragment_to_lines() -> None:
    fragment = "<div><p>Erster  Absatz.</p><script>var x=1;</script><p>Zweiter<br>Satz</p><ul><li>Eins</li></ul></div>"
    assert html_fragment_to_lines(fragment) == "Erster Absatz.\nZweiter\nSatz\n- Eins"


def test_cp1252_page_without_charset_and_nfd_title() -> None:
    page = (
        "<html><head><title>A\u0308rger u\u0308ber Preise</title></head><body><article><p>Die Händler „fordern“"
        " 5 € mehr für Bäckereiwaren, sagte der Verband am Dienstag in Köln.</p></article></body></html>"
    )
    doc = html_to_rawdoc(page.replace("A\u0308", "Ä").replace("u\u0308", "ü").encode("cp1252"), "a.html")
    assert not isinstance(doc, StorylineError)
    assert doc.text.startswith("Die Händler „fordern“ 5 € mehr")
    nfd = html_to_rawdoc(page.encode("utf-8"), "b.html")
    assert not isinstance(nfd, StorylineError)
    assert nfd.title == "Ärger über Preise"
