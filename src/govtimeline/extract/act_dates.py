"""When an act a sentence states took place: the dating rules of positions.

In order: the nearest date before the cue in its clause, else the event the
sentence places the act at ("At the council debate, X said …"), else an
unresolved date phrase of the clause, else the speech a quotation belongs
to, else the topic event's date, else a date after the cue, else the date
the story has reached (to the month), else the month of publication of a
document dated to the day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from govtimeline.extract.cues import REACH, Cue
from govtimeline.extract.objects import PARTICIPLE, RELATIVE_CLAUSE
from govtimeline.extract.sentences import Sentence
from govtimeline.model import AnchorKind, Mention, TimeExpression, TimexType
from govtimeline.model.when import Precision, When

__all__ = ["Dating", "act_date", "narrative_month", "usable", "venue_of"]

_VENUE = re.compile(
    r"\b(?:at|during|in|on\s+the\s+sidelines\s+of|speaking\s+(?:at|to)|addressing)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def venue_of(s: Sentence, mentions: Sequence[Mention], at: int) -> Mention | None:
    """The event a sentence places its act at: "At the council debate, …". An event in a
    relative clause the act is outside of ("India, which blocked it at a council meeting,
    endorsed …") is that clause's venue, not the act's."""
    asides = [
        (s.start + r.start(), s.start + r.end())
        for r in RELATIVE_CLAUSE.finditer(s.text, 0, max(0, at - s.start))
    ]
    for m in mentions:
        if m.evidence.start >= at:
            break
        lead = m.evidence.start - s.start
        if any(a <= m.evidence.start < b for a, b in asides):
            continue
        if _VENUE.search(s.text, max(0, lead - 30), lead):
            return m
    return None


_SUBORDINATE = re.compile(r"\b(?:which|who|whose|where)\b|\b" + PARTICIPLE)


def usable(d: TimeExpression) -> bool:
    """A calendar date that does not hang on another event."""
    return d.timex_type is TimexType.DATE and d.anchor_kind is not AnchorKind.EVENT


@attrs.frozen
class Dating:
    """An act's date, its unresolved phrase, and the event it is linked to."""

    when: When | None
    text: str | None
    event: Mention | None


def narrative_month(when: When) -> When:
    """A date carried over from an earlier sentence, to the month at the finest."""
    if when.days <= 31 and when.earliest.month == when.latest.month:
        return When.month(when.earliest.year, when.earliest.month)
    return when


def act_date(
    s: Sentence,
    cue: Cue,
    dates: Sequence[TimeExpression],
    venue: Mention | None,
    topic: Mention | None,
    published: When | None,
    narrative: When | None,
    scene: Dating | None = None,
) -> Dating:
    """The date of the act stated at ``cue`` (the rules of the module docstring)."""
    at = s.start + cue.start
    window = max(0, cue.start - REACH)
    clause_start = s.start + max(s.text.rfind(";", window, cue.start), window)
    aside = [
        (s.start + m.start(), s.start + m.end())
        for m in RELATIVE_CLAUSE.finditer(s.text, clause_start - s.start, cue.start)
    ]
    before = [
        d
        for d in dates
        if usable(d)
        and clause_start <= d.start
        and d.end <= at
        and not any(a <= d.start < b for a, b in aside)  # "India, which … in 2027, endorsed"
    ]
    phrase = before[-1].text if before else None  # resolved or not, the clause's own date
    if before and before[-1].when is not None:
        return Dating(before[-1].when, None, topic)
    if venue is not None:  # the act took place at the event: its date, now or once resolved
        return Dating(venue.when, None if venue.when else venue.date_text or phrase, venue)
    if phrase is not None:
        return Dating(None, phrase, topic)
    if scene is not None and (scene.when or scene.text or scene.event):
        return scene  # words quoted from a speech date to the speech
    if topic is not None and topic.when is not None:
        return Dating(topic.when, None, topic)
    after = [
        d
        for d in dates
        if usable(d)
        and d.start >= at
        # "endorsed the deal struck at the summit on 16 June": the date is the deal's
        and not _SUBORDINATE.search(s.text, cue.end, d.start - s.start)
    ]
    if after:
        d = after[0]
        return Dating(d.when, d.text if d.when is None else None, topic)
    if narrative is not None:
        return Dating(narrative, None, topic)
    if published is not None and published.precision is Precision.DAY:
        # the report bounds the act, it does not date it to its own day
        return Dating(narrative_month(published), None, topic)
    return Dating(None, None, topic)
