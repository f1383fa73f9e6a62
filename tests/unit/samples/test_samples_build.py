"""samples/build.py on the test storylines: determinism, farm boilerplate, formats, gold consistency."""

from __future__ import annotations

import filecmp
import gzip
import json
import shutil
from pathlib import Path

import feedparser
from warcio.archiveiterator import ArchiveIterator

from storyline.eval.consistency import check, rebuild_clean

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _gold(out: Path) -> dict[str, dict]:
    with (out / "gold" / "articles.jsonl").open(encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def _same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    return not mismatch and not errors and all(_same_tree(a / d, b / d) for d in cmp.common_dirs)


def test_build_is_deterministic(tmp_path: Path, fixture_build: Path) -> None:
    import build

    build.build(SAMPLES / "source", tmp_path, FIXTURES / "storylines")
    assert _same_tree(tmp_path / "corpus", fixture_build / "corpus")
    assert _same_tree(tmp_path / "gold", fixture_build / "gold")


def test_fixture_gold_is_consistent(fixture_build: Path) -> None:
    assert check(fixture_build) == []


def test_consistency_check_can_fail(tmp_path: Path, fixture_build: Path) -> None:
    shutil.copytree(fixture_build, tmp_path / "b")
    arts = tmp_path / "b" / "gold" / "articles.jsonl"
    records = [json.loads(line) for line in arts.read_text(encoding="utf-8").splitlines()]
    records[0]["mentions"][0]["start"] += 1  # a span that no longer matches its text
    records[1]["lines"] = records[1]["lines"][:-1]  # lines no longer match the file / clean text
    arts.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    txt = next((tmp_path / "b" / "corpus").rglob("*.txt"))
    txt.rename(txt.with_suffix(".gone"))
    problems = check(tmp_path / "b")
    assert any("span" in p for p in problems)
    assert any("no corpus record" in p or "lines differ" in p for p in problems)


def test_copies_and_provenance(fixture_build: Path) -> None:
    gold = _gold(fixture_build)
    exact, orig = gold["s91e01a01c3"], gold["s91e01a01"]
    assert exact["kind"] == "exact" and exact["clean_text"] == orig["clean_text"]
    body = [ln["text"] for ln in exact["lines"] if ln["zone"] == "body"]  # HTML/WARC copies add page chrome
    assert body == [ln["text"] for ln in orig["lines"] if ln["zone"] == "body"]
    partial = gold["s91e01a01c2"]
    paras = orig["clean_text"].split("\n")
    assert partial["clean_text"] == "\n".join([paras[0], paras[2]])
    farm_copy = gold["s91e01a02c1"]  # infoblitz copy of a Hauptstadt-Anzeiger rewrite of a Nordwire original
    assert farm_copy["original_source"] == "Nordwire" and farm_copy["original_article"] == "s91e01a01"
    assert farm_copy["farm"] and farm_copy["derived_from"] == "s91e01a02"
    assert orig["published"] < gold["s91e01a01c1"]["published"]
    corpus = json.loads((fixture_build / "gold" / "corpus.json").read_text(encoding="utf-8"))
    assert {"original": "s91e02a01", "copy": "s91e02a02", "kind": "translation", "names_source": False} in corpus[
        "links"
    ]


def test_farm_boilerplate(fixture_build: Path) -> None:
    gold = _gold(fixture_build)
    nh24 = gold["s91e01a01c1"]
    reasons = [ln["reason"] for ln in nh24["lines"]]
    assert reasons.count("paywall") == 2  # the same nag repeated mid-text
    assert {"read_also", "fake_author_bio", "site_template", "read_time", "share_ui"} <= set(reasons)
    nags = [ln["text"] for ln in nh24["lines"] if ln["reason"] == "paywall"]
    assert len(set(nags)) == 1 and nh24["fake_bio"]
    wno = gold["s92e01a01c1"]
    assert wno["title_raw"] == wno["title"] + " | Weltnachrichten" and wno["title_suffix"] == " | Weltnachrichten"
    for rec in gold.values():
        assert rebuild_clean(rec["lines"]) == rec["clean_text"]
        # No annotation ever points into boilerplate: spans index the clean text only.
        assert all(m["end"] <= len(rec["clean_text"]) for m in rec["mentions"])


def test_meta_lines_are_labelled(fixture_build: Path) -> None:
    gold = _gold(fixture_build)
    byline = [ln for ln in gold["s91e01a01"]["lines"] if ln["reason"] == "byline"]
    assert [ln["text"] for ln in byline] == ["Von Redaktion nw"]
    source = [ln for ln in gold["s91e01a02"]["lines"] if ln["reason"] == "source_line"]
    assert [ln["text"] for ln in source] == ["Quelle: nw"]


def test_formats_are_readable(fixture_build: Path) -> None:
    gold = _gold(fixture_build)
    corpus = fixture_build / "corpus"
    by_fmt = {}
    for rec in gold.values():
        by_fmt.setdefault(rec["format"], []).append(rec)
    assert set(by_fmt) == {"txt", "html", "jsonl", "rss", "warc"}
    rec = by_fmt["jsonl"][0]
    number = int(rec["locator"]["position"].split()[-1])  # "line N"
    line = (corpus / rec["locator"]["path"]).read_text(encoding="utf-8").splitlines()[number - 1]
    data = json.loads(line)
    assert {"title", "maintext", "date_publish", "url", "source_domain", "language"} <= set(data)
    assert data["url"] == rec["locator"]["url"]
    feed = feedparser.parse((corpus / by_fmt["rss"][0]["locator"]["path"]).read_bytes())
    assert feed.entries[0].link == by_fmt["rss"][0]["locator"]["url"] and feed.entries[0].content[0].value
    html = (corpus / by_fmt["html"][0]["locator"]["path"]).read_text(encoding="utf-8")
    assert 'rel="canonical"' in html and "article:published_time" in html and "<nav" in html
    assert any(ln["zone"] == "page" and ln["reason"] == "navigation" for ln in by_fmt["html"][0]["lines"])
    warc = by_fmt["warc"][0]["locator"]
    with gzip.open(corpus / warc["path"], "rb") as _, (corpus / warc["path"]).open("rb") as fh:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert warc["url"] in uris


def test_metadata_and_missing_dates(fixture_build: Path) -> None:
    gold = _gold(fixture_build)
    hidden = [r for r in gold.values() if not r["published_in_metadata"]]
    assert hidden, "some articles must lack a publication date in their metadata"
    for rec in hidden:
        if rec["format"] == "txt":
            side = fixture_build / "corpus" / rec["locator"]["path"].replace(".txt", ".meta.json")
            meta = json.loads(side.read_text(encoding="utf-8"))
            assert "published" not in meta and meta["url"] == rec["locator"]["url"]
