"""From clusters of mentions to canonical events, with relative dates resolved.

Relative statements ("the day before the launch", "three days after the
action plan") are edges of a small temporal network between clusters. The
network is propagated to a fixed point: each round chooses every event's date
from its claims, then derives the dates its relative statements imply. It
stops when nothing changes, or after twice as many rounds as there are edges
(a cycle or contradiction is then logged, never looped on). Constraints work
both ways: when only the relative side is dated ("the remarks came a day
after the speech", the remarks dated by another source), the reference gets
the date the offset implies, unless a source states one for it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache

import attrs

from govtimeline.errors import InputError
from govtimeline.lang import EVENTS, load_lexicon
from govtimeline.model import Conflict, Event, EventKind, EventStatus, Evidence, Mention
from govtimeline.model.offsets import apply_offset
from govtimeline.model.when import Precision, When
from govtimeline.reconstruct.catalogue import CatalogueEntry, catalogue_claim
from govtimeline.reconstruct.coref import CoreferenceRules, name_tokens
from govtimeline.reconstruct.dating import DateChoice, DateClaim, choose_date, names_year
from govtimeline.reconstruct.places import PlaceChoice, choose_location

__all__ = ["BuiltEvents", "build_events", "kind_words", "kinds_named", "topic_name"]

log = logging.getLogger(__name__)

_WORD = re.compile(r"[A-Za-z]+")
_SLUG = re.compile(r"[^a-z0-9]+")


@attrs.frozen
class _Cluster:
    mentions: tuple[Mention, ...]
    tokens: frozenset[str]
    documents: frozenset[str]
    kind: EventKind


@attrs.frozen
class _Where:
    """Where a cluster is mentioned, for relative phrases to find it without scanning it."""

    dated: bool
    """Whether some mention states a date."""
    starts: dict[str, list[int]]
    """Offsets of its mentions, by document."""


def _where(c: _Cluster) -> _Where:
    starts: dict[str, list[int]] = defaultdict(list)
    for m in c.mentions:
        starts[m.evidence.document].append(m.evidence.start)
    return _Where(any(m.when is not None for m in c.mentions), dict(starts))


def _kind(mentions: Sequence[Mention], rules: CoreferenceRules) -> EventKind:
    """The most frequent kind among the mentions that name the event, else among all.

    "The declaration" said twice does not outvote "the Harbour Summit" once.
    """
    naming = {name for name in {m.name for m in mentions} if name_tokens(name, rules)}
    named = [m for m in mentions if m.name in naming] or list(mentions)
    counts = Counter(m.kind for m in named if m.kind is not EventKind.OTHER)
    if not counts:
        return EventKind.OTHER
    order = list(EventKind)
    return min(counts, key=lambda k: (-counts[k], order.index(k)))


@cache
def kind_words() -> dict[str, EventKind]:
    """The words that name a kind (``named_by`` in ``data/events.json``), each with its kind."""
    source = "govtimeline/data/events.json"
    words: dict[str, EventKind] = {}
    for kind, spec in load_lexicon("events.json", EVENTS)["kinds"].items():
        for word in spec.get("named_by", []):
            if word in words:
                raise InputError(
                    f"kinds.{kind}.named_by: {word!r} already names {words[word].value}",
                    source=source,
                )
            words[word] = EventKind(kind)
    return words


def kinds_named(phrase: str) -> set[EventKind]:
    """The event kinds a phrase's nouns name ("the launch" → launch and founding)."""
    named = kind_words()
    kinds = {named[w.lower()] for w in _WORD.findall(phrase) if w.lower() in named}
    if EventKind.LAUNCH in kinds:  # what is launched is often recorded as its founding
        kinds.add(EventKind.FOUNDING)
    return kinds


def _cluster(mentions: Sequence[Mention], rules: CoreferenceRules) -> _Cluster:
    # a much-reported event repeats a few phrasings: each is read once
    phrases = {m.name for m in mentions} | {m.location for m in mentions if m.location}
    return _Cluster(
        tuple(mentions),
        frozenset().union(*(name_tokens(phrase, rules) for phrase in phrases)),
        frozenset(m.evidence.document for m in mentions),
        _kind(mentions, rules),
    )


