"""Storyline YAML parsing: tag stripping with exact spans, and validation messages that name the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from buildlib.story import (
    DateAnn,
    EntitySpec,
    FigureAnn,
    MentionAnn,
    QuoteAnn,
    StoryError,
    _Ctx,
    strip_tags,
    valid_date_value,
)

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _ctx() -> _Ctx:
    ents = {"anna": EntitySpec("anna", "PER", "Anna Berger"), "hh": EntitySpec("hh", "LOC", "Hamburg")}
    return _Ctx(path="x.yaml", entities=ents, where="a1")


def test_strip_tags_nested_spans() -> None:
    ctx = _ctx()
    src = (
        '<e t="LOC" id="hh">Hamburg</e>: <q s="anna" t="direct" cue="sagte">„<e t="PER" id="anna">Berger</e> '
        'bleibt <d v="2022-03" rel="1">im März</d> mit '
        '<f v="3000" q="more_than" c="Leuten">mehr als 3.000 Leuten</f>“</q>'
    )
    out = strip_tags(src, ctx)
    assert ctx.problems == []
    assert out.text == "Hamburg: „Berger bleibt im März mit mehr als 3.000 Leuten“"
    for ann in out.anns:
        assert out.text[ann.start : ann.end] == ann.text
    kinds = {type(a) for a in out.anns}
    assert kinds == {MentionAnn, QuoteAnn, DateAnn, FigureAnn}
    quote = next(a for a in out.anns if isinstance(a, QuoteAnn))
    assert quote.text.startswith("„") and quote.speaker == "anna" and quote.direct
    date = next(a for a in out.anns if isinstance(a, DateAnn))
    assert date.relative and date.value == "2022-03"
    fig = next(a for a in out.anns if isinstance(a, FigureAnn))
    assert fig.value == 3000 and fig.qualifier == "more_than" and fig.counted == "Leuten"


@pytest.mark.parametrize(
    ("src", "needle"),
    [
        ('<e t="PER" id="nobody">X</e>', "not declared"),
        ('<e t="ORG" id="anna">Anna</e>', "declared as PER"),
        ('<e t="PER" id="anna">Anna', "never closed"),
        ('<d v="2022-13-01">x</d>', "not an ISO"),
        ('<f v="drei">drei</f>', "not a number"),
        ('<q s="anna" t="quoted" cue="sagte">„x“</q>', "direct or indirect"),
        ('<e t="PER" id="anna"> Anna</e>', "leading/trailing"),
        ('<e t="PER" id="anna">Anna</q>', "does not match"),
        ('<e t=PER id="anna">Anna</e>', "malformed tag"),
    ],
)
def test_strip_tags_reports_problems(src: str, needle: str) -> None:
    ctx = _ctx()
    strip_tags(src, ctx)
    assert any(needle in p for p in ctx.problems), ctx.problems
    assert all(p.startswith("x.yaml: a1:") for p in ctx.problems)


def test_valid_date_values() -> None:
    assert valid_date_value("2022-03-14")
    assert valid_date_value("2022")
    assert valid_date_value("2022-03-01/2022-03-10")
    assert not valid_date_value("2022-02-30")
    assert not valid_date_value("14.03.2022")


def _write_story(tmp: Path, text: str) -> Path:
    d = tmp / "storylines"
    d.mkdir()
    (d / "s95.yaml").write_text(text, encoding="utf-8")
    return d


def test_build_rejects_invalid_story(tmp_path: Path) -> None:
    import build

    good = (FIXTURES / "storylines" / "s92.yaml").read_text(encoding="utf-8")
    bad = good.replace("id: s92\n", "id: s95\n").replace("copy_of: null", "copy_of: s00e00a00").replace(
        "kind: independent", "kind: rewrite"
    ).replace("paragraphs", "x")
    bad = bad.replace("kind: near, delay_hours: 2}", "kind: partial, delay_hours: 2, paragraphs: [5]}")
    d = _write_story(tmp_path, bad)
    with pytest.raises(StoryError) as err:
        build.build(SAMPLES / "source", tmp_path / "out", d)
    text = str(err.value)
    assert "copy_of=s00e00a00 is not an authored article id" in text
    assert "paragraphs [5] out of range" in text
    assert not (tmp_path / "out" / "gold").exists()  # nothing written on error


def test_main_exits_1_with_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import build

    d = _write_story(tmp_path, "id: s95\nsplit: later\nentities: {}\nevents: []\n")
    rc = build.main(["--storylines", str(d), "--out", str(tmp_path / "out")])
    assert rc == 1
    err = capsys.readouterr().err
    assert "split='later' must be dev or heldout" in err and "s95.yaml" in err
