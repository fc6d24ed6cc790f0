"""The act reader never crashes, stays inside its sentence and is deterministic, whatever
governance text it is given (sentences built from the lexicons' own words)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.extract.frames import default_frames

_FRAMES = default_frames()
_ENTRIES = (*_FRAMES.verbs, *_FRAMES.controllers, *_FRAMES.nominals)
# the lexicon's own example sentences, cut into clauses and words to recombine
_PIECES = sorted(
    {
        piece
        for entry in _ENTRIES
        for text in (*(e.text for e in entry.examples), *entry.counterexamples)
        for piece in (*text.rstrip(".").split(", "), *text.rstrip(".").split(" "))
        if piece
    }
)
_AGENTS = ["Norway", "Chile", "the European Union", "the Harbour Council", "its minister", "they"]
_OBJECTS = [
    "the Harbour Accord",
    "the plan",
    "it",
    "a ban on trawling",
    "the resolution on ocean noise",
    "the summit",
    "NATO membership",
]
_GLUE = [
    "did not",
    "declined to",
    "plans to",
    "on 3 May 2031",
    "last week",
    "in 2030",
    "and",
    ",",
    "said",
    "that",
    "“",
    "”",
    "which",
    "after",
    "rather than",
    "on behalf of",
    "(",
    ")",
]
_WORDS = st.sampled_from(_PIECES + _AGENTS + _OBJECTS + _GLUE)
_SENTENCES = st.lists(_WORDS, min_size=1, max_size=18).map(lambda ws: " ".join(ws) + ".")
_TEXTS = st.lists(_SENTENCES, min_size=1, max_size=4).map(" ".join)


def _check(doc: gt.Document) -> gt.Extraction:
    x = gt.extract(doc)
    for act in x.acts:
        ev = act.evidence
        assert ev.document == doc.id
        assert 0 <= ev.start <= ev.end <= len(doc.text)
        assert ev.quote in doc.text
        assert all(agent.strip() for agent in act.agents)
        assert act.object is None or act.object.key == act.object.key.strip()
        if act.until is not None and act.when is not None:
            assert act.when.earliest <= act.until.latest
    for m in x.mentions:
        assert 0 <= m.evidence.start <= m.evidence.end <= len(doc.text)
    assert gt.extract(doc) == x  # the same document, the same extraction
    return x


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_governance_word_salad_reads_without_crashing(text: str) -> None:
    _check(gt.Document(id="salad", text=text, published="2031-05-06"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300))
def test_any_text_reads_without_crashing(text: str) -> None:
    _check(gt.Document(id="any", text=text))
