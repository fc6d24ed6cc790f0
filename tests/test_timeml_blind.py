"""The blind TimeML set (tests/data/timeml_blind): written by an annotator who had not
seen the date layer, scored once when it arrived (docs/dates.md has that first run), and
kept since as a regression set with floors just below its first-run scores."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from govtimeline.dates import find_dates
from govtimeline.eval.timeml import Score, read_timeml_dir, score, timeml_view

BLIND = Path(__file__).parent / "data" / "timeml_blind"


@pytest.fixture(scope="module")
def result() -> Score:
    docs = read_timeml_dir(BLIND)
    return score(docs, lambda text, dct: timeml_view(find_dates(text, anchor=dct)))


def test_the_set_is_whole() -> None:
    docs = read_timeml_dir(BLIND)
    types = Counter(t.type for d in docs for t in d.timexes)
    assert len(docs) == 15
    assert sum(types.values()) == 282
    assert sum(d.dct is None for d in docs) == 2


def test_floors(result: Score) -> None:
    assert result.relaxed_f1 >= 0.91
    assert result.strict_f1 >= 0.80
    assert result.type_f1 >= 0.87
    assert result.value_f1 >= 0.80
