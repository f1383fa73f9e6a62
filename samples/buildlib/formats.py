"""Write rendered articles in the corpus formats: .txt + sidecar/metadata.csv, HTML, JSONL, RSS, WARC.

Every writer returns the locator of each article (path relative to samples/corpus, position inside
multi-record files as the readers write Article.position: "line N", "item N", "offset N") and, for
HTML pages, the page-chrome lines the gold must label too.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import html
import io
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from buildlib import phrases as ph
from buildlib.farms import GoldLine, Outlet, templates

_UUID_NS = uuid.UUID("6b1f0e2c-3d4a-4f5e-9a8b-7c6d5e4f3a2b")


@dataclass
class Item:
    """One article ready to be written."""

    article_id: str
    outlet: Outlet
    language: str
    title_raw: str
    published: dt.datetime | None
    published_in_metadata: bool
    url: str
    slug: str
    lines: list[GoldLine]
    fmt: str  # txt | html | jsonl | rss | warc


@dataclass(frozen=True)
class Locator:
    """Where an article lies in the corpus."""

    path: str
    position: str | None
    url: str


def _iso(published: dt.datetime | None) -> str | None:
    return published.isoformat() if published else None


def body_text(lines: list[GoldLine]) -> str:
    """The txt body: one line per line, a blank line between paragraphs, none inside a hard wrap."""
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line.text)
        if i < len(lines) - 1 and not line.join_next:
            out.append("")
    return "\n".join(out)


def write_txt(corpus: Path, items: list[Item], csv_outlets: set[str]) -> dict[str, Locator]:
    """One .txt per article (title line, blank line, body) with a sidecar or a folder metadata.csv."""
    locs: dict[str, Locator] = {}
    csv_rows: dict[str, list[dict[str, str]]] = {}
    for item in items:
        rel = f"{item.outlet.key}/{item.slug}.txt"
        path = corpus / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{item.title_raw}\n\n{body_text(item.lines)}\n", encoding="utf-8")
        meta = {"url": item.url, "outlet": item.outlet.name, "language": item.language, "title": item.title_raw}
        if item.published_in_metadata and item.published:
            meta["published"] = item.published.isoformat()
        if item.outlet.key in csv_outlets:
            csv_rows.setdefault(item.outlet.key, []).append({"file": path.name, **meta})
        else:
            sidecar = path.with_name(f"{item.slug}.meta.json")
            sidecar.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        locs[item.article_id] = Locator(rel, None, item.url)
    for key, rows in csv_rows.items():
        with (corpus / key / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["file", "url", "outlet", "published", "language", "title"])
            writer.writeheader()
            writer.writerows(sorted(rows, key=lambda r: r["file"]))
    return locs


def page_chrome(item: Item) -> tuple[list[GoldLine], list[GoldLine]]:
    """Gold lines of the page around the article: (before the body, after the body)."""
    en = item.language == "en"
    t = templates(item.outlet)
    cookie = ph.COOKIE_EN if en else ph.COOKIE_DE
    nav = ph.NAV_EN if en else ph.NAV_DE
    seed = sum(map(ord, item.article_id))
    before = [GoldLine(cookie[seed % len(cookie)], "boilerplate", "cookie", zone="page")]
    before += [GoldLine(n, "boilerplate", "navigation", zone="page") for n in nav]
    box = ph.RELATED_BOX_EN if en else ph.RELATED_BOX_DE
    pool = ph.SPAM_HEADLINES_EN if en else ph.SPAM_HEADLINES_DE
    after = [GoldLine(box[seed % len(box)], "boilerplate", "related_links", zone="page")]
    after += [GoldLine(pool[(seed + k * 7) % len(pool)], "boilerplate", "related_links", zone="page") for k in range(3)]
    comments = ph.READER_COMMENTS_EN if en else ph.READER_COMMENTS_DE
    head = "Comments (2)" if en else "Kommentare (2)"
    after.append(GoldLine(head, "boilerplate", "comments_widget", zone="page"))
    for k in range(2):
        who = ph.COMMENTERS[(seed + k) % len(ph.COMMENTERS)]
        after.append(GoldLine(who, "boilerplate", "comments_widget", zone="page"))
        after.append(GoldLine(comments[(seed + 3 * k) % len(comments)], "boilerplate", "comments_widget", zone="page"))
    after.append(GoldLine(t.footer, "boilerplate", "site_template", zone="page"))
    return before, after


def render_html(item: Item, before: list[GoldLine], after: list[GoldLine]) -> str:
    """A realistic article page: cookie banner, nav, article, related box, comments, footer."""
    e = html.escape
    o = item.outlet
    meta_time = (
        f'<meta property="article:published_time" content="{_iso(item.published)}">\n' if item.published else ""
    )
    nav = "".join(f'<li><a href="/{e(n.text.lower())}/">{e(n.text)}</a></li>' for n in before[1:])
    body = "\n".join(f"<p>{e(line.text)}</p>" for line in item.lines)
    related = "".join(f'<li><a href="/artikel/{k}.html">{e(r.text)}</a></li>' for k, r in enumerate(after[1:4]))
    comment_lines = [c for c in after if c.reason == "comments_widget"]
    send = "Post" if item.language == "en" else "Senden"
    comments = "".join(
        f'<div class="comment"><span class="author">{e(comment_lines[k].text)}</span>'
        f"<p>{e(comment_lines[k + 1].text)}</p></div>"
        for k in range(1, len(comment_lines) - 1, 2)
    )
    return f"""<!DOCTYPE html>