def _target(
    mention: Mention,
    own: int,
    clusters: Sequence[_Cluster],
    rules: CoreferenceRules,
    by_token: dict[str, list[int]],
    by_doc: dict[str, list[int]],
    where: dict[int, _Where],
) -> int | None:
    """The cluster a relative phrase ("the launch", "Paris") refers to, if unambiguous."""
    phrase = mention.relative_to or ""
    tokens = name_tokens(phrase, rules)
    kinds = kinds_named(phrase)
    doc = mention.evidence.document
    candidates = set(by_doc.get(doc, ())) | {i for t in tokens for i in by_token.get(t, ())}
    scored: list[tuple[float, int, int]] = []
    for i in candidates:
        if i == own:
            continue
        c = clusters[i]
        shared = len(tokens & c.tokens)
        kind_match = c.kind in kinds
        same_doc = doc in c.documents
        if not shared and not (kind_match and same_doc):
            continue
        if i not in where:
            where[i] = _where(c)
        dated = where[i].dated
        here = where[i].starts.get(doc, ())
        distance = min((abs(p - mention.evidence.start) for p in here), default=10**9)
        scored.append((2.0 * shared + kind_match + 0.5 * same_doc + 0.25 * dated, -distance, i))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
    if len(scored) > 1 and scored[0][:2] == scored[1][:2]:
        return None
    return scored[0][2]


def _stated_claims(c: _Cluster) -> list[DateClaim]:
    return [
        DateClaim(
            when=m.when,
            until=m.until,
            evidence=m.evidence,
            how="stated",
            planned=m.status is EventStatus.PLANNED,
            year_stated=m.date_text is not None and names_year(m.date_text),
        )
        for m in c.mentions
        if m.when is not None and not m.relative_offset
    ]


def _weekday_constraints(c: _Cluster, rules: CoreferenceRules) -> list[tuple[int, Evidence]]:
    out = []
    for m in c.mentions:
        if m.when is None and m.date_text:
            words = {w.lower() for w in _WORD.findall(m.date_text)}
            for day, name in enumerate(rules.weekdays):
                if name in words:
                    out.append((day, m.evidence))
    return out


def _negated(offset: str) -> str:
    """The opposite of a signed ISO 8601 duration ("-P1D" for "P1D")."""
    return offset[1:] if offset.startswith("-") else "-" + offset


def _resolve(
    clusters: Sequence[_Cluster],
    rules: CoreferenceRules,
    known: Sequence[DateClaim | None] = (),
    sources: Mapping[str, str] | None = None,
) -> list[tuple[DateChoice, list[DateClaim]]]:
    by_token: dict[str, list[int]] = defaultdict(list)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        for t in c.tokens:
            by_token[t].append(i)
        for d in c.documents:
            by_doc[d].append(i)
    where: dict[int, _Where] = {}  # for the clusters relative phrases may refer to
    edges = []
    for i, c in enumerate(clusters):
        for m in c.mentions:
            if m.relative_offset and m.relative_to:
                j = _target(m, i, clusters, rules, by_token, by_doc, where)
                if j is not None:
                    edges.append((i, j, m))
    stated = [_stated_claims(c) for c in clusters]
    for i, claim in enumerate(known):
        if claim is not None:
            stated[i].append(claim)
    weekdays = [_weekday_constraints(c, rules) for c in clusters]
    derived: dict[int, list[DateClaim]] = defaultdict(list)
    choices = [choose_date(stated[i], weekdays[i], sources) for i in range(len(clusters))]
    for _ in range(2 * len(edges) + 1):
        new: dict[int, list[DateClaim]] = defaultdict(list)
        for i, j, m in edges:
            if not m.relative_offset:
                continue
            base, dated = choices[j].when, choices[i].when
            if base is not None:
                moved = apply_offset(base, m.relative_offset)
                if moved is not None:
                    new[i].append(DateClaim(when=moved, evidence=m.evidence, how="relative"))
            elif dated is not None and not stated[j]:
                # "the remarks came a day after the speech" dates the speech by the remarks too
                back = apply_offset(dated, _negated(m.relative_offset))
                if back is not None:
                    new[j].append(DateClaim(when=back, evidence=m.evidence, how="relative"))
        if new == derived:
            break
        # only the events whose derived claims changed can change their date
        changed = sorted(i for i in new.keys() | derived.keys() if new.get(i) != derived.get(i))
        derived = new
        for i in changed:
            choices[i] = choose_date(stated[i] + derived.get(i, []), weekdays[i], sources)
    else:
        log.warning(
            "relative dates did not settle after %d rounds: a cycle of relative statements",
            2 * len(edges) + 1,
        )
    return [(choices[i], stated[i] + derived.get(i, [])) for i in range(len(clusters))]


def _placeable(c: _Cluster) -> bool:
    """Whether an undated cluster still belongs on a timeline.

    It does when some source ties it to a date it could not resolve ("on
    Tuesday" with no anchor, "the day after the vote") or when it is planned:
    a reader can then place it, or knows it is to come. A name mentioned in
    passing ("under the Geneva Conventions") with no date anywhere is a
    reference, not a timeline entry.
    """
    return any(m.date_text or m.relative_to or m.status is EventStatus.PLANNED for m in c.mentions)


