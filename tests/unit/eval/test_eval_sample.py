"""Sample-corpus evaluators end to end on the fixture build: a perfect system scores 1, gaps are counted."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from storyline.eval.gold import Gold, GoldMention, load_gold
from storyline.eval.registry import EvalContext, MetricRow
from storyline.eval.runner import format_table, run_eval, write_results
from storyline.eval.sample import speaker_ok_for
from storyline.eval.sample_common import clear_cache
from storyline.model import (
    Article,
    Claim,
    DateMention,
    Direction,
    DuplicateLink,
    Event,
    ExportDocument,
    Figure,
    FirstReport,
    Line,
    Mention,
    Quote,
    SourceAttribution,
    Storyline,
)

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
FIXTURES = Path(__file__).resolve().parents[1] / "samples" / "fixtures"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(SAMPLES))
    import build

    out = tmp_path_factory.mktemp("eval_build")
    build.build(SAMPLES / "source", out, FIXTURES / "storylines")
    return out


def _article(gold: Gold, gid: str) -> Article:
    g = gold.articles[gid]
    return Article(
        id=f"x{gid}",
        path=f"samples/corpus/{g.locator.path}",
        position=g.locator.position,
        url=g.locator.url,
        raw_text="\n".join(line.text for line in g.lines),
        text=g.clean_text,
        lines=[Line(index=i, text=ln.text, kept=not ln.boilerplate, reason=ln.reason) for i, ln in enumerate(g.lines)],
        mentions=[
            Mention(
                start=m.start, end=m.end, text=m.text, type=m.type,  # type: ignore[arg-type]
                entity_id=f"E{m.entity}", canonical_name=gold.entities[m.entity].name,
            )
            for m in g.mentions
        ],
        quotes=[
            Quote(start=q.start, end=q.end, text=q.text, direct=q.direct,
                  speaker_entity_id=f"E{q.speaker}" if q.speaker else None)
            for q in g.quotes
        ],
        dates=[DateMention(start=d.start, end=d.end, text=d.text, value=d.value, relative=d.relative) for d in g.dates],
        figures=[
            Figure(start=f.start, end=f.end, text=f.text, value=f.value, qualifier=f.qualifier) for f in g.figures
        ],
    )


def perfect_doc(gold: Gold) -> ExportDocument:
    """What a system that reproduces the gold exactly would export."""
    return ExportDocument(
        articles=[_article(gold, gid) for gid in sorted(gold.articles)],
        duplicates=[
            DuplicateLink(a=f"x{lk.original}", b=f"x{lk.copy}", kind=lk.kind, similarity=1.0,  # type: ignore[arg-type]
                          direction=Direction(original=f"x{lk.original}", copied=f"x{lk.copy}"))
            for lk in gold.links
        ],
        sources=[
            SourceAttribution(article_id=f"x{a.id}", original_source=a.original_source, farm_score=float(a.farm))
            for a in gold.articles.values()
        ],
        events=[Event(id=f"E{e.id}", label=e.label, article_ids=[f"x{a}" for a in e.articles])
                for e in gold.events.values()],
        storylines=[Storyline(id=s.id, label=s.label, event_ids=[f"E{e}" for e in s.events])
                    for s in gold.storylines.values()],
        claims=[
            Claim(id=c.id, event_id=f"E{c.event}", content=c.content, kind=c.kind,  # type: ignore[arg-type]
                  supporting_article_ids=[f"x{a}" for a in c.articles], independent_sources=1,
                  status=c.status, first_reported=FirstReport(article_id=f"x{c.first}") if c.first else None)  # type: ignore[arg-type]
            for c in gold.claims.values()
        ],
    )


def _run(built: Path, doc: ExportDocument, tmp_path: Path, only: list[str] | None = None) -> list[MetricRow]:
    path = tmp_path / "export.json"
    path.write_text(doc.model_dump_json(), encoding="utf-8")
    clear_cache()
    ctx = EvalContext(data_dir=tmp_path, samples_dir=built, options={"export": str(path)})
    return run_eval(ctx, only or ["sample"])


def _value(rows: list[MetricRow], task: str, split: str, metric: str) -> float | None:
    return next(r.value for r in rows if (r.task, r.split, r.metric) == (task, split, metric))


def test_perfect_system_scores_one(built: Path, tmp_path: Path) -> None:
    rows = _run(built, perfect_doc(load_gold(built)), tmp_path)
    tasks = {r.task for r in rows}
    assert {"ingest", "boilerplate", "dedup", "sources", "entities", "quotes", "dates", "figures", "events",
            "storylines", "claims"} <= tasks
    for r in rows:
        expected = 0.0 if r.metric == "content_line_loss" else 1.0
        if r.split == "dev":
            assert r.value == pytest.approx(expected), r
        else:  # the held-out fixture storyline has no quotes or claims: those read n/a, never 0
            assert r.value is None or r.value == pytest.approx(expected), r


def test_missing_outputs_read_na(built: Path, tmp_path: Path) -> None:
    gold = load_gold(built)
    doc = ExportDocument(articles=[Article(id=f"x{g}", path=f"corpus/{a.locator.path}", position=a.locator.position,
                                           url=a.locator.url, raw_text="x") for g, a in gold.articles.items()])
    rows = _run(built, doc, tmp_path)
    assert _value(rows, "ingest", "dev", "article_coverage") == 1.0
    others = [r for r in rows if r.task != "ingest"]
    assert others and all(r.value is None for r in others)
    assert "n/a" in format_table(rows)


def test_no_store_reads_na(built: Path, tmp_path: Path) -> None:
    clear_cache()
    rows = run_eval(EvalContext(data_dir=tmp_path, samples_dir=built, store_path=tmp_path / "none.duckdb"), ["sample"])
    assert rows and all(r.value is None for r in rows)
    assert any("storyline run" in (r.note or "") for r in rows)


def test_errors_are_counted(built: Path, tmp_path: Path) -> None:
    gold = load_gold(built)
    doc = perfect_doc(gold)
    first = doc.articles[0]  # s91e01a01 (dev)
    n_dev_mentions = sum(len(a.mentions) for a in gold.in_split("dev"))
    dropped = first.mentions.pop(0)
    first.lines[0].kept = False  # a content line lost
    n_dev_content = sum(1 for a in gold.in_split("dev") for ln in a.lines if not ln.boilerplate)
    doc.events = [Event(id="one", label="all", article_ids=[a.id for a in doc.articles])]
    rows = _run(built, doc, tmp_path)
    assert dropped.text
    assert _value(rows, "entities", "dev", "recall") == pytest.approx((n_dev_mentions - 1) / n_dev_mentions)
    assert _value(rows, "entities", "dev", "precision") == pytest.approx(1.0)
    assert _value(rows, "boilerplate", "dev", "content_line_loss") == pytest.approx(1 / n_dev_content)
    assert _value(rows, "events", "dev", "bcubed_recall") == pytest.approx(1.0)
    assert _value(rows, "events", "dev", "bcubed_precision") < 1.0  # type: ignore[operator]


def test_runner_selects_and_writes(built: Path, tmp_path: Path) -> None:
    rows = _run(built, perfect_doc(load_gold(built)), tmp_path, only=["sample.dates"])
    assert {r.task for r in rows} == {"dates"}
    out = tmp_path / "eval" / "results.json"
    write_results(rows, out)
    assert '"metric": "value_accuracy"' in out.read_text(encoding="utf-8")
    from storyline.errors import UsageError

    with pytest.raises(UsageError):
        run_eval(EvalContext(data_dir=tmp_path, samples_dir=built), ["no-such-evaluator"])


def test_corpus_level_errors_are_counted(built: Path, tmp_path: Path) -> None:
    gold = load_gold(built)
    doc = perfect_doc(gold)
    for d in doc.duplicates:  # every direction reversed
        assert d.direction is not None
        d.direction = Direction(original=d.direction.copied, copied=d.direction.original)
    for s in doc.sources:  # no farm detected, every source wrong
        s.farm_score, s.original_source = 0.0, "Unbekannt"
    for c in doc.claims:
        c.status = "single_source" if c.status != "single_source" else "corroborated"
    doc.duplicates = doc.duplicates[: len(doc.duplicates) // 2]
    n_dev_links = sum(1 for lk in gold.links if gold.articles[lk.copy].split == "dev")
    found = sum(1 for d in doc.duplicates if gold.articles[d.b[1:]].split == "dev")
    rows = _run(built, doc, tmp_path)
    assert _value(rows, "dedup", "dev", "pair_recall") == pytest.approx(found / n_dev_links)
    assert _value(rows, "dedup", "dev", "pair_precision") == pytest.approx(1.0)
    assert _value(rows, "dedup", "dev", "direction_accuracy") == pytest.approx(0.0)
    assert _value(rows, "sources", "dev", "original_source_accuracy") == pytest.approx(0.0)
    assert _value(rows, "sources", "dev", "farm_recall") == pytest.approx(0.0)
    assert _value(rows, "sources", "dev", "farm_precision") is None  # nothing predicted: n/a, not 0
    assert _value(rows, "claims", "dev", "status_accuracy") == pytest.approx(0.0)
    assert _value(rows, "claims", "dev", "claim_recall") == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("gold", "quote", "ok"),
    [
        # a null gold speaker (role only): the role text is not scored, an entity claim is wrong
        (None, Quote(start=0, end=1, text="x", speaker_text="ein Sprecher der Polizei",
                     speaker_missing_reason="role_only"), True),
        (None, Quote(start=0, end=1, text="x", speaker_missing_reason="no_cue"), True),
        (None, Quote(start=0, end=1, text="x"), True),
        (None, Quote(start=0, end=1, text="x", speaker_text="Berger", speaker_missing_reason="no_entity"), False),
        (None, Quote(start=0, end=1, text="x", speaker_entity_id="S1", speaker_text="Anna Berger"), False),
        # a gold entity: the system entity must map to it, or (unlinked) its text must be a surface form
        ("anna-berger", Quote(start=0, end=1, text="x", speaker_entity_id="S1"), True),
        ("anna-berger", Quote(start=0, end=1, text="x", speaker_entity_id="S2"), False),
        ("anna-berger", Quote(start=0, end=1, text="x", speaker_text="Anna Berger",
                              speaker_missing_reason="no_entity"), True),
        ("anna-berger", Quote(start=0, end=1, text="x", speaker_text="ein Sprecher",
                              speaker_missing_reason="role_only"), False),
    ],
)
def test_speaker_rule(gold: str | None, quote: Quote, ok: bool) -> None:
    article = SimpleNamespace(mentions=[GoldMention(start=22, end=33, text="Anna Berger", type="PER",
                                                    entity="anna-berger")])
    emap = {"S1": "anna-berger", "S2": "polizei"}
    assert speaker_ok_for(article, gold, quote, emap) is ok  # type: ignore[arg-type]


def test_canonical_accuracy_on_written_names(built: Path, tmp_path: Path) -> None:
    from dataclasses import replace

    from storyline.eval.sample import _attested_names

    gold = load_gold(built)
    doc = perfect_doc(gold)
    wrong = doc.articles[0].mentions[0]
    wrong.canonical_name = "Nobody"
    rows = _run(built, doc, tmp_path, only=["sample.entities"])
    assert _value(rows, "entities", "dev", "canonical_name_accuracy") < 1.0  # type: ignore[operator]
    assert _value(rows, "entities", "dev", "canonical_name_accuracy_attested") < 1.0  # type: ignore[operator]
    # an official name no article writes leaves the attested figure
    entity = gold.articles[doc.articles[0].id[1:]].mentions[0].entity
    assert entity in _attested_names(gold)
    gold.entities[entity] = replace(gold.entities[entity], name=gold.entities[entity].name + " GmbH")
    assert entity not in _attested_names(gold)
