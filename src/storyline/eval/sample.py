"""Per-article evaluators on the sample corpus: ingest coverage, boilerplate, entities, quotes, dates, figures.

Matching rules (samples/README.md): system articles are matched to gold by URL, then path(+position);
lines are aligned by normalised text in order; spans by equal surface text (+ type) and nearest offset,
because a system's clean text may differ slightly from the gold clean text.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from storyline.eval.gold import Gold, GoldArticle
from storyline.eval.metrics import (
    PRF,
    accuracy,
    align_lines,
    bcubed,
    match_spans,
    match_spans_lenient,
    prf,
    token_overlap,
)
from storyline.eval.registry import EvalContext, MetricRow, register
from storyline.eval.sample_common import SPLITS, Loaded, gate, load, na_rows, prf_rows, row
from storyline.model import Article, Quote

QUOTE_MIN_OVERLAP = 0.5  # token Jaccard for a system quote to count as the gold quote


@register("sample.ingest")
def eval_ingest(ctx: EvalContext) -> list[MetricRow]:
    """Share of gold articles the store holds (matched by URL or path)."""
    loaded = load(ctx)
    if loaded.gold is None or loaded.system is None:
        return na_rows("ingest", ("article_coverage",), loaded.problem or "no system output")
    out = []
    for split in SPLITS:
        total = len(loaded.gold.in_split(split))
        matched = sum(1 for _ in loaded.pairs(split))
        out.append(row("ingest", split, "article_coverage", accuracy(matched, total), total))
    return out


def _system_lines(art: Article) -> list[tuple[str, bool, str | None]]:
    """(text, kept, reason) per system line; without a line list, the lines of the clean text count as kept."""
    if art.lines:
        return [(line.text, line.kept, line.reason) for line in art.lines]
    return [(text, True, None) for text in (art.text or "").split("\n")]


@register("sample.boilerplate")
def eval_boilerplate(ctx: EvalContext) -> list[MetricRow]:
    """Boilerplate line P/R/F1 (positive = boilerplate), content-line loss and reason accuracy."""
    metrics = ("precision", "recall", "f1", "content_line_loss", "reason_accuracy")
    loaded, na = gate(ctx, "boilerplate", metrics, lambda s: any(a.text is not None for a in s.articles), "clean")
    if na:
        return na
    out = []
    for split in SPLITS:
        tp = fp = fn = lost = content = reason_ok = reason_n = n_lines = 0
        for g, s in loaded.pairs(split):
            sys_lines = _system_lines(s)
            pairs = align_lines([line.text for line in g.lines], [text for text, _, _ in sys_lines])
            kept = {gi for gi, si in pairs if sys_lines[si][1]}
            sys_reason = {gi: sys_lines[si][2] for gi, si in pairs if not sys_lines[si][1]}
            for line in g.lines:
                n_lines += 1
                removed = line.i not in kept
                if line.boilerplate:
                    tp, fn = tp + removed, fn + (not removed)
                    if line.i in sys_reason:
                        reason_n += 1
                        reason_ok += sys_reason[line.i] == line.reason
                else:
                    content += 1
                    fp, lost = fp + removed, lost + removed
        res = prf(tp, fp, fn)
        out += prf_rows("boilerplate", split, res, n_lines)
        out.append(row("boilerplate", split, "content_line_loss", accuracy(lost, content), content))
        out.append(row("boilerplate", split, "reason_accuracy", accuracy(reason_ok, reason_n), reason_n))
    return out


def entity_map(loaded: Loaded, split: str) -> dict[str, str]:
    """System entity id -> the gold entity its matched mentions most often carry (majority vote)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for g, s in loaded.pairs(split):
        for gi, si in _mention_pairs(g, s):
            sid = s.mentions[si].entity_id
            if sid:
                votes[sid][g.mentions[gi].entity] += 1
    return {sid: c.most_common(1)[0][0] for sid, c in votes.items()}


def _mention_pairs(g: GoldArticle, s: Article) -> list[tuple[int, int]]:
    return match_spans(
        [(f"{m.type}|{m.text}", m.start) for m in g.mentions], [(f"{m.type}|{m.text}", m.start) for m in s.mentions]
    )


ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
ENTITY_LANGUAGES = ("de", "en")  # issue 7 states its entity targets per language


