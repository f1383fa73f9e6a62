"""Parse one storyline YAML file into specs and check the whole corpus (ids unique, references resolve)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from buildlib.story import (
    ARTICLE_KINDS,
    CLAIM_KINDS,
    CLAIM_STATUSES,
    COPY_KINDS,
    ENTITY_TYPES,
    SPLITS,
    ArticleSpec,
    ClaimSpec,
    CopySpec,
    EntitySpec,
    EventSpec,
    StorySpec,
    _Ctx,
    load_yaml,
    parse_body,
    parse_datetime,
    strip_tags,
    valid_date_value,
)

# --- file level --------------------------------------------------------------------------------


def _entities(raw: Any, ctx: _Ctx) -> dict[str, EntitySpec]:
    """Declared entities of one file."""
    out: dict[str, EntitySpec] = {}
    if not isinstance(raw, dict):
        ctx.err("entities: must be a mapping id -> {type, name}")
        return out
    for eid, spec in raw.items():
        if not isinstance(spec, dict) or spec.get("type") not in ENTITY_TYPES or not spec.get("name"):
            ctx.err(f"entity {eid!r}: needs type (PER/ORG/LOC/MISC) and name")
            continue
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", str(eid)):
            ctx.err(f"entity id {eid!r}: use a lower-case slug (letters, digits, '-')")
        out[str(eid)] = EntitySpec(str(eid), str(spec["type"]), str(spec["name"]))
    return out


def _copies(raw: Any, ctx: _Ctx, outlets: set[str], n_paragraphs: int) -> tuple[CopySpec, ...]:
    """The copies: entries of one article."""
    out: list[CopySpec] = []
    for item in raw or []:
        if not isinstance(item, dict) or "id" not in item:
            ctx.err(f"copies entry {item!r} needs at least id, outlet, kind, delay_hours")
            continue
        cid = str(item["id"])
        kind = str(item.get("kind", ""))
        if kind not in COPY_KINDS:
            ctx.err(f"copy {cid}: kind={kind!r} must be exact, near or partial")
        if item.get("outlet") not in outlets:
            ctx.err(f"copy {cid}: outlet={item.get('outlet')!r} is not in samples/source/outlets.yaml")
        paragraphs = item.get("paragraphs")
        paras: tuple[int, ...] | None = None
        if kind == "partial":
            if not isinstance(paragraphs, list) or not paragraphs:
                ctx.err(f"copy {cid}: a partial copy needs paragraphs: [indices of content paragraphs]")
            else:
                paras = tuple(int(p) for p in paragraphs)
                bad = [p for p in paras if not 0 <= p < n_paragraphs]
                if bad:
                    ctx.err(f"copy {cid}: paragraphs {bad} out of range 0..{n_paragraphs - 1}")
        try:
            delay = float(item.get("delay_hours", 0))
        except (TypeError, ValueError):
            ctx.err(f"copy {cid}: delay_hours must be a number")
            delay = 0.0
        names = item.get("names_source")
        out.append(CopySpec(cid, str(item.get("outlet")), kind, delay, paras, None if names is None else bool(names)))
    return tuple(out)


def _article(raw: dict[str, Any], story: str, event: str, ctx: _Ctx, outlets: set[str]) -> ArticleSpec:
    """One authored article."""
    aid = str(raw.get("id", "?"))
    ctx.where = aid
    for key in ("outlet", "language", "kind", "title", "body"):
        if key not in raw:
            ctx.err(f"missing field {key}:")
    if raw.get("outlet") not in outlets:
        ctx.err(f"outlet={raw.get('outlet')!r} is not in samples/source/outlets.yaml")
    if raw.get("language") not in {"de", "en"}:
        ctx.err(f"language={raw.get('language')!r} must be de or en")
    kind = str(raw.get("kind", ""))
    copy_of = raw.get("copy_of")
    if kind not in ARTICLE_KINDS:
        ctx.err(f"kind={kind!r} must be one of {sorted(ARTICLE_KINDS)}")
    if kind in {"rewrite", "translation"} and not copy_of:
        ctx.err(f"kind={kind} needs copy_of: <article id it is derived from>")
    if kind in {"original", "independent"} and copy_of:
        ctx.err(f"kind={kind} must have copy_of: null (use rewrite/translation for derived articles)")
    title = strip_tags(str(raw.get("title", "")).strip(), ctx)
    units = parse_body(str(raw.get("body", "")), ctx)
    n_paras = sum(1 for u in units if u.kind == "content")
    names = raw.get("names_source")
    spec = ArticleSpec(
        id=aid,
        storyline=story,
        event=event,
        outlet=str(raw.get("outlet")),
        published=parse_datetime(raw.get("published"), ctx, "published"),
        language=str(raw.get("language")),
        kind=kind,
        copy_of=str(copy_of) if copy_of else None,
        names_source=None if names is None else bool(names),
        title=title,
        units=units,
        copies=_copies(raw.get("copies"), ctx, outlets, n_paras),
    )
    ctx.where = ""
    return spec


def _claims(raw: Any, event: str, ctx: _Ctx) -> tuple[ClaimSpec, ...]:
    """The claims of one event (article ids are resolved corpus-wide in validate_corpus)."""
    out: list[ClaimSpec] = []
    for item in raw or []:
        cid = str(item.get("id", "?"))
        ctx.where = cid
        if item.get("kind") not in CLAIM_KINDS:
            ctx.err(f"claim kind={item.get('kind')!r} must be one of {sorted(CLAIM_KINDS)}")
        if item.get("status") not in CLAIM_STATUSES:
            ctx.err(f"claim status={item.get('status')!r} must be one of {sorted(CLAIM_STATUSES)}")
        articles = tuple(str(a) for a in item.get("articles") or [])
        if not articles:
            ctx.err("claim has no articles:")
        first = item.get("first")
        if first is not None and str(first) not in articles:
            ctx.err(f"claim first={first!r} is not among its articles")
        out.append(
            ClaimSpec(
                cid, event, str(item.get("kind")), str(item.get("content", "")), str(item.get("status")), articles,
                None if first is None else str(first),
            )
        )
    ctx.where = ""
    return tuple(out)


def parse_story(path: Path, outlets: set[str]) -> tuple[StorySpec | None, list[str]]:
    """Parse one storyline file; returns the spec (None if unusable) and the problems found."""
    try:
        raw = load_yaml(path)
    except yaml.YAMLError as exc:
        return None, [f"{path}: YAML syntax error: {exc}"]
    ctx = _Ctx(path=str(path), entities={})
    if not isinstance(raw, dict):
        return None, [f"{path}: the file must be a mapping with id, label, split, entities, events"]
    ctx.entities = _entities(raw.get("entities"), ctx)
    sid = str(raw.get("id", ""))
    if not re.fullmatch(r"s\d\d", sid):
        ctx.err(f"id={sid!r} must be sNN")
    if raw.get("split") not in SPLITS:
        ctx.err(f"split={raw.get('split')!r} must be dev or heldout")
    events: list[EventSpec] = []
    for ev in raw.get("events") or []:
        eid = str(ev.get("id", "?"))
        ctx.where = eid
        date = str(ev.get("date", ""))
        if not valid_date_value(date):
            ctx.err(f"event date={date!r} must be an ISO date (2022-03-14)")
        articles = tuple(_article(a, sid, eid, ctx, outlets) for a in ev.get("articles") or [])
        claims = _claims(ev.get("claims"), eid, ctx)
        events.append(EventSpec(eid, sid, date, str(ev.get("label", "")), claims, articles))
    if not events:
        ctx.err("no events:")
    story = StorySpec(sid, str(raw.get("label", "")), str(raw.get("split")), str(path), ctx.entities, tuple(events))
    return story, ctx.problems


def validate_corpus(stories: Iterable[StorySpec]) -> list[str]:
    """Corpus-wide checks: unique ids, copy_of and claim articles resolve, entity declarations agree."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    articles: dict[str, ArticleSpec] = {}
    entities: dict[str, tuple[EntitySpec, str]] = {}
    stories = list(stories)
    for story in stories:
        if story.id in seen:
            problems.append(f"{story.path}: storyline id {story.id} also used in {seen[story.id]}")
        seen[story.id] = story.path
        for ent in story.entities.values():
            prev = entities.get(ent.id)
            if prev and (prev[0].type, prev[0].name) != (ent.type, ent.name):
                problems.append(f"{story.path}: entity {ent.id} declared differently in {prev[1]}: {prev[0]} vs {ent}")
            entities.setdefault(ent.id, (ent, story.path))
        for ev in story.events:
            for aid in [ev.id] + [c.id for c in ev.claims]:
                if aid in seen:
                    problems.append(f"{story.path}: {aid}: id already used in {seen[aid]}")
                seen[aid] = story.path
            for art in ev.articles:
                for aid in [art.id] + [c.id for c in art.copies]:
                    if aid in seen:
                        problems.append(f"{story.path}: {aid}: id already used in {seen[aid]}")
                    seen[aid] = story.path
                articles[art.id] = art
    copy_ids = {c.id for a in articles.values() for c in a.copies}
    for story in stories:
        for ev in story.events:
            for art in ev.articles:
                if art.copy_of and art.copy_of not in articles:
                    problems.append(f"{story.path}: {art.id}: copy_of={art.copy_of} is not an authored article id")
            for claim in ev.claims:
                for aid in claim.articles:
                    if aid not in articles and aid not in copy_ids:
                        problems.append(f"{story.path}: {claim.id}: claim article {aid} does not exist")
    return problems
