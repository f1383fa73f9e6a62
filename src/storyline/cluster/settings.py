"""Settings of the event and storyline stages: one typed object with defaults tuned on the sample DEV split."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterSettings:
    """Thresholds and weights of event clustering and storyline linking."""

    # Events: an article joins the best event whose similarity reaches this, else it founds a new one.
    # Tuned on the sample DEV split: same-event article pairs have median term cosine 0.29, different
    # events in one window 0.01 (q99 0.18); against centroids 0.06-0.08 gave the best B-cubed F1. With s43-s45
    # (DEV, 2026-12-08) 0.09: the text-only English stream (Miranda-style, dev articles) joined reports of other
    # stories on one day at 0.08 ("… sues university" with "… administrator sues Danish ex-owner", two ransomware
    # stories), pairwise F1 0.878; 0.973 from 0.09 to 0.11, the German stream 0.957 throughout, sample DEV event
    # B-cubed 0.983 at both 0.08 and 0.09.
    join_threshold: float = 0.09
    # An article only meets events with a report within this many days of it (Miranda et al. 2018 use a
    # time window too): reports of one happening follow each other closely (sample DEV gold: 542 of 741
    # consecutive reports of an event the same day, none more than 3 days apart), while a developing story's
    # next turn comes after a lull (s34, s38: the river reopened, foreign crews arrived 3-4 days on).
    window_days: int = 3
    # An event takes no article more than this many days after its first report: a happening's reports
    # come within days (sample DEV gold: at most 4), later pieces are follow-ups, i.e. new events of the
    # storyline. Without this cap dense streams chain one event through a whole year (10kgnad stream), and
    # a developing story's later turns (s38: the fire under control and an arrest, 8 days on) its first event.
    max_span_days: int = 7
    # Similarity loses this much per day between an article and the event's nearest date. Sample DEV gold
    # (s01-s42): of 510 consecutive authored reports of one event 344 are the same day, 157 a day apart, 7 two
    # and 2 three, while 4 turns of a storyline came 2-3 days after its last event's last report (s34, s38,
    # s42): a report that late must resemble the event clearly more than a same-day one; 0.01 let such a turn
    # join at its cosine (s42's English report of the late flood warning, 3 days on, raw 0.18). German stream (dev) pairwise
    # F1 0.953 at 0.01 and 0.02, 0.962 from 0.03 to 0.05, 0.960 at 0.06; English 0.903 -> 0.933 from 0.04.
    day_penalty: float = 0.04
    # Weight of entity overlap against term cosine when extraction provided entities.
    entity_weight: float = 0.3
    # Cross-language: the multilingual embedding cosine is mapped onto the term scale: USE v3 gives
    # >= 0.45 for 95% of German/English pairs about one happening, <= 0.33 for any other pair within
    # 10 days (sample DEV leads); floor and scale put the join point (0.08) at cosine ~0.42.
    embed_floor: float = 0.35
    embed_scale: float = 1.2
    use_embeddings: bool = True
    # Merge pass (Miranda et al.'s merge model, here a threshold): two events merge above this centroid cosine.
    merge_threshold: float = 0.3
    # Storylines: an event joins the storyline whose centroid it resembles this much, at any time gap.
    # Sample DEV: B-cubed F1 0.92 at 0.08 (two storylines joined), 1.0 from 0.10 to 0.12, 0.90 at 0.14.
    storyline_threshold: float = 0.11
    # ... and only when, if both name entities, at least this share of the event's entity weight (rarity-
    # weighted, see storylines.entity_weights) is already the storyline's: a storyline goes on with its
    # actors, while stories of one kind share their vocabulary ("Hackerangriff legt ... lahm", "Insolvenz",
    # "Hamburg ... Container"). Sample DEV with s40-s42: every event shares >= 0.21 with its own storyline's
    # earlier events; events of other storylines that the term cosine linked (ransomware at s08's Saxon
    # town halls, s24's Anhalt data centre, s40's Hessian hospital; s25's shipping line after s01's port
    # strike) shared 0.01-0.09 at their first link. Storyline B-cubed F1 (DEV) 0.941 at 0, 0.969 at 0.05,
    # 0.981 from 0.10 to 0.20; at 0.25 an event of a storyline is cut off.
    storyline_min_shared: float = 0.15
    # Terms kept per article vector and per centroid (bounds memory and time per comparison).
    article_terms: int = 60
    centroid_terms: int = 200
    # Terms of an article used as blocking keys, and how many candidate events are scored at most.
    block_terms: int = 20
    max_candidates: int = 40
    # A (term, week) key held by more events than this is skipped: it blocks nothing, like a stopword,
    # and bounds the work per article as a stream gets denser (keeps 100k/10k time near-linear).
    max_postings: int = 64
    # Events in another language compared per article by embedding (the largest ones in the window).
    cross_candidates: int = 20
