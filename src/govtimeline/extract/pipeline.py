"""The per-document pipeline behind ``gt.extract``.

Stages, each a pure function over the previous stages' output:

1. ``sentences`` — :func:`.sentences.split_sentences`, then
   :func:`.layout.prose` to leave out headlines, bylines and link blocks
2. ``dates`` — :func:`govtimeline.dates.find_dates` against the publication date
   (at whatever precision it is known; an undated text against its own dates)
3. ``actors`` — :meth:`.gazetteer.Gazetteer.find`, then quoted people it does
   not know, :func:`.speakers.find_speakers` (needs 1)
4. ``mentions`` — :func:`.events.find_mentions` (needs 1–3)
5. ``positions`` — :func:`.positions.find_positions` (needs 1–4)
"""

from __future__ import annotations

from datetime import date

from govtimeline.dates import find_dates
from govtimeline.errors import DateParseError, ExtractionError
from govtimeline.extract.events import find_mentions
from govtimeline.extract.gazetteer import Gazetteer, default_gazetteer
from govtimeline.extract.layout import prose
from govtimeline.extract.positions import find_positions
from govtimeline.extract.sentences import split_sentences
from govtimeline.extract.speakers import find_speakers
from govtimeline.model import Actor, Document, Extraction

__all__ = ["extract"]


def _anchor(doc: Document) -> date | None:
    if doc.published is not None and doc.published.days == 1:
        return doc.published.earliest
    return None


def extract(doc: Document, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """Everything one document says: dates, event mentions, actors and positions.

    Pure: the same document gives the same Extraction. Raises
    :class:`ExtractionError` naming the document if its language has no lexicon.
    """
    if not isinstance(doc, Document):
        raise ExtractionError(f"expected a Document, got {type(doc).__name__}", document="?")
    gaz = gazetteer or default_gazetteer()
    anchor = _anchor(doc)
    try:
        # a publication date of any precision anchors what it can; an undated text is
        # anchored on the dates it states (find_dates keeps only what every reading agrees on)
        dates = find_dates(
            doc.text, anchor=doc.published, lang=doc.lang, infer_anchor=doc.published is None
        )
    except DateParseError as exc:
        raise ExtractionError(str(exc), document=doc.id) from None
    sentences = prose(doc.text, split_sentences(doc.text))
    actor_mentions = gaz.find(doc.text)
    speakers = find_speakers(doc.text, sentences, actor_mentions, gaz)
    if speakers:
        actor_mentions = sorted([*actor_mentions, *speakers], key=lambda a: a.start)
    mentions = find_mentions(doc.id, sentences, dates, actor_mentions, gaz, anchor)
    positions = find_positions(
        doc.id, sentences, dates, actor_mentions, mentions, gaz, doc.published, doc.text
    )
    actors: dict[str, Actor] = {}
    for a in actor_mentions:
        actors.setdefault(a.actor.name, a.actor)
    return Extraction(
        document=doc,
        dates=dates,
        mentions=mentions,
        actors=[actors[name] for name in sorted(actors)],
        positions=positions,
    )
