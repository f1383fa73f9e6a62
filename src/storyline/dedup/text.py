"""Text helpers of dedup: normalisation, tokens, paragraph/sentence spans, language-independent anchors."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

from storyline.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)
# A sentence ends at . ! ? … (optionally followed by a closing quote) before whitespace and a capital,
# digit or opening quote; abbreviations rarely matter here since sentences are only aligned, not parsed.
_SENT_END = re.compile(r"(?<=[.!?…])[\"“”»«']?\s+(?=[\"„“»«'(]?[A-ZÄÖÜ0-9])")
# Numbers with separators; anchors keep digits only so "3.000" (de) and "3,000" (en) agree.
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
# A capitalised token after a word, comma or opening quote and a space: inside a sentence, so a name
# (or a German noun), not a sentence-initial capital. One findall over the text, no sentence split. The
# capital comes first and the lookbehind re-checks it with the two characters before it: the engine scans
# for capitals instead of testing the lookbehind at every position (same matches, twice as fast).
_CAPITAL = re.compile(r"[A-ZÄÖÜ](?<=[\w,;:\-–„\"“(] [A-ZÄÖÜ])[\w\-]{3,}")
# Typographic quotes and dashes as plain ones; str.replace chains are much faster than str.translate.
_UNIFY: tuple[tuple[str, str], ...] = (("„", '"'), ("“", '"'), ("”", '"'), ("»", '"'), ("«", '"'), ("‚", "'"),
                                       ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))
_HASHES: dict[str, int] = {}  # token -> crc32, shared by all articles of a process (bounded below)
_HASHES_MAX = 1_000_000


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a paragraph or sentence in an article's clean text."""

    start: int
    end: int


def clean_text(article: Article) -> str:
    """The text dedup compares: the clean text, or the raw text before cleaning has run."""
    return article.text if article.text is not None else article.raw_text


def normalise(text: str) -> str:
    """NFC, case-folded, typographic quotes and dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    for old, new in _UNIFY:
        if old in text:
            text = text.replace(old, new)
    return " ".join(text.casefold().split())


def exact_hash(text: str, normalised: bool = False) -> int:
    """64-bit hash of the normalised text: equal for exact duplicates."""
    value = text if normalised else normalise(text)
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "big")


def words(text: str, normalised: bool = False) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text if normalised else normalise(text))


def _token_hash(token: str) -> int:
    if len(_HASHES) >= _HASHES_MAX:
        _HASHES.clear()
    value = _HASHES[token] = zlib.crc32(token.encode("utf-8"))
    return value


def word_hashes(tokens: list[str]) -> list[int]:
    """Stable 32-bit hashes of tokens (crc32: deterministic across processes, unlike hash()); cached."""
    try:  # steady state: every token seen before, one C-level map over the list
        return list(map(_HASHES.__getitem__, tokens))
    except KeyError:
        cache = _HASHES
        return [cache[t] if t in cache else _token_hash(t) for t in tokens]


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-empty lines of a clean text (the clean stage joins paragraphs with newlines)."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            spans.append(Span(start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans inside each paragraph."""
    spans: list[Span] = []
    for para in paragraphs(text):
        chunk = text[para.start : para.end]
        start = 0
        for match in _SENT_END.finditer(chunk):
            spans.append(Span(para.start + start, para.start + match.start()))
            start = match.end()
        spans.append(Span(para.start + start, para.end))
    return [s for s in spans if s.end > s.start]


def number_keys(text: str) -> set[str]:
    """Numbers as digit strings ("3.000" and "3,000" -> "3000"); single digits are too common to count."""
    keys = {m.replace(".", "").replace(",", "") for m in _NUMBER.findall(text)}
    return {k for k in keys if len(k) >= 2}


def name_keys(text: str) -> set[str]:
    """Capitalised tokens of four letters or more not opening a sentence: names survive translation."""
    return {m.casefold() for m in _CAPITAL.findall(text)}


def anchor_keys(text: str) -> set[str]:
    """Language-independent blocking keys: numbers and names."""
    return {f"#{k}" for k in number_keys(text)} | {f"@{k}" for k in name_keys(text)}


_NUMBER_CRC, _NAME_CRC = zlib.crc32(b"#"), zlib.crc32(b"@")


def anchor_hashes(text: str) -> set[int]:
    """crc32 of every anchor key, without building the keys: crc32 runs on from the prefix's checksum,
    so crc32(k, crc32(b"#")) == crc32(b"#" + k)."""
    crc = zlib.crc32
    return ({crc(k.encode("utf-8"), _NUMBER_CRC) for k in number_keys(text)}
            | {crc(k.encode("utf-8"), _NAME_CRC) for k in name_keys(text)})
