"""Component ``act_mentions``: the event mentions of a document — its occasions, and the
acts that are events.

An act is an event when its frame says so (a signature, a ratification, a withdrawal,
an order issued, an announcement), it is not denied ("did not sign" is no signing), and
it is dated. The mention keeps the act's class, the identity of its object and its
agents, so that reconstruction can tell one act on an instrument from another (the
notification of a withdrawal from the withdrawal itself). An act that restates an
occasion mention of the same sentence ("launched the Global Dialogue") is that mention.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.objects import is_governance
from govtimeline.extract.components.base import Component
from govtimeline.extract.frames import FrameLexicon, default_frames
from govtimeline.extract.work import WorkDoc
from govtimeline.model import Act, ActStatus, EventKind, EventStatus, Mention

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["ACT_MENTIONS", "mention_of_act"]


def _takes_effect(act: Act, lex: FrameLexicon) -> bool:
    """An act of taking effect, done or to come ("entered into force", "will apply from
    August"): an event without agents."""
    if act.status is ActStatus.EFFECTIVE:
        return True
    return act.status is ActStatus.PLANNED and any(
        v.name == act.frame and v.status is ActStatus.EFFECTIVE for v in lex.verbs
    )


def _of_occasion(act: Act, lex: FrameLexicon) -> bool:
    """An instrument an occasion made ("the conference adopted a package of decisions"):
    an event of its own, dated by its clause, though no actor is named."""
    return (
        act.occasion is not None
        and act.dated_by == "clause"
        and act.object is not None
        and act.act != "host"
        and act.object.head in lex.instrument_heads
    )


def mention_of_act(act: Act, lex: FrameLexicon | None = None) -> Mention | None:
    """The event mention an act makes, or None when it is no event: a denied or undated
    act is none, nor an objectless one that took place nowhere, nor an act on something
    governance does not act on ("extended its congratulations")."""
    if act.event_kind is None or act.negated or act.when is None:
        return None
    if act.object is None:
        if act.place is None or not act.agents:
            return None  # a meeting is an event where it has a place: "met in Osaka"
    elif not is_governance(act.object, lex or default_frames()):
        return None
    lex = lex or default_frames()
    if (
        not act.agents
        and not _takes_effect(act, lex)
        and not (act.object is not None and act.object.named and act.act != "host")
        and not _of_occasion(act, lex)
    ):
        return None  # "the summit held in May": the occasion's date, not an act of its own
    planned = act.status is ActStatus.PLANNED
    return Mention(
        evidence=act.evidence,
        name=act.name,
        kind=act.event_kind,
        when=act.when,
        until=act.until,
        date_text=act.date_text,
        body=act.agents[0] if len(act.agents) == 1 else None,  # several parties: no one body
        location=act.place,
        status=EventStatus.PLANNED if planned else EventStatus.OCCURRED,
        act=act.act,
        object=act.object.key if act.object is not None else None,
        agents=act.agents,
        phrase=act.phrase,
    )


class _Overlaps:
    """Which items of a list overlap a span of the same sentence, by bisection on their
    starts (a long document stays linear: no act is compared with every occasion)."""

    def __init__(self, spans: Sequence[tuple[int, int, str]]) -> None:
        order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._spans = spans
        self._order = order
        self._starts = [spans[i][0] for i in order]
        self._longest = max((e - b for b, e, _ in spans), default=0)

    def of(self, start: int, end: int, quote: str) -> list[int]:
        """Indices (in list order) of the spans that overlap ``[start, end)`` in ``quote``."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        found = [
            i
            for i in self._order[lo:hi]
            if self._spans[i][1] > start and self._spans[i][2] == quote
        ]
        return sorted(found)


def _span(item: Mention | Act) -> tuple[int, int, str]:
    return item.evidence.start, item.evidence.end, item.evidence.quote


def _hosted(occasions: list[Mention], acts: Sequence[Act]) -> list[Mention]:
    """An occasion someone convenes, holds or hosts takes that act's date, place and body
    when it has none of its own ("The UNSC convened its inaugural meeting on Tuesday")."""
    out = []
    hosts = [a for a in acts if a.act == "host"]
    host_at = _Overlaps([_span(a) for a in hosts])
    for m in occasions:
        found = host_at.of(*_span(m))
        host = hosts[found[0]] if found else None
        if (
            host is not None
            and not host.negated
            and m.when is None
            and m.relative_to is None
            and host.when is not None
        ):
            planned = host.status is ActStatus.PLANNED
            m = attrs.evolve(
                m,
                when=host.when,
                until=host.until,
                body=m.body or (host.agents[0] if host.agents else None),
                status=EventStatus.PLANNED if planned else m.status,
            )
        out.append(m)
    return out


def _restates(occasion: Mention, act: Act) -> bool:
    """Whether an act of the occasion's clause is that occasion told as an act: of its
    kind, or of no kind of its own and on a thing of the occasion's kind ("a declaration
    signed by 28 countries")."""
    kind = act.event_kind
    if kind is occasion.kind:
        return True
    if kind is not EventKind.OTHER or act.object is None:
        return False
    said, named = (" ".join(t.casefold().split()) for t in (act.object.text, occasion.name))
    return act.object.kind is occasion.kind or named in said or said in named


_AUTHORING = frozenset(["publish", "host"])
"""Acts whose agent is the body of the occasion they restate: the author of a report, the
host of a summit."""


def _with_act(occasion: Mention, act: Act) -> Mention:
    """The occasion an act restates ("Norway signed the Harbour Accord") keeps its own name
    and learns who acted, and how; it takes the date the act's own clause states when it
    has none. The author of a report or the host of a summit is its body, and a report
    still to be published is planned."""
    if act.act in _AUTHORING and act.agents:
        planned = act.status is ActStatus.PLANNED
        occasion = attrs.evolve(
            occasion,
            body=occasion.body or act.agents[0],
            status=EventStatus.PLANNED if planned else occasion.status,
        )
    if occasion.when is None and occasion.relative_to is None and act.date_text is not None:
        planned = act.status is ActStatus.PLANNED
        occasion = attrs.evolve(
            occasion,
            when=act.when,
            until=act.until,
            date_text=act.date_text,
            status=EventStatus.PLANNED if planned else EventStatus.OCCURRED,
        )
    return attrs.evolve(
        occasion,
        act=act.act,
        object=act.object.key if act.object is not None else None,
        agents=act.agents,
        phrase=act.phrase,
    )


def _act_mentions(work: WorkDoc, resources: Resources) -> WorkDoc:
    out = _hosted(list(work.occasions), work.acts)
    occasion_at = _Overlaps([_span(m) for m in out])  # the occasions, before any act joins
    made: set[tuple[int, int, str]] = set()
    for act in work.acts:
        if act.event_kind is None or act.negated:
            continue
        near = occasion_at.of(*_span(act))
        if act.act == "host" and near:
            continue  # the occasion is the event
        same = next((i for i in near if _restates(out[i], act)), None)
        if same is not None:  # with or without agents: "the resolution was adopted on …"
            if out[same].act is None:
                out[same] = _with_act(out[same], act)
            continue
        mention = mention_of_act(act, resources.frames)
        if mention is None:
            continue
        clause = (act.evidence.start, act.evidence.end, act.name)
        if clause in made:
            continue  # one clause, one event: "Finland and Sweden applied for NATO membership"
        made.add(clause)
        out.append(mention)
    out.sort(key=lambda m: (m.evidence.start, m.evidence.end, m.name))
    return attrs.evolve(work, mentions=out)


ACT_MENTIONS = Component(
    name="act_mentions",
    requires=("acts", "occasions"),
    assigns=("mentions",),
    run=_act_mentions,
)
