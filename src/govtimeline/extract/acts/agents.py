"""Who acts: the actors a clause's subject, passive agent or list names.

A noun phrase names actors in one of these ways, tried in order on its head and on each
word coordinated with it ("Canada and Norway"):

* the head is an actor mention (a state, an organisation, or a person who speaks for a
  body during their tenure: "Finnish President Sauli Niinisto" acts for Finland);
* the head is a pronoun: "he"/"she" is the person named last, "it"/"they" the body named
  last, and "we"/"our"/"I" in quoted speech the speaker's body;
* the head is an institution noun ("the Turkish parliament", "Hungary's lawmakers",
  "a spokesman for Prime Minister Viktor Orban", "the government of Japan"): the actor
  among its modifiers or its "of"/"for" phrase; a bare definite one ("the government")
  is the state named last;
* the head is a group noun ("28 countries, including Brazil, India and the EU",
  "leaders from Africa, Asia and the EU"): the actors its list names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.context import Agent, Discourse, ParsedSentence
from govtimeline.extract.frames import FrameLexicon
from govtimeline.extract.gazetteer import Gazetteer
from govtimeline.model import Actor, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["actors_of", "agent_of", "coordinated", "is_infinitive", "last_named", "plural_subject"]

_THIRD_PERSON = frozenset(["he", "she", "him", "her", "his", "hers"])
_BODY_PRONOUNS = frozenset(["it", "its", "they", "their", "them"])
_FIRST_PERSON = frozenset(["i", "we", "our", "us", "my", "me", "ours"])
_MODIFIERS = frozenset(["poss", "amod", "compound", "nmod", "npadvmod", "nummod"])
_OF_PREPS = frozenset(["of", "for", "from", "at", "to"])
_STATE_LIKE = frozenset(["country", "state", "nation", "member", "ally", "partner", "economy"])
_COLLECTIVE = frozenset(["lawmaker", "legislator", "official", "mp", "authority", "deputy"])
_MEMBERS = frozenset(["member", "membership"])
_TENURE_NOUNS = frozenset(
    ["administration", "diplomacy", "government", "era", "presidency", "cabinet", "team", "camp"]
)
_MEMBER_KINDS = frozenset(["country", "state", "nation", "government", "economy"])


def is_infinitive(token: Token) -> bool:
    """Whether a word is a verb in the infinitive with its "to" ("to join", "to delay")."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def coordinated(token: Token) -> list[Token]:
    """A word and the words coordinated with it ("Canada, Norway and Peru"), in order; a
    list the parser hung as an apposition ("Mali, Burkina Faso and Niger": "Faso" in
    apposition, with "Niger" its conjunct) is one too."""
    out = [token]
    stack = [c for c in token.children if c.dep_ == "conj" or _listed_apposition(c)]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def _listed_apposition(token: Token) -> bool:
    """An apposition that goes on as a list: ", B and C" after A, not ", its chief"."""
    return (
        token.dep_ == "appos"
        and token.pos_ == "PROPN"
        and any(c.dep_ == "cc" for c in token.children)
        and any(c.dep_ == "conj" for c in token.children)
    )


def _mention_agent(
    ps: ParsedSentence, token: Token, gazetteer: Gazetteer, memory: Discourse
) -> Agent | None:
    mention = ps.actor_at.get(token.i)
    if mention is None:
        return None
    actor = mention.actor
    if actor.kind is ActorKind.ORGANISATION and actor.name not in gazetteer.actors:
        # an organisation only the parser names, owned by a state ("Britain's AI Safety
        # Institute"): the state acts through it
        for child in token.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i not in _span_of(ps, mention):
                owner = ps.actor_at.get(child.i)
                if owner is not None and owner.actor.kind is ActorKind.STATE:
                    memory.saw_actor(owner.actor, owner.actor.name)
                    return Agent(name=owner.actor.name, token=token.i)
    if actor.kind is ActorKind.PERSON:
        when = memory.anchor.earliest if memory.anchor is not None else None
        body = gazetteer.speaks_for(actor, when)
        memory.saw_actor(actor, body)
        return Agent(name=body or actor.name, via=actor.name, token=token.i, person=actor)
    memory.saw_actor(actor, actor.name)
    return Agent(name=actor.name, token=token.i)


