"""Merging positions across documents.

Positions of one actor on one topic with one stance are merged when their
dates overlap or lie within :data:`MERGE_WINDOW_DAYS` of each other (a coarse
date joins one act, it never chains two together); the merged position keeps
every piece of evidence and the finest date. An undated
position joins the dated one of the same actor, topic and stance that its own
document dates, when there is exactly one; the rest of the undated ones merge
with each other.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import attrs

from govtimeline.model import Conflict, DocumentAnchor, Event, Evidence, Position
from govtimeline.model.when import When
from govtimeline.reconstruct.anchors import resolve_with_anchor, shift_clamped
from govtimeline.reconstruct.coref import CoreferenceRules, default_rules, name_tokens, phrase_key
from govtimeline.reconstruct.events import kinds_named, topic_name

__all__ = [
    "MERGE_WINDOW_DAYS",
    "date_by_anchors",
    "link_events",
    "merge_positions",
    "prefer_body_evidence",
]

MERGE_WINDOW_DAYS = 7
"""Dated positions this close (in days) with the same stance are one position."""


def _evidence_key(e: Evidence) -> tuple[str, int, int]:
    return (e.document, e.start, e.end)


def _merge(group: Sequence[Position]) -> Position:
    dated = [p.when for p in group if p.when is not None]
    when = min(dated, key=lambda w: (w.days, w)) if dated else None
    evidence = sorted(
        {_evidence_key(e): e for p in group for e in p.evidence}.values(), key=_evidence_key
    )
    vias = sorted({p.via for p in group if p.via})
    events = sorted({p.event for p in group if p.event})
    first = group[0]
    phrases = sorted({p.date_text for p in group if p.date_text})
    return Position(
        actor=first.actor,
        topic=first.topic,
        stance=first.stance,
        when=when,
        via=", ".join(vias) if vias else None,
        event=events[0] if events else None,
        evidence=evidence,
        date_text=phrases[0] if phrases and when is None else None,
        inferred=all(p.inferred for p in group),
    )


def _close(a: When, b: When) -> bool:
    if a.overlaps(b):
        return True
    gap = max(a.earliest, b.earliest) - min(a.latest, b.latest)
    return gap.days <= MERGE_WINDOW_DAYS


def _documents(p: Position) -> set[str]:
    return {e.document for e in p.evidence}


def _runs(dated: Sequence[Position]) -> list[list[Position]]:
    """Dated positions grouped into acts, finest dates first.

    A position joins the act whose finest date is close to its own. A coarse
    date close to several acts ("earlier in 2025" beside acts in February and
    September) joins the one that shares its event, else its document, else
    the only one; otherwise it stays an act of its own: a coarse date never
    chains two acts together. Acts are found by bisection over their finest
    dates, so a long series of one actor's statements costs n log n.
    """
    ordered = sorted(
        dated,
        key=lambda p: (
            p.when.days if p.when else 0,
            p.when,
            [_evidence_key(e) for e in p.evidence],
        ),
    )
    runs: list[list[Position]] = []
    starts: list[tuple[date, int]] = []  # (earliest day of a run's finest date, run index)
    for p in ordered:
        assert p.when is not None
        # a finest date is no longer than p's: to be close it starts in this range
        low = shift_clamped(p.when.earliest, -MERGE_WINDOW_DAYS - p.when.days)
        high = shift_clamped(p.when.latest, MERGE_WINDOW_DAYS)
        at = bisect.bisect_left(starts, (low, -1))
        near = []
        while at < len(starts) and starts[at][0] <= high:
            run = runs[starts[at][1]]
            first = run[0].when
            if first is not None and _close(first, p.when):
                near.append(run)
            at += 1
        if len(near) > 1:
            near = (
                [r for r in near if p.event and any(q.event == p.event for q in r)]
                or [r for r in near if _documents(p) & set().union(*map(_documents, r))]
                or near
            )
        if len(near) == 1:
            near[0].append(p)
        else:
            bisect.insort(starts, (p.when.earliest, len(runs)))
            runs.append([p])
    return sorted(runs, key=lambda r: (r[0].when, [_evidence_key(e) for e in r[0].evidence]))


def merge_positions(positions: Iterable[Position]) -> list[Position]:
    """Merge positions (see the module docstring); the result is sorted and order-independent."""
    groups: dict[tuple[str, str, str], list[Position]] = defaultdict(list)
    for p in positions:
        groups[(p.actor, p.topic.casefold(), p.stance.value)].append(p)
    merged: list[Position] = []
    for key in sorted(groups):
        items = groups[key]
        undated = [p for p in items if p.when is None]
        runs = _runs([p for p in items if p.when is not None])
        left: list[Position] = []
        reported = [set().union(*map(_documents, r)) for r in runs]
        for p in undated:  # the same act, told again undated in a report that dates it once
            home = [r for r, docs in zip(runs, reported, strict=True) if _documents(p) & docs]
            (home[0] if len(home) == 1 else left).append(p)
        merged.extend(_merge(run) for run in runs)
        if left:
            merged.append(
                _merge(sorted(left, key=lambda p: [_evidence_key(e) for e in p.evidence]))
            )
    merged.sort(
        key=lambda p: (p.when is None, p.when or When.year(1), p.actor, p.topic, p.stance.value)
    )
    return merged


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def prefer_body_evidence(
    positions: Iterable[Position], titles: Mapping[str, str]
) -> list[Position]:
    """Leave a document's headline out of a position's evidence when its body says the same.

    ``titles`` maps document ids to their titles. A quote that is its document's title
    (case and spacing aside, a Markdown ``#`` too) is the headline: it may stand as
    evidence on its own, but where a sentence of the same document supports the position
    the reader is shown that sentence, not the headline (issue 18).
    """
    heads = {doc: _words(title) for doc, title in titles.items()}

    def headline(e: Evidence) -> bool:
        return e.document in heads and _words(e.quote.lstrip("# ")) == heads[e.document]

    out: list[Position] = []
    for p in positions:
        told = {e.document for e in p.evidence if not headline(e)}
        kept = tuple(e for e in p.evidence if not (headline(e) and e.document in told))
        out.append(p if len(kept) == len(p.evidence) else attrs.evolve(p, evidence=kept))
    return out


def _antecedent(
    p: Position, named: Sequence[tuple[int, Event]], rules: CoreferenceRules
) -> Event | None:
    """The named event a generic topic ("the convention") refers back to.

    The nearest event of a kind the topic names, mentioned in the same
    document before the end of the position's sentence; None if none is.
    """
    kinds = kinds_named(p.topic)
    end = p.evidence[0].end
    before = [
        (start, e)
        for start, e in named
        if start < end and any(rules.kinds_compatible(e.kind, k) for k in kinds)
    ]
    return max(before, key=lambda se: (se[0], se[1].id))[1] if before else None


@attrs.frozen(kw_only=True)
class _EventIndex:
    """The events of one run, looked up the ways :func:`link_events` links positions."""

    by_id: Mapping[str, Event]
    """Each event by its id."""
    named: Mapping[str, set[str]]
    """The ids of the events each naming phrase key (name or alias) names."""
    by_sentence: Mapping[tuple[str, str], Event]
    """The first event mentioned in each (document, sentence quote)."""
    by_mention: Mapping[tuple[str, int], tuple[Event, str]]
    """The event and mention name at each (document, mention start)."""
    by_phrase: Mapping[tuple[str, str], Event]
    """The day-dated event an undated mention's date phrase belongs to, by (document, words)."""
    in_sentence: Mapping[tuple[str, str, str], Event]
    """The event a mention names, by (document, sentence quote, phrase key of its name)."""
    by_document: Mapping[str, list[tuple[int, Event]]]
    """The mentions (start, event) of the events with a name of their own, by document."""


def _index_events(events: Sequence[Event], rules: CoreferenceRules) -> _EventIndex:
    """Build the lookups :func:`link_events` ties positions to events by."""
    named: dict[str, set[str]] = defaultdict(set)
    by_sentence: dict[tuple[str, str], Event] = {}
    by_mention: dict[tuple[str, int], tuple[Event, str]] = {}
    by_phrase: dict[tuple[str, str], Event] = {}
    in_sentence: dict[tuple[str, str, str], Event] = {}
    by_document: dict[str, list[tuple[int, Event]]] = defaultdict(list)
    for e in events:
        if name_tokens(e.name, rules):
            for m in e.mentions:
                by_document[m.evidence.document].append((m.evidence.start, e))
        for alias in (e.name, *e.aliases):
            if name_tokens(alias, rules):  # "the declaration" names no event in particular
                named[phrase_key(alias)].add(e.id)
        for m in e.mentions:
            by_sentence.setdefault((m.evidence.document, m.evidence.quote), e)
            by_mention[(m.evidence.document, m.evidence.start)] = (e, m.name)
            in_sentence[(m.evidence.document, m.evidence.quote, phrase_key(m.name))] = e
            if m.when is None and m.date_text and e.when is not None and e.when.days == 1:
                by_phrase.setdefault((m.evidence.document, _words(m.date_text)), e)
    return _EventIndex(
        by_id={e.id: e for e in events},
        named=named,
        by_sentence=by_sentence,
        by_mention=by_mention,
        by_phrase=by_phrase,
        in_sentence=in_sentence,
        by_document=by_document,
    )


def _mention_link(p: Position, document: str, index: _EventIndex) -> tuple[Event | None, bool]:
    """The event of the ``@offset`` mention extraction wrote in ``p.event``, if any.

    The flag says whether the position's topic was that mention itself.
    """
    if p.event is None or not p.event.startswith("@") or not p.event[1:].isdigit():
        return None, False
    found = index.by_mention.get((document, int(p.event[1:])))
    if found is None:
        return None, False
    return found[0], phrase_key(found[1]) == phrase_key(p.topic)


def _topic_event(
    p: Position, document: str, index: _EventIndex, rules: CoreferenceRules
) -> Event | None:
    """The event the position's topic names: a mention in its sentence, or one event by name.

    A generic topic ("the convention") refers back to the nearest named event of its kind.
    """
    topic_event: Event | None = None
    for ev in p.evidence:  # the topic is a mention there
        topic_event = index.in_sentence.get((ev.document, ev.quote, phrase_key(p.topic)))
        if topic_event is not None:
            break
    if topic_event is None:
        ids = index.named.get(phrase_key(p.topic), set())
        topic_event = index.by_id[next(iter(ids))] if len(ids) == 1 else None
    if topic_event is None and p.evidence and not name_tokens(p.topic, rules):
        topic_event = _antecedent(p, index.by_document.get(document, []), rules)
    return topic_event


def _sentence_event(p: Position, index: _EventIndex) -> Event | None:
    """The first event mentioned in one of the position's evidence sentences."""
    linked: Event | None = None
    for ev in p.evidence:
        linked = index.by_sentence.get((ev.document, ev.quote))
        if linked:
            break
    return linked


def _linked_date(
    p: Position,
    document: str,
    linked: Event | None,
    index: _EventIndex,
    rejected: set[tuple[str, str]],
) -> When | None:
    """The position's date once its event is known (see :func:`link_events`)."""
    when = p.when
    if linked is not None and (
        when is None or (when is not None and (linked.id, when.edtf) in rejected)
    ):
        when = linked.when or when
    if when is None and p.date_text:
        phrase = index.by_phrase.get((document, _words(p.date_text)))
        when = phrase.when if phrase is not None else None
    return when


def link_events(
    positions: Iterable[Position],
    events: Sequence[Event],
    conflicts: Sequence[Conflict] = (),
    rules: CoreferenceRules | None = None,
) -> list[Position]:
    """Tie positions to events, then date and name them through those events.

    * ``Position.event`` written by extraction as ``@offset`` (a mention of the
      same document) becomes the id of the event that mention joined;
      otherwise a position whose topic names an event, or whose sentence
      names one, is linked to it.
    * An undated position takes its event's date; one whose date phrase is
      unresolved ("on Wednesday") takes the date an event mention of the same
      document with the same phrase resolved to.
    * A position dated by a claim its event's :class:`Conflict` rejected (the
      act "at the debate held on 22 September" when the debate was on the
      24th) takes the event's chosen date: the act went with the event.
    * A topic that is the event's mention, or names one event and only one
      ("the Paris summit", not "the declaration"), becomes the event's
      canonical name (its instrument's own name when the event joins acts on
      one: :func:`~govtimeline.reconstruct.events.topic_name`), so the
      positions of every source on it line up. A
      generic topic ("the convention") refers back to the nearest named event
      of its kind earlier in the same document.
    """
    rejected = {
        (c.event, claim.value) for c in conflicts for claim in c.claims if claim.value != c.chosen
    }
    rules = rules or default_rules()
    index = _index_events(events, rules)
    out = []
    for p in positions:
        document = p.evidence[0].document if p.evidence else ""
        linked, topic_is_mention = _mention_link(p, document, index)
        topic_event = linked if topic_is_mention else _topic_event(p, document, index, rules)
        if linked is None:
            linked = topic_event
        if linked is None:
            linked = _sentence_event(p, index)
        out.append(
            attrs.evolve(
                p,
                event=linked.id if linked is not None else None,
                topic=topic_name(topic_event) if topic_event is not None else p.topic,
                when=_linked_date(p, document, linked, index, rejected),
            )
        )
    return out


def date_by_anchors(
    positions: Iterable[Position],
    anchors: Mapping[str, DocumentAnchor],
    languages: Mapping[str, str] | None = None,
) -> list[Position]:
    """Resolve the date phrases still open against the anchors inferred for their documents.

    ``languages`` gives each document's language (English when missing), so a phrase is
    read with its own grammar.
    """
    langs = languages or {}
    out = []
    for p in positions:
        document = p.evidence[0].document if p.evidence else None
        anchor = anchors.get(document) if document is not None else None
        if p.when is None and anchor is not None:
            if p.date_text:
                lang = langs.get(document, "en") if document is not None else "en"
                when = resolve_with_anchor(p.date_text, anchor, lang=lang)
            else:
                # an undated statement in an undated report: the report's inferred day
                inferred = anchor.how == "inferred" and anchor.when is not None
                when = anchor.when if inferred and anchor.when and anchor.when.days == 1 else None
            if when is not None:
                p = attrs.evolve(p, when=when)
        out.append(p)
    return out
