"""From parsed storylines to rendered articles: copies, provenance roots, formats, URLs, decoration."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from buildlib.farms import Decorated, DecorateInput, Outlet, decorate
from buildlib.formats import Item
from buildlib.story import ArticleSpec, BodyUnit, StorySpec

# Formats other than txt, with the outlets whose articles may appear in them and the target count
# for a full corpus (~170 articles); a smaller corpus gets proportionally fewer.
FORMAT_PLAN: tuple[tuple[str, frozenset[str] | None, int], ...] = (
    ("rss", frozenset({"elbkurier", "metro-dispatch"}), 8),
    ("warc", frozenset({"hauptstadt-anzeiger", "harbour-times", "weltnachrichten-online"}), 6),
    ("html", frozenset({"tagesblick", "elbkurier", "harbour-times", "metro-dispatch", "infoblitz",
                        "hauptstadt-anzeiger", "weltnachrichten-online", "klickreport"}), 10),
    ("jsonl", None, 15),
)
CSV_OUTLETS = frozenset({"rheinische-rundschau"})  # this folder carries metadata.csv instead of sidecars
# Articles whose metadata lacks a publication date, in all: writers' undated articles count first,
# build.py drops the date from the sidecars of a few more txt articles (at least one) up to this total.
N_UNDATED_TARGET = 8
FULL_CORPUS = 170


@dataclass
class Node:
    """One corpus article (authored or a generated copy) before rendering."""

    id: str
    story: StorySpec
    event: str
    outlet: Outlet
    language: str
    kind: str  # original | independent | rewrite | translation | exact | near | partial
    derived_from: str | None
    published: dt.datetime | None
    names_source: bool
    spec: ArticleSpec  # the authored article (for copies: the one copied)
    units: tuple[BodyUnit, ...]
    fmt: str = "txt"
    published_in_metadata: bool = True
    decorated: Decorated | None = None
    url: str = ""
    slug: str = ""


def rank(key: str, salt: str) -> str:
    """A stable pseudo-random sort key."""
    return hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()


def build_nodes(stories: list[StorySpec], outlets: dict[str, Outlet]) -> dict[str, Node]:
    """Every article of the corpus: authored ones and the copies their ``copies:`` entries ask for."""
    nodes: dict[str, Node] = {}
    for story in stories:
        for ev in story.events:
            for art in ev.articles:
                nodes[art.id] = Node(
                    art.id, story, ev.id, outlets[art.outlet], art.language, art.kind, art.copy_of, art.published,
                    bool(art.names_source), art, art.units,
                )
                for cp in art.copies:
                    units = _copy_units(art, cp.kind, cp.paragraphs)
                    pub = art.published + dt.timedelta(hours=cp.delay_hours) if art.published else None
                    names = cp.names_source
                    if names is None:  # the farm's habit decides
                        names = int(rank(cp.id, "names")[:8], 16) / 0xFFFFFFFF < float(
                            outlets[cp.outlet].get("names_source", 0)
                        )
                    nodes[cp.id] = Node(
                        cp.id, story, ev.id, outlets[cp.outlet], art.language, cp.kind, art.id, pub, names, art, units
                    )
    return nodes


def _copy_units(art: ArticleSpec, kind: str, paragraphs: tuple[int, ...] | None) -> tuple[BodyUnit, ...]:
    """Exact copies keep every line; near and partial copies keep content paragraphs only."""
    if kind == "exact":
        return art.units
    content = [u for u in art.units if u.kind == "content"]
    if kind == "partial" and paragraphs is not None:
        return tuple(content[i] for i in sorted(set(paragraphs)))
    return tuple(content)


def root_of(node_id: str, nodes: dict[str, Node]) -> tuple[str, list[str]]:
    """The root article of a copy chain, and problems (a cycle) if any."""
    seen = {node_id}
    current = node_id
    while nodes[current].derived_from:
        current = nodes[current].derived_from or ""
        if current in seen:
            return current, [f"{node_id}: copy_of chain has a cycle through {current}"]
        seen.add(current)
    return current, []


def assign_formats(nodes: dict[str, Node]) -> None:
    """Pick which articles go into which corpus format, deterministically by hashed id."""
    scale = min(1.0, len(nodes) / FULL_CORPUS)
    taken: set[str] = set()
    for fmt, outlets, target in FORMAT_PLAN:
        quota = max(1, round(target * scale))
        pool = sorted(
            (n for n in nodes.values() if n.id not in taken and (outlets is None or n.outlet.key in outlets)),
            key=lambda n: rank(n.id, fmt),
        )
        for node in pool[:quota]:
            node.fmt = fmt
            taken.add(node.id)
    txt_dated = sorted(
        (n for n in nodes.values() if n.fmt == "txt" and n.published and n.outlet.key not in CSV_OUTLETS),
        key=lambda n: rank(n.id, "nodate"),
    )
    undated = sum(1 for n in nodes.values() if n.published is None)
    for node in txt_dated[: max(1, round(N_UNDATED_TARGET * scale) - undated)]:
        node.published_in_metadata = False
    for node in nodes.values():
        if node.published is None:
            node.published_in_metadata = False


def slugify(text: str) -> str:
    """ASCII URL slug of a title (umlauts transliterated), at most ~60 characters at a word boundary."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        if len(slug) + len(word) > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "artikel"


