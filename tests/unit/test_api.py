"""The Python API's small helpers: option parsing with errors that say what to do."""

from __future__ import annotations

import pytest

from storyline.api import parse_field_map
from storyline.errors import UsageError


def test_field_map_pairs_are_parsed() -> None:
    assert parse_field_map(["text=body", " title = headline "]) == {"text": "body", "title": "headline"}


@pytest.mark.parametrize("bad", ["body", "bogus=body", "text="])
def test_bad_field_maps_name_the_option_and_the_fix(bad: str) -> None:
    with pytest.raises(UsageError) as info:
        parse_field_map([bad])
    message = str(info.value)
    assert "--field" in message and "text=body" in message
