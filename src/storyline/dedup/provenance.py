"""Who copied whom (direction with evidence) and the original source at the root of each copy chain."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from storyline.dedup.fingerprint import Fingerprint
from storyline.dedup.sources import SourceNames
from storyline.model import Direction, DuplicateLink, SourceAttribution

# Votes for "a is the original" (negative: b is). Publication time decides most pairs; the others break
# ties and overrule nothing alone except when times are missing. Weights from the dev split.
TIME_VOTE = 0.6
CITE_VOTE = 0.5  # the copy names the other's outlet as its source
MT_VOTE = 0.4  # the copy shows machine-translation artefacts
CONTAINMENT_VOTE = 0.3  # the copy drops paragraphs: it is contained in the original, not vice versa
FARM_VOTE = 0.2  # the more farm-like side is the copy
AGENCY_VOTE = 0.3  # a wire service is the usual origin when only one side is one (dev: rewrites without times)
MIN_DELAY_MINUTES = 1.0


@dataclass(frozen=True)
class Side:
    """What direction needs to know of one article of a pair."""

    fp: Fingerprint
    farm: float  # farm score before copy signals (article + outlet)
    has_mt: bool


def _cites(names: SourceNames, side: Side, other: Side) -> bool:
    credits = side.fp.cited_sources + side.fp.mentioned_sources
    return any(names.same(c, other.fp.outlet) for c in credits) and not names.same(side.fp.outlet, other.fp.outlet)


# Evidence texts, phrased for the decided direction (only votes agreeing with it are kept).
EVIDENCE: dict[str, str] = {
    "time": "original published {detail} h earlier",
    "cite": "copy names the original's outlet as its source",
    "mt": "copy shows machine-translation artefacts",
    "containment": "copy is contained in the original (dropped paragraphs)",
    "agency": "original is a wire service",
    "farm": "copy is more farm-like",
}


def _votes(a: Side, b: Side, link: DuplicateLink, names: SourceNames) -> list[tuple[float, str, str]]:
    """Signed votes (positive: a is the original), with their evidence key and detail."""
    votes: list[tuple[float, str, str]] = []
    ta, tb = a.fp.published, b.fp.published
    if ta is not None and tb is not None:
        minutes = (tb - ta).total_seconds() / 60
        if abs(minutes) >= MIN_DELAY_MINUTES:
            votes.append((TIME_VOTE if minutes > 0 else -TIME_VOTE, "time", f"{abs(minutes) / 60:.1f}"))
    cites_ab, cites_ba = _cites(names, a, b), _cites(names, b, a)
    if cites_ab != cites_ba:
        votes.append((CITE_VOTE if cites_ba else -CITE_VOTE, "cite", ""))
    if link.kind == "translation" and a.has_mt != b.has_mt:
        votes.append((MT_VOTE if b.has_mt else -MT_VOTE, "mt", ""))
    ca, cb = link.containment_a_in_b or 0.0, link.containment_b_in_a or 0.0
    if link.kind == "partial" and abs(ca - cb) >= 0.1:
        votes.append((CONTAINMENT_VOTE if cb > ca else -CONTAINMENT_VOTE, "containment", ""))
    agency_a, agency_b = names.is_agency(a.fp.outlet), names.is_agency(b.fp.outlet)
    if agency_a != agency_b:
        votes.append((AGENCY_VOTE if agency_a else -AGENCY_VOTE, "agency", ""))
    if abs(a.farm - b.farm) >= 0.3:
        votes.append((FARM_VOTE if b.farm > a.farm else -FARM_VOTE, "farm", ""))
    return votes


def direction(a: Side, b: Side, link: DuplicateLink, names: SourceNames) -> Direction | None:
    """Who copied whom in a linked pair, with evidence; None when no evidence points either way."""
    votes = _votes(a, b, link, names)
    total = sum(v for v, _, _ in votes)
    if not votes or abs(total) < 1e-9:
        return None
    original, copied = (a, b) if total > 0 else (b, a)
    evidence = [EVIDENCE[key].format(detail=detail) for v, key, detail in votes if (v > 0) == (total > 0)]
    return Direction(original=original.fp.article_id, copied=copied.fp.article_id, evidence=evidence,
                     confidence=round(min(1.0, abs(total)), 3))


def parents(links: Sequence[DuplicateLink]) -> dict[str, tuple[str, float]]:
    """Copy id -> (original id, confidence) of its most confident incoming direction."""
    best: dict[str, tuple[str, float]] = {}
    for link in links:
        d = link.direction
        if d is None:
            continue
        key = d.copied
        if key not in best or (d.confidence, d.original) > (best[key][1], best[key][0]):
            best[key] = (d.original, d.confidence)
    return best


def root_of(
    article_id: str, parent: Mapping[str, tuple[str, float]], order: Callable[[str], tuple[str, str]] | None = None
) -> list[str]:
    """The chain from an article up to the root of its copies.

    Directions are decided pair by pair, so they can form a cycle; the cycle's member first in ``order``
    (earliest publication, then id) is taken as the root and the chain ends there.
    """
    chain = [article_id]
    seen = {article_id}
    while chain[-1] in parent:
        up = parent[chain[-1]][0]
        if up in seen:
            cycle = chain[chain.index(up) :]
            root = min(cycle, key=order or (lambda x: ("", x)))
            return chain[: chain.index(root) + 1]
        chain.append(up)
        seen.add(up)
    return chain


def attribution(
    fp: Fingerprint, chain: list[str], prints: Mapping[str, Fingerprint], names: SourceNames
) -> SourceAttribution:
    """The original source of ``fp``: its root's credit or outlet, with the evidence."""
    root = prints[chain[-1]]
    evidence = [f"copy chain: {' <- '.join(reversed(chain))}"] if len(chain) > 1 else []
    own = names.outlet(root.outlet) or "unknown"
    credits = [names.resolve(c) for c in root.cited_sources if not names.same(c, root.outlet)]
    if credits:
        source = credits[0]
        evidence.append(f"root {root.article_id} credits {credits[0]}")
    else:
        source = own
        evidence.append(f"root {root.article_id} is original reporting of {own}" if len(chain) > 1
                        else "no copy link and no credited source: own reporting")
    return SourceAttribution(article_id=fp.article_id, original_source=source,
                             original_article_id=root.article_id, evidence=evidence)
