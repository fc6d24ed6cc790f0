"""Tests for govtimeline.eval: the TimeML reader and scorer, and the seeds scorecard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.eval.timeml import read_timeml, read_timeml_dir, score, timeml_view

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TBAQ = SHARED / "data" / "timeml" / "tbaq"
SEEDS = SHARED / "corpus" / "seeds"

SNIPPET = """<?xml version="1.0" ?>
<TimeML>
<DOCID>own-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2031-05-20" functionInDocument="CREATION_TIME">2031-05-20</TIMEX3></DCT>
<TEXT>
The <EVENT eid="e1">talks</EVENT> ended <TIMEX3 tid="t1" type="DATE" value="2031-05-19">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3> &amp; more, from <TIMEX3 tid="t3" type="DATE" value="2029">2029</TIMEX3> to <TIMEX3 tid="t4" type="DATE" value="2031">2031</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "own.tml"
    path.write_text(SNIPPET)
    doc = read_timeml(path)
    assert doc.dct is not None
    assert doc.dct.isoformat() == "2031-05-20"
    assert [doc.text[t.start : t.end] for t in doc.timexes] == [
        "yesterday",
        "three days",
        "2029",
        "2031",
    ]
    assert "&" in doc.text
    result = score([doc], lambda text, dct: timeml_view(gt.find_dates(text, anchor=dct)))
    assert result.strict_f1 == 1.0
    assert result.value_f1 == 1.0
    worse = score([doc], lambda text, dct: gt.find_dates(text, anchor=None))
    assert worse.value_accuracy < 1.0


def test_malformed_timeml_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT><TIMEX3 tid='x'>open</TEXT></TimeML>")
    with pytest.raises(gt.InputError, match=r"broken\.tml"):
        read_timeml(path)


@pytest.mark.skipif(not TBAQ.exists(), reason="../shared/data/timeml absent")
def test_tbaq_corpus_reads_completely() -> None:
    docs = read_timeml_dir(TBAQ)
    assert len(docs) == 256
    assert all(d.dct is not None for d in docs)
    assert sum(len(d.timexes) for d in docs) > 1000


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/corpus/seeds absent")
def test_seeds_scorecard_runs() -> None:
    from govtimeline.eval.seeds import score_seeds

    result = score_seeds(SEEDS)
    for prf in (result.events, result.positions, result.dated_events):
        assert 0.0 <= prf.precision <= 1.0
        assert 0.0 <= prf.recall <= 1.0
    assert "Seeds: timeline" in result.table()


def test_equal_values_written_differently_compare_equal(tmp_path: Path) -> None:
    body = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2031-05-20" functionInDocument="CREATION_TIME">'
        "x</TIMEX3></DCT><TEXT>In the "
        '<TIMEX3 tid="t1" type="DATE" value="196X">1960s</TIMEX3> it took '
        '<TIMEX3 tid="t2" type="DURATION" value="P20Y">two decades</TIMEX3>, and '
        '<TIMEX3 tid="t3" type="DURATION" value="P9M">three quarters</TIMEX3> '
        "then, with a meeting of the board "
        '<TIMEX3 tid="t4" type="DATE" value="2031-05">in May 2031</TIMEX3>.</TEXT></TimeML>'
    )
    path = tmp_path / "values.tml"
    path.write_text(body)
    doc = read_timeml(path)
    result = score([doc], lambda text, dct: timeml_view(gt.find_dates(text, anchor=dct)))
    assert result.value_accuracy == 1.0, [str(e) for e in result.errors]


def test_ranges_and_event_relative_measures_are_seen_as_timeml_marks_them() -> None:
    found = gt.find_dates(
        "It met on 10 and 11 February 2025, two weeks before the vote, and meets again in three weeks.",
        anchor=date(2025, 2, 12),
    )
    view = [(e.text, e.timex_type.value, e.timex_value) for e in timeml_view(found)]
    assert view == [
        ("10", "DATE", "2025-02-10"),
        ("11 February 2025", "DATE", "2025-02-11"),
        ("two weeks", "DURATION", "P2W"),
        ("three weeks", "DURATION", "P3W"),
    ]


def test_error_report_groups_by_family(tmp_path: Path) -> None:
    from govtimeline.eval.errors import ErrorKind, category, error_report

    path = tmp_path / "own.tml"
    path.write_text(SNIPPET.replace('value="P3D"', 'value="P4D"'))
    result = score([read_timeml(path)], lambda text, dct: gt.find_dates(text, anchor=dct))
    wrong = [e for e in result.errors if e.kind is ErrorKind.VALUE]
    assert [(e.text, e.gold_value, e.predicted_value) for e in wrong] == [
        ("three days", "P4D", "P3D")
    ]
    assert category(wrong[0]) == "duration"
    assert "duration — value" in error_report(result.errors)
