"""What the act reader knows about one parsed sentence and about the document so far.

:class:`ParsedSentence` ties a spaCy parse of one sentence to the document: the
character offset of each token, the actor mention and the date expression each token
belongs to, and which tokens stand inside quotation marks. :class:`Discourse` is the
document memory the reader folds over the sentences: the people and bodies named last
(for "he", "its", "the country"), the objects named so far (for "the accord", "it"),
the object of the last vote (for a bare "Norway abstained"), the speaker of the current
run of quotations, and the date the story has reached.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.gazetteer import ActorMention
from govtimeline.extract.sentences import Sentence
from govtimeline.model import ActObject, Actor, ActorKind, TimeExpression, When

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Agent", "Discourse", "ParsedSentence", "Speaker"]


@attrs.frozen(kw_only=True)
class Agent:
    """An actor who acts in a clause: the body, and the person through whom it acts."""

    name: str
    """Canonical name of the body (or of the person when no body is known)."""
    via: str = ""
    """The person who acts for it, if the clause names one."""
    token: int = -1
    """Index of the token that names it in its sentence (-1 when it is inferred)."""
    person: Actor | None = attrs.field(default=None, eq=False)
    """The person acting, when the agent is a person, so that the body they act for can be
    read at the date of the act (an office is held for a tenure)."""


def _untied(agent: Agent) -> Agent:
    """An agent remembered beyond its sentence: no longer tied to a word of it."""
    return attrs.evolve(agent, token=-1)


def _untied_or_none(agent: Agent | None) -> Agent | None:
    return None if agent is None else _untied(agent)


@attrs.frozen(kw_only=True)
class Speaker:
    """Who is speaking: first-person words in what they say are theirs."""

    agent: Agent = attrs.field(converter=_untied)
    """The speaker, as an agent not tied to a word (it may be named in another sentence)."""
    when: When | None = None


@attrs.frozen(eq=False)
class ParsedSentence:
    """One sentence with its parse and the document's findings mapped onto its tokens."""

    sentence: Sentence
    doc: Doc
    actor_at: dict[int, ActorMention]
    """Token index -> the actor mention that covers the token."""
    date_at: dict[int, TimeExpression]
    """Token index -> the date expression that covers the token."""
    quoted: frozenset[int]
    """Indices of the tokens inside quotation marks."""
    paragraph: int
    """Index of the paragraph the sentence is in (blank lines separate paragraphs)."""

    def start(self, token: Token) -> int:
        """Document offset of a token's first character."""
        return self.sentence.start + token.idx

    def end(self, token: Token) -> int:
        """Document offset just past a token."""
        return self.sentence.start + token.idx + len(token.text)

    def text(self, tokens: Sequence[Token]) -> str:
        """The text from the first to the last of ``tokens`` (in sentence order), as written."""
        if not tokens:
            return ""
        first = min(tokens, key=lambda t: t.i)
        last = max(tokens, key=lambda t: t.i)
        return self.doc.text[first.idx : last.idx + len(last.text)]

    def dates(self) -> list[tuple[TimeExpression, list[int]]]:
        """The date expressions of the sentence, each with the indices of its tokens."""
        by_date: dict[int, tuple[TimeExpression, list[int]]] = {}
        for i, d in sorted(self.date_at.items()):
            by_date.setdefault(id(d), (d, []))[1].append(i)
        return sorted(by_date.values(), key=lambda x: x[0].start)


