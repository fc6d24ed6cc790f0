"""What a mention's sentence says about it: its date, organising body and place.

Used by :mod:`.events` once a mention's name span is known:

* **date** — a date inside the name dates it ("the 2025 summit"); else the
  nearest date of its clause (";" ends one), a date before it counting double
  the distance, skipping a date that belongs to another name ("the Bletchley
  Declaration in 2023 and a UN resolution in 2024"), vague ones ("the
  future"), deadlines ("by the end of 2024") and event-relative ones that
  belong to a nearer mention;
* **body** — an organisation named inside it, else one just before it; an owner
  described, not named ("the trade body's first conference"), is the organisation the
  text named last (:func:`named_owner`);
* **place** — one named inside it ("the Paris summit"), else "in/at <place>"
  shortly after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.sentences import Sentence
from govtimeline.model import ActorKind, AnchorKind, EventKind, TimeExpression, TimexType

RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")
"""A relative clause between commas ("India, which blocked it in 2027, endorsed …")."""

__all__ = ["NameSpan", "body_of", "location_of", "named_owner", "nearest_date"]


@attrs.frozen
class NameSpan:
    """The span of an event's name in a text, with its kind."""

    start: int
    end: int
    kind: EventKind
    name: str
    act: bool = False
    """Already the act of creating it ("creation of the X"), not a name to wrap."""


# What may stand between a name and the date that is its own: "the Bletchley Declaration in
# 2023", "the initiative launched in 2023", "the summit, held on 4 May".
_ATTACHED = re.compile(
    r"[\s,]*(?:(?:which|that)\s+(?:was|were)\s+)?(?:[a-z]+ed\s+)?"
    r"(?:in|on|of|from|since|during|at|by)?\s*(?:the\s+)?"
)


def _owned_by_other(
    sentence: Sentence, d: TimeExpression, span: NameSpan, others: Sequence[NameSpan]
) -> bool:
    """Whether a date written before ``span`` directly follows another mention.

    In "the Bletchley Declaration in 2023 and a UN resolution in 2024" the
    year 2023 is the declaration's; the resolution looks ahead to 2024. A ";"
    between them ends the other mention's clause: the date opens a new one.
    """
    return d.end <= span.start and any(
        o is not span
        and o.end <= d.start
        and _ATTACHED.fullmatch(sentence.text[o.end - sentence.start : d.start - sentence.start])
        for o in others
    )


# "finish by the end of 2024", "until 2030": a deadline is not when the event happened
_DEADLINE = re.compile(r"\b(?:by|until|till|through|no later than)\s+$", re.IGNORECASE)


def _gap(span: NameSpan, d: TimeExpression) -> int:
    """Characters between a mention and a date expression."""
    return max(d.start - span.end, span.start - d.end, 0)


def _same_clause(sentence: Sentence, span: NameSpan, d: TimeExpression) -> bool:
    """Whether no ";" stands between a mention and a date of its sentence."""
    low, high = sorted((span.start, d.start))
    return ";" not in sentence.text[low - sentence.start : high - sentence.start]


_VAGUE_SPAN = re.compile(
    r"(?:the\s+)?(?:past|last|next|coming|previous|recent)\s+(?:few\s+|two\s+|three\s+|several\s+)?"
    r"(?:decades?|centur(?:y|ies)|years)\b",
    re.IGNORECASE,
)


def _aside(sentence: Sentence, d: TimeExpression, span: NameSpan) -> bool:
    """Whether ``d`` sits in a relative clause about something else ("Chile, which blocked
    it in 2027, endorsed the protocol"): the date is the clause's, not the name's. A clause
    right after the name is about the name ("the HCO, which was founded in 2030")."""
    for m in RELATIVE_CLAUSE.finditer(sentence.text):
        a, b = sentence.start + m.start(), sentence.start + m.end()
        about_span = a <= span.start < b or 0 <= a - span.end <= _ABOUT_GAP
        if a <= d.start < b and not about_span:
            return True
    return False


_ABOUT_GAP = 12  # "the Harbour Cooperation Organisation (HCO), which …"


