"""Ingest error catalogue (E1xx): every bad input becomes one of these, with file and position."""

from storyline.errors import Code

E101_EMPTY = Code("E101", "the file is empty or holds only whitespace", "remove it, or re-download the article")
E102_BINARY = Code(
    "E102",
    "the file looks binary ({detail}), not text",
    "pass only text, HTML, JSON, CSV, WARC, feed or archive files",
)
E103_BAD_METADATA = Code("E103", "metadata field {field!r} has the invalid value {value!r}", "{expected}")
E104_UNDECODABLE = Code("E104", "the bytes cannot be decoded as text ({detail})", "re-save the file as UTF-8")
E105_TOO_LARGE = Code(
    "E105",
    "the file has {size} bytes, over the limit of {limit}",
    "split it, or raise the limit with --max-file-mb",
)
E106_UNKNOWN_FORMAT = Code(
    "E106",
    "no reader recognises this file (suffix {suffix!r})",
    "rename it with a known suffix: {known}",
)
E107_BAD_JSON = Code("E107", "invalid JSON: {detail}", "fix or delete this record; the rest of the file was read")
E108_NO_TEXT = Code(
    "E108",
    "the record has no article text (looked for fields {fields})",
    "map the text field with --field text=NAME",
)
E109_BAD_ARCHIVE = Code(
    "E109",
    "the archive is damaged or truncated ({detail})",
    "re-download or re-create the archive; members read before the damage were kept",
)
E110_BAD_WARC = Code(
    "E110",
    "the WARC file is damaged ({detail})",
    "re-download it; records read before the damage were kept",
)
E111_BAD_FEED = Code("E111", "the feed cannot be parsed ({detail})", "check that the file is RSS or Atom XML")
E112_BAD_CSV = Code("E112", "the CSV row cannot be read ({detail})", "check the header and the quoting of this row")
E113_NO_ARTICLE = Code(
    "E113",
    "the page holds no extractable article text",
    "check that it is an article page, not an index or error page",
)
E114_UNREADABLE = Code("E114", "the file cannot be read ({detail})", "check its permissions and that it still exists")
E115_TOO_DEEP = Code("E115", "archives nested deeper than {limit} levels", "unpack the outer archives first")
E117_NO_PAGES = Code("E117", "the WARC file holds no HTML page records", "check that the crawl saved HTML responses")
