"""The project's own TimeML test set (tests/data/timeml_own): its size, and floors on the scores.

The floors sit just below what ``find_dates`` achieves, so a regression in
any family of expressions fails here; docs/dates.md has the figures.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from govtimeline.dates import find_dates
from govtimeline.eval.timeml import Score, read_timeml_dir, score, timeml_view

OWN = Path(__file__).parent / "data" / "timeml_own"


@pytest.fixture(scope="module")
def result() -> Score:
    docs = read_timeml_dir(OWN)
    return score(docs, lambda text, dct: timeml_view(find_dates(text, anchor=dct)))


def test_the_set_is_large_and_varied() -> None:
    docs = read_timeml_dir(OWN)
    types = Counter(t.type for d in docs for t in d.timexes)
    assert sum(types.values()) >= 300
    assert all(types[t] >= 10 for t in ("DATE", "TIME", "DURATION", "SET"))
    assert sum(d.dct is None for d in docs) == 1  # one undated document


def test_floors(result: Score) -> None:
    assert result.relaxed_precision >= 0.98
    assert result.relaxed_recall >= 0.97
    assert result.strict_f1 >= 0.94
    assert result.type_f1 >= 0.97
    assert result.value_f1 >= 0.94


def test_the_not_dates_document_gives_nothing_spurious(result: Score) -> None:
    spurious = [
        e for e in result.errors if e.doc == "own-07-not-dates" and e.kind.value == "spurious"
    ]
    assert spurious == []
