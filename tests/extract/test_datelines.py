"""Datelines are where a report was filed, not its first sentence's subject."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtimeline.extract.datelines import is_dateline, parser_text


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("GENEVA, May 23 (Wire) – Norway signed.", "Norway signed."),
        ("OSLO (Wire) — Norway signed.", "Norway signed."),
        ("New Delhi, Oct 15 (IANS): India signed.", "India signed."),
        ("United Nations, Oct 15: The Council met.", "The Council met."),
        ("Brussels, March 3, 2031 - The Union agreed.", "The Union agreed."),
    ],
)
def test_a_dateline_is_blanked_for_the_parser(text: str, rest: str) -> None:
    read = parser_text(text)
    assert len(read) == len(text)
    assert read.strip() == rest


@pytest.mark.parametrize(
    "text",
    [
        "NATO – the alliance – agreed.",
        "Norway, Chile and Peru signed on 3 May.",
        "On Monday, the Council met: it agreed.",
        "Chile, Oct 15 and after: a review.",
    ],
)
def test_a_sentence_without_a_dateline_is_read_as_it_is(text: str) -> None:
    assert parser_text(text) == text


def test_a_name_opening_a_dateline_is_no_actor() -> None:
    text = "Some intro.\nUnited Nations, Oct 15: The Council met."
    start = text.index("United")
    assert is_dateline(text, start, start + len("United Nations"))
    assert not is_dateline("The United Nations, Oct 15: met.", 4, 18)
    assert not is_dateline("United Nations said on Oct 15: no.", 0, 14)


@given(st.text(alphabet="ABCO Nov.,:()–-15 \n\tadt", max_size=200))
def test_parser_text_keeps_offsets(text: str) -> None:
    assert len(parser_text(text)) == len(text)
