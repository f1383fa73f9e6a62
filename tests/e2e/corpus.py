"""A small corpus in every input format, with broken files, written by the tests themselves."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DE_BODY = (
    "HAMBURG (nw) – Im Hamburger Hafen haben am Montag mehr als 3.000 Beschäftigte die Arbeit niedergelegt.\n"
    "Die Gewerkschaft sprach von einem Warnstreik. „Wir lassen uns nicht hinhalten“, sagte ein Sprecher.\n"
)
EN_BODY = (
    "GDANSK (CPA) - A passenger ferry ran aground off the Polish coast on Monday, the operator said.\n"
    "All 212 passengers were brought ashore safely, according to the coast guard.\n"
)


def html_page(title: str, body: str, published: str, url: str) -> str:
    """A realistic article page with navigation, footer and comments around the text."""
    paragraphs = "".join(f"<p>{line}</p>" for line in body.strip().split("\n"))
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title} | Elbkurier</title>
<meta property="og:site_name" content="Elbkurier"><link rel="canonical" href="{url}">
<meta property="article:published_time" content="{published}"></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/x">Andere Geschichte</a></li></ul></aside>
<footer>© Elbkurier 2024 · Impressum · Datenschutz</footer></body></html>"""


def write_mixed_corpus(root: Path, n_txt: int = 3) -> dict[str, int]:
    """Write the corpus; returns the expected numbers of good articles and of error files."""
    root.mkdir(parents=True, exist_ok=True)
    good = 0
    for i in range(n_txt):
        (root / f"txt{i}.txt").write_text(f"Hafenstreik Tag {i}\n\n{DE_BODY}Absatz {i}.\n", encoding="utf-8")
        (root / f"txt{i}.meta.json").write_text(
            json.dumps({"outlet": "Nordwire", "published": f"2024-03-0{i + 1}T09:00:00+01:00", "url": f"https://nw.example/{i}"}),
            encoding="utf-8",
        )
        good += 1
    (root / "cp1252.txt").write_bytes("Überschrift mit Umlauten\n\n„Zitat“ – Straße, 5 €.\nMehr Text hier.\n".encode("cp1252"))
    good += 1
    (root / "page.html").write_text(html_page("Warnstreik im Hafen", DE_BODY, "2024-03-04T08:00:00+01:00",
                                              "https://www.elbkurier.example/a/1.html"), encoding="utf-8")
    good += 1
    lines = [json.dumps({"title": f"Record {i}", "maintext": EN_BODY + f"Line {i}.", "url": f"https://cpa.example/{i}",
                         "date_publish": "2024-03-04 10:00:00", "source_domain": "cpa.example", "language": "en"})
             for i in range(3)]
    lines.insert(1, "{this is not json")
    (root / "crawl.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    good += 3
    (root / "feed.rss").write_text(
        """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Metro Dispatch</title><link>https://metro.example</link>
<item><title>Ferry aground</title><link>https://metro.example/ferry</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>Short</description>
<content:encoded><![CDATA[<p>A ferry ran aground off Gdansk.</p><p>All passengers are safe, officials said.</p>]]>
</content:encoded></item>
</channel></rss>""",
        encoding="utf-8",
    )
    good += 1
    with (root / "pages.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        page = html_page("Fähre auf Grund gelaufen", DE_BODY, "2024-03-05T08:00:00+01:00", "https://tb.example/f.html")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://tb.example/f.html", "response", payload=io.BytesIO(page.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    good += 1
    (root / "table.csv").write_text(
        'title,text,url,published\n"CSV Artikel","' + DE_BODY.replace('"', '""') + '",https://csv.example/1,2024-03-06\n',
        encoding="utf-8",
    )
    good += 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("inner/zipped.txt", f"Gezippter Artikel\n\n{DE_BODY}")
    (root / "bundle.zip").write_bytes(buffer.getvalue())
    good += 1
    tar_buffer = io.BytesIO()
    with tarfile.open(fileobj=tar_buffer, mode="w:gz") as tar:
        data = f"Artikel im Tar\n\n{DE_BODY}".encode()
        info = tarfile.TarInfo("tarred.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    (root / "bundle.tar.gz").write_bytes(tar_buffer.getvalue())
    good += 1
    sub = root / "folder"
    sub.mkdir()
    (sub / "nested.txt").write_text(f"Verschachtelt\n\n{DE_BODY}", encoding="utf-8")
    (sub / "metadata.csv").write_text("file,outlet,published\nnested.txt,Elbkurier,2024-03-07\n", encoding="utf-8")
    good += 1
    # Broken inputs: each must become a recorded error, and the run must go on.
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "truncated.jsonl.gz").write_bytes(gzip.compress(b'{"title": "x", "text": "y"}\n' * 50)[:40])
    (root / "unknown.xyz").write_bytes(b"\x00\x01\x02 some bytes")
    errors = 5  # empty, binary, truncated gzip, unknown format, the bad JSON line
    return {"articles": good, "errors": errors}