def assign_urls(nodes: dict[str, Node]) -> None:
    """A unique fictional URL per article on its outlet's .example domain."""
    for node in nodes.values():
        number = int(rank(node.id, "url")[:8], 16) % 900000 + 100000
        section = node.outlet.sections[int(rank(node.id, "section")[:4], 16) % len(node.outlet.sections)]
        node.slug = f"{slugify(node.spec.title.text)}-{number}"
        node.url = f"https://www.{node.outlet.domain}/{section}/{node.slug}.html"


def spam_headlines(nodes: dict[str, Node]) -> dict[str, tuple[str, ...]]:
    """Per storyline: titles with a number from OTHER storylines (unrelated 'Lesen Sie auch' targets)."""
    titles = sorted({(n.story.id, n.spec.title.text) for n in nodes.values() if n.language == "de"})
    out: dict[str, tuple[str, ...]] = {}
    for sid in sorted({n.story.id for n in nodes.values()}):
        out[sid] = tuple(t for s, t in titles if s != sid and re.search(r"\d", t))
    return out


def render(nodes: dict[str, Node]) -> None:
    """Decorate every article with its outlet's boilerplate."""
    headlines = spam_headlines(nodes)
    for node in nodes.values():
        source = nodes[node.derived_from] if node.derived_from else None
        node.decorated = decorate(
            DecorateInput(
                article_id=node.id,
                outlet=node.outlet,
                title=node.spec.title,
                units=node.units,
                add_boilerplate=node.kind != "exact",
                names_source=node.names_source,
                source_name=source.outlet.name if source else None,
                allow_wrap=node.fmt in {"txt", "jsonl"},
                headlines=headlines[node.story.id],
            )
        )
    _mark_templates(nodes)


def _mark_templates(nodes: dict[str, Node]) -> None:
    """Flag boilerplate lines whose exact text recurs in >= 3 articles of the same outlet."""
    counts: dict[tuple[str, str], int] = {}
    for node in nodes.values():
        assert node.decorated is not None
        for text in {line.text for line in node.decorated.lines if line.label == "boilerplate"}:
            counts[(node.outlet.key, text)] = counts.get((node.outlet.key, text), 0) + 1
    for node in nodes.values():
        assert node.decorated is not None
        for line in node.decorated.lines:
            line.template = line.label == "boilerplate" and counts.get((node.outlet.key, line.text), 0) >= 3


def to_item(node: Node) -> Item:
    """The writer's view of a rendered node."""
    assert node.decorated is not None
    return Item(
        article_id=node.id,
        outlet=node.outlet,
        language=node.language,
        title_raw=node.decorated.title_raw,
        published=node.published,
        published_in_metadata=node.published_in_metadata,
        url=node.url,
        slug=node.slug,
        lines=list(node.decorated.lines),
        fmt=node.fmt,
    )
