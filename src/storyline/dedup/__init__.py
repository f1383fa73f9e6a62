"""storyline.dedup: duplicates, copies and translations, who copied whom, original sources, farm signals.

Per article, :func:`fingerprint` is a pure function of the clean text (numpy MinHash, exact hash,
name/number anchors, farm signals). The corpus stage :class:`DedupStage` generates candidate pairs by
blocking only (exact hash, LSH bands, rare anchors), aligns the candidates' texts, decides the kind of
copy and its direction, and attributes every article to the origin of its copy chain.
"""

from storyline.dedup.farm import OutletProfile, outlet_profiles
from storyline.dedup.fingerprint import Fingerprint, fingerprint
from storyline.dedup.graph import build_graph, copies_summary, provenance_graph
from storyline.dedup.settings import DedupSettings
from storyline.dedup.stage import DedupResult, DedupStage, dedup_articles, dedup_fingerprints

__all__ = [
    "DedupResult",
    "DedupSettings",
    "DedupStage",
    "Fingerprint",
    "OutletProfile",
    "build_graph",
    "copies_summary",
    "dedup_articles",
    "dedup_fingerprints",
    "fingerprint",
    "outlet_profiles",
    "provenance_graph",
]