<html lang="{item.language}">
<head>
<meta charset="utf-8">
<title>{e(item.title_raw)} – {e(o.name)}</title>
<link rel="canonical" href="{e(item.url)}">
<meta property="og:title" content="{e(item.title_raw)}">
<meta property="og:site_name" content="{e(o.name)}">
{meta_time}</head>
<body>
<div class="cookie-banner" id="consent"><p>{e(before[0].text)}</p><button>OK</button></div>
<header class="site-header"><a class="logo" href="/">{e(o.name)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav></header>
<main>
<article class="article">
<h1>{e(item.title_raw)}</h1>
{body}
</article>
<aside class="related"><h2>{e(after[0].text)}</h2><ul>{related}</ul></aside>
<section class="comments" id="comments"><h3>{e(comment_lines[0].text)}</h3>{comments}
<form class="comment-form"><textarea name="comment"></textarea><button>{send}</button></form></section>
</main>
<footer class="site-footer"><p>{e(after[-1].text)}</p></footer>
</body>
</html>
"""


def write_html(corpus: Path, items: list[Item]) -> dict[str, Locator]:
    """One HTML page per article; page chrome is added to the item's gold lines."""
    locs: dict[str, Locator] = {}
    for item in items:
        before, after = page_chrome(item)
        page = render_html(item, before, after)
        item.lines = before + item.lines + after
        rel = f"{item.outlet.key}/{item.slug}.html"
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(page, encoding="utf-8")
        locs[item.article_id] = Locator(rel, None, item.url)
    return locs


def write_jsonl(corpus: Path, items: list[Item], rel: str) -> dict[str, Locator]:
    """A news-please style crawl dump; position = 1-based line number."""
    locs: dict[str, Locator] = {}
    out: list[str] = []
    for n, item in enumerate(items, start=1):
        pub = item.published.replace(tzinfo=None).isoformat(sep=" ") if item.published else None
        first = next((line.text for line in item.lines if line.label == "content"), "")
        record: dict[str, Any] = {
            "authors": [],
            "date_download": (item.published + dt.timedelta(hours=3)).replace(tzinfo=None).isoformat(sep=" ")
            if item.published
            else None,
            "date_modify": None,
            "date_publish": pub,
            "description": first[:200],
            "filename": item.url.split("://", 1)[1].replace("/", "%2F") + ".json",
            "image_url": None,
            "language": item.language,
            "localpath": None,
            "maintext": "\n".join(line.text for line in item.lines),
            "source_domain": f"www.{item.outlet.domain}",
            "title": item.title_raw,
            "title_page": None,
            "title_rss": None,
            "url": item.url,
        }
        out.append(json.dumps(record, ensure_ascii=False))
        locs[item.article_id] = Locator(rel, f"line {n}", item.url)
    (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
    (corpus / rel).write_text("\n".join(out) + "\n", encoding="utf-8")
    return locs


def write_rss(corpus: Path, items: list[Item]) -> dict[str, Locator]:
    """One RSS 2.0 feed per outlet with content:encoded; position = 1-based item index."""
    locs: dict[str, Locator] = {}
    by_outlet: dict[str, list[Item]] = {}
    for item in items:
        by_outlet.setdefault(item.outlet.key, []).append(item)
    e = html.escape
    for key, group in sorted(by_outlet.items()):
        o = group[0].outlet
        rel = f"feeds/{key}.xml"
        dated = [i.published for i in group if i.published]
        build = email.utils.format_datetime(max(dated)) if dated else ""
        parts = []
        for n, item in enumerate(group, start=1):
            content = "".join(f"<p>{e(line.text)}</p>" for line in item.lines).replace("]]>", "]]&gt;")
            first = next((line.text for line in item.lines if line.label == "content"), "")
            pub = f"<pubDate>{email.utils.format_datetime(item.published)}</pubDate>" if item.published else ""
            parts.append(
                f"<item><title>{e(item.title_raw)}</title><link>{e(item.url)}</link>"
                f'<guid isPermaLink="true">{e(item.url)}</guid>{pub}'
                f"<description>{e(first[:200])}</description>"
                f"<content:encoded><![CDATA[{content}]]></content:encoded></item>"
            )
            locs[item.article_id] = Locator(rel, f"item {n}", item.url)
        feed = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
            f"<channel><title>{e(o.name)}</title><link>https://www.{o.domain}/</link>"
            f"<description>Nachrichten von {e(o.name)}</description><language>{o.language}</language>"
            f"<lastBuildDate>{build}</lastBuildDate>\n" + "\n".join(parts) + "\n</channel>\n</rss>\n"
        )
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(feed, encoding="utf-8")
    return locs


def _warc_date(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_warc(corpus: Path, items: list[Item], rel: str) -> dict[str, Locator]:
    """HTTP response records with HTML pages; position = byte offset of the record in the .warc.gz."""
    locs: dict[str, Locator] = {}
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    start = min((i.published for i in items if i.published), default=dt.datetime(2023, 1, 1, tzinfo=dt.UTC))
    info = writer.create_warc_record(
        "",
        "warcinfo",
        payload=io.BytesIO(b"software: storyline samples/build.py\r\nformat: WARC File Format 1.0\r\n"),
        warc_content_type="application/warc-fields",
        warc_headers_dict={
            "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(_UUID_NS, rel)}>",
            "WARC-Date": _warc_date(start),
            "WARC-Filename": rel.rsplit("/", 1)[-1],
        },
    )
    writer.write_record(info)
    for item in items:
        before, after = page_chrome(item)
        page = render_html(item, before, after).encode("utf-8")
        item.lines = before + item.lines + after
        when = (item.published or start) + dt.timedelta(hours=2)
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(page)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            item.url,
            "response",
            payload=io.BytesIO(page),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(_UUID_NS, item.url)}>",
                "WARC-Date": _warc_date(when),
            },
        )
        offset = buf.tell()
        writer.write_record(record)
        locs[item.article_id] = Locator(rel, f"offset {offset}", item.url)
    (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
    (corpus / rel).write_bytes(buf.getvalue())
    return locs
