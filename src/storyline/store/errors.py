"""Store error catalogue (E3xx)."""

from storyline.errors import Code

E301_LOCKED = Code(
    "E301",
    "the store is in use by another storyline process ({detail}) and stayed locked for {seconds:.0f} s",
    "wait for that run to finish, raise the wait with STORYLINE_LOCK_WAIT=SECONDS, or use another --store",
)
E302_NEWER_SCHEMA = Code(
    "E302",
    "the store was written by a newer storyline (schema {found}, this one knows up to {known})",
    "upgrade storyline, or export with the newer version",
)
E303_NOT_A_STORE = Code(
    "E303", "the file is not a storyline store ({detail})", "pass a .duckdb file made by 'storyline run', or a new path"
)
E304_NO_STORE = Code("E304", "no store at this path", "run 'storyline run INPUT…' first, or pass --store PATH")
E305_NO_ARTICLE = Code("E305", "no article with id {id!r}", "list ids with 'storyline export --format jsonl' or check the prefix")
E306_AMBIGUOUS = Code("E306", "the id prefix {id!r} matches {n} articles", "type more characters of the id")
