"""Which sentences a merged position shows as evidence (issue 18).

The report gave the headline "United States signs Council of Europe treaty on AI" as the
evidence of the US support before its change, while the body said the same in a sentence.
"""

from __future__ import annotations

import govtimeline as gt
from govtimeline.reconstruct.positions import prefer_body_evidence

TITLE = "Ruritania signs the Harbour Accord"
BODY = "Ruritania said it supported the accord as a model for the region."
TEXT = f"{TITLE}\n\n{BODY}"


def _position(quote: str, start: int, document: str = "d") -> gt.Position:
    evidence = gt.Evidence(document=document, start=start, end=start + len(quote), quote=quote)
    return gt.Position(
        actor="Ruritania",
        topic="Harbour Accord",
        stance="support",
        when=gt.When.month(2030, 9),
        evidence=[evidence],
    )


def _reconstruct(*positions: gt.Position) -> gt.Timeline:
    doc = gt.Document(id="d", text=TEXT, title=TITLE, published="2030-09-06")
    return gt.reconstruct([gt.Extraction(document=doc, positions=positions)])


def test_the_body_sentence_stands_for_the_headline() -> None:
    tl = _reconstruct(_position(TITLE, 0), _position(BODY, len(TITLE) + 2))
    (position,) = tl.positions
    assert [e.quote for e in position.evidence] == [BODY]


def test_a_headline_alone_is_still_evidence() -> None:
    (position,) = _reconstruct(_position(TITLE, 0)).positions
    assert [e.quote for e in position.evidence] == [TITLE]


def test_a_headline_is_matched_whatever_its_case_spacing_and_markdown() -> None:
    head, body = _position(f"#  {TITLE.upper()}", 0), _position(BODY, 40)
    merged = gt.Position(
        actor="Ruritania",
        topic="Harbour Accord",
        stance="support",
        evidence=[*head.evidence, *body.evidence],
    )
    (kept,) = prefer_body_evidence([merged], {"d": TITLE})
    assert [e.quote for e in kept.evidence] == [BODY]
    # another document's body does not make this document's headline redundant
    other = gt.Position(
        actor="Ruritania",
        topic="Harbour Accord",
        stance="support",
        evidence=[*head.evidence, *_position(BODY, 0, document="e").evidence],
    )
    (both,) = prefer_body_evidence([other], {"d": TITLE})
    assert len(both.evidence) == 2