def _span_of(ps: ParsedSentence, mention: object) -> set[int]:
    return {i for i, m in ps.actor_at.items() if m is mention}


def _pronoun_agent(
    ps: ParsedSentence, token: Token, gazetteer: Gazetteer, memory: Discourse
) -> Agent | None:
    word = token.lower_
    if word in _FIRST_PERSON:
        if token.i in ps.quoted and memory.speaker is not None:
            return memory.speaker.agent
        return None
    if word in _THIRD_PERSON:
        person = _last_person_before(ps, token) or memory.last_person
        if person is None:
            return None
        when = memory.anchor.earliest if memory.anchor is not None else None
        body = gazetteer.speaks_for(person, when)
        return Agent(name=body or person.name, via=person.name, token=token.i, person=person)
    if word in _BODY_PRONOUNS:
        if token.tag_ == "PRP$" or token.dep_ == "poss":
            subject = _clause_subject(ps, token, gazetteer, memory)
            if subject is not None:
                return Agent(name=subject.name, via=subject.via, token=token.i)
        if token.dep_ in ("nsubj", "nsubjpass"):
            # "… when it declined to sign": the main clause's subject; "While Peru supports
            # X, it rejected Y": the subject of a clause before it; "It was expected to …":
            # the body the sentence before was about, if any
            main = _main_subject_body(ps, token, gazetteer, memory)
            body = main or _earlier_subject_body(ps, token) or memory.last_agent
        else:
            body = _last_body_before(ps, token) or memory.last_body
        if body:
            return Agent(name=body, token=token.i)
    return None


def _main_subject_body(
    ps: ParsedSentence, token: Token, gazetteer: Gazetteer, memory: Discourse
) -> str | None:
    """The state or organisation the sentence's main clause is about, when the pronoun
    stands in a clause below it."""
    root = next((t for t in ps.doc if t.dep_ == "ROOT"), None)
    if root is None or token.head.i == root.i:
        return None
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
            mention = ps.actor_at.get(child.i)
            if mention is not None and mention.actor.kind is not ActorKind.PERSON:
                return mention.actor.name
    return None


def _earlier_subject_body(ps: ParsedSentence, token: Token) -> str | None:
    """A state or organisation that is the subject of a clause before ``token``."""
    for t in reversed(list(ps.doc)[: token.i]):
        if t.dep_ in ("nsubj", "nsubjpass"):
            mention = ps.actor_at.get(t.i)
            if mention is not None and mention.actor.kind is not ActorKind.PERSON:
                return mention.actor.name
    return None


def _last_person_before(ps: ParsedSentence, token: Token) -> Actor | None:
    """The person named last in the sentence before ``token`` (for "he", "his")."""
    for i in range(token.i - 1, -1, -1):
        mention = ps.actor_at.get(i)
        if mention is not None and mention.actor.kind is ActorKind.PERSON:
            return mention.actor
    return None