def _entity_prf(loaded: Loaded, split: str, lang: str | None, typ: str | None) -> tuple[PRF, int, int]:
    """Mention P/R/F1 over the split's articles in one language, for one type (None: all); then the gold and
    system mention counts."""
    tp = n_gold = n_sys = 0
    for g, s in loaded.pairs(split):
        if lang is not None and g.language != lang:
            continue
        pairs = _mention_pairs(g, s)
        if typ is not None:
            pairs = [(gi, si) for gi, si in pairs if g.mentions[gi].type == typ]
        tp += len(pairs)
        n_gold += sum(typ is None or m.type == typ for m in g.mentions)
        n_sys += sum(typ is None or m.type == typ for m in s.mentions)
    return prf(tp, n_sys - tp, n_gold - tp), n_gold, n_sys


def _entity_breakdown(loaded: Loaded, split: str) -> list[MetricRow]:
    """Per-language and per-type mention P/R/F1 rows (metric names "de_f1", "PER_f1" ...). A language or type
    with neither gold nor system mentions in the split has nothing to measure and gets no rows."""
    out = []
    for lang in ENTITY_LANGUAGES:
        res, n, n_sys = _entity_prf(loaded, split, lang, None)
        if n or n_sys:
            out += prf_rows("entities", split, res, n, prefix=f"{lang}_")
    for typ in ENTITY_TYPES:
        res, n, n_sys = _entity_prf(loaded, split, None, typ)
        if n or n_sys:
            out += prf_rows("entities", split, res, n, prefix=f"{typ}_")
    return out


def _attested_names(gold: Gold) -> set[str]:
    """Entities whose gold name some article writes as a mention.

    The gold names some entities by an official form no article uses ("Velmora Automotive GmbH" where every
    text says "Velmora Automotive"); no reader of the texts can give that name, so canonical accuracy is also
    reported on the mentions of entities whose name is written somewhere.
    """
    written = {(m.entity, m.text.casefold()) for a in gold.articles.values() for m in a.mentions}
    return {e.id for e in gold.entities.values() if (e.id, e.name.casefold()) in written}


@register("sample.entities")
def eval_entities(ctx: EvalContext) -> list[MetricRow]:
    """Entity mention P/R/F1 (exact surface span + type), entity-linking B-cubed, canonical-name accuracy;
    then P/R/F1 per language and per type."""
    metrics = ("precision", "recall", "f1", "link_bcubed_f1", "canonical_name_accuracy",
               "canonical_name_accuracy_attested")
    loaded, na = gate(ctx, "entities", metrics, lambda s: any(a.mentions for a in s.articles), "entity extraction")
    if na:
        return na
    assert loaded.gold is not None
    attested = _attested_names(loaded.gold)
    out = []
    for split in SPLITS:
        tp = n_gold = n_sys = names_ok = n_attested = attested_ok = 0
        gold_cluster: dict[tuple[str, int], str] = {}
        sys_cluster: dict[tuple[str, int], str] = {}
        for g, s in loaded.pairs(split):
            pairs = _mention_pairs(g, s)
            tp, n_gold, n_sys = tp + len(pairs), n_gold + len(g.mentions), n_sys + len(s.mentions)
            for gi, si in pairs:
                gm, sm = g.mentions[gi], s.mentions[si]
                gold_cluster[(g.id, gi)] = gm.entity
                if sm.entity_id:
                    sys_cluster[(g.id, gi)] = sm.entity_id
                name = loaded.gold.entities[gm.entity].name if gm.entity in loaded.gold.entities else gm.entity
                ok = (sm.canonical_name or "").casefold() == name.casefold()
                names_ok += ok
                if gm.entity in attested:
                    n_attested, attested_ok = n_attested + 1, attested_ok + ok
        out += prf_rows("entities", split, prf(tp, n_sys - tp, n_gold - tp), n_gold)
        out.append(row("entities", split, "link_bcubed_f1", bcubed(gold_cluster, sys_cluster).f1, tp))
        out.append(row("entities", split, "canonical_name_accuracy", accuracy(names_ok, tp), tp))
        out.append(row("entities", split, "canonical_name_accuracy_attested", accuracy(attested_ok, n_attested),
                       n_attested))
        out += _entity_breakdown(loaded, split)
    return out


