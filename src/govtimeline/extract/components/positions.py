"""Component ``positions``: each agent's stance toward what it acts on.

Every act with a stance and an object gives one position per agent: signing, ratifying,
joining, applying and voting for are support; withdrawing, rejecting, voting against and
declining to sign are opposition; abstaining is abstention (the frame lexicon says which).
The position is dated by the act, voiced by the person the agent acted through, and
linked to the act's event mention when the act is one. A description the act is on
counts as a topic only when its head is a governance noun (``topic_heads`` in
``data/frames.json``): "protect each other's security" is no topic, nor are people
(``people_heads``: "welcomed world leaders"); names, memberships, bodies and back
references always are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.objects import is_governance
from govtimeline.extract.components.act_mentions import mention_of_act
from govtimeline.extract.components.base import Component
from govtimeline.extract.frames import FrameLexicon
from govtimeline.extract.work import WorkDoc
from govtimeline.model import Act, ActObject, Mention, Position

if TYPE_CHECKING:
    from govtimeline.extract.pipeline import Resources

__all__ = ["POSITIONS", "positions_of"]


_STANCE_ACTS = frozenset(
    [
        "support",
        "reject",
        "call_for",
        "warn",
        "endorse",
        "withdraw_support",
        "vote_for",
        "abstain",
        "drop",
        "focus_on",
    ]
)
"""Acts that are nothing but a stance on what they are on ("supported", "withdrew its
support for", "dropped its focus on", "will concentrate on"): that is a topic whatever its
head. Agreeing ("agreed on", "agreed that") is not among them: what is agreed is as often
an outcome or a clause as a topic."""


def _is_topic(obj: ActObject, act: Act, lex: FrameLexicon) -> bool:
    if obj.named or obj.head in ("membership", "body"):
        return True
    if obj.head in lex.people_heads:
        return False  # "welcomed world leaders to the summit": hospitality, no stance
    if len(obj.name.split()) < 2:
        # "a process", "the text" unresolved: nothing to be for or against, unless the act
        # took place at an occasion: "at the summit, Chile declined to sign a declaration"
        # is on the summit's declaration, which reconstruction names
        return act.occasion is not None and obj.head in lex.instrument_heads
    return act.act in _STANCE_ACTS or is_governance(obj, lex)


def positions_of(
    acts: Sequence[Act], mentions: Sequence[Mention], lex: FrameLexicon
) -> list[Position]:
    """The positions the acts express."""
    at = {(m.evidence.start, m.evidence.end): m for m in mentions}
    member_stance = {f.name: f.member_stance for f in lex.verbs if f.member_stance is not None}
    out: list[Position] = []
    for act in acts:
        obj = act.object
        if act.stance is None or obj is None or not _is_topic(obj, act, lex):
            continue
        event = None
        when = act.when or act.stated
        if mention_of_act(act, lex) is not None and (act.evidence.start, act.evidence.end) in at:
            event = f"@{act.evidence.start}"
        elif act.occasion is not None:
            event = act.occasion
            if act.dated_by in ("story", "publication"):
                when = None  # the occasion's date, which reconstruction knows, is the act's
        holders = list(zip(act.agents, act.via or ("",) * len(act.agents), strict=True))
        own = member_stance.get(act.frame) if not act.negated else None
        if own is not None and obj.member and obj.member not in act.agents:
            holders.append((obj.member, ""))  # the member elected stood for the seat
        for agent, via in holders:
            if via == agent or agent.lower() == obj.key:
                continue  # a person who speaks for no known body; a body acting on itself
            out.append(
                Position(
                    actor=agent,
                    topic=obj.name,
                    stance=own if agent == obj.member and own is not None else act.stance,
                    when=when,
                    via=via or None,
                    event=event,
                    evidence=(act.evidence,),
                    date_text=act.date_text if when is None else None,
                )
            )
    return out


def _positions(work: WorkDoc, resources: Resources) -> WorkDoc:
    return attrs.evolve(work, positions=positions_of(work.acts, work.mentions, resources.frames))


POSITIONS = Component(
    name="positions", requires=("acts", "mentions"), assigns=("positions",), run=_positions
)
