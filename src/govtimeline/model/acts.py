"""Acts: who did what to which instrument, body or process, when — one clause's reading.

An :class:`Act` is what extraction reads from a clause with a frame of the act lexicon
(``data/frames.json``): the agents, the class of act, its polarity and status, the object
acted on (an :class:`ActObject`, an identity rather than a string), its date, place and
evidence. Events and positions are derived from acts.
"""

from __future__ import annotations

import attrs

from govtimeline.errors import ModelError
from govtimeline.model._printing import clip, date_words
from govtimeline.model._validators import _non_empty, _range_order, _tuple
from govtimeline.model.kinds import (
    ActStatus,
    EventKind,
    Stance,
    _act_status,
    _event_kind,
    _stance,
)
from govtimeline.model.records import Evidence
from govtimeline.model.when import When

__all__ = ["Act", "ActObject"]


def _optional_kind(value: object) -> EventKind | None:
    return None if value is None else _event_kind(value)


def _optional_stance(value: object) -> Stance | None:
    return None if value is None else _stance(value)


_DATED_BY = {
    "clause": "its own clause",
    "report": "the clause reporting it",
    "story": "the story so far",
    "publication": "the day of publication",
}


@attrs.frozen(kw_only=True)
class ActObject:
    """What an act is on: an instrument, a body, a process or a policy."""

    name: str = attrs.field(validator=_non_empty)
    """Canonical name: the instrument's title ("Bletchley Declaration"), or the phrase
    with its possessor made explicit ("Sweden's NATO membership")."""
    key: str = attrs.field(validator=_non_empty)
    """Identity key: two objects with the same key are the same thing, in one document
    and across documents (lower-case content words, synonyms of the head unified)."""
    text: str = ""
    """The phrase as written ("the accord", "their bids")."""
    kind: EventKind | None = attrs.field(default=None, converter=_optional_kind)
    """The kind of instrument or occasion it is, when it is one (treaty, resolution …)."""
    named: bool = False
    """True when the object is a proper name (a title), not a description."""
    head: str = ""
    """The synonym group of its head noun ("agreement" for an accord, a pact or a deal),
    which back references ("the accord") are matched on."""
    body: str | None = None
    """For a membership ("Sweden's NATO membership"), the body (``"NATO"``)."""
    member: str | None = None
    """For a membership, the member (``"Sweden"``)."""

    def __repr__(self) -> str:
        """``<ActObject 'harbour accord' treaty, named>``."""
        kind = f" {self.kind.value}" if self.kind is not None else ""
        named = ", named" if self.named else ""
        return f"<ActObject {clip(self.key, 50)!r}{kind}{named}>"

    def __str__(self) -> str:
        """``Harbour Accord``, or ``Sweden's NATO membership``."""
        return self.name


@attrs.frozen(kw_only=True)
class Act:
    """One governance act read from one clause."""

    act: str = attrs.field(validator=_non_empty)
    """The class of act from the frame lexicon ("sign", "ratify", "withdraw", "vote_for" …)."""
    frame: str = attrs.field(validator=_non_empty)
    """The name of the frame that matched."""
    agents: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """Canonical names of the actors who act, in text order."""
    via: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    """The people through whom each agent acts ("Foreign Minister Jane Doe"), aligned with
    ``agents``; an empty string where the agent acts in its own name."""
    negated: bool = False
    """The clause denies the act ("did not sign", "declined to sign", "failed to ratify")."""
    status: ActStatus = attrs.field(default=ActStatus.OCCURRED, converter=_act_status)
    """Planned, announced, effective or occurred."""
    stance: Stance | None = attrs.field(default=None, converter=_optional_stance)
    """The agents' stance toward the object that the act expresses, polarity applied
    (signing is support, declining to sign is opposition); None when the act expresses none."""
    object: ActObject | None = None
    """What the act is on."""
    event_kind: EventKind | None = attrs.field(default=None, converter=_optional_kind)
    """When the act is itself an event (a signature, a ratification, an order issued),
    the kind of event; None for acts that are only stances ("urged", "welcomed")."""
    when: When | None = None
    """When the act took (or is to take) place; None for a planned act the text does
    not date."""
    stated: When | None = None
    """When the source states the act or the intention (the day of the speech that
    reports it, else the date the story has reached, else the publication date): what a
    position the act expresses is dated by when the act itself has no date."""
    until: When | None = None
    """The end of a range given for it."""
    date_text: str | None = None
    """The date phrase the date came from, as written; kept when it could not be resolved."""
    dated_by: str | None = None
    """How the date was found: ``clause`` (a date of the act's own clause), ``report`` (the
    clause that reports it: "said on Monday that …"), ``story`` (the date the story had
    reached), ``publication`` (the document's date), or None when undated."""
    occasion: str | None = None
    """``@`` and the start offset of the occasion mention the act took place at or acted on
    ("signed at the Paris summit", "the summit, which China signed"), in its document."""
    place: str | None = None
    """Where it took place."""
    evidence: Evidence
    """The clause: its span is the verb (or noun) of the act, its quote the sentence."""
    name: str = attrs.field(validator=_non_empty)
    """A readable name of the act ("Turkey ratifies Finland's NATO membership")."""
    phrase: str = ""
    """The clause as written, from the first agent to the end of the object."""

    def __attrs_post_init__(self) -> None:
        _range_order(self, self.when, self.until)
        if self.via and len(self.via) != len(self.agents):
            raise ModelError(
                f"Act.via has {len(self.via)} entries for {len(self.agents)} agents; "
                "give one per agent (an empty string where the agent acts itself)"
            )

    def __repr__(self) -> str:
        """``<Act sign 'Norway signs Harbour Accord' 3 May 2031 d[0:32]>``."""
        ev = self.evidence
        return (
            f"<Act {clip(self.act, 20)} {clip(self.name, 60)!r} {date_words(self.when, self.until)} "
            f"{clip(ev.document, 40)}[{ev.start}:{ev.end}]>"
        )

    def __str__(self) -> str:
        """``Norway signs Harbour Accord (support, occurred, 3 May 2031, dated by its own clause)``."""
        about = [self.stance.value if self.stance is not None else "no stance", self.status.value]
        about.append(date_words(self.when, self.until))
        if self.dated_by:
            about.append("dated by " + _DATED_BY.get(self.dated_by, self.dated_by))
        return f"{self.name} ({', '.join(about)})"
