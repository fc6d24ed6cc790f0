"""Quotations: who is speaking in a run of quoted sentences, and when they spoke.

News quotes a person over several sentences: "Speaking at the meeting on
Wednesday, Doe said …", then "“…,” Doe said.", then a sentence that is all
quotation, or "“…,” she added." The later sentences name no speaker and no
date; they belong to the speech the first one opened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from govtimeline.extract.act_dates import Dating, act_date, venue_of
from govtimeline.extract.cues import Cue
from govtimeline.extract.gazetteer import ActorMention
from govtimeline.extract.sentences import Sentence
from govtimeline.model import ActorKind, Mention, Stance, TimeExpression

__all__ = ["SAID", "Speech", "person_at", "quoted_by", "speech_after"]

SAID = re.compile(r"\b(?:said|says|told|argued|stated|warned|added|declared|remarked)\b")
"""A speech verb."""


@attrs.frozen
class Speech:
    """Who is speaking in the current run of quotations, and when and where they spoke."""

    speaker: ActorMention
    dating: Dating


_QUOTE_OPEN = re.compile(r"^\W{0,3}[\"“]")
_PRONOUN_SAID = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|added|continued|told|argued|warned|stated)\b"
    r"|\b(?:said|added|continued)\s+(?:he|she)\b",
    re.IGNORECASE,
)


def person_at(actors: Sequence[ActorMention], verb: int) -> ActorMention | None:
    """The person next to a speech verb starting at ``verb`` ("Doe said", "said Doe")."""
    people = [a for a in actors if a.actor.kind is ActorKind.PERSON and abs(a.end - verb) <= 60]
    return people[-1] if people else None


def _attributed(s: Sentence, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The person a sentence quotes: the last person next to a speech verb."""
    for said in reversed(list(SAID.finditer(s.text))):
        person = person_at(actors, s.start + said.start())
        if person is not None:
            return person
    return None


def speech_after(
    s: Sentence,
    actors: Sequence[ActorMention],
    dates: Sequence[TimeExpression],
    mentions: Sequence[Mention],
    speech: Speech | None,
) -> Speech | None:
    """The speech a sentence continues or opens, for the sentences after it.

    A sentence quoting a person opens a speech, dated by its own date or venue
    ("Speaking at the meeting on Wednesday, Doe said …"), else by the speech of
    the same person it continues. A quotation that names nobody ("“…”" or
    "“…,” she added") continues the open speech. Anything else ends it.
    """
    person = _attributed(s, actors)
    if person is None:
        return quoted_by(s, speech)
    said = SAID.search(s.text)
    at = said.start() if said else 0
    cue = Cue(at, at, "said", Stance.SUPPORT)
    venue = venue_of(s, mentions, s.start + at)
    own = act_date(s, cue, dates, venue, None, None, None)
    if own.when is None and own.text is None and own.event is None:
        same = speech is not None and speech.speaker.actor.name == person.actor.name
        if same and speech is not None:
            return Speech(person, speech.dating)
    return Speech(person, own)


def quoted_by(s: Sentence, speech: Speech | None) -> Speech | None:
    """The speech a sentence's quotation belongs to when the sentence names no speaker."""
    if speech is None:
        return None
    if _QUOTE_OPEN.match(s.text) and not SAID.search(s.text):
        return speech
    return speech if _PRONOUN_SAID.search(s.text) else None