def _last_body_before(ps: ParsedSentence, token: Token) -> str | None:
    """The state or organisation named last in the sentence before ``token``."""
    for i in range(token.i - 1, -1, -1):
        mention = ps.actor_at.get(i)
        if mention is not None and mention.actor.kind is not ActorKind.PERSON:
            return mention.actor.name
    return None


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word is in (the word itself at the top of a verbless one)."""
    verb = token
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 8:
        verb = verb.head
        steps += 1
    return verb


def _clause_subject(
    ps: ParsedSentence, token: Token, gazetteer: Gazetteer, memory: Discourse
) -> Agent | None:
    """ "its", "their": the actor the subject of the clause names, when it names one and
    does not hold the pronoun itself ("Turkey lifted its veto": Turkey)."""
    for child in _clause_verb(token).children:
        if child.dep_ in ("nsubj", "nsubjpass") and token not in child.subtree:
            for t in coordinated(child):
                found = _mention_agent(ps, t, gazetteer, memory)
                if found is not None:
                    return found
    return None


def plural_subject(token: Token) -> list[Token]:
    """The subjects of the clause that holds ``token`` when it has several coordinated
    ones ("Hungary and Turkey delayed their votes": Hungary, Turkey), or a plural noun
    or "they" (that one word); else none."""
    for c in _clause_verb(token).children:
        if c.dep_ in ("nsubj", "nsubjpass") and token not in c.subtree:
            several = coordinated(c)
            if len(several) > 1 or c.tag_ in ("NNS", "NNPS") or c.lower_ == "they":
                return several
    return []


def _modifier_agent(
    ps: ParsedSentence, token: Token, gazetteer: Gazetteer, memory: Discourse
) -> Agent | None:
    """The actor an institution noun belongs to ("the Turkish parliament")."""
    statelike = token.lemma_.lower() in _STATE_LIKE
    for child in token.children:
        if child.dep_ == "poss" and child.tag_ == "PRP$":
            found = _pronoun_agent(ps, child, gazetteer, memory)
            if found is not None:
                return Agent(name=found.name, token=token.i)
        if child.dep_ in _MODIFIERS:
            for t in child.subtree:
                mention = ps.actor_at.get(t.i)
                if (
                    statelike
                    and mention is not None
                    and mention.actor.kind is ActorKind.ORGANISATION
                ):
                    continue  # "a NATO country", "an EU member": not the organisation
                found = _mention_agent(ps, t, gazetteer, memory)
                if found is not None:
                    return Agent(name=found.name, via=found.via, token=token.i)
        if child.dep_ == "prep" and child.lower_ in _OF_PREPS:
            for t in child.children:
                if t.dep_ == "pobj":
                    found = _mention_agent(ps, t, gazetteer, memory)
                    if found is None:
                        found = _modifier_agent(ps, t, gazetteer, memory)
                    if found is not None:
                        return Agent(name=found.name, via=found.via, token=token.i)
    return None


def _organisation_modifier(ps: ParsedSentence, token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") or (
            child.dep_ == "prep" and child.lower_ == "of"
        ):
            for t in child.subtree:
                mention = ps.actor_at.get(t.i)
                if mention is not None and mention.actor.kind is ActorKind.ORGANISATION:
                    return mention.actor.name
    return None


def _definite_agent(
    ps: ParsedSentence, token: Token, lex: FrameLexicon, memory: Discourse
) -> Agent | None:
    """ "the government", "the country", "the alliance": the body of that sort named last."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return None
    lemma = token.lemma_.lower()
    if token.tag_ in ("NNS", "NNPS") and lemma not in _COLLECTIVE:
        return None  # "the Nordic countries" are several
    described = any(c.dep_ in ("amod", "compound") for c in token.children)
    if lemma in lex.state_heads:
        if described:  # "the Nordic country": the state the story is most about
            state = memory.salient_state()
        else:
            state = last_named(ps, token, ActorKind.STATE) or memory.last_state
        return Agent(name=state, token=token.i) if state else None
    if lemma in lex.organisation_heads:
        org = last_named(ps, token, ActorKind.ORGANISATION) or memory.last_organisation
        return Agent(name=org, token=token.i) if org else None
    return None


def _candidate(
    ps: ParsedSentence,
    token: Token,
    found: Agent,
    lex: FrameLexicon,
    gazetteer: Gazetteer,
    memory: Discourse,
) -> Agent:
    """ "its bid", "its application" owned by an organisation that decides on bids ("the
    Assembly rejected its bid"): the bid is the state's named before (Russia's), not the
    deciding body's; anything else keeps the agent found."""
    actor = gazetteer.actors.get(found.name)
    if (
        actor is None
        or actor.kind is not ActorKind.ORGANISATION
        or token.head.lemma_.lower() not in lex.membership_heads
    ):
        return found
    state = last_named(ps, token, ActorKind.STATE) or memory.last_state
    return Agent(name=state, token=token.i) if state and state != found.name else found


