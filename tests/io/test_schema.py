"""The shipped JSON Schema matches the model and accepts every timeline we write."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import given, settings

import govtimeline as gt
from govtimeline.io.schema import json_schema, shipped_schema
from govtimeline.testing import timelines

REGENERATE = (
    "the model changed: regenerate with "
    "`python -m govtimeline.io.schema > src/govtimeline/data/timeline.schema.json`"
)


def test_shipped_schema_is_current() -> None:
    assert shipped_schema() == json_schema(), REGENERATE


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(shipped_schema())


@settings(max_examples=100, deadline=None)
@given(timelines())
def test_every_written_timeline_validates(tl: gt.Timeline) -> None:
    jsonschema.Draft202012Validator(shipped_schema()).validate(json.loads(tl.to_json()))


def test_schema_rejects_an_unknown_precision() -> None:
    data = json.loads(
        gt.Timeline(
            events=[gt.Event(id="e", name="E", kind="vote", when=gt.When.year(2020))]
        ).to_json()
    )
    data["events"][0]["when"]["precision"] = "fortnight"
    validator = jsonschema.Draft202012Validator(shipped_schema())
    assert not validator.is_valid(data)
