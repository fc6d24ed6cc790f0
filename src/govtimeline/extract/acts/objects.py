"""What an act is on: an object phrase read as an identity, not a string.

The object of an act (a direct object, the object of the frame's preposition, a passive
subject) is read in this order:

1. a pronoun ("it", "this") is the object named last;
2. a "need" head ("the need for X", "calls to delay X", "the importance of X") stands for
   its complement X;
3. a membership head ("Sweden's accession to NATO", "their bids", "applied for NATO
   membership") is the membership of its possessor (or of the agents, when the phrase has
   none) in the body it names: one identity, ``"<member>'s <body> membership"``; joining,
   leaving or re-engaging with a body is the same;
4. a title the text names (an instrument or occasion mention: "the Bletchley
   Declaration") is that instrument;
5. a bare definite description ("the accord", "the declaration", "the text") points back
   to the last object named with a head of the same synonym group;
6. otherwise the phrase itself, cut before relative clauses, appositions, dates and
   adjuncts, with its possessive pronouns replaced by the actors they stand for.

Coordinated objects ("the protocol and the annex") and coordinated possessors ("Finland
and Sweden's bids") give one object each.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.agents import (
    agent_of,
    coordinated,
    is_infinitive,
    last_named,
    plural_subject,
)
from govtimeline.extract.acts.context import Agent, Discourse, ParsedSentence
from govtimeline.extract.frames import FrameLexicon
from govtimeline.extract.gazetteer import Gazetteer
from govtimeline.model import ActObject, ActorKind, EventKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ObjectReader", "is_governance", "possessive"]

_CUT_DEPS = frozenset(["relcl", "appos", "advcl", "punct", "cc", "conj", "acl", "parataxis"])
_KEEP_PREPS = frozenset(
    ["of", "on", "for", "to", "against", "into", "between", "over", "in", "from", "about"]
)
_ADJUNCT_PREPS = frozenset(
    ["at", "during", "after", "before", "since", "until", "by", "through", "amid", "despite"]
)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "any", "such", "no"])
_GENERIC = frozenset(
    [
        "new",
        "final",
        "draft",
        "landmark",
        "historic",
        "global",
        "international",
        "joint",
        "latest",
        "proposed",
        "original",
        "updated",
        "revised",
        "current",
        "same",
        "whole",
        "full",
        "first",
        "legal",
        "formal",
        "binding",
        "entire",
        "key",
        "major",
        "planned",
        "controversial",
        "two-year",
        "three-year",
        "so-called",
    ]
)
_OBJECT_PRONOUNS = frozenset(["it", "this", "that", "them", "these", "those"])
_PLURAL_PRONOUNS = frozenset(["them", "these", "those"])
_PLURAL_TAGS = frozenset(["NNS", "NNPS"])
_DEFINITE = frozenset(["the", "this", "that", "these", "those"])
_ACT_PREFIX = re.compile(
    r"^(?:adoption|launch|signing|signature|founding|creation|establishment|opening|approval"
    r"|ratification|unveiling|publication|release)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_NOT_THIS = frozenset(["similar", "another", "other", "such", "different"])
_JOINING = frozenset(["join", "enter", "become", "rejoin", "accede"])
_OCCASION_KINDS = frozenset([EventKind.SUMMIT, EventKind.DEBATE, EventKind.VOTE])
_MAX_TOKENS = 16
_BACKED_BY = frozenset(
    ["sponsored", "co-sponsored", "cosponsored", "backed", "drafted", "led", "brokered", "mediated"]
)
_SPACE = re.compile(r"\s+")
_KIND_OF_HEAD = {
    "declaration": EventKind.DECLARATION,
    "statement": EventKind.STATEMENT,
    "communique": EventKind.STATEMENT,
    "treaty": EventKind.TREATY,
    "convention": EventKind.TREATY,
    "accord": EventKind.TREATY,
    "agreement": EventKind.TREATY,
    "pact": EventKind.TREATY,
    "protocol": EventKind.TREATY,
    "charter": EventKind.TREATY,
    "resolution": EventKind.RESOLUTION,
    "report": EventKind.REPORT,
    "order": EventKind.EXECUTIVE_ORDER,
    "memorandum": EventKind.TREATY,
    "plan": EventKind.PLAN,
    "strategy": EventKind.PLAN,
    "initiative": EventKind.LAUNCH,
    "summit": EventKind.SUMMIT,
    "conference": EventKind.SUMMIT,
    "meeting": EventKind.SUMMIT,
}


def is_governance(obj: ActObject, lex: FrameLexicon) -> bool:
    """Whether an object is something governance acts on: a name, a membership, a body,
    or a phrase whose head (or a word of it) names an instrument, an occasion or a policy
    ("the moratorium", "limits on plastic production"; not "its congratulations")."""
    if obj.named or obj.head in ("membership", "body"):
        return True
    heads = lex.topic_heads | lex.back_reference_heads | lex.instrument_heads | lex.occasion_heads
    if obj.head in heads:
        return True
    words = [w.strip(".,;:'’\"“”()").lower() for w in obj.name.split()]
    return any(w in lex.topic_heads or w.rstrip("s") in lex.topic_heads for w in words)


def possessive(name: str) -> str:
    """ "Sweden" -> "Sweden's", "United States" -> "United States'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _clean(text: str) -> str:
    text = _SPACE.sub(" ", text).strip(" ,;:.-–—\"'“”‘’()")
    words = text.split(" ")
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() == "to"):
        words = words[1:]
    return " ".join(words)


