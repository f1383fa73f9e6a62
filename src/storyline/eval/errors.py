"""Eval error catalogue (E9xx): missing or malformed gold, unreadable system output."""

from storyline.errors import Code

E901_GOLD_MISSING = Code(
    "E901",
    "gold file not found",
    "build it with `python samples/build.py`, or pass the samples folder that holds gold/",
)
E902_GOLD_INVALID = Code(
    "E902",
    "the gold file is malformed ({detail})",
    "rebuild it with `python samples/build.py`; do not edit gold by hand",
)
E903_BAD_EXPORT = Code(
    "E903", "the export document cannot be read ({detail})", "pass a file written by `storyline export --format json`"
)
