"""Build the sample corpus and its gold labels from samples/source/ (see samples/FORMAT.md, samples/README.md).

Run: .venv/bin/python samples/build.py [--source DIR] [--out DIR]
Deterministic: every choice is seeded by article or outlet ids, so two runs write identical files.
Exit status 1 with one line per problem (file: article id: what to fix) when a storyline file is invalid.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from buildlib.assemble import CSV_OUTLETS, Node, assign_formats, assign_urls, build_nodes, render, root_of, to_item
from buildlib.farms import Outlet, load_outlets
from buildlib.formats import Item, Locator, write_html, write_jsonl, write_rss, write_txt, write_warc
from buildlib.goldwrite import article_record, corpus_record, write_gold
from buildlib.story import StoryError, StorySpec
from buildlib.storyfile import parse_story, validate_corpus

HERE = Path(__file__).resolve().parent


def load_stories(storyline_dir: Path, outlets: dict[str, Outlet]) -> list[StorySpec]:
    """Parse and validate every sNN*.yaml file; raises StoryError listing all problems."""
    problems: list[str] = []
    stories: list[StorySpec] = []
    for path in sorted(storyline_dir.glob("s*.yaml")):
        story, found = parse_story(path, set(outlets))
        problems.extend(found)
        if story is not None:
            stories.append(story)
    problems.extend(validate_corpus(stories))
    if not stories and not problems:
        problems.append(f"{storyline_dir}: no storyline files (s*.yaml)")
    if problems:
        raise StoryError(problems)
    return stories


def write_corpus(corpus: Path, nodes: dict[str, Node]) -> tuple[dict[str, Item], dict[str, Locator]]:
    """Write every article in its assigned format; returns items (with final gold lines) and locators."""
    items = {nid: to_item(n) for nid, n in sorted(nodes.items())}
    by_fmt: dict[str, list[Item]] = {}
    for item in items.values():
        by_fmt.setdefault(item.fmt, []).append(item)
    locs: dict[str, Locator] = {}
    locs.update(write_txt(corpus, by_fmt.get("txt", []), set(CSV_OUTLETS)))
    locs.update(write_html(corpus, by_fmt.get("html", [])))
    if by_fmt.get("jsonl"):
        locs.update(write_jsonl(corpus, by_fmt["jsonl"], "crawl/newsplease-dump.jsonl"))
    locs.update(write_rss(corpus, by_fmt.get("rss", [])))
    if by_fmt.get("warc"):
        locs.update(write_warc(corpus, by_fmt["warc"], "crawl/crawl-2024.warc.gz"))
    return items, locs


def stats(nodes: dict[str, Node], stories: list[StorySpec]) -> dict[str, Any]:
    """Corpus statistics (printed and stored in corpus.json)."""
    years = sorted({n.published.year for n in nodes.values() if n.published})
    return {
        "articles": len(nodes),
        "by_language": dict(sorted(Counter(n.language for n in nodes.values()).items())),
        "by_format": dict(sorted(Counter(n.fmt for n in nodes.values()).items())),
        "by_outlet_kind": dict(sorted(Counter(n.outlet.kind for n in nodes.values()).items())),
        "by_kind": dict(sorted(Counter(n.kind for n in nodes.values()).items())),
        "by_split": dict(sorted(Counter(n.story.split for n in nodes.values()).items())),
        "outlets": len({n.outlet.key for n in nodes.values()}),
        "storylines": len(stories),
        "events": sum(len(s.events) for s in stories),
        "years": years,
        "dates_missing_in_metadata": sum(1 for n in nodes.values() if not n.published_in_metadata),
    }


def build(source: Path, out: Path, storyline_dir: Path | None = None) -> dict[str, Any]:
    """Build corpus/ and gold/ under ``out``; returns the statistics."""
    outlets = load_outlets(source / "outlets.yaml")
    stories = load_stories(storyline_dir or source / "storylines", outlets)
    nodes = build_nodes(stories, outlets)
    cycles = [p for nid in nodes for p in root_of(nid, nodes)[1]]
    if cycles:
        raise StoryError(cycles)
    assign_formats(nodes)
    assign_urls(nodes)
    render(nodes)
    for sub in ("corpus", "gold"):
        shutil.rmtree(out / sub, ignore_errors=True)
    items, locs = write_corpus(out / "corpus", nodes)
    records = [article_record(nodes[nid], items[nid], locs[nid], nodes) for nid in sorted(nodes)]
    outlet_info = {
        k: {"name": o.name, "kind": o.kind, "language": o.language, "domain": o.domain, "farm": o.farm}
        for k, o in sorted(outlets.items())
    }
    corpus = corpus_record(stories, nodes, outlet_info)
    corpus["stats"] = stats(nodes, stories)
    write_gold(out / "gold", records, corpus)
    return dict(corpus["stats"])


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", type=Path, default=HERE / "source", help="folder with outlets.yaml")
    parser.add_argument("--storylines", type=Path, default=None, help="folder of sNN.yaml (default SOURCE/storylines)")
    parser.add_argument("--out", type=Path, default=HERE, help="writes OUT/corpus and OUT/gold")
    args = parser.parse_args(argv)
    try:
        result = build(args.source, args.out, args.storylines)
    except StoryError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"{len(err.problems)} problem(s); nothing written.", file=sys.stderr)
        return 1
    for key, value in result.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