def _name_score(name: str) -> tuple[int, int, str]:
    words = name.split()
    capitals = sum(1 for w in words[1:] if w[:1].isupper()) + (
        1 if words and words[0][:1].isupper() and words[0].lower() != "the" else 0
    )
    return (capitals, len(words), name)


_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
)


def _bare_name(name: str) -> str:
    """A name without its opening determiner: "its first resolution" → "first resolution"."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def topic_name(event: Event) -> str:
    """What a position on ``event`` is about, by name: the instrument's own name when
    the event joins acts on it ("Bletchley Declaration", not "European Union signs
    Bletchley Declaration"), else the event's name."""
    own = {m.name for m in event.mentions if m.act is None}
    best = max(own, key=_name_score, default=None)
    if best is None or _name_score(best)[0] < 1:
        return event.name
    name = _bare_name(best)
    return name[:1].upper() + name[1:]


def _canonical_name(c: _Cluster, rules: CoreferenceRules) -> str:
    """The most name-like phrasing; a generic one is prefixed by the body that held it.

    "The Paris AI Action Summit" → "Paris AI Action Summit"; "its first
    resolution on AI" by the General Assembly → "UN General Assembly first
    resolution on AI"; with no usable phrasing, body + kind + topic + place.
    """
    bodies = Counter(m.body for m in c.mentions if m.body)
    body = min(bodies, key=lambda b: (-bodies[b], b)) if bodies else None
    best = max({m.name for m in c.mentions}, key=_name_score)  # each phrasing scored once
    if _name_score(best)[0] >= 1:
        name = _bare_name(best)
        if body and not name_tokens(name, rules) and body.casefold() not in name.casefold():
            name = f"{body} {name}"
        return name[:1].upper() + name[1:]
    topics = Counter(m.topic for m in c.mentions if m.topic)
    phrasings = sorted({_bare_name(m.name) for m in c.mentions}, key=lambda n: (-len(n.split()), n))
    parts = []
    if body:
        parts.append(body)
    longest = phrasings[0] if phrasings else ""
    if kinds_named(longest) or (longest and c.kind is EventKind.OTHER):
        # "next summit", "two-day meeting", "convention"; an act of no kind is named by
        # its phrasing ("high-risk obligations taken effect"), never "Other"
        parts.append(longest)
    else:
        parts.append(c.kind.value.replace("_", " "))
    if topics:
        parts.append("on " + min(topics, key=lambda t: (-topics[t], t)))
    places = Counter(m.location for m in c.mentions if m.location)
    if places:
        parts.append("in " + min(places, key=lambda p: (-places[p], p)))
    name = " ".join(parts)
    return name[:1].upper() + name[1:]


def _most_common(values: list[str]) -> str | None:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _event_id(kind: EventKind, when: When | None, name: str, c: _Cluster) -> str:
    slug = _SLUG.sub("-", name.lower()).strip("-")[:40].strip("-") or "event"
    date_part = when.timex.lower() if when else "undated"
    keys = sorted(f"{m.evidence.document}:{m.evidence.start}" for m in c.mentions)
    digest = hashlib.sha1("|".join(keys).encode()).hexdigest()[:6]
    return f"{kind.value}-{date_part}-{slug}-{digest}"


@attrs.frozen(kw_only=True)
class BuiltEvents:
    """What :func:`build_events` returns."""

    events: list[Event]
    """Events a timeline can place: dated, relatively dated or planned; by date, undated last."""
    references: list[Event]
    """Named events never dated, not even relatively, and not planned; by name."""
    conflicts: list[Conflict]
    """Date and location conflicts, by event id and field."""


def _worth_placing(c: _Cluster, rules: CoreferenceRules, sources: Mapping[str, str]) -> bool:
    """An event a reader can tell apart: it has a name of its own ("the meeting" and
    "talks" alone do not), and a source states its date: an act dated only because the
    report that tells it was published that day is kept as a reference, unless two
    reports of their own give it the same day."""
    # an edition alone ("the first summit") names no series: no identity of its own
    if not c.tokens and all(
        m.act is None and m.body is None and m.location is None for m in c.mentions
    ):
        return False
    if not _identifies(c, rules):
        return False
    if any(m.act is None or m.date_text or m.relative_to for m in c.mentions):
        return True
    return _reported_the_same_day(c, sources)


def _reported_the_same_day(c: _Cluster, sources: Mapping[str, str]) -> bool:
    """Whether two reports of their own (a wire copy and its story count once), each dating
    the act by the day it was reported, give it the same day: the news of that day, not
    one report's guess."""
    days: dict[date, set[str]] = defaultdict(set)
    for m in c.mentions:
        if m.when is not None and m.when.days == 1:
            document = m.evidence.document
            days[m.when.earliest].add(sources.get(document, document))
    return any(len(documents) >= 2 for documents in days.values())


_SITTINGS = frozenset(["session", "sessions", "sitting", "sittings"])
_ORDINAL = re.compile(
    r"\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$"
)


def _sitting(name: str, rules: CoreferenceRules) -> bool:
    """A body's sitting named only by its time or its place in the proceedings ("the spring
    session of the Parliament", "the current session", "a plenary session"): a part of a
    body's calendar; an edition ("the 78th session") or a named one is an event."""
    words = name.lower().replace("-", " ").split()
    at = next((i for i, w in enumerate(words) if w in _SITTINGS), None)
    if at is None or any(_ORDINAL.match(w) for w in words):
        return False
    return not name_tokens(" ".join(words[:at]), rules)


def _identifies(c: _Cluster, rules: CoreferenceRules) -> bool:
    """Whether a reader can tell which event the cluster is. An act by no one on nothing
    named ("a resolution was adopted in 2024") is one of many; it stays only when a source
    states its day, which tells it apart ("adopted on 21 March 2024"). A body's sitting
    named by its season or its place in the proceedings is none (:func:`_sitting`)."""
    if all(_sitting(m.name, rules) for m in c.mentions):
        return False
    if any(m.act is None or m.agents or m.body for m in c.mentions):
        return True
    if any(name_tokens(m.object or "", rules) for m in c.mentions):
        return True  # the object is named ("the Harbour Plan adopted"), not only its verb
    return any(
        m.date_text is not None and m.when is not None and m.when.precision is Precision.DAY
        for m in c.mentions
    )


def _status(c: _Cluster) -> EventStatus:
    """Occurred once a source tells it as done; planned while every source announces it."""
    if any(m.status is EventStatus.OCCURRED for m in c.mentions):
        return EventStatus.OCCURRED
    return EventStatus.PLANNED


def _conflicts(event_id: str, choice: DateChoice, place: PlaceChoice) -> list[Conflict]:
    """The start, end and place conflicts of one event."""
    found = (choice.conflict(event_id), choice.end_conflict(event_id), place.conflict(event_id))
    return [x for x in found if x is not None]


def build_events(
    groups: Sequence[Sequence[Mention]],
    rules: CoreferenceRules,
    entries: Sequence[CatalogueEntry | None] = (),
    sources: Mapping[str, str] | None = None,
) -> BuiltEvents:
    """Canonical events and references, and the events' date and location conflicts.

    ``sources`` maps each wire copy to the document naming its copies
    (:mod:`.copies`): copies count once when sources of a date are counted.

    ``entries`` gives, for each group, the catalogue entry it is linked to (see
    :mod:`.catalogue`): the event then takes the entry's id, name and kind.
    """
    clusters = [_cluster(g, rules) for g in groups]
    linked = list(entries) + [None] * (len(clusters) - len(entries))
    known = [catalogue_claim(e) if e is not None else None for e in linked]
    events: list[Event] = []
    references: list[Event] = []
    conflicts: list[Conflict] = []
    resolved = _resolve(clusters, rules, known, sources or {})
    for c, entry, (choice, _claims) in zip(clusters, linked, resolved, strict=True):
        if choice.when is None and not c.tokens and entry is None:
            continue  # "the declaration", never named nor dated anywhere: nothing a reader can place
        if entry is not None:
            c = attrs.evolve(c, kind=entry.kind)
        name = entry.name if entry is not None else _canonical_name(c, rules)
        event_id = entry.id if entry is not None else _event_id(c.kind, choice.when, name, c)
        aliases = sorted(
            ({m.name for m in c.mentions} | {m.phrase for m in c.mentions if m.phrase}) - {name}
        )
        placeable = (choice.when is not None or _placeable(c)) and _worth_placing(
            c, rules, sources or {}
        )
        place = choose_location(c.mentions)
        (events if placeable else references).append(
            Event(
                id=event_id,
                name=name,
                kind=c.kind,
                when=choice.when,
                end=choice.end,
                location=place.location or (entry.location if entry is not None else None),
                body=_most_common([m.body for m in c.mentions if m.body]),
                aliases=aliases,
                mentions=sorted(
                    c.mentions, key=lambda m: (m.evidence.document, m.evidence.start, m.name)
                ),
                status=_status(c),
            )
        )
        if placeable:
            conflicts += _conflicts(event_id, choice, place)
    events.sort(key=lambda e: (e.when is None, e.when or When.year(1), e.name, e.id))
    references.sort(key=lambda e: (e.name, e.id))
    conflicts.sort(key=lambda x: (x.event, x.field))
    return BuiltEvents(events=events, references=references, conflicts=conflicts)