def last_named(ps: ParsedSentence, token: Token, kind: ActorKind) -> str | None:
    """The actor of ``kind`` named last in the sentence before ``token``."""
    for i in range(token.i - 1, -1, -1):
        mention = ps.actor_at.get(i)
        if mention is not None and mention.actor.kind is kind:
            return mention.actor.name
    return None


def agent_of(
    ps: ParsedSentence, token: Token, lex: FrameLexicon, gazetteer: Gazetteer, memory: Discourse
) -> Agent | None:
    """The actor one word names (not following lists); None if it names none."""
    found = _mention_agent(ps, token, gazetteer, memory)
    if found is not None:
        return found
    if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
        found = _pronoun_agent(ps, token, gazetteer, memory)
        if found is not None and token.tag_ == "PRP$":
            found = _candidate(ps, token, found, lex, gazetteer, memory)
        return found
    lemma = token.lemma_.lower()
    if lemma in _TENURE_NOUNS or token.lower_.endswith("-era"):
        # "Biden-era diplomacy", "the Trump administration": the person's body
        for t in token.subtree:
            mention = ps.actor_at.get(t.i)
            if mention is not None and mention.actor.kind is ActorKind.PERSON and t.i != token.i:
                found = _mention_agent(ps, t, gazetteer, memory)
                if found is not None:
                    return attrs.evolve(found, token=token.i)
    if lemma in _MEMBERS or (
        lemma in _MEMBER_KINDS and any(c.lower_ == "member" for c in token.children)
    ):
        # "WTO members agreed", "member countries meeting in Abu Dhabi": a decision of the
        # organisation's membership is the organisation's
        org = _organisation_modifier(ps, token) or memory.last_organisation
        if org is not None:
            return Agent(name=org, token=token.i)
    if lemma in lex.agent_heads:
        found = _modifier_agent(ps, token, gazetteer, memory) or _definite_agent(
            ps, token, lex, memory
        )
        person = next(
            (
                ps.actor_at[c.i].actor
                for c in token.children
                if c.dep_ == "appos"
                and c.i in ps.actor_at
                and ps.actor_at[c.i].actor.kind is ActorKind.PERSON
            ),
            None,
        )
        if found is not None and person is not None and not found.via:
            # "Kenya's foreign minister, Jane Doe, said …": Kenya, through Jane Doe
            found = attrs.evolve(found, via=person.name, person=person)
        if (
            found is None
            and lemma in lex.state_heads | _COLLECTIVE
            and not (token.tag_ in ("NNS", "NNPS") and lemma not in _COLLECTIVE)
            and not any(
                c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in token.children
            )
        ):
            # a bare "Lawmakers voted", "Parliament approved": the state in the story
            state = last_named(ps, token, ActorKind.STATE) or memory.last_state
            found = Agent(name=state, token=token.i) if state else None
        if found is not None:
            return found
    for child in token.children:
        if child.dep_ == "appos":  # "its neighbour Sweden"
            mention = ps.actor_at.get(child.i)
            if mention is not None:
                return _mention_agent(ps, child, gazetteer, memory)
    # a name longer than the mention ("NATO member Turkey" is headed by Turkey; "the
    # European Commission's spokesperson" by the spokesperson) is handled above; a head
    # that is part of a longer proper name carries the mention on another token
    if token.pos_ == "PROPN":
        for child in token.children:
            if child.dep_ == "compound":
                found = _mention_agent(ps, child, gazetteer, memory)
                if found is not None and ps.actor_at.get(child.i) is not None:
                    mention = ps.actor_at[child.i]
                    if mention.actor.kind is ActorKind.PERSON:
                        return found
    return None


