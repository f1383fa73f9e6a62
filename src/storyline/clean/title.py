"""Title cleaning: site names appended to the title ("… | Weltnachrichten") are cut and kept as evidence."""

from __future__ import annotations

import re

from storyline.model import Repair

# The last separator of a title; "|", "·", "::" and "»" are never used inside German or English headlines,
# dashes are (so a dash suffix must name the outlet to be cut).
_SEPARATOR = re.compile(r"\s+(\||·|•|::|»|–|—|-)\s+(?!.*\s(?:\||·|•|::|»|–|—|-)\s)")
_STRONG = frozenset({"|", "·", "•", "::", "»"})
_SUFFIX_MAX_WORDS = 5
_SUFFIX_MAX_CHARS = 40
_LETTERS = re.compile(r"[^\w]+")


def _squash(text: str) -> str:
    """Letters and digits only, lower case: 'Nachrichten Heute 24' ~ 'nachrichten-heute-24'."""
    return _LETTERS.sub("", text.lower())


def _names_outlet(suffix: str, outlet: str | None) -> bool:
    """Whether a suffix names the outlet (either contains the other once squashed)."""
    if not outlet:
        return False
    a, b = _squash(suffix), _squash(outlet.split(".")[0] if "." in outlet and " " not in outlet else outlet)
    return bool(a) and bool(b) and (a in b or b in a)


def clean_title(title: str | None, outlet: str | None) -> tuple[str | None, list[Repair]]:
    """The title without site-name suffixes and a title_suffix Repair per cut (line_index -1 = the title)."""
    if not title:
        return title, []
    repairs: list[Repair] = []
    current = " ".join(title.split())
    for _ in range(2):  # "Headline - Politik | Site": at most two suffixes
        m = _SEPARATOR.search(current)
        if m is None:
            break
        head, sep, suffix = current[: m.start()], m.group(1), current[m.end() :]
        short = len(suffix.split()) <= _SUFFIX_MAX_WORDS and len(suffix) <= _SUFFIX_MAX_CHARS
        if not short or len(head.split()) < 3:
            break
        if sep in _STRONG:
            evidence = f"separator '{sep}' before a short suffix"
        elif _names_outlet(suffix, outlet):
            evidence = f"suffix names the outlet {outlet!r}"
        elif repairs and len(suffix.split()) <= 2:
            evidence = "section label before the site name"  # "… - Politik | Tagesblick"
        else:
            break
        repairs.append(Repair(line_index=-1, kind="title_suffix", before=current, after=head,
                              reason="title_suffix", evidence=evidence))
        current = head
    return current, repairs
