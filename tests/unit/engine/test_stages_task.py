"""The worker task runs stages in order over a chunk; a batching stage that fails falls back to one by one."""

from __future__ import annotations

from dataclasses import dataclass, field

from storyline.engine.pipeline import StagesTask
from storyline.model import Article


@dataclass
class _Upper:
    """Upper-cases the title; ``run_many`` does the same for a chunk, unless told to raise."""

    name: str = "upper"
    version: str = "1"
    requires: frozenset[str] = frozenset({"title"})
    provides: frozenset[str] = frozenset({"title"})
    batch_raises: bool = False
    calls: list[str] = field(default_factory=list)

    def run(self, article: Article) -> Article:
        self.calls.append("run")
        if article.title == "boom":
            raise ValueError("odd article")
        return article.model_copy(update={"title": (article.title or "").upper()})

    def run_many(self, articles: list[Article]) -> list[Article]:
        self.calls.append("many")
        if self.batch_raises or any(a.title == "boom" for a in articles):
            raise ValueError("odd article in the batch")
        return [a.model_copy(update={"title": (a.title or "").upper()}) for a in articles]


@dataclass
class _Suffix:
    """A later per-article stage that reads what the first one wrote."""

    name: str = "suffix"
    version: str = "2"
    requires: frozenset[str] = frozenset({"title"})
    provides: frozenset[str] = frozenset({"title"})

    def run(self, article: Article) -> Article:
        return article.model_copy(update={"title": f"{article.title}!"})


def _chunk(*titles: str) -> list[Article]:
    return [Article(id=f"a{i}", title=t, raw_text=t, path=f"in/{i}.txt") for i, t in enumerate(titles)]


def test_a_batching_stage_gets_the_whole_chunk_and_later_stages_see_its_output() -> None:
    upper = _Upper()
    outcomes = StagesTask([upper, _Suffix()])(_chunk("eins", "zwei", "drei"))
    assert upper.calls == ["many"]
    assert [o.article.title for o in outcomes] == ["EINS!", "ZWEI!", "DREI!"]
    assert all(o.versions == {"upper": "1", "suffix": "2"} and not o.errors for o in outcomes)


def test_a_failing_batch_runs_one_by_one_and_records_only_the_odd_article() -> None:
    upper = _Upper()
    outcomes = StagesTask([upper, _Suffix()])(_chunk("eins", "boom", "drei"))
    assert upper.calls == ["many", "run", "run", "run"]
    assert [o.article.title for o in outcomes] == ["EINS!", "boom!", "DREI!"]
    assert [o.versions for o in outcomes] == [{"upper": "1", "suffix": "2"}, {"suffix": "2"}, {"upper": "1", "suffix": "2"}]
    assert [len(o.errors) for o in outcomes] == [0, 1, 0]
    err = outcomes[1].errors[0]
    assert err.stage == "upper" and "odd article" in err.message


def test_one_article_skips_the_batch() -> None:
    upper = _Upper(batch_raises=True)
    outcomes = StagesTask([upper])(_chunk("eins"))
    assert upper.calls == ["run"]
    assert outcomes[0].article.title == "EINS"
