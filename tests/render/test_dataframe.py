"""Tests for govtimeline.render.dataframe: DataFrames of events and positions (pandas extra)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.render.dataframe import EVENT_COLUMNS, POSITION_COLUMNS

sys.path.insert(0, str(Path(__file__).parent))
from chart_fixtures import sample_timeline

pd = pytest.importorskip("pandas")


def test_events_table() -> None:
    tl = sample_timeline()
    frame = tl.to_frame()
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert len(frame) == len(tl.events)
    row = frame.set_index("id").loc["b"]
    assert row["date"] == "August 2030"
    assert row["edtf"] == "2030-08"
    assert row["precision"] == "month"
    assert row["earliest"] == pd.Timestamp("2030-08-01")
    assert row["latest"] == pd.Timestamp("2030-08-31")
    assert str(frame["earliest"].dtype) == "datetime64[s]"
    assert frame.set_index("id").loc["c", "contested"]
    summit = frame.set_index("id").loc["a"]
    assert summit["latest"] == pd.Timestamp("2030-02-11")  # the event's last day
    assert summit["edtf"] == "2030-02-10/2030-02-11"


def test_positions_table() -> None:
    tl = sample_timeline()
    frame = tl.to_frame("positions")
    assert tuple(frame.columns) == POSITION_COLUMNS
    assert len(frame) == len(tl.positions)
    assert set(frame["stance"]) == {"support", "oppose", "mixed", "abstain"}
    assert frame["quote"].iloc[0] == "An invented sentence."


def test_undated_and_ancient_dates() -> None:
    tl = gt.Timeline(
        events=[
            gt.Event(id="u", name="U", kind="other"),
            gt.Event(id="c", name="C", kind="other", when=gt.When.century(1500)),
        ]
    )
    frame = tl.to_frame().set_index("id")
    assert pd.isna(frame.loc["u", "earliest"])
    assert frame.loc["c", "earliest"] == pd.Timestamp("1500-01-01")  # before 1677: seconds, not ns


def test_empty_timeline_has_the_columns() -> None:
    assert tuple(gt.Timeline().to_frame("positions").columns) == POSITION_COLUMNS


def test_unknown_table_is_an_output_error() -> None:
    with pytest.raises(gt.OutputError, match="events"):
        gt.Timeline().to_frame("actors")  # type: ignore[arg-type]


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(gt.MissingExtraError, match=r"govtimeline\[pandas\]") as info:
        sample_timeline().to_frame()
    assert info.value.extra == "pandas"


def test_documents_are_a_list_column_that_explodes_into_links() -> None:
    # issue 18: documents was one comma-joined string
    tl = sample_timeline()
    events = tl.to_frame()
    assert all(isinstance(d, list) for d in events["documents"])
    assert events["documents"].tolist() == [list(e.documents) for e in tl.events]
    links = events.explode("documents").dropna(subset=["documents"])
    assert len(links) == sum(len(e.documents) for e in tl.events)
    positions = tl.to_frame("positions")
    assert positions["documents"].tolist() == [list(p.documents) for p in tl.positions]


def test_categoricals_hold_the_whole_enum_and_survive_concat() -> None:
    # issue 18: categories were the values present, so two frames concatenated to object
    one = gt.Timeline(
        events=[gt.Event(id="a", name="A", kind="summit", when=gt.When.day(2030, 1, 2))]
    )
    two = gt.Timeline(events=[gt.Event(id="b", name="B", kind="vote", when=gt.When.year(2031))])
    both = pd.concat([one.to_frame(), two.to_frame()])
    for column, enum in (("kind", gt.EventKind), ("status", gt.EventStatus)):
        assert isinstance(both[column].dtype, pd.CategoricalDtype), column
        assert list(both[column].cat.categories) == [v.value for v in enum]
    assert list(gt.Timeline().to_frame("positions")["stance"].cat.categories) == [
        s.value for s in gt.Stance
    ]
    precision = both["precision"]
    assert precision.cat.ordered
    assert list(precision.cat.categories) == [
        "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"
    ]  # fmt: skip
    assert both[precision <= "month"]["id"].tolist() == ["a"]


def test_id_can_be_the_index() -> None:
    tl = sample_timeline()
    frame = tl.to_frame(index="id")
    assert frame.index.name == "id"
    assert frame.loc["b", "date"] == "August 2030"
    assert "id" not in frame.columns
    assert gt.to_frame(tl, "positions", index="actor").index.name == "actor"
    with pytest.raises(gt.OutputError, match=r"index must be one of the positions columns"):
        tl.to_frame("positions", index="id")
