"""Write samples/gold/: articles.jsonl (one record per article) and corpus.json (events, storylines, ...).

The schema is documented in samples/README.md and read by storyline.eval.gold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from buildlib.assemble import Node, root_of
from buildlib.farms import GoldLine
from buildlib.formats import Item, Locator
from buildlib.story import Ann, DateAnn, FigureAnn, MentionAnn, QuoteAnn, StorySpec

GOLD_SCHEMA_VERSION = "1.0"


def _line(i: int, line: GoldLine) -> dict[str, Any]:
    return {
        "i": i,
        "text": line.text,
        "label": line.label,
        "reason": line.reason,
        "join_next": line.join_next,
        "template": line.template,
        "tail": line.tail,
        "tail_reason": line.tail_reason,
        "zone": line.zone,
    }


def annotation_lists(anns: tuple[Ann, ...], anchor: str | None) -> dict[str, list[dict[str, Any]]]:
    """Gold annotation lists from stripped tags (spans into the text the tags were stripped from)."""
    out: dict[str, list[dict[str, Any]]] = {"mentions": [], "quotes": [], "dates": [], "figures": []}
    for a in anns:
        base = {"start": a.start, "end": a.end, "text": a.text}
        if isinstance(a, MentionAnn):
            out["mentions"].append({**base, "type": a.type, "entity": a.entity})
        elif isinstance(a, QuoteAnn):
            out["quotes"].append(
                {**base, "direct": a.direct, "speaker": a.speaker, "cue": a.cue, "via": a.via}
            )
        elif isinstance(a, DateAnn):
            out["dates"].append({**base, "value": a.value, "relative": a.relative, "anchor": anchor})
        elif isinstance(a, FigureAnn):
            out["figures"].append(
                {**base, "value": a.value, "qualifier": a.qualifier, "counted": a.counted}
            )
    return out


def article_record(node: Node, item: Item, loc: Locator, nodes: dict[str, Node]) -> dict[str, Any]:
    """One line of articles.jsonl."""
    dec = node.decorated
    assert dec is not None
    root_id, _ = root_of(node.id, nodes)
    root = nodes[root_id]
    # Relative dates were written against the authored article's publication date.
    anchor = node.spec.published.date().isoformat() if node.spec.published else None
    return {
        "id": node.id,
        "split": node.story.split,
        "storyline": node.story.id,
        "event": node.event,
        "language": node.language,
        "outlet": node.outlet.key,
        "outlet_name": node.outlet.name,
        "outlet_kind": node.outlet.kind,
        "farm": node.outlet.farm,
        "fake_bio": dec.fake_bio,
        "kind": node.kind,
        "derived_from": node.derived_from,
        "original_article": root_id,
        "original_source": root.outlet.name,
        "original_source_outlet": root.outlet.key,
        "names_source": node.names_source,
        "source_line": dec.source_line,
        "published": node.published.isoformat() if node.published else None,
        "published_in_metadata": node.published_in_metadata,
        "format": item.fmt,
        "locator": {"path": loc.path, "position": loc.position, "url": loc.url},
        "title": dec.title.text,
        "title_raw": dec.title_raw,
        "title_suffix": dec.title_suffix,
        "title_annotations": annotation_lists(dec.title.anns, anchor),
        "lines": [_line(i, line) for i, line in enumerate(item.lines)],
        "clean_text": dec.clean_text,
        **annotation_lists(dec.anns, anchor),
    }


def corpus_record(stories: list[StorySpec], nodes: dict[str, Node], outlets: dict[str, Any]) -> dict[str, Any]:
    """corpus.json: outlets, entities, events, storylines, claims, copy links, splits."""
    entities: dict[str, dict[str, str]] = {}
    events: list[dict[str, Any]] = []
    storylines: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for story in stories:
        for ent in story.entities.values():
            entities.setdefault(ent.id, {"type": ent.type, "name": ent.name})
        ordered = sorted(story.events, key=lambda e: e.date)
        storylines.append({"id": story.id, "label": story.label, "split": story.split,
                           "events": [e.id for e in ordered]})
        for ev in ordered:
            arts = [n.id for n in nodes.values() if n.event == ev.id]
            events.append({"id": ev.id, "storyline": story.id, "label": ev.label, "date": ev.date, "articles": arts})
            for c in ev.claims:
                first = nodes.get(c.first) if c.first else None
                claims.append({
                    "id": c.id, "event": ev.id, "kind": c.kind, "content": c.content, "status": c.status,
                    "articles": list(c.articles), "first": c.first,
                    "first_published": first.published.isoformat() if first and first.published else None,
                })
    links = [
        {"original": n.derived_from, "copy": n.id, "kind": n.kind, "names_source": n.names_source}
        for n in nodes.values()
        if n.derived_from
    ]
    return {
        "schema_version": GOLD_SCHEMA_VERSION,
        "splits": {s: sorted(st.id for st in stories if st.split == s) for s in ("dev", "heldout")},
        "outlets": outlets,
        "entities": dict(sorted(entities.items())),
        "events": events,
        "storylines": storylines,
        "claims": claims,
        "links": links,
    }


def write_gold(gold: Path, records: list[dict[str, Any]], corpus: dict[str, Any]) -> None:
    """Write articles.jsonl and corpus.json (UTF-8, stable order)."""
    gold.mkdir(parents=True, exist_ok=True)
    with (gold / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (gold / "corpus.json").write_text(json.dumps(corpus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
