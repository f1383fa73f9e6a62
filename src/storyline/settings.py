"""Defaults and overrides: built-in defaults, then ``STORYLINE_*`` environment variables, then CLI flags.

No config file is needed for the common case; one typed settings object per concern (STYLE.md habit 9).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_STORE = Path("storyline.duckdb")


def _env_int(name: str, default: int) -> int:
    """An integer from the environment, or the default when unset or malformed."""
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() else default


def default_workers() -> int:
    """Worker processes for per-article stages: the CPU count, capped to keep memory bounded."""
    return max(1, min(os.cpu_count() or 1, 8))


@dataclass(frozen=True)
class RunSettings:
    """Everything one `storyline run` needs to know besides its inputs."""

    store: Path = DEFAULT_STORE
    workers: int = field(default_factory=lambda: _env_int("STORYLINE_WORKERS", default_workers()))
    max_file_bytes: int = field(default_factory=lambda: _env_int("STORYLINE_MAX_FILE_MB", 20) * 1024 * 1024)
    batch_size: int = 256  # articles per store transaction: small enough to lose little on a kill
    field_map: dict[str, str] = field(default_factory=dict)
    stages: tuple[str, ...] | None = None  # None = every registered per-article stage
    lock_wait_seconds: float = field(default_factory=lambda: float(_env_int("STORYLINE_LOCK_WAIT", 60)))
    engine: str = "local"

    def with_overrides(self, **changes: object) -> RunSettings:
        """A copy with the given fields changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})  # type: ignore[arg-type]
