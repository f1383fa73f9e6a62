"""The error catalogue's shared machinery: stable codes, the message, and what to do next.

Each subsystem keeps its own small catalogue (``ingest/errors.py``, ``store/errors.py``, ...) of
:class:`Code` entries; this module holds the base types and the codes that belong to no stage.
Code ranges: E0xx general/usage, E1xx ingest, E2xx clean, E3xx store, E4xx engine, E5xx export.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import ErrorRecord, stable_id


@dataclass(frozen=True, slots=True)
class Code:
    """A catalogue entry: the stable code, a message template and the hint on what to do next."""

    code: str
    template: str
    hint: str

    def format(self, **fields: object) -> tuple[str, str]:
        """The message and the hint with their fields filled in."""
        return self.template.format(**fields), self.hint.format(**fields)


class StorylineError(Exception):
    """An error the user can act on: carries a catalogue code, the file and position, and a hint."""

    def __init__(self, code: Code, path: str | None = None, position: str | None = None, **fields: object):
        self.code = code
        self.path = path
        self.position = position
        self.message, self.hint = code.format(**fields)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f" {self.position}" if self.position else "") + ": "
        return f"{self.code.code} {where}{self.message}; {self.hint}"

    def to_record(self, stage: str = "ingest") -> ErrorRecord:
        """The error as a stored record; its id is stable so a rerun does not duplicate it."""
        return ErrorRecord(
            id=stable_id(self.code.code, self.path or "", self.position or "", prefix="e"),
            code=self.code.code,
            path=self.path or "",
            position=self.position,
            message=self.message,
            hint=self.hint,
            stage=stage,
        )


class UsageError(StorylineError):
    """A mistake in how storyline was called (exit code 2)."""


E001_NO_INPUT = Code(
    "E001", "input path {input!r} does not exist", "check the path, or pass '-' to read JSON Lines from standard input"
)
E002_UNKNOWN_NAME = Code("E002", "unknown {kind} {name!r}", "choose one of: {known}")
E003_BAD_OPTION = Code("E003", "option {option} has an invalid value {value!r}", "{expected}")
E004_INTERNAL = Code(
    "E004", "unexpected error in stage {stage}: {detail}", "this is a bug in storyline; please report it with the file that caused it"
)