def _is_title(surface: str) -> bool:
    """A name as written: capitalised after any article ("the Bletchley Declaration")."""
    words = [w for w in surface.split() if w.lower() not in _DETERMINERS]
    capitals = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return (len(words) >= 2 and len(capitals) >= 2) or (len(words) == 1 and surface.isupper())


def _key(words: Iterable[str]) -> str:
    return " ".join(sorted({w.lower() for w in words if w}))


_DESIGNATING = frozenset(["call", "name", "entitle", "title", "dub", "brand", "know"])
"""Participles that give a thing its name ("an initiative called X", "known as X")."""


def designation(token: Token) -> Token | None:
    """The name a participle gives a noun: "a plan known as Blue Coast" is Blue Coast,
    "a new initiative called the Harbour Compact" the Harbour Compact."""
    for participle in token.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in _DESIGNATING:
            continue
        for c in participle.children:
            if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "PROPN":
                return c
            if c.dep_ == "prep" and c.lower_ == "as":
                named = [o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
                if named:
                    return named[0]
    return None


@attrs.frozen
class ObjectReader:
    """Reads object phrases of one document (its lexicons, gazetteer and mentions)."""

    lex: FrameLexicon
    gazetteer: Gazetteer
    mentions: Sequence[Mention]
    """The document's occasion and instrument mentions, in text order."""
    _by_start: tuple[Mention, ...] = attrs.field(init=False)
    _starts: tuple[int, ...] = attrs.field(init=False)

    @_by_start.default
    def _sorted_mentions(self) -> tuple[Mention, ...]:
        return tuple(sorted(self.mentions, key=lambda m: m.evidence.start))

    @_starts.default
    def _mention_starts(self) -> tuple[int, ...]:
        return tuple(m.evidence.start for m in self._by_start)

    def in_sentence(self, ps: ParsedSentence) -> Sequence[Mention]:
        """The mentions that start in a sentence (a slice: long documents stay linear)."""
        lo = bisect.bisect_left(self._starts, ps.sentence.start)
        hi = bisect.bisect_left(self._starts, ps.sentence.end, lo)
        return self._by_start[lo:hi]

    # -- public ---------------------------------------------------------------------
    def objects(
        self,
        ps: ParsedSentence,
        token: Token,
        agents: Sequence[Agent],
        memory: Discourse,
        *,
        membership: str | None = None,
        member_tokens: Sequence[Token] = (),
    ) -> list[ActObject]:
        """The objects a phrase headed by ``token`` names (one per coordinated part)."""
        found = self.parts(
            ps, token, agents, memory, membership=membership, member_tokens=member_tokens
        )
        return list({o.key: o for o, _ in found}.values())

    def parts(
        self,
        ps: ParsedSentence,
        token: Token,
        agents: Sequence[Agent],
        memory: Discourse,
        *,
        membership: str | None = None,
        member_tokens: Sequence[Token] = (),
    ) -> list[tuple[ActObject, Token]]:
        """Each object with the coordinated word that names it."""
        out: list[tuple[ActObject, Token]] = []
        seen: set[str] = set()
        for part in coordinated(token):
            for obj in self._read(ps, part, agents, memory, membership, member_tokens, depth=0):
                if obj.key not in seen:
                    seen.add(obj.key)
                    out.append((obj, part))
        return out

    def clause_object(self, ps: ParsedSentence, subject: Token, clause: Token) -> ActObject | None:
        """What "X to do Y" names, as one object: "called for the UN to play a central
        role" is a stance on the UN playing that role, not on the UN."""
        # "…, according to the White House", "…, officials said": whose word it is
        attributed = {
            t.i
            for c in clause.subtree
            if (c.dep_ == "prep" and c.lower_ == "according") or c.dep_ == "parataxis"
            for t in c.subtree
        }
        tokens = [t for t in (*subject.subtree, *clause.subtree) if t.i not in attributed]
        first = min(t.i for t in tokens)
        last = max(t.i for t in tokens)
        if last - first > 2 * _MAX_TOKENS:
            return None
        name = _clean(ps.doc[first : last + 1].text)
        words = [t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop]
        if not name or not words:
            return None
        head = "clause:" + self.lex.head_group(clause.lemma_.lower())
        if subject.lemma_.lower() in self.lex.people_heads:
            head = subject.lemma_.lower()  # "welcomed leaders to take part": people, no topic
        return ActObject(name=name, key=_key(words), text=name, head=head)

    def occasion_at(self, ps: ParsedSentence, token: Token) -> Mention | None:
        """The occasion mention a word belongs to ("the Paris AI Action Summit")."""
        at = ps.start(token)
        for m in self.in_sentence(ps):
            if m.evidence.start <= at < m.evidence.end and m.kind in _OCCASION_KINDS:
                return m
        return None

    def is_governance_doing(self, verb: Token) -> bool:
        """Whether a doing acts on something governance acts on ("establish an
        international institution", "develop governance frameworks")."""
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is None:
            return False
        lemma = target.lemma_.lower()
        return lemma in self.lex.topic_heads or lemma in self.lex.instrument_heads

    def is_occasion(self, token: Token) -> bool:
        """Whether a word heads a phrase naming an occasion ("the summit", "talks")."""
        return (
            token.lemma_.lower() in self.lex.occasion_heads
            or token.lower_ in self.lex.occasion_heads
        )

    def body_object(self, name: str) -> ActObject:
        """A body (an organisation, a state) as the object of an act."""
        return ActObject(name=name, key=name.lower(), text=name, named=True, head="body")

    # -- reading ----------------------------------------------------------------------
    def _read(
        self,
        ps: ParsedSentence,
        token: Token,
        agents: Sequence[Agent],
        memory: Discourse,
        membership: str | None,
        member_tokens: Sequence[Token],
        depth: int,
    ) -> list[ActObject]:
        lemma = token.lemma_.lower()
        if token.lower_ in _OBJECT_PRONOUNS and token.pos_ in ("PRON", "DET"):
            near = self._antecedent(ps, token)
            if near is not None and depth == 0:
                found = self._read(ps, near, agents, memory, membership, member_tokens, depth + 1)
                if found:
                    return found
            return [memory.objects[-1]] if memory.objects else []
        named = designation(token) if depth < 2 else None
        if named is not None:  # "a new initiative called the Harbour Compact"
            found = self._read(ps, named, agents, memory, membership, member_tokens, depth + 1)
            if found:
                return found
        owners = [c for c in token.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        counted = lemma in self.lex.quantity_heads and (
            lemma != "number" or any(c.lower_ == "a" for c in token.children)
        )  # "a set of principles", "a number of states"; not "the number of seats"
        if depth < 2 and (lemma in self.lex.need_heads or counted) and not owners:
            complement = self._complement(token)
            if complement is not None and ps.actor_at.get(complement.i) is None:
                return self._read(
                    ps, complement, agents, memory, membership, member_tokens, depth + 1
                )
        invited = self._invitation(ps, token, memory) if lemma in _INVITATIONS else []
        if invited:  # "the invitation to Finland and Sweden to become NATO members"
            for obj in invited:
                memory.remember(obj)
            return invited
        purpose = self._purpose(token) if lemma in self.lex.membership_heads else None
        if purpose is not None and depth < 2:
            return self._read(ps, purpose, agents, memory, membership, member_tokens, depth + 1)
        if membership is not None or lemma in self.lex.membership_heads or self._accession(token):
            found = self._membership(ps, token, agents, memory, membership, member_tokens)
            if found:
                for obj in found:
                    memory.remember(obj)
                return found
            if lemma in self.lex.membership_heads:
                # "the bid", "its accession": the membership named last
                last = next((o for o in reversed(memory.objects) if o.head == "membership"), None)
                if last is not None:
                    return [last]
        if token.pos_ in ("VERB", "AUX"):
            return self._descriptions(ps, token, memory)  # "to delay the AI Act": a doing
        body = self._body(ps, token, memory)
        if body is not None and lemma not in self.lex.topic_heads:
            return [self.body_object(body)]
        title = self._title(ps, token)
        if title is not None:
            memory.remember(title)
            return [title]
        back = self._back_reference(token, memory)
        if back is _UNRESOLVED:
            here = self._mentioned(ps, token)
            return [here] if here is not None else []
        if back is not None:
            return [back]
        described = self._descriptions(ps, token, memory)
        here = self._mentioned(ps, token)
        if here is not None:  # "the resolution, together with a panel": of its mention's kind
            described = [o if o.kind else attrs.evolve(o, kind=here.kind) for o in described]
        return described

    def _mentioned(self, ps: ParsedSentence, token: Token) -> ActObject | None:
        """The occasion or instrument mention a phrase with nothing to point back to is
        ("The resolution … was adopted on 26 August": that resolution, unnamed)."""
        at = ps.start(token)
        m = next((m for m in self.in_sentence(ps) if m.evidence.start <= at < m.evidence.end), None)
        if m is None:
            return None
        name = _clean(m.name)
        if not name:
            return None
        return ActObject(
            name=name,
            key=name.lower(),
            text=m.name,
            kind=m.kind,
            named=False,
            head=self.lex.head_group(token.lemma_.lower()),
        )

    def _antecedent(self, ps: ParsedSentence, pronoun: Token) -> Token | None:
        """What "it" stands for in its own sentence: the nearest noun before it, of its
        number, that names an instrument, a body or a policy ("opposed renewing the
        moratorium, but supported it"; "it" passes over "institutions")."""
        heads = self.lex.back_reference_heads | self.lex.instrument_heads | self.lex.topic_heads
        plural = pronoun.lower_ in _PLURAL_PRONOUNS
        for t in reversed(list(ps.doc)[: pronoun.i]):
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
                continue
            if (t.tag_ in _PLURAL_TAGS) is not plural:  # "it" is no "institutions"
                continue
            if t.i in ps.actor_at and ps.actor_at[t.i].actor.kind is ActorKind.PERSON:
                continue
            if self.lex.head_group(t.lemma_.lower()) in heads or t.lemma_.lower() in heads:
                return t
        return None

    def _complement(self, token: Token) -> Token | None:
        """The X of "the need for X", "calls to delay X", "the importance of X"."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "to", "in", "on", "at"):
                for c in child.children:
                    if c.dep_ in ("pobj", "pcomp"):
                        return c
            if child.dep_ in ("acl", "relcl", "xcomp") and child.tag_ == "VB":
                return child
        return None

    # -- membership -----------------------------------------------------------------
    def _possessors(self, ps: ParsedSentence, token: Token, memory: Discourse) -> list[Agent]:
        out: list[Agent] = []
        # "Sweden's NATO membership bid", which the parser may read as Sweden's membership
        # in a bid: a possessor of the compound before the head is the head's
        inner = [g for c in token.children if c.dep_ == "compound" for g in c.children]
        for child in [*token.children, *(g for g in inner if g.dep_ == "poss")]:
            mention = ps.actor_at.get(child.i)
            if child.dep_ == "poss" or (
                child.dep_ in ("compound", "nmod", "amod")
                and mention is not None
                and mention.actor.kind is not ActorKind.ORGANISATION
            ):
                if child.lower_ == "their":
                    # "Fiji and Samoa withdrew their bids": both; "Chile and Peru applied.
                    # NATO accepted their bids": the bodies the sentence before was about
                    subjects = plural_subject(child)
                    theirs = [
                        a
                        for t in subjects
                        if t.lower_ != "they"
                        and (a := agent_of(ps, t, self.lex, self.gazetteer, memory)) is not None
                    ]
                    if len(theirs) > 1:
                        out.extend(attrs.evolve(a, token=child.i) for a in theirs)
                        continue
                    if not subjects and len(memory.last_agents) > 1:
                        out.extend(Agent(name=n, token=child.i) for n in memory.last_agents)
                        continue
                for t in coordinated(child):
                    found = agent_of(ps, t, self.lex, self.gazetteer, memory)
                    if found is not None:
                        out.append(found)
        if not out:
            out = self._maker(ps, token, memory) or self._of_states(ps, token, memory)
        return out

    def _of_states(self, ps: ParsedSentence, token: Token, memory: Discourse) -> list[Agent]:
        """The states a membership phrase is of or for ("the accession of Sweden", "the
        protocol for Finland and Sweden"); organisations there are the body, not members."""
        return self._states_after(ps, token, ("of", "for"), memory)

    def _states_after(
        self, ps: ParsedSentence, token: Token, preps: Sequence[str], memory: Discourse
    ) -> list[Agent]:
        """The states named in prepositional phrases of ``token`` headed by ``preps``."""
        return [
            found
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj"
            for part in coordinated(o)
            if (found := agent_of(ps, part, self.lex, self.gazetteer, memory)) is not None
            and self._is_state(found.name)
        ]

    def _invitation(self, ps: ParsedSentence, token: Token, memory: Discourse) -> list[ActObject]:
        """An invitation to states to join a body is their membership of it ("the
        invitation to Finland and Sweden to become NATO members", "an invitation to Chile
        to join the alliance"): one membership per state invited."""
        invited = [a.name for a in self._states_after(ps, token, ("to", "for"), memory)]
        doing = next(
            (
                c
                for c in (*token.children, *token.head.children)
                if c.dep_ in ("acl", "advcl", "xcomp")
                and c.lemma_.lower() in _JOINING
                and c.i > token.i
                and is_infinitive(c)
            ),
            None,
        )
        if not invited or doing is None:
            return []
        body = None
        for c in doing.children:
            if c.dep_ in ("dobj", "attr"):
                body = self._membership_body(ps, c, memory) or self._body(ps, c, memory)
            elif c.dep_ == "prep":
                body = body or next(
                    (self._body(ps, o, memory) for o in c.children if o.dep_ == "pobj"), None
                )
        body = body or memory.last_organisation
        if body is None:
            return []
        return [
            ActObject(
                name=f"{possessive(name)} {body} membership",
                key=f"membership|{name.lower()}|{body.lower()}",
                text=ps.text(list(token.subtree)),
                head="membership",
                body=body,
                member=name,
            )
            for name in dict.fromkeys(invited)
            if name != body
        ]

    def _is_state(self, name: str) -> bool:
        """Whether a name is a state the gazetteer knows (no one is a member of one)."""
        actor = self.gazetteer.actors.get(name)
        return actor is not None and actor.kind is ActorKind.STATE

    def is_state_body(self, obj: ActObject) -> bool:
        """Whether an object is a state named as a body ("left Hungary")."""
        return obj.head == "body" and self._is_state(obj.name)

    def _accession(self, token: Token) -> bool:
        """An instrument of membership ("the accession protocol for Sweden", "the
        membership application"): a membership, like the bid it carries."""
        return token.lemma_.lower() in self.lex.instrument_heads and any(
            c.dep_ == "compound" and c.lemma_.lower() in self.lex.membership_heads
            for c in token.children
        )

    def _maker(self, ps: ParsedSentence, token: Token, memory: Discourse) -> list[Agent]:
        """Who made a bid the relative clause names ("the application that Sweden first
        made in 2022", "the bid Chile submitted"): they own it."""
        for c in token.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in _MAKING:
                subject = [g for g in c.children if g.dep_ == "nsubj"]
                found = [
                    a
                    for s in subject
                    for part in coordinated(s)
                    if (a := agent_of(ps, part, self.lex, self.gazetteer, memory)) is not None
                ]
                if found:
                    return found
        return []

    def _body(self, ps: ParsedSentence, token: Token, memory: Discourse) -> str | None:
        """The organisation (or state) a word names, by name or by definite description."""
        mention = ps.actor_at.get(token.i)
        if mention is not None and mention.actor.kind is not ActorKind.PERSON:
            return mention.actor.name
        lemma = token.lemma_.lower()
        named = token.pos_ == "PROPN" or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
        )
        if (
            not named
            and lemma in self.lex.organisation_heads
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)
        ):
            return last_named(ps, token, ActorKind.ORGANISATION) or memory.last_organisation
        return None

    def _purpose(self, token: Token) -> Token | None:
        """The infinitive a bid or an effort is for, unless it is joining ("a bid to net a
        deal": to net a deal; "a bid to join NATO": a membership)."""
        for c in token.children:
            if c.dep_ in ("acl", "relcl", "advcl") and is_infinitive(c):
                return None if c.lemma_.lower() in _JOINING else c
        return None

    def _membership_body(self, ps: ParsedSentence, token: Token, memory: Discourse) -> str | None:
        if token.lemma_.lower() in self.lex.instrument_heads and not self._accession(token):
            return None  # "the Harbour Grain Initiative", named like a body: an instrument
        body = self._body(ps, token, memory)
        if body is not None:
            # "the accession of Sweden to NATO": a state is a member, never the body
            return None if self._is_state(body) else body
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                for t in child.subtree:
                    mention = ps.actor_at.get(t.i)
                    if mention is not None and mention.actor.kind is ActorKind.ORGANISATION:
                        return self._organ(token, child, memory) or mention.actor.name
            if child.dep_ == "prep" and child.lower_ in (
                "to",
                "of",
                "in",
                "into",
                "for",
                "on",
                "from",
            ):
                for c in child.children:
                    if c.dep_ == "pobj":
                        found = self._membership_body(ps, c, memory)
                        if found is not None:
                            return found
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in ("join", "enter"):
                for c in child.children:
                    if c.dep_ == "dobj":
                        found = self._membership_body(ps, c, memory)
                        if found is not None:
                            return found
        return None

    def _organ(self, token: Token, modifier: Token, memory: Discourse) -> str | None:
        """The body of an organisation the text is about, described by the organisation
        it belongs to ("a UN body" after the UN Human Rights Council was named)."""
        last = memory.last_organisation
        if last is None or token.lemma_.lower() not in self.lex.organisation_heads:
            return None
        return last if modifier.text in last.split()[:-1] else None

    def _membership(
        self,
        ps: ParsedSentence,
        token: Token,
        agents: Sequence[Agent],
        memory: Discourse,
        membership: str | None,
        member_tokens: Sequence[Token],
    ) -> list[ActObject]:
        if self._purpose(token) is not None:
            return []  # "the WTO's bid to net a deal": a bid for something else
        elected = membership == "object" and token in member_tokens  # "Chile was elected"
        body = None if elected else self._membership_body(ps, token, memory)
        accession = self._accession(token)
        instrument = token.lemma_.lower() in self.lex.instrument_heads and not accession
        if body is None and instrument:
            return []  # "its withdrawal from the Reef Accord": a treaty, not a body
        if body is None and (
            token.lemma_.lower() in self.lex.membership_heads
            or membership == "agent"
            or elected
            or accession
        ):
            body = memory.last_organisation
            if body is not None and any(a.name == body for a in agents):
                # "… its seat on the Council, as the Assembly rejected its bid": the body
                # deciding on a bid is not the one the bid is for
                body = _other_organisation(ps, token, {a.name for a in agents}) or body
        if body is None:
            return []
        if self._is_state(body):
            return []  # "leaving Hungary as the only holdout": a state has no members
        if membership == "object":
            members = [
                a
                for t in member_tokens
                for part in coordinated(t)
                if (a := agent_of(ps, part, self.lex, self.gazetteer, memory)) is not None
            ]
        else:
            members = self._possessors(ps, token, memory)
            if not members and (
                membership == "agent" or token.lemma_.lower() in self.lex.membership_heads
            ):  # "applied for NATO membership", "sought two seats on the Council"
                members = list(agents)
        names = list(dict.fromkeys(m.name for m in members if m.name != body))
        is_body = token.lemma_.lower() not in self.lex.membership_heads
        return [
            ActObject(
                name=f"{possessive(name)} {body} membership",
                key=f"membership|{name.lower()}|{body.lower()}",
                text=ps.text(list(token.subtree)),
                named=is_body,
                head="membership",
                body=body,
                member=name,
            )
            for name in names
        ]

    # -- names, back references, descriptions ---------------------------------------
    def _title(self, ps: ParsedSentence, token: Token) -> ActObject | None:
        """An instrument or occasion the text names, inside the phrase."""
        span = sorted(self._phrase(token, ps.date_at), key=lambda t: t.i)
        if not span:
            return None
        head_at = ps.start(token)
        best: Mention | None = None
        for m in self.in_sentence(ps):
            surface = ps.sentence.text[
                max(0, m.evidence.start - ps.sentence.start) : m.evidence.end - ps.sentence.start
            ]
            if not _is_title(surface):
                continue
            if m.evidence.start <= head_at < m.evidence.end:
                best = m  # the title is what the phrase is about, not a part of it
                break
        if best is None:
            proper = [t for t in span if t.pos_ == "PROPN" and ps.actor_at.get(t.i) is None]
            if token.pos_ == "PROPN" and len(proper) >= 2 and token.i in {t.i for t in proper}:
                name = _clean(ps.text([t for t in span if t.i >= proper[0].i]))
                head = self.lex.head_group(token.lemma_.lower())
                return ActObject(
                    name=name, key=name.lower(), text=ps.text(span), named=True, head=head
                )
            return None
        name = self._title_text(ps, token, span) or _clean(best.name)
        surface = _clean(best.name)
        if surface.startswith(name) and len(surface) > len(name) and _is_title(surface):
            name = surface  # "the Harbour Protocol on Ocean Noise", its complement on the verb
        last = name.split(" ")[-1].lower() if name else ""
        return ActObject(
            name=name,
            key=name.lower(),
            text=ps.text(span),
            kind=best.kind,
            named=True,
            head=self.lex.head_group(last),
        )

    def _title_text(self, ps: ParsedSentence, token: Token, span: Sequence[Token]) -> str:
        """The title as the phrase writes it: its capitalised words and what lies between
        them ("the Global AI Governance Initiative", "China's “Global … Initiative”")."""
        owned = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
        words = [t for t in span if t.i not in owned and t.dep_ != "det"]
        capital = [t for t in words if t.text[:1].isupper() or t.text[:1].isdigit()]
        if not capital or token.i < capital[0].i:
            return ""
        first = capital[0].i
        last = max(t.i for t in capital if t.i <= max(token.i, capital[-1].i))
        return _clean(ps.doc[first : last + 1].text)

    def _head_word(self, words: Sequence[str]) -> str:
        """The head group of a name: its last word that names a kind of thing ("order" in
        "new executive order on Monday")."""
        for word in reversed(words):
            w = word.lower().strip(".,;:'’\"“”()")
            for form in (w, w[:-1] if w.endswith("s") else w):
                group = self.lex.head_group(form)
                if group in self.lex.back_reference_heads or form in self.lex.occasion_heads:
                    return group
        return self.lex.head_group(words[-1].lower()) if words else ""

    def remember_mentions(self, ps: ParsedSentence, memory: Discourse) -> None:
        """Remember the occasions and instruments a sentence names, for "the order",
        "the summit", "the declaration" later."""
        for m in self.in_sentence(ps):
            name = _ACT_PREFIX.sub("", _clean(m.name))  # "adoption of the X": the X
            words = name.split(" ")
            if not name or not words:
                continue
            head = self._head_word(words)
            named = _is_title(name)
            memory.remember(
                ActObject(
                    name=name,
                    key=name.lower(),
                    text=m.name,
                    kind=m.kind,
                    named=named,
                    head=head,
                )
            )
            if m.when is not None and m.when.days == 1:
                memory.story, memory.story_paragraph = m.when, ps.paragraph
            if m.date_text:
                memory.story_text = m.date_text
        for name, head in self._proper_names(ps):
            memory.remember(
                ActObject(name=name, key=name.lower(), text=name, named=True, head=head)
            )

    def _proper_names(self, ps: ParsedSentence) -> list[tuple[str, str]]:
        """Names of things the sentence writes in capitals ("the Kelp Restoration Goal",
        "the Ocean Noise Protocol and the Lima Ocean Declaration"), each with its head."""
        out = []
        for t in ps.doc:
            if t.pos_ != "PROPN" or t.i in ps.actor_at or t.i in ps.date_at:
                continue
            if t.dep_ == "compound" and t.head.pos_ == "PROPN":
                continue  # not the head of its name
            parts = [c for c in t.subtree if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if not parts or any(c.i in ps.actor_at for c in [t, *parts]):
                continue
            first = min(c.i for c in parts)
            start, end = ps.start(ps.doc[first]), ps.end(t)
            if any(
                m.evidence.start <= start and end <= m.evidence.end for m in self.in_sentence(ps)
            ):
                continue  # remembered with the mention's fuller name
            name = _clean(ps.doc[first : t.i + 1].text)
            if len(name.split()) >= 2:
                singular = t.lower_[:-1] if t.lower_.endswith("s") else t.lower_
                out.append((name, self.lex.head_group(singular)))
        return out

    def _back_reference(self, token: Token, memory: Discourse) -> ActObject | None:
        """ "the accord", "the declaration": the last object of that kind; ``_UNRESOLVED``
        when none was named (the phrase then names no object)."""
        if token.pos_ != "NOUN":
            return None
        dets = [
            c
            for c in token.children
            if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
        ]
        if not dets or any(
            c.dep_ not in ("det", "poss", "amod", "compound", "relcl", "acl", "punct", "appos")
            for c in token.children
        ):
            return None
        words = {
            c.lower_
            for c in token.children
            if c.dep_ in ("amod", "compound") and c.lower_ not in _GENERIC
        }
        if words:
            # "the restoration goal" after "the Kelp Restoration Goal": a named object
            # whose name holds every word
            head = token.lower_.rstrip("s")
            for obj in reversed(memory.objects):
                names = {n.rstrip("s") for n in obj.name.lower().split()}
                if obj.named and head in names and {w.rstrip("s") for w in words} <= names:
                    return obj
            return None
        group = self.lex.head_group(token.lemma_.lower())
        forms = {group, self.lex.head_group(token.lower_)}  # "the principles": either number
        if not forms & self.lex.back_reference_heads:
            return None
        for obj in reversed(memory.objects):
            if obj.head in forms:
                return obj
        described = any(c.dep_ == "amod" for c in token.children)
        if group in self.lex.instrument_heads and not described:
            # "the agreement" after "the final statement"; not "the first resolution"
            for obj in reversed(memory.objects):
                if obj.head in self.lex.instrument_heads:
                    return obj
        return _UNRESOLVED

    def _phrase(self, token: Token, dates: Container[int] = ()) -> list[Token]:
        """The tokens of the noun phrase headed by ``token``, cut before clauses, adjuncts
        and dates (``dates``: indices of the sentence's date tokens)."""
        out = [token]
        stack = list(token.children)
        backers = {
            c.i for c in stack if c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in _BACKED_BY
        }
        # "the UN-brokered deal": who brokered it ("UN", "-") is no more the deal than "brokered"
        backers |= {
            c.i
            for c in stack
            if c.i + 1 in backers or (c.i + 2 in backers and c.doc[c.i + 1].text in "-–")
        }
        stack = [
            c
            for c in stack
            if c.i not in backers or c.dep_ not in ("compound", "punct", "amod", "npadvmod")
        ]
        while stack and len(out) < _MAX_TOKENS:
            c = stack.pop(0)
            infinitive = c.dep_ in ("acl", "advcl") and is_infinitive(c)
            if (
                c.dep_ in _CUT_DEPS
                and not infinitive
                and not (c.dep_ == "punct" and c.text in "-–/'’")
            ):
                continue
            if c.dep_ == "prep" and (
                c.lower_ in _ADJUNCT_PREPS
                or c.lower_ not in _KEEP_PREPS
                or any(t.i in dates for t in c.subtree)
            ):
                continue
            if c.i in dates and c.dep_ in ("npadvmod", "nmod", "compound"):
                continue
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lower_ in _BACKED_BY:
                continue  # "a Chinese-sponsored resolution": who backs it, not what it is
            out.append(c)
            stack.extend(c.children)
        return sorted(out, key=lambda t: t.i)

    def _descriptions(self, ps: ParsedSentence, token: Token, memory: Discourse) -> list[ActObject]:
        """The phrase itself, one object per coordinated possessor."""
        span = self._phrase(token, ps.date_at)
        if not span or any(c.dep_ == "amod" and c.lower_ in _NOT_THIS for c in token.children):
            return []  # "a similar text", "another resolution": not the one named
        possessor_tokens = [
            c for c in token.children if c.dep_ in ("poss", "nmod") and c.i < token.i
        ]
        owners: list[str] = []
        rest = span
        if possessor_tokens:
            first = possessor_tokens[0]
            named: list[str] = []
            for t in coordinated(first):
                if t.tag_ == "PRP$":
                    named.append("")  # "its potential use": the pronoun's thing, whoever it is
                    continue
                found = agent_of(ps, t, self.lex, self.gazetteer, memory)
                named.append(found.name if found is not None else "")
            if any(named) or first.tag_ == "PRP$":
                owned = {t.i for p in possessor_tokens for t in p.subtree}
                rest = [t for t in span if t.i not in owned and t.i > first.i]
                owners = [n for n in named if n]
            # a possessor that is no actor ("the AI Act's rules") stays in the phrase
        text = _clean(ps.text(rest)) if rest else ""
        if not text:
            return []
        head = self.lex.head_group(token.lemma_.lower())
        words = [t.lemma_.lower() for t in rest if t.is_alpha and not t.is_stop]
        if not words:
            return []
        if not owners:
            out = [ActObject(name=text, key=_key(words), text=ps.text(span), head=head)]
        else:
            out = [
                ActObject(
                    name=f"{possessive(owner)} {text}",
                    key=_key([owner, *words]),
                    text=ps.text(span),
                    head=head,
                )
                for owner in dict.fromkeys(owners)
            ]
        if head in self.lex.back_reference_heads:
            for obj in out:
                memory.remember(obj)
        return out


def _other_organisation(ps: ParsedSentence, token: Token, agents: set[str]) -> str | None:
    """The organisation named last before ``token`` in the sentence that is none of
    ``agents``."""
    for i in range(token.i - 1, -1, -1):
        mention = ps.actor_at.get(i)
        if (
            mention is not None
            and mention.actor.kind is ActorKind.ORGANISATION
            and mention.actor.name not in agents
        ):
            return mention.actor.name
    return None


_INVITATIONS = frozenset(["invitation", "invite"])
"""Nouns of inviting a state to join a body."""
_JOINING = frozenset(["join", "become", "accede", "enter"])
"""Verbs of joining a body that an invitation names ("to join", "to become members")."""

_MAKING = frozenset(["make", "submit", "file", "lodge", "present", "table", "launch"])
"""Verbs of making a bid or an application ("the application that Sweden made")."""

_UNRESOLVED = ActObject(name="?", key="?", head="")
