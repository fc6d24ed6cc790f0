"""Tests for govtimeline.errors: the tree, pickling, and the check behind every on_error."""

from __future__ import annotations

import pickle

import pytest

import govtimeline as gt
from govtimeline.errors import one_of


class _Custom(gt.GovTimelineError):
    """A user's error whose constructor takes other arguments than the message."""

    def __init__(self, count: int, *, where: str) -> None:
        super().__init__(f"{count} things at {where}")
        self.count = count
        self.where = where


def _errors() -> list[gt.GovTimelineError]:
    doc = gt.Document(id="a", text="Leaders met on 3 May 2030.")
    bad = gt.InputError("not UTF-8", source="b.txt")
    return [
        gt.SchemaError("required field missing", path="$.events[0].name"),
        bad,
        gt.ModelError("earliest after latest"),
        gt.DateParseError("published: 'NaN' is not a date"),
        gt.ExtractionError("ValueError: boom", document="a"),
        gt.OutputError("cannot save a chart as 'gif'"),
        gt.ArgumentError("expected 'raise' or 'skip', got 'rasie'", argument="read(on_error)"),
        # these two could not be unpickled (their constructors take other arguments), so
        # a Dask client or a process pool got a bare Exception instead
        gt.MissingExtraError("govtimeline.dask", "dask"),
        gt.ReadError([bad], [doc], source="folder"),
        gt.ReconstructError([gt.ExtractionError("boom", document="b")], gt.reconstruct([doc])),
        _Custom(3, where="here"),
    ]


@pytest.mark.parametrize("error", _errors(), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickling_with_its_attributes(error: gt.GovTimelineError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert {k: str(v) for k, v in vars(copy).items()} == {k: str(v) for k, v in vars(error).items()}


def test_pickled_batch_errors_keep_what_they_carry() -> None:
    (read_error,) = [e for e in _errors() if isinstance(e, gt.ReadError)]
    copy = pickle.loads(pickle.dumps(read_error))
    assert [d.id for d in copy.documents] == ["a"]
    assert [f.source for f in copy.failures] == ["b.txt"]
    missing = pickle.loads(pickle.dumps(gt.MissingExtraError("govtimeline.dask", "dask")))
    assert missing.extra == "dask"
    assert missing.msg == str(missing)  # ImportError's own field, as raise would set it


def test_an_error_pickled_by_the_previous_version_still_loads() -> None:
    from govtimeline.errors import _rebuild

    old = _rebuild(gt.InputError, "not UTF-8", {"source": "b.txt"})
    assert str(old) == "b.txt: not UTF-8"


@pytest.mark.parametrize("builtin", [TypeError, ValueError])
def test_argument_errors_are_what_python_raises_for_misuse(builtin: type[Exception]) -> None:
    with pytest.raises(builtin, match=r"^x\(y\): expected"):
        raise gt.ArgumentError("expected a str", argument="x(y)")


@pytest.mark.parametrize("value", ["rasie", "Raise", "", None, 1, ["raise"]])
def test_one_of_rejects_anything_but_the_choices(value: object) -> None:
    with pytest.raises(gt.ArgumentError, match=r"^f\(on_error\): expected 'raise' or 'skip'"):
        one_of("f(on_error)", value, ("raise", "skip"))
    assert one_of("f(on_error)", "skip", ("raise", "skip")) == "skip"
