"""Online event clustering (in the spirit of Miranda et al. 2018): each article is compared with the
centroids of events active in its time window, found through a (term, week) index, never all pairs;
it joins the most similar one above a threshold or founds a new event."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping

from storyline.cluster.embed import Encoder, cosine, embed, mean_unit
from storyline.cluster.features import ArticleFeatures
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventCluster
from storyline.cluster.text import add_into, dot, prune, top_terms
from storyline.model import stable_id

_UNDATED_POSTINGS = 50  # undated articles look at the 50 latest events per term (no time to block on)
_MAX_LEADS = 3


def _week(day: dt.date) -> int:
    return day.toordinal() // 7


def _gap_days(day: dt.date | None, ev: EventCluster) -> int:
    """Days from ``day`` to the event's date range (0 inside it or when either is undated)."""
    if day is None or ev.first is None or ev.last is None:
        return 0
    if day < ev.first:
        return (ev.first - day).days
    return max(0, (day - ev.last).days)


def _language(ev: EventCluster) -> str:
    return max(ev.languages.items(), key=lambda kv: (kv[1], kv[0]))[0] if ev.languages else "?"


class OnlineClusterer:
    """Events kept as centroids with a blocking index; ``add`` places one article."""

    def __init__(self, settings: ClusterSettings, encoder: Encoder | None = None) -> None:
        self.settings = settings
        self.encoder = encoder
        self.events: dict[str, EventCluster] = {}
        self.event_of: dict[str, str] = {}
        self.touched: set[str] = set()
        self.embedded = 0
        self._norms: dict[str, float] = {}
        self._by_week: dict[tuple[str, int], set[str]] = {}
        self._by_term: dict[str, list[str]] = {}
        self._by_week_lang: dict[tuple[int, str], set[str]] = {}
        self._merged_into: dict[str, str] = {}
        self._languages: set[str] = set()

    # -- state -------------------------------------------------------------------------------------

    def load(self, events: Iterable[EventCluster]) -> None:
        """Resume from stored events (rebuilding the index from their centroids and dates)."""
        for ev in events:
            self.events[ev.id] = ev
            for aid in ev.article_ids:
                self.event_of[aid] = ev.id
            self._norms[ev.id] = math.sqrt(sum(w * w for w in ev.centroid.values()))
            days: list[dt.date | None] = [ev.first, ev.last] if ev.first and ev.last else [None]
            self._index(ev.id, top_terms(ev.centroid, 3 * self.settings.block_terms), days)
            if ev.first is not None and ev.last is not None:
                for week in range(_week(ev.first), _week(ev.last) + 1):
                    self._by_week_lang.setdefault((week, _language(ev)), set()).add(ev.id)
                self._languages.add(_language(ev))

    def _index(self, eid: str, terms: Iterable[str], days: list[dt.date | None]) -> None:
        weeks = sorted({_week(d) for d in days if d is not None})
        if len(weeks) == 2:
            weeks = list(range(weeks[0], weeks[1] + 1))
        for term in terms:
            for w in weeks:
                self._by_week.setdefault((term, w), set()).add(eid)
            postings = self._by_term.setdefault(term, [])
            if eid not in postings[-_UNDATED_POSTINGS:]:
                postings.append(eid)
                del postings[:-_UNDATED_POSTINGS]

    # -- candidates and scores -----------------------------------------------------------------------

    def _resolve(self, eid: str) -> str | None:
        while eid in self._merged_into:
            eid = self._merged_into[eid]
        return eid if eid in self.events else None

    def candidates(self, art: ArticleFeatures) -> list[str]:
        """Events sharing a blocking key (top term or entity × week in the window) with the article."""
        keys = top_terms(art.vector, self.settings.block_terms) + sorted(art.entities)
        found: list[str] = []  # counted once at the end: one Counter call instead of one per key
        day = art.when
        if day is None:
            for term in keys:
                found.extend(self._by_term.get(term, ()))
        else:
            span = range(_week(day - dt.timedelta(self.settings.window_days)),
                         _week(day + dt.timedelta(self.settings.window_days)) + 1)
            cap = self.settings.max_postings
            for term in keys:
                for w in span:
                    posting = self._by_week.get((term, w), ())
                    if len(posting) <= cap:  # a key shared by very many events blocks nothing (a stopword)
                        found.extend(posting)
        hits = Counter(found)
        resolved: Counter[str] = Counter()
        for eid, n in hits.items():
            real = self._resolve(eid)
            if real is not None and self._in_reach(day, self.events[real]):
                resolved[real] += n
        for eid in self._other_language(art, day):
            resolved.setdefault(eid, 0)
        return [eid for eid, _ in sorted(resolved.items(), key=lambda kv: (-kv[1], kv[0]))][
            : self.settings.max_candidates
        ]

    def _in_reach(self, day: dt.date | None, ev: EventCluster) -> bool:
        """Within the window of the event's dates, and not beyond its maximum span from the first report."""
        if _gap_days(day, ev) > self.settings.window_days:
            return False
        if day is None or ev.first is None or ev.last is None:
            return True
        return (day - ev.first).days <= self.settings.max_span_days and (ev.last - day).days <= self.settings.max_span_days

    def _other_language(self, art: ArticleFeatures, day: dt.date | None) -> list[str]:
        """The largest events in the window written in another language: translations and foreign reports
        share few terms, so they are found by time and compared by embedding (only with an encoder)."""
        if self.encoder is None or day is None or art.language == "?":
            return []
        found: set[str] = set()
        lo = _week(day - dt.timedelta(self.settings.window_days))
        hi = _week(day + dt.timedelta(self.settings.window_days))
        for week in range(lo, hi + 1):
            for lang in self._languages - {art.language}:
                found |= self._by_week_lang.get((week, lang), set())
        live = [e for e in (self._resolve(x) for x in found) if e is not None]
        live = [e for e in set(live) if self._in_reach(day, self.events[e])]
        return sorted(live, key=lambda e: (-len(self.events[e].article_ids), e))[: self.settings.cross_candidates]

    def score(self, art: ArticleFeatures, ev: EventCluster, art_emb: list[list[float]]) -> float:
        """Similarity of an article to an event: terms, entities, time; embeddings across languages."""
        norm = self._norms.get(ev.id) or 1.0
        sim = dot(art.vector, ev.centroid) / norm
        if art.entities and ev.entities:
            shared = sum(1 for e in art.entities if e in ev.entities) / len(art.entities)
            sim = (1 - self.settings.entity_weight) * sim + self.settings.entity_weight * shared
        if self._cross_language(art.language, ev):
            sim = max(sim, self._embedding_score(art, ev, art_emb))
        return sim - self.settings.day_penalty * _gap_days(art.when, ev)

    def _cross_language(self, language: str, ev: EventCluster) -> bool:
        other = _language(ev)
        return self.encoder is not None and "?" not in (language, other) and language != other

    def _event_embedding(self, ev: EventCluster) -> list[float]:
        if ev.embedding is None and self.encoder is not None:
            vectors = embed(self.encoder, ev.leads[:_MAX_LEADS])
            self.embedded += len(vectors)
            ev.embedding = mean_unit(vectors)
        return ev.embedding or []

    def _embedding_score(self, art: ArticleFeatures, ev: EventCluster, art_emb: list[list[float]]) -> float:
        if self.encoder is None:
            return 0.0
        if not art_emb:
            art_emb.extend(embed(self.encoder, [art.lead]))
            self.embedded += 1
        event_vec = self._event_embedding(ev)
        if not event_vec:
            return 0.0
        s = self.settings
        return (cosine(art_emb[0], event_vec) - s.embed_floor) * s.embed_scale

    # -- placing articles ----------------------------------------------------------------------------

    def add(self, art: ArticleFeatures, copy_of: Iterable[str] = ()) -> str:
        """Place one article: with its copies' event if one is placed, else the best event or a new one."""
        for other in copy_of:
            placed = self.event_of.get(other)
            if placed is not None and (real := self._resolve(placed)) is not None:
                return self._join(real, art)
        best, best_score = None, self.settings.join_threshold
        art_emb: list[list[float]] = []
        for eid in self.candidates(art):
            value = self.score(art, self.events[eid], art_emb)
            if value >= best_score:
                best, best_score = eid, value
        if best is None:
            ev = EventCluster(id=stable_id(art.id, prefix="e"), article_ids=[])
            self.events[ev.id] = ev
            best = ev.id
        return self._join(best, art)

    def _join(self, eid: str, art: ArticleFeatures) -> str:
        ev = self.events[eid]
        ev.article_ids.append(art.id)
        self.event_of[art.id] = eid
        ev.centroid = prune(_added(ev.centroid, art.vector), self.settings.centroid_terms)
        self._norms[eid] = math.sqrt(sum(w * w for w in ev.centroid.values()))
        for ent in art.entities:
            ev.entities[ent] = ev.entities.get(ent, 0) + 1
        ev.languages[art.language] = ev.languages.get(art.language, 0) + 1
        day = art.when
        if day is not None:
            ev.first = day if ev.first is None else min(ev.first, day)
            ev.last = day if ev.last is None else max(ev.last, day)
        if len(ev.leads) < _MAX_LEADS:
            ev.leads.append(art.lead)
        self.touched.add(eid)
        self._index(eid, top_terms(art.vector, self.settings.block_terms) + sorted(art.entities), [day])
        if day is not None:
            self._by_week_lang.setdefault((_week(day), art.language), set()).add(eid)
            self._languages.add(art.language)
        return eid

    # -- merging -------------------------------------------------------------------------------------

    def merge_pass(self) -> int:
        """Merge touched events into similar, overlapping older ones (Miranda et al.'s merge step)."""
        merged = 0
        for eid in sorted(self.touched):
            if eid not in self.events:
                continue  # merged away earlier in this pass
            ev = self.events[eid]
            probe = ArticleFeatures(
                id=eid, language=_language(ev), published=ev.first, text_dates=[], title="", lead="",
                counts=Counter(), entities=frozenset(ev.entities), vector=_unit(ev.centroid),
            )
            for other in self.candidates(probe):
                if other == eid or other not in self.events:
                    continue
                target = self.events[other]
                norm = self._norms.get(other) or 1.0
                if dot(probe.vector, target.centroid) / norm >= self.settings.merge_threshold:
                    older, newer = sorted((eid, other), key=lambda e: (self.events[e].first or dt.date.max, e))
                    self._merge(newer, older)
                    merged += 1
                    break
        return merged

    def _merge(self, eid: str, into: str) -> None:
        src, dst = self.events.pop(eid), self.events[into]
        dst.article_ids.extend(src.article_ids)
        for aid in src.article_ids:
            self.event_of[aid] = into
        dst.centroid = prune(_added(dst.centroid, src.centroid), self.settings.centroid_terms)
        self._norms[into] = math.sqrt(sum(w * w for w in dst.centroid.values()))
        for key, n in src.entities.items():
            dst.entities[key] = dst.entities.get(key, 0) + n
        for key, n in src.languages.items():
            dst.languages[key] = dst.languages.get(key, 0) + n
        days = [d for d in (src.first, src.last, dst.first, dst.last) if d is not None]
        dst.first, dst.last = (min(days), max(days)) if days else (None, None)
        self._merged_into[eid] = into
        self.touched.add(into)


def _added(a: Mapping[str, float], b: Mapping[str, float]) -> dict[str, float]:
    total = dict(a)
    add_into(total, b)
    return total


def _unit(vec: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm > 0 else {}