def _quote_pairs(g: GoldArticle, s: Article) -> list[tuple[int, int]]:
    """Greedy one-to-one quote matches by token overlap."""
    cands = sorted(
        ((token_overlap(gq.text, sq.text), gi, si) for gi, gq in enumerate(g.quotes) for si, sq in enumerate(s.quotes)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for score, gi, si in cands:
        if score < QUOTE_MIN_OVERLAP:
            break
        if gi not in used_g and si not in used_s:
            pairs.append((gi, si))
            used_g.add(gi)
            used_s.add(si)
    return pairs


@register("sample.quotes")
def eval_quotes(ctx: EvalContext) -> list[MetricRow]:
    """Quote P/R/F1 (token overlap >= 0.5); speaker accuracy (all, and gold-named only) and direct accuracy on matches."""
    metrics = ("precision", "recall", "f1", "speaker_accuracy", "speaker_accuracy_named", "direct_accuracy")
    loaded, na = gate(ctx, "quotes", metrics, lambda s: any(a.quotes for a in s.articles), "quote extraction")
    if na:
        return na
    out = []
    for split in SPLITS:
        emap = entity_map(loaded, split)
        tp = n_gold = n_sys = speaker_ok = direct_ok = named = named_ok = 0
        for g, s in loaded.pairs(split):
            pairs = _quote_pairs(g, s)
            tp, n_gold, n_sys = tp + len(pairs), n_gold + len(g.quotes), n_sys + len(s.quotes)
            for gi, si in pairs:
                gq, sq = g.quotes[gi], s.quotes[si]
                direct_ok += gq.direct == sq.direct
                ok = speaker_ok_for(g, gq.speaker, sq, emap)
                speaker_ok += ok
                if gq.speaker is not None:
                    named, named_ok = named + 1, named_ok + ok
        out += prf_rows("quotes", split, prf(tp, n_sys - tp, n_gold - tp), n_gold)
        out.append(row("quotes", split, "speaker_accuracy", accuracy(speaker_ok, tp), tp))
        out.append(row("quotes", split, "speaker_accuracy_named", accuracy(named_ok, named), named,
                       "matched quotes whose gold speaker is an entity"))
        out.append(row("quotes", split, "direct_accuracy", accuracy(direct_ok, tp), tp))
    return out


# A system speaker without an entity id for one of these reasons claims "no entity spoke" (samples/README.md);
# "no_entity" claims a named speaker it could not link, which is wrong where the gold names nobody.
_NO_ENTITY_CLAIMS = frozenset({"no_cue", "no_speaker", "role_only", "pronoun_unresolved"})


def speaker_ok_for(g: GoldArticle, gold: str | None, sq: Quote, emap: dict[str, str]) -> bool:
    """Speaker agrees with the gold entity (samples/README.md, "Speakers").

    Gold ``speaker`` is an entity id, or null when no entity of the text speaks (a role-only "ein Sprecher",
    "hieß es"). The system's answer is ``speaker_entity_id``, or null with ``speaker_missing_reason``; its
    ``speaker_text`` ("ein Sprecher der Polizei") is what the text says and is not scored against a null gold.
    """
    if gold is None:
        return sq.speaker_entity_id is None and (sq.speaker_missing_reason in _NO_ENTITY_CLAIMS or
                                                 not sq.speaker_text)
    if sq.speaker_entity_id is not None and emap.get(sq.speaker_entity_id) == gold:
        return True
    # without entity linking, a speaker text that is a surface form of the gold entity in this article
    surfaces = {m.text.casefold() for m in g.mentions if m.entity == gold}
    return bool(sq.speaker_text) and (sq.speaker_text or "").casefold() in surfaces


@register("sample.dates")
def eval_dates(ctx: EvalContext) -> list[MetricRow]:
    """Date detection F1 (strict and lenient extent) and resolved-value accuracy.

    ``f1`` needs the exact gold text; ``lenient_f1`` also pairs a mention whose text contains the
    gold text or lies inside it ("seit Januar" / "Januar"), as TIMEX evaluations match extents.
    ``value_accuracy`` (all, relative, absolute) is over every gold date, correct when the leniently
    matched mention has the gold value; unmatched gold dates count wrong. ``value_accuracy_strict``
    counts exact-extent matches only.
    """
    metrics = ("f1", "lenient_f1", "value_accuracy", "value_accuracy_strict", "value_accuracy_relative",
               "value_accuracy_absolute")
    loaded, na = gate(ctx, "dates", metrics, lambda s: any(a.dates for a in s.articles), "date extraction")
    if na:
        return na
    out = []
    for split in SPLITS:
        tp = tp_lenient = n_gold = n_sys = strict_ok = 0
        ok: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for g, s in loaded.pairs(split):
            gold_spans, sys_spans = [(d.text, d.start) for d in g.dates], [(d.text, d.start) for d in s.dates]
            exact = match_spans(gold_spans, sys_spans)
            lenient = match_spans_lenient(gold_spans, sys_spans, taken=exact)
            tp, tp_lenient = tp + len(exact), tp_lenient + len(lenient)
            n_gold, n_sys = n_gold + len(g.dates), n_sys + len(s.dates)
            exact_of, lenient_of = dict(exact), dict(lenient)
            for gi, gd in enumerate(g.dates):
                kind = "relative" if gd.relative else "absolute"
                total[kind] += 1
                if gi in lenient_of and s.dates[lenient_of[gi]].value == gd.value:
                    ok[kind] += 1
                    strict_ok += gi in exact_of
        out.append(row("dates", split, "f1", prf(tp, n_sys - tp, n_gold - tp).f1, n_gold))
        out.append(row("dates", split, "lenient_f1", prf(tp_lenient, n_sys - tp_lenient, n_gold - tp_lenient).f1,
                       n_gold))
        out.append(row("dates", split, "value_accuracy", accuracy(sum(ok.values()), sum(total.values())), n_gold))
        out.append(row("dates", split, "value_accuracy_strict", accuracy(strict_ok, n_gold), n_gold))
        for kind in ("relative", "absolute"):
            out.append(row("dates", split, f"value_accuracy_{kind}", accuracy(ok[kind], total[kind]), total[kind]))
    return out


# Gold fractions are written to four decimals ("zwei Drittel" = 0.6667, samples/README.md).
FIGURE_VALUE_TOLERANCE = 5e-5


def _same_value(a: float, b: float) -> bool:
    """Figure values agree: within the gold's rounding, or one part in a million for large values."""
    return abs(a - b) <= max(FIGURE_VALUE_TOLERANCE, 1e-6 * abs(a))


@register("sample.figures")
def eval_figures(ctx: EvalContext) -> list[MetricRow]:
    """Figure P/R/F1 (same surface text and value) and qualifier accuracy on matches."""
    metrics = ("precision", "recall", "f1", "qualifier_accuracy")
    loaded, na = gate(ctx, "figures", metrics, lambda s: any(a.figures for a in s.articles), "figure extraction")
    if na:
        return na
    out = []
    for split in SPLITS:
        tp = n_gold = n_sys = qual_ok = 0
        for g, s in loaded.pairs(split):
            pairs = match_spans([(f.text, f.start) for f in g.figures], [(f.text, f.start) for f in s.figures])
            good = [(gi, si) for gi, si in pairs if _same_value(g.figures[gi].value, s.figures[si].value)]
            tp, n_gold, n_sys = tp + len(good), n_gold + len(g.figures), n_sys + len(s.figures)
            qual_ok += sum(g.figures[gi].qualifier == s.figures[si].qualifier for gi, si in good)
        out += prf_rows("figures", split, prf(tp, n_sys - tp, n_gold - tp), n_gold)
        out.append(row("figures", split, "qualifier_accuracy", accuracy(qual_ok, tp), tp))
    return out
