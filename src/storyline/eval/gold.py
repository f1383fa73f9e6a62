"""Typed loader of the sample corpus gold (samples/gold/, schema in samples/README.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError
from storyline.eval.errors import E901_GOLD_MISSING, E902_GOLD_INVALID


@dataclass(frozen=True)
class GoldLine:
    """One line of an article as rendered, content or boilerplate with a reason code."""

    i: int
    text: str
    label: str  # content | boilerplate
    reason: str | None
    join_next: bool = False
    template: bool = False
    tail: str | None = None
    tail_reason: str | None = None
    zone: str = "body"

    @property
    def boilerplate(self) -> bool:
        """True when the whole line is boilerplate."""
        return self.label == "boilerplate"


@dataclass(frozen=True)
class GoldMention:
    """An entity mention; span into the article's gold clean text."""

    start: int
    end: int
    text: str
    type: str
    entity: str


@dataclass(frozen=True)
class GoldQuote:
    """A quote; speaker None when the text names none."""

    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None
    cue: str | None
    via: str | None


@dataclass(frozen=True)
class GoldDate:
    """A date expression with its ISO value; ``anchor`` is the date relative values were written against."""

    start: int
    end: int
    text: str
    value: str
    relative: bool
    anchor: str | None


@dataclass(frozen=True)
class GoldFigure:
    """A figure with its value, qualifier and what is counted."""

    start: int
    end: int
    text: str
    value: float
    qualifier: str | None
    counted: str | None


@dataclass(frozen=True)
class Locator:
    """Where the pipeline finds the article: path under samples/corpus, record position, URL."""

    path: str
    position: str | None
    url: str


@dataclass(frozen=True)
class GoldArticle:
    """Everything the gold says about one article."""

    id: str
    split: str
    storyline: str
    event: str
    language: str
    outlet: str
    outlet_name: str
    outlet_kind: str
    farm: bool
    fake_bio: bool
    kind: str
    derived_from: str | None
    original_article: str
    original_source: str
    original_source_outlet: str
    names_source: bool
    published: str | None
    published_in_metadata: bool
    format: str
    locator: Locator
    title: str
    title_raw: str
    title_suffix: str | None
    lines: tuple[GoldLine, ...]
    clean_text: str
    mentions: tuple[GoldMention, ...]
    quotes: tuple[GoldQuote, ...]
    dates: tuple[GoldDate, ...]
    figures: tuple[GoldFigure, ...]


@dataclass(frozen=True)
class GoldEntity:
    """A canonical entity."""

    id: str
    type: str
    name: str


@dataclass(frozen=True)
class GoldEvent:
    """A happening and every article about it (copies included)."""

    id: str
    storyline: str
    label: str
    date: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class GoldStoryline:
    """Events in time order."""

    id: str
    label: str
    split: str
    events: tuple[str, ...]


@dataclass(frozen=True)
class GoldClaim:
    """A checkable statement with its status and first reporter."""

    id: str
    event: str
    kind: str
    content: str
    status: str
    articles: tuple[str, ...]
    first: str | None
    first_published: str | None


@dataclass(frozen=True)
class GoldLink:
    """A copy relation, original -> copy."""

    original: str
    copy: str
    kind: str
    names_source: bool


@dataclass
class Gold:
    """The whole gold of the sample corpus."""

    schema_version: str
    articles: dict[str, GoldArticle]
    entities: dict[str, GoldEntity]
    events: dict[str, GoldEvent]
    storylines: dict[str, GoldStoryline]
    claims: dict[str, GoldClaim]
    links: list[GoldLink]
    splits: dict[str, list[str]]
    outlets: dict[str, dict[str, Any]]
    stats: dict[str, Any] = field(default_factory=dict)

    def in_split(self, split: str) -> list[GoldArticle]:
        """Articles of one split (dev / heldout), in id order."""
        return [a for _, a in sorted(self.articles.items()) if a.split == split]


def _tuple(items: list[dict[str, Any]], cls: type[Any]) -> tuple[Any, ...]:
    return tuple(cls(**item) for item in items)


def parse_article(raw: dict[str, Any]) -> GoldArticle:
    """One record of articles.jsonl."""
    data = dict(raw)
    data.pop("title_annotations", None)  # title spans index the title; the evaluators score bodies only
    data.pop("source_line", None)
    data["locator"] = Locator(**data["locator"])
    data["lines"] = _tuple(data["lines"], GoldLine)
    data["mentions"] = _tuple(data["mentions"], GoldMention)
    data["quotes"] = _tuple(data["quotes"], GoldQuote)
    data["dates"] = _tuple(data["dates"], GoldDate)
    data["figures"] = _tuple(data["figures"], GoldFigure)
    return GoldArticle(**data)


def load_gold(samples_dir: Path) -> Gold:
    """Read samples_dir/gold/{articles.jsonl,corpus.json}; raises StorylineError E901/E902."""
    gold_dir = samples_dir / "gold"
    art_path, corpus_path = gold_dir / "articles.jsonl", gold_dir / "corpus.json"
    for path in (art_path, corpus_path):
        if not path.is_file():
            raise StorylineError(E901_GOLD_MISSING, str(path))
    articles: dict[str, GoldArticle] = {}
    with art_path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                art = parse_article(json.loads(line))
            except (ValueError, TypeError, KeyError) as exc:
                raise StorylineError(E902_GOLD_INVALID, str(art_path), position=f"line {n}", detail=str(exc)) from None
            articles[art.id] = art
    try:
        corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
        return Gold(
            schema_version=str(corpus["schema_version"]),
            articles=articles,
            entities={k: GoldEntity(id=k, **v) for k, v in corpus["entities"].items()},
            events={e["id"]: GoldEvent(**{**e, "articles": tuple(e["articles"])}) for e in corpus["events"]},
            storylines={
                s["id"]: GoldStoryline(**{**s, "events": tuple(s["events"])}) for s in corpus["storylines"]
            },
            claims={c["id"]: GoldClaim(**{**c, "articles": tuple(c["articles"])}) for c in corpus["claims"]},
            links=[GoldLink(**link) for link in corpus["links"]],
            splits={k: list(v) for k, v in corpus["splits"].items()},
            outlets=dict(corpus["outlets"]),
            stats=dict(corpus.get("stats", {})),
        )
    except (ValueError, TypeError, KeyError) as exc:
        raise StorylineError(E902_GOLD_INVALID, str(corpus_path), detail=repr(exc)) from None