def map_tokens(
    sentence: Sentence,
    doc: Doc,
    actors: Sequence[ActorMention],
    dates: Sequence[TimeExpression],
    quotes: Sequence[tuple[int, int]],
    paragraph: int,
) -> ParsedSentence:
    """Map the document's actor mentions, dates and quotations onto a sentence's tokens."""
    base = sentence.start
    actor_at: dict[int, ActorMention] = {}
    date_at: dict[int, TimeExpression] = {}
    quoted: set[int] = set()
    inside = [a for a in actors if a.start < sentence.end and a.end > sentence.start]
    within = [d for d in dates if d.start < sentence.end and d.end > sentence.start]
    spans = [(a, b) for a, b in quotes if a < sentence.end and b > sentence.start]
    for tok in doc:
        lo, hi = base + tok.idx, base + tok.idx + len(tok.text)
        for a in inside:
            if a.start < hi and lo < a.end:
                actor_at[tok.i] = a
                break
        for d in within:
            if d.start < hi and lo < d.end:
                date_at[tok.i] = d
                break
        if any(a <= lo and hi <= b for a, b in spans):
            quoted.add(tok.i)
    return ParsedSentence(
        sentence=sentence,
        doc=doc,
        actor_at=actor_at,
        date_at=date_at,
        quoted=frozenset(quoted),
        paragraph=paragraph,
    )


@attrs.define
class Discourse:
    """The document memory of the act reader (mutable; one per document, internal)."""

    anchor: When | None = None
    """The publication date, when the document is dated to the day."""
    last_person: Actor | None = None
    last_body: str | None = None
    """The state or organisation named last as an agent or subject."""
    last_state: str | None = None
    last_organisation: str | None = None
    objects: list[ActObject] = attrs.field(factory=list)
    """Objects named so far, oldest first."""
    vote_object: ActObject | None = None
    """What the last vote was on."""
    vote_when: When | None = None
    stance_object: ActObject | None = None
    """What the last stance was on (for a bare "Cuba voted against" after "Chile endorsed X")."""
    speaker: Speaker | None = None
    """The speaker of the current run of quotations."""
    story: When | None = None
    """The date of the last dated act: where the story has reached."""
    story_paragraph: int = -1
    story_text: str | None = None
    """The phrase of the last date expression an act took, resolved or not (an undated
    report's "on Tuesday"): acts that continue the story keep it for reconstruction."""
    last_agent: str | None = None
    """The body the previous sentence's main clause is about, when its subject names one
    (for a subject "it" or "they" in the next)."""
    last_agents: tuple[str, ...] = ()
    """The bodies the previous sentence's main clause is about, when its subject names
    several ("Finland and Sweden applied …": "their bids" in the next are both)."""
    last_group: tuple[str, ...] = ()
    """The last several bodies a clause had for subject, kept until another such group
    ("Mali, Niger and Chad announced …": "the three countries" later)."""
    proponent: Agent | None = attrs.field(default=None, converter=_untied_or_none)
    """Who launched or proposed what the text then lists point by point."""
    state_counts: dict[str, int] = attrs.field(factory=dict)
    """How often each state has been named so far."""

    def saw_actor(self, actor: Actor, body: str | None) -> None:
        """Remember an actor named in the text (for pronouns and definite descriptions)."""
        if actor.kind is ActorKind.PERSON:
            self.last_person = actor
            if body:
                self.last_body = body
        elif actor.kind is ActorKind.STATE:
            self.last_state = self.last_body = actor.name
            self.state_counts[actor.name] = self.state_counts.get(actor.name, 0) + 1
        else:
            self.last_organisation = self.last_body = actor.name

    def salient_state(self) -> str | None:
        """The state named most often so far (the last named of those tied)."""
        if not self.state_counts:
            return None
        top = max(self.state_counts.values())
        tied = [name for name, n in self.state_counts.items() if n == top]
        return self.last_state if self.last_state in tied else tied[-1]

    def remember(self, obj: ActObject) -> None:
        """Remember an object, so that later back references find it. A vaguer mention of
        a thing already remembered ("a levy" after "the bunker fuel levy") does not
        replace the fuller one."""
        words = set(obj.key.split())
        if not obj.named and any(
            o.head == obj.head and o.key != obj.key and words < set(o.key.split())
            for o in self.objects
        ):
            return
        self.objects = [o for o in self.objects if o.key != obj.key]
        self.objects.append(obj)
        del self.objects[:-50]
