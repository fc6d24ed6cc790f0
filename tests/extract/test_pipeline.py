"""The extraction pipeline: named components over a WorkDoc (spaCy's Language is the model)."""

from __future__ import annotations

import pickle
import re

import attrs
import pytest

import govtimeline as gt
from govtimeline.extract import Component, Extractor, WorkDoc
from govtimeline.extract.nlp import INSTALL_HINT, load_pipeline

TEXT = (
    "Norway signed the Harbour Accord on 3 May 2031. Chile declined to sign it.\n\n"
    "The Harbour Summit opened in Lisbon on 4 May 2031."
)
DOC = gt.Document(id="d", text=TEXT, published="2031-05-06")


def test_the_default_components_in_order() -> None:
    assert Extractor().component_names == (
        "sentences",
        "dates",
        "actors",
        "occasions",
        "parse",
        "entities",
        "acts",
        "act_mentions",
        "positions",
    )


def test_extract_gives_acts_mentions_and_positions() -> None:
    x = gt.extract(DOC)
    assert [(a.agents, a.act, a.negated) for a in x.acts] == [
        (("Norway",), "sign", False),
        (("Chile",), "sign", True),
    ]
    assert {(p.actor, p.stance.value, p.topic) for p in x.positions} == {
        ("Norway", "support", "Harbour Accord"),
        ("Chile", "oppose", "Harbour Accord"),
    }
    signing = [m for m in x.mentions if m.act == "sign"]
    assert [(m.agents, m.when) for m in signing] == [(("Norway",), gt.When.day(2031, 5, 3))]


def test_a_component_can_be_removed_replaced_and_added() -> None:
    base = Extractor()
    no_positions = base.without("positions")
    assert "positions" not in no_positions.component_names
    assert no_positions(DOC).positions == ()

    def only_support(work: WorkDoc, resources: object) -> WorkDoc:
        return attrs.evolve(
            work, positions=[p for p in work.positions if p.stance is gt.Stance.SUPPORT]
        )

    keep = Component(
        name="only_support", requires=("positions",), assigns=("positions",), run=only_support
    )
    added = base.with_component(keep, after="positions")
    assert added.component_names[-1] == "only_support"
    assert {p.actor for p in added(DOC).positions} == {"Norway"}

    def no_acts(work: WorkDoc, resources: object) -> WorkDoc:
        return work

    replaced = base.replacing(Component(name="acts", requires=(), assigns=("acts",), run=no_acts))
    assert replaced(DOC).acts == ()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda ex: ex.without("parse"), "requires parsed, which no component before it assigns"),
        (lambda ex: ex.without("nothing"), "no component 'nothing'"),
        (
            lambda ex: ex.with_component(
                Component(name="acts", requires=(), assigns=("acts",), run=lambda w, r: w)
            ),
            "component names must be unique",
        ),
        (
            lambda ex: ex.with_component(
                Component(name="x", requires=("actorz",), assigns=(), run=lambda w, r: w)
            ),
            re.escape("unknown WorkDoc fields ['actorz']"),
        ),
        (
            lambda ex: ex.with_component(
                Component(name="y", requires=(), assigns=(), run=lambda w, r: w), after="z"
            ),
            "no component 'z'",
        ),
    ],
)
def test_a_wrong_pipeline_is_refused_when_it_is_built(make: object, message: str) -> None:
    with pytest.raises(gt.PipelineError, match=message):
        make(Extractor())  # type: ignore[operator]


def test_a_failing_component_is_an_extraction_error_naming_the_document_and_component() -> None:
    def broken(work: WorkDoc, resources: object) -> WorkDoc:
        raise KeyError("boom")

    ex = Extractor().with_component(
        Component(name="broken", requires=(), assigns=(), run=broken), after="dates"
    )
    with pytest.raises(
        gt.ExtractionError, match=r"document 'd': component 'broken' failed: KeyError"
    ):
        ex(DOC)


def test_a_component_must_return_a_workdoc() -> None:
    ex = Extractor().with_component(
        Component(name="lost", requires=(), assigns=(), run=lambda w, r: None),  # type: ignore[arg-type,return-value]
    )
    with pytest.raises(gt.ExtractionError, match="returned NoneType, not a WorkDoc"):
        ex(DOC)


def test_extract_refuses_what_is_not_a_document() -> None:
    with pytest.raises(gt.ExtractionError, match="expected a Document, got str"):
        gt.extract("just text")  # type: ignore[arg-type]


def test_an_unknown_pipeline_says_what_to_install() -> None:
    with pytest.raises(gt.MissingPipelineError) as raised:
        load_pipeline("xx_no_such_pipeline")
    assert "xx_no_such_pipeline" in str(raised.value)
    assert INSTALL_HINT in str(raised.value)
    assert isinstance(raised.value, ImportError)


def test_an_extractor_can_be_given_a_pipeline_by_name() -> None:
    ex = Extractor(pipeline="xx_no_such_pipeline")
    with pytest.raises(gt.MissingPipelineError):
        ex(DOC)


def test_the_same_document_gives_the_same_extraction_and_it_pickles() -> None:
    first, second = gt.extract(DOC), gt.extract(DOC)
    assert first == second
    assert pickle.loads(pickle.dumps(first)) == first


def test_a_document_without_prose_gives_an_empty_extraction() -> None:
    x = gt.extract(gt.Document(id="e", text="", published="2031-05-06"))
    assert (x.acts, x.mentions, x.positions) == ((), (), ())
