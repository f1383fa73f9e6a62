"""Gzip decompression that keeps what was read before damage and stops at a size limit."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

_CHUNK = 1 << 16


@dataclass(frozen=True)
class Inflated:
    """Decompressed bytes, with why decompression stopped early (damage or the size limit)."""

    data: bytes
    damage: str | None = None  # e.g. "truncated after 1234 compressed bytes"
    too_large: bool = False


def gunzip(data: bytes, limit: int) -> Inflated:
    """Inflate every gzip member; on damage keep the bytes produced so far; stop past ``limit`` bytes."""
    out: list[bytes] = []
    size = 0
    pos = 0
    while pos < len(data):
        engine = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        while not engine.eof:
            if pos >= len(data):
                return Inflated(b"".join(out), f"truncated after {len(data)} compressed bytes")
            chunk = data[pos : pos + _CHUNK]
            try:
                piece = engine.decompress(chunk, limit - size + 1)
            except zlib.error as exc:
                return Inflated(b"".join(out), f"damaged near offset {pos}: {exc}")
            consumed = len(chunk) - len(engine.unconsumed_tail) - len(engine.unused_data)
            pos += consumed
            out.append(piece)
            size += len(piece)
            if size > limit:
                return Inflated(b"".join(out)[:limit], too_large=True)
            if consumed == 0 and not piece and not engine.eof:
                return Inflated(b"".join(out), f"damaged near offset {pos}")
        if not data[pos:].strip(b"\x00"):  # zero padding after the last member is common
            break
    return Inflated(b"".join(out))