def nearest_date(
    sentence: Sentence,
    span: NameSpan,
    dates: Sequence[TimeExpression],
    others: Sequence[NameSpan] = (),
) -> TimeExpression | None:
    # "two days before the summit": the summit is the reference, dated elsewhere if at all
    if any(d.anchor_kind is AnchorKind.EVENT and d.start <= span.start < d.end for d in dates):
        return None
    # a date inside the name dates it ("the 2025 summit"); "the Future" in a title does not
    inside = [
        d for d in dates if span.start <= d.start and d.end <= span.end and d.when is not None
    ]
    if inside:
        return inside[0]
    candidates = [
        d
        for d in dates
        if d.timex_type is TimexType.DATE
        and not (d.timex_value or "").endswith("_REF")  # "the future", "recently": no date
        and not _owned_by_other(sentence, d, span, others)
        and not _DEADLINE.search(sentence.text, 0, d.start - sentence.start)
        and not _aside(sentence, d, span)
        and not _VAGUE_SPAN.match(d.text)  # "over the past decade" dates no event
    ]
    # "X came a day after Y": a relative date belongs to the one mention nearest it
    candidates = [
        d
        for d in candidates
        if d.anchor_kind is not AnchorKind.EVENT
        or min([*others, span], key=lambda o: _gap(o, d)) is span
    ]
    clause = [d for d in candidates if _same_clause(sentence, span, d)]
    candidates = clause or candidates
    if not candidates:
        return None

    def distance(d: TimeExpression) -> int:
        return d.start - span.end if d.start >= span.end else 2 * (span.start - d.end)

    return min(candidates, key=distance)


def body_of(span: NameSpan, actors: Sequence[ActorMention]) -> str | None:
    inside = [a for a in actors if span.start <= a.start and a.end <= span.end]
    orgs = [a for a in inside if a.actor.kind is ActorKind.ORGANISATION] or inside
    if orgs:
        return orgs[0].actor.name
    near = [
        a
        for a in actors
        if a.actor.kind is ActorKind.ORGANISATION and 0 <= span.start - a.end <= 40
    ]
    return near[-1].actor.name if near else None


_DESCRIBED_OWNER = re.compile(r"([a-z][\w-]*)['’]s\s+(?=\S)")


def named_owner(
    span: NameSpan, organisations: Sequence[ActorMention], heads: frozenset[str]
) -> NameSpan:
    """The span with an owner that a common noun describes ("body's first ministerial
    conference", "the bloc's summit") named by the last organisation named before it
    ("World Trade Organization's first ministerial conference"); as it is otherwise.

    ``organisations`` are the document's organisation mentions in text order; ``heads``
    the nouns that describe one ("body", "bloc", "alliance").
    """
    m = _DESCRIBED_OWNER.match(span.name)
    if m is None or m.group(1) not in heads:
        return span
    before = [a for a in organisations if a.end <= span.start]
    if not before:
        return span
    name = before[-1].actor.name
    owner = f"{name}'" if name.endswith("s") else f"{name}'s"
    return attrs.evolve(span, name=f"{owner} {span.name[m.end() :]}")


_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?)")
_PLACE_REACH = 80  # "the summit, held on 4 May in Lisbon": how far after a name its place may be


_PLACE_BEFORE = re.compile(
    r"\b(?:in|at)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?)[^.,;:()]{0,30}?\s+for\s+$"
)
"""A place the name follows through "for" ("leaders will meet in Seoul next week for the
second summit")."""


def location_of(s: Sentence, gazetteer: Gazetteer, span: NameSpan) -> str | None:
    """A place in the name ("the Paris summit"), "in/at <place>" shortly after it, or
    "in <place> … for" right before it ("will meet in Seoul next week for the summit")."""
    for place in gazetteer.places_by_length:
        if place in span.name:
            return place
    start = span.start - s.start
    lead = s.text[max(0, start - _PLACE_REACH) : start]
    article = re.search(r"(?:the|a|an)\s+$", lead)
    before = _PLACE_BEFORE.search(lead[: article.start()] if article else lead)
    if before is not None:
        two = before.group(1)
        for candidate in (two, two.split()[0]):
            if candidate in gazetteer.places:
                return candidate
    end = span.end - s.start
    for m in _PLACE_AFTER.finditer(s.text, end, end + _PLACE_REACH):
        two = m.group(1)
        for candidate in (two, two.split()[0]):
            if candidate in gazetteer.places:
                return candidate
    return None
