"""Consistency checks of the sample gold against itself and the corpus files (a test that can fail).

``check(samples_dir)`` returns one message per problem; an empty list means the gold is consistent.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from storyline.model import REMOVAL_REASONS

LINK_KINDS = {"exact", "near", "partial", "rewrite", "translation"}
ANN_LISTS = ("mentions", "quotes", "dates", "figures")


def load_raw(samples_dir: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The gold files as plain JSON (articles in file order, corpus document)."""
    gold = samples_dir / "gold"
    with (gold / "articles.jsonl").open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    return articles, json.loads((gold / "corpus.json").read_text(encoding="utf-8"))


def rebuild_clean(lines: list[dict[str, Any]]) -> str:
    """Clean text from labelled lines: content lines, tails cut, wrapped fragments joined by one space."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line["label"] != "content":
            continue
        text = line["text"]
        if line.get("tail"):
            text = text[: -len(line["tail"])].rstrip()
        current.append(text)
        if not line["join_next"]:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n".join(paragraphs)


def _check_spans(art: dict[str, Any], entities: dict[str, Any]) -> list[str]:
    out: list[str] = []
    aid = art["id"]
    for field, text in (("body", art["clean_text"]), ("title", art["title"])):
        anns = art if field == "body" else art["title_annotations"]
        for kind in ANN_LISTS:
            for a in anns[kind]:
                if text[a["start"] : a["end"]] != a["text"]:
                    out.append(f"{aid}: {field} {kind} span {a['start']}-{a['end']} is not {a['text']!r}")
                ids = [a.get("entity"), a.get("speaker"), a.get("via")]
                out += [f"{aid}: {kind} {a['text']!r} names unknown entity {i}" for i in ids if i and i not in entities]
    return out


def _check_article(art: dict[str, Any], corpus: dict[str, Any], ids: set[str]) -> list[str]:
    aid = art["id"]
    out = _check_spans(art, corpus["entities"])
    if rebuild_clean(art["lines"]) != art["clean_text"]:
        out.append(f"{aid}: clean_text differs from its content lines joined")
    for line in art["lines"]:
        for reason in (line["reason"], line.get("tail_reason")):
            if reason is not None and reason not in REMOVAL_REASONS:
                out.append(f"{aid}: line {line['i']} has unknown reason {reason!r}")
        if (line["label"] == "boilerplate") != (line["reason"] is not None):
            out.append(f"{aid}: line {line['i']} label {line['label']} with reason {line['reason']!r}")
    for key in ("derived_from", "original_article"):
        if art[key] is not None and art[key] not in ids:
            out.append(f"{aid}: {key} {art[key]} does not exist")
    story = next((s for s in corpus["storylines"] if s["id"] == art["storyline"]), None)
    if story is None or story["split"] != art["split"]:
        out.append(f"{aid}: storyline {art['storyline']} missing or of another split")
    return out


def _check_corpus_doc(corpus: dict[str, Any], ids: set[str], articles: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    events = {e["id"]: e for e in corpus["events"]}
    event_of = {a["id"]: a["event"] for a in articles}
    for ev in corpus["events"]:
        out += [f"event {ev['id']}: article {a} does not exist" for a in ev["articles"] if a not in ids]
        out += [f"event {ev['id']}: article {a} says event {event_of.get(a)}" for a in ev["articles"]
                if a in ids and event_of[a] != ev["id"]]
    listed = {a for ev in corpus["events"] for a in ev["articles"]}
    out += [f"article {a} is in no event" for a in sorted(ids - listed)]
    for st in corpus["storylines"]:
        dates = []
        for eid in st["events"]:
            if eid not in events:
                out.append(f"storyline {st['id']}: event {eid} does not exist")
            else:
                dates.append(events[eid]["date"].split("/")[0])
        if dates != sorted(dates):
            out.append(f"storyline {st['id']}: events not in time order {dates}")
    dev, held = set(corpus["splits"]["dev"]), set(corpus["splits"]["heldout"])
    if dev & held:
        out.append(f"storylines in both dev and heldout: {sorted(dev & held)}")
    for link in corpus["links"]:
        if link["original"] not in ids or link["copy"] not in ids or link["kind"] not in LINK_KINDS:
            out.append(f"link {link} does not resolve or has an unknown kind")
    for c in corpus["claims"]:
        out += [f"claim {c['id']}: article {a} does not exist" for a in c["articles"] if a not in ids]
        if c["first"] is not None and c["first"] not in c["articles"]:
            out.append(f"claim {c['id']}: first {c['first']} is not among its articles")
        if c["event"] not in events:
            out.append(f"claim {c['id']}: event {c['event']} does not exist")
    return out


def corpus_records(corpus_dir: Path) -> dict[tuple[str, str | None], str]:
    """Every article record in the corpus files: (path, position) -> URL (or path for plain files)."""
    found: dict[tuple[str, str | None], str] = {}
    for path in sorted(corpus_dir.rglob("*")):
        rel = path.relative_to(corpus_dir).as_posix()
        if path.suffix in {".txt", ".html"}:
            found[(rel, None)] = rel
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, start=1):
                    if line.strip():
                        found[(rel, f"line {n}")] = json.loads(line)["url"]
        elif path.suffix == ".xml":
            for n, item in enumerate(ET.parse(path).getroot().iter("item"), start=1):
                found[(rel, f"item {n}")] = item.findtext("link") or ""
        elif path.name.endswith(".warc.gz"):
            with path.open("rb") as fh:
                it = ArchiveIterator(fh)
                for record in it:
                    if record.rec_type == "response":
                        uri = record.rec_headers.get_header("WARC-Target-URI")
                        found[(rel, f"offset {it.get_record_offset()}")] = uri
    return found


def _check_files(articles: list[dict[str, Any]], corpus_dir: Path) -> list[str]:
    out: list[str] = []
    records = corpus_records(corpus_dir)
    seen: set[tuple[str, str | None]] = set()
    for art in articles:
        loc = art["locator"]
        key = (loc["path"], loc["position"])
        seen.add(key)
        if key not in records:
            out.append(f"{art['id']}: no corpus record at {key}")
        elif loc["position"] is not None and records[key] != loc["url"]:
            out.append(f"{art['id']}: record at {key} has URL {records[key]}, gold says {loc['url']}")
        elif art["format"] == "txt":
            body = (corpus_dir / loc["path"]).read_text(encoding="utf-8").split("\n")
            lines = [line for line in body[1:] if line.strip()]
            if lines != [line["text"] for line in art["lines"]]:
                out.append(f"{art['id']}: {loc['path']} lines differ from the gold lines")
    out += [f"corpus record {k} is not in the gold" for k in sorted(records, key=str) if k not in seen]
    return out


def check(samples_dir: Path) -> list[str]:
    """Every problem of the gold under ``samples_dir`` (gold/ and corpus/)."""
    articles, corpus = load_raw(samples_dir)
    ids = {a["id"] for a in articles}
    problems: list[str] = []
    if len(ids) != len(articles):
        problems.append("duplicate article ids in articles.jsonl")
    urls = [a["locator"]["url"] for a in articles]
    if len(set(urls)) != len(urls):
        problems.append("two articles share a URL")
    for art in articles:
        problems += _check_article(art, corpus, ids)
        if art["published"] is not None:
            dt.datetime.fromisoformat(art["published"])
    problems += _check_corpus_doc(corpus, ids, articles)
    problems += _check_files(articles, samples_dir / "corpus")
    return problems