def _listed(
    ps: ParsedSentence,
    token: Token,
    lex: FrameLexicon,
    gazetteer: Gazetteer,
    memory: Discourse,
    depth: int = 0,
) -> Iterator[Agent]:
    """The actors a group noun's list names ("countries, including Brazil and India")."""
    if depth > 3:
        return
    for child in token.children:
        if child.dep_ == "appos":
            for t in coordinated(child):
                yield from actors_of(ps, t, lex, gazetteer, memory, depth + 1, follow=False)
        elif child.dep_ == "prep" and _opens_list(child, lex):
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "dobj"):
                    for t in coordinated(pobj):
                        yield from actors_of(ps, t, lex, gazetteer, memory, depth + 1)
        elif child.dep_ == "acl" and child.lemma_.lower() in ("include", "lead"):
            for obj in child.children:
                if obj.dep_ in ("dobj", "agent", "prep"):
                    targets = [obj] if obj.dep_ == "dobj" else list(obj.children)
                    for target in targets:
                        for t in coordinated(target):
                            yield from actors_of(ps, t, lex, gazetteer, memory, depth + 1)


def _of_list(
    ps: ParsedSentence, token: Token, gazetteer: Gazetteer, memory: Discourse
) -> list[Agent]:
    """The actors of a plural noun's "of" list, when it names several ("the juntas of
    Mali, Niger and Chad", "the governments of Peru and Chile")."""
    out = [
        Agent(name=found.name, via=found.via, token=token.i)
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for t in coordinated(o)
        if (found := _mention_agent(ps, t, gazetteer, memory)) is not None
    ]
    return out if len({a.name for a in out}) > 1 else []


_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted(token: Token, lex: FrameLexicon, memory: Discourse) -> list[Agent]:
    """A counted group of the kind a text listed before ("the three countries", "both
    states" after "Mali, Niger and Chad …"): that list, when the count agrees."""
    if token.lemma_.lower() not in lex.group_heads or any(
        c.dep_ in ("appos", "prep", "acl") for c in token.children
    ):
        return []
    counts = [
        _COUNTS.get(c.lower_) for c in token.children if c.dep_ in ("nummod", "det", "predet")
    ]
    n = next((k for k in counts if k is not None), None)
    if n is None or len(memory.last_group) != n:
        return []
    return [Agent(name=name, token=token.i) for name in memory.last_group]


def _opens_list(prep: Token, lex: FrameLexicon) -> bool:
    words = [prep.lower_]
    words = [c.lower_ for c in prep.children if c.dep_ == "advmod" and c.i < prep.i] + words
    return any(tuple(words[-len(p) :]) == p for p in lex.list_preps)


def actors_of(
    ps: ParsedSentence,
    token: Token,
    lex: FrameLexicon,
    gazetteer: Gazetteer,
    memory: Discourse,
    depth: int = 0,
    *,
    follow: bool = True,
) -> Iterator[Agent]:
    """Every actor a noun phrase headed by ``token`` names (coordination not included)."""
    if (
        token.lower_ == "they"
        and token.dep_ in ("nsubj", "nsubjpass")
        and len(memory.last_agents) > 1
        and not any(  # "A spokesperson for Chile said they …": Chile's
            t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ != "PRON"
            and agent_of(ps, t, lex, gazetteer, memory) is not None
            for t in ps.doc[: token.i]
        )
    ):  # "Chile and Peru applied in May. They joined in June.": both
        for name in memory.last_agents:
            yield Agent(name=name, token=token.i)
        return
    if token.tag_ in ("NNS", "NNPS"):
        several = _of_list(ps, token, gazetteer, memory) or _counted(token, lex, memory)
        if several:
            yield from several
            return
    found = agent_of(ps, token, lex, gazetteer, memory)
    if found is not None:
        yield found
        return
    if follow and (token.lemma_.lower() in lex.group_heads or token.lower_ in lex.group_heads):
        yield from _listed(ps, token, lex, gazetteer, memory, depth)
