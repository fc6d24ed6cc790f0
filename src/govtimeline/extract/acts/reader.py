"""Reading acts from a parsed sentence with the frame lexicon.

For each verb whose lemma has frames (most specific first), the first frame whose
requirements the clause meets (its particle, its preposition, the heads it allows) gives
an act. The act's agents are the subject of the verb or of the controllers above it
("Canada and Norway declined to sign": the subject of "declined"), the "by" phrase of a
passive, the noun a participle or relative clause modifies, or the subject of the clause
a conjoined verb shares. Controllers ("declined to", "plans to", "announced that")
set the polarity, the status and, for announcements and decisions, make the whole an
event dated at the controller. Nouns of the lexicon's ``nominals`` ("Turkey's approval",
"abstentions from Fiji and Laos", "lifted its veto on the bids") are acts too.

One act is made per object: coordinated objects and possessors split
("Finland and Sweden's bids" are two memberships).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.agents import actors_of, agent_of, coordinated, is_infinitive
from govtimeline.extract.acts.context import Agent, Discourse, ParsedSentence, Speaker
from govtimeline.extract.acts.dating import MANNER_NOUNS, ActDate, date_of_act, date_on
from govtimeline.extract.acts.objects import ObjectReader, is_governance, possessive
from govtimeline.extract.frames import Controller, FrameLexicon, Nominal, VerbFrame
from govtimeline.extract.gazetteer import Gazetteer
from govtimeline.model import (
    Act,
    ActObject,
    ActorKind,
    ActStatus,
    EventKind,
    Evidence,
    Mention,
    Stance,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from govtimeline.model.when import When

__all__ = ["ActReader"]

_FUTURE_AUX = frozenset(["will", "'ll", "shall", "would", "wo", "could", "might", "may"])
_FUTURE_MARKS = frozenset(["before", "until", "till", "once", "unless", "if", "when", "after"])
"""Subordinators of a clause whose present tense tells what is yet to happen ("before the
rules take effect", "once it enters into force")."""
_RELATIVE = frozenset(["who", "which", "that", "whom"])
_PARTICLES = frozenset(["out", "away", "up", "on", "off", "down", "back", "in"])
_FAVOUR = frozenset(["favour", "favor", "support", "opposition", "behalf"])
_MAX_PHRASE = 30
_ASIDE_ENDS = frozenset([")", "—", "–", "--"])
"""Tokens that close an aside between a verb and its object."""
_OBLIGATION = frozenset(["should", "must", "ought", "shall"])
_RESERVATION = frozenset(
    ["warn", "caution", "criticise", "criticize", "complain", "insist", "note", "stress", "say"]
)
_COMPLEMENT_PREPS = frozenset(["on", "of", "about", "over", "against", "regarding", "concerning"])
_PROPOSING = frozenset(["launch", "call_for"])
"""Acts whose agent is the proponent of what a text then lists ("the Initiative …:
Oppose …, Support …")."""
_OBJECT_CONTROL = frozenset(["of", "from", "into", "against"])
"""Prepositions before a gerund whose subject is the governing verb's object ("accused
them of supporting", "barred it from joining"); after others ("by signing") it is the
governing verb's subject."""


@attrs.frozen
class _Match:
    frame: VerbFrame
    objects: tuple[Token, ...]
    """Object head tokens (empty for an act on nothing, e.g. a bare vote)."""
    words: tuple[str, ...] = ()
    """The preposition words that matched."""
    members: tuple[Token, ...] = ()
    """For memberships of the object ("admit Finland into NATO"): the member tokens."""
    holder: Token | None = None
    """For frames that reach their object through a noun ("lifted its veto on X"): the noun."""


@attrs.frozen
class _Chain:
    verbs: tuple[Token, ...]
    """The act's verb, then the controllers above it."""
    negated: bool
    status: ActStatus
    event: EventKind | None
    advocacy: bool = False
    """A controller asks others to act ("urged Chile to sign"): a stance, not an event."""


def _with_next(prep: Token) -> bool:
    """ "…, but, along with Hungary, had kept Sweden waiting": the phrase goes with the
    clause after it (a verb follows its closing comma), not with the objects before."""
    end = max(t.i for t in prep.subtree)
    doc = prep.doc
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is None or after.text != ",":
        return False
    following = doc[end + 2] if end + 2 < len(doc) else None
    return following is not None and following.pos_ in ("AUX", "VERB")


def _asks_to_act(child: Token) -> bool:
    """An infinitive complement: the act one is asked to do ("urged Chile to sign")."""
    return child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VB"


_DECISIONS = frozenset(["approve", "adopt", "admit", "elect", "suspend"])
"""Acts a body takes at its own occasions: a passive one there is the body's ("the bids
were accepted at the alliance's summit"); a deal reached at a summit is the parties'."""
_POLAR = {Stance.SUPPORT: Stance.OPPOSE, Stance.OPPOSE: Stance.SUPPORT}
"""The stances that compose, each with its opposite."""


def _compose(outer: Stance, inner: Stance) -> Stance:
    """A stance on an act of ``inner`` stance, as a stance on what that act is on
    (support of a withdrawal is opposition; opposition to it, support)."""
    return inner if outer is Stance.SUPPORT else _POLAR[inner]


def _participle_before(verb: Token) -> Token | None:
    """The participle a misparsed "and co-sponsored by" continues: a conjunct of the main
    verb, right after "and", whose previous words end a participle clause on a noun
    ("a resolution spearheaded by Peru and co-sponsored by Kenya")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.i < 2:
        return None
    doc = verb.doc
    if doc[verb.i - 1].lower_ != "and":
        return None
    for t in reversed(doc[max(0, verb.i - 12) : verb.i - 1]):
        if t.dep_ == "acl" and t.tag_ == "VBN":
            return t if t.left_edge.i <= verb.i - 2 <= t.right_edge.i else None
    return None


def _subject_of(verb: Token, children: Sequence[Token]) -> list[Token]:
    """A verb's subject; a relative pronoun stands for the noun its clause is about: the
    head of a noun phrase the parser hung it on ("the obligations for AI models, which
    will take effect in August": the obligations)."""
    subject = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if subject and subject[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        return [noun]
    return subject


def _has_negation(token: Token) -> bool:
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ in ("never", "no"))
        or (  # "could no longer be part of it", "will no more fund it"
            c.dep_ == "advmod"
            and c.lower_ in ("longer", "more")
            and any(n.dep_ == "neg" and n.lower_ == "no" for n in c.children)
        )
        for c in token.children
    )


def _misread_object(verb: Token, c: Token) -> bool:
    """A noun after the verb that the parser took for something else than its object:
    a clause before a trailing attribution ("ratified Sweden's bid on Tuesday, Reuters
    reports"), or an adverbial phrase after an aside ("ratified (on 3 May) the Harbour
    Accord", "adopted—by consensus—a treaty")."""
    if c.pos_ not in ("NOUN", "PROPN") or c.i <= verb.i:
        return False
    if c.dep_ == "ccomp":
        return not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)
    return c.dep_ == "npadvmod" and any(t.text in _ASIDE_ENDS for t in verb.doc[verb.i + 1 : c.i])


def _gerund_doer(verb: Token) -> Token | None:
    """The noun right before a gerund with no subject of its own that the parser hung on a
    preposition before it ("looked forward to President Erdogan signing the document":
    Erdogan signs, not the speaker)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    start = verb.left_edge.i
    if start == 0:
        return None
    noun = verb.doc[start - 1]
    if noun.dep_ == "pobj" and noun.pos_ in ("PROPN", "NOUN") and noun.head.i < noun.i:
        return noun
    return None


def _as_topic(frame: VerbFrame, objects: list[ActObject]) -> list[ActObject]:
    """The objects named by the frame's topic template, if it has one ("delaying {}")."""
    if not frame.topic:
        return objects
    return [
        attrs.evolve(o, name=frame.topic.format(o.name), key=frame.topic.format(o.key))
        for o in objects
    ]


def _asks_for(noun: Token, verb: Token) -> bool:
    """Whether ``verb`` is the infinitive ``noun`` asks for ("calls to delay X"), hung by
    the parser on the noun or on the verb whose object the noun is, right after it."""
    if not is_infinitive(verb):
        return False
    if verb.dep_ in ("acl", "relcl"):
        return verb.head.i == noun.i
    return (
        verb.dep_ in ("advcl", "xcomp")
        and noun.dep_ == "dobj"
        and noun.head.i == verb.head.i
        and verb.left_edge.i == noun.right_edge.i + 1
    )


def _advocated_doing(advocacy: Token) -> Token | None:
    """The infinitive an advocacy noun asks for ("calls to delay X": delay)."""
    heads = [advocacy, advocacy.head] if advocacy.dep_ == "dobj" else [advocacy]
    return next((c for h in heads for c in h.children if _asks_for(advocacy, c)), None)


def _advocacy_of(verb: Token, heads: frozenset[str]) -> Token | None:
    """The advocacy noun whose doing ``verb`` is ("calls to delay": calls), or None."""
    nouns = [verb.head] if verb.dep_ in ("acl", "relcl") else list(verb.head.children)
    return next((n for n in nouns if n.lemma_.lower() in heads and _asks_for(n, verb)), None)


def _yet_to_come(verb: Token) -> bool:
    """Whether a verb in the present heads a clause of time or condition ("before the
    rules take effect", "once the pact enters into force", "if it ratifies"): the act
    it tells has not happened when told."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "mark" and c.lower_ in _FUTURE_MARKS for c in verb.children)
    )


def _nominal_root_verb(token: Token) -> bool:
    """A past tense the parser took for a participle of the sentence's only noun: in "The
    Chinese delegation advocated for …" the whole sentence hangs on "delegation"."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < token.i
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in token.children)
    )


def _hyphen_agent(verb: Token) -> Token | None:
    """The agent a hyphen joins to a participle: "a Chinese-sponsored resolution", "the
    US-led coalition"."""
    if verb.tag_ != "VBN" or verb.i == 0 or verb.doc[verb.i - 1].text != "-":
        return None
    before = verb.doc[verb.i - 2] if verb.i > 1 else None
    if before is None or before.head.i != verb.i or not before.text[:1].isupper():
        return None  # a name ("US-backed"), not a kind ("state-backed")
    return before


def _reported_as_done(verb: Token) -> bool:
    """A passive told as done ("had been signed", "was adopted"): whoever reports it did
    not do it; one to come ("will be delayed") is what the announcer decides."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(a in _FUTURE_AUX for a in aux) and any(
        a in ("had", "has", "have", "was", "were") for a in aux
    )


def _yet_to(verb: Token) -> bool:
    """ "Chile has yet to ratify", "is yet to sign": an act not done, and not refused."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in ("have", "be")
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
    )


def _passive(token: Token) -> bool:
    if _nominal_root_verb(token):
        return False
    return (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        or (token.dep_ == "acl" and token.tag_ == "VBN")
        or (token.dep_ == "amod" and _hyphen_agent(token) is not None)  # "a US-backed plan"
        # "spearheaded by Peru and co-sponsored by Kenya": the second participle too
        or (
            token.dep_ == "conj"
            and token.tag_ == "VBN"
            and token.head.tag_ == "VBN"
            and _passive(token.head)
        )
        or _participle_before(token) is not None  # the same, misparsed on the main verb
    )


_IRREGULAR = {
    "hold": "held",
    "set": "set",
    "meet": "met",
    "make": "made",
    "take": "taken",
    "give": "given",
    "put": "put",
    "begin": "begun",
    "lay": "laid",
    "draw": "drawn",
    "bring": "brought",
    "lead": "led",
    "win": "won",
    "strike": "struck",
    "leave": "left",
    "withdraw": "withdrawn",
    "quit": "quit",
    "lose": "lost",
    "send": "sent",
    "seek": "sought",
    "freeze": "frozen",
    "break": "broken",
    "choose": "chosen",
    "undertake": "undertaken",
    "overturn": "overturned",
    "shut": "shut",
    "cut": "cut",
    "sell": "sold",
    "tell": "told",
    "forgo": "forgone",
    "forsake": "forsaken",
    "rejoin": "rejoined",
}


def _ahead(act: Act, anchor: When | None) -> Act:
    """An act its own clause dates after the report is planned, whatever its tense ("when
    its leaders meet in Osaka next month")."""
    if (
        act.status is ActStatus.OCCURRED
        and act.dated_by == "clause"
        and act.when is not None
        and anchor is not None
        and act.when.earliest > anchor.latest
    ):
        return attrs.evolve(act, status=ActStatus.PLANNED)
    return act


def _participle(lemma: str) -> str:
    """The past participle of a verb lemma ("adopt" → "adopted", "hold" → "held"); of a
    phrasal one, its verb's ("call for" → "called for")."""
    first, space, rest = lemma.partition(" ")
    if space:
        return f"{_participle(first)} {rest}"
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _third_person(lemma: str) -> str:
    first, space, rest = lemma.partition(" ")
    if space:  # "call for" → "calls for"
        return f"{_third_person(first)} {rest}"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


_NAMED_AGENTS = 3
"""How many agents an act's name lists before "and N others"."""


def _who(agents: Sequence[Agent]) -> str:
    """The agents as a name says them: "Chile", "Chile and Peru", "Chile, Peru, Kenya and
    2 others"."""
    names = [a.name for a in agents]
    if len(names) <= 2:
        return " and ".join(names)
    if len(names) <= _NAMED_AGENTS:
        return ", ".join(names[:-1]) + " and " + names[-1]
    rest = len(names) - _NAMED_AGENTS
    return ", ".join(names[:_NAMED_AGENTS]) + f" and {rest} other" + ("s" if rest > 1 else "")


def _without_gerund(lemma: str, target: str) -> str:
    """An object that restates its act's verb, without it: "delays delaying the Harbour
    Act" says "delays the Harbour Act"."""
    first, _, rest = target.partition(" ")
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if rest and first.lower() in (lemma + "ing", stem + "ing"):
        return rest
    return target


@attrs.frozen
class ActReader:
    """Reads the acts of the sentences of one document."""

    lex: FrameLexicon
    gazetteer: Gazetteer
    objects: ObjectReader
    document: str

    # -- the fold over a sentence -------------------------------------------------
    def read(self, ps: ParsedSentence, memory: Discourse) -> list[Act]:
        """The acts of one sentence (updates ``memory``)."""
        self._note_speaker(ps, memory)
        out: list[Act] = []
        if ps.sentence.text.rstrip().rstrip("\"”’'").endswith("?"):
            self._note_actors(ps, memory)
            return out  # a question asserts nothing
        held: set[int] = set()  # nouns a verb frame already read ("raised concerns about")
        whole = self.lex.hyphenated
        for token in ps.doc:
            lemma = whole.get(token.lower_) or token.lemma_.lower()
            if token.lower_ == "found" and (token.tag_ == "VB" or token.head.lemma_ == "help"):
                lemma = "found"  # "helped found": to found, not the past of "find"
            if self._is_verb(token) and lemma in self.lex.by_lemma:
                out.extend(self._verb_acts(ps, token, memory, held, lemma=lemma))
            elif self._imperative(token):
                out.extend(self._verb_acts(ps, token, memory, held, lemma=token.lower_))
            elif (
                token.pos_ in ("NOUN", "PROPN")
                and lemma in self.lex.nominal_of
                and token.i not in held
            ):
                out.extend(self._nominal_acts(ps, token, self.lex.nominal_of[lemma], memory))
        self._note_actors(ps, memory)
        self._note_subject(ps, memory)
        self.objects.remember_mentions(ps, memory)
        return [_ahead(a, memory.anchor) for a in out]

    @staticmethod
    def _is_verb(token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX")

    @staticmethod
    def _is_imperative_clause(verb: Token) -> bool:
        top = verb
        while top.dep_ == "conj":
            top = top.head
        return top.dep_ == "ROOT" and (top.tag_ == "VB" or top.pos_ in ("NOUN", "PROPN"))

    def _imperative(self, token: Token) -> bool:
        """A list item or slogan the tagger took for a noun: "Oppose using AI …",
        "Support efforts to …" (a capitalised first word that is a frame verb)."""
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "ROOT":
            return False
        first = next((t for t in token.sent if not t.is_punct), None)
        return first is not None and first.i == token.i and token.lower_ in self.lex.by_lemma

    def _note_subject(self, ps: ParsedSentence, memory: Discourse) -> None:
        """The body the main clause's subject names, for a subject "it" next."""
        roots = [t for t in ps.doc if t.dep_ == "ROOT"]
        subject = [c for r in roots[:1] for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = None
        several: tuple[str, ...] = ()
        if subject and subject[0].pos_ != "PRON":
            read = {
                t.i: list(actors_of(ps, t, self.lex, self.gazetteer, memory))
                for t in coordinated(subject[0])
            }
            agents = read[subject[0].i]
            if agents and not agents[0].via:
                found = agents[0].name
            names = [a.name for part in read.values() for a in part if not a.via]
            several = tuple(dict.fromkeys(names)) if len(set(names)) > 1 else ()
        elif subject:
            found, several = memory.last_agent, memory.last_agents
        memory.last_agent, memory.last_agents = found, several
        if several:
            memory.last_group = several

    def _note_actors(self, ps: ParsedSentence, memory: Discourse) -> None:
        """Remember the sentence's actors in text order, for the sentences after it."""
        when = memory.anchor.earliest if memory.anchor is not None else None
        seen: set[int] = set()
        for i in sorted(ps.actor_at):
            mention = ps.actor_at[i]
            if id(mention) in seen:
                continue
            seen.add(id(mention))
            actor = mention.actor
            body = (
                self.gazetteer.speaks_for(actor, when)
                if actor.kind is ActorKind.PERSON
                else actor.name
            )
            memory.saw_actor(actor, body)

    def _note_speaker(self, ps: ParsedSentence, memory: Discourse) -> None:
        """The speaker of the sentence's quotation: the subject of a speech verb outside it."""
        for token in ps.doc:
            if token.lemma_.lower() in self.lex.speech_verbs and token.i not in ps.quoted:
                for child in token.children:
                    if child.dep_ == "nsubj":
                        agents = list(actors_of(ps, child, self.lex, self.gazetteer, memory))
                        if agents:
                            memory.speaker = Speaker(agent=agents[0])
                            return
        if not ps.quoted:
            memory.speaker = None

    # -- verbs ------------------------------------------------------------------------
    def _verb_acts(
        self,
        ps: ParsedSentence,
        verb: Token,
        memory: Discourse,
        held: set[int],
        lemma: str | None = None,
    ) -> list[Act]:
        for frame in self.lex.by_lemma[lemma or verb.lemma_.lower()]:
            match = self._match(frame, verb, ps.date_at)
            if match is not None:
                acts = self._acts(ps, verb, match, memory)
                if acts:
                    held.update(t.i for t in (match.holder, *match.objects) if t is not None)
                    acts += self._contrast(ps, verb, acts[0], memory)
                return acts
        return []

    def _prep_phrases(self, verb: Token) -> list[tuple[tuple[str, ...], Token | None]]:
        """(words, object) for each prepositional phrase of a verb ("out of", X)."""
        particles = [
            c
            for c in verb.children
            if (c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES)
            or (
                c.dep_ == "prep"
                and c.lower_ in _PARTICLES
                and any(g.dep_ == "prep" for g in c.children)
            )
            or c.dep_ == "acomp"  # "will be open for signature"
        ]
        out: list[tuple[tuple[str, ...], Token | None]] = []
        for holder in [verb, *particles]:
            lead = () if holder is verb or holder.dep_ == "acomp" else (holder.lower_,)
            for prep in holder.children:
                if prep.dep_ not in ("prep", "agent", "dative") and not (
                    prep.dep_ == "prt" and prep.pos_ == "ADP"
                ):
                    continue
                words = (*lead, prep.lower_)
                prefixes = [words] + [(p.lower_, prep.lower_) for p in particles if holder is verb]
                objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
                for obj in objects:
                    inner = [p for p in obj.children if p.dep_ == "prep"]
                    if obj.lower_ in _FAVOUR:
                        for p in inner:
                            for o in p.children:
                                if o.dep_ in ("pobj", "pcomp"):
                                    out.append(((*words, obj.lower_, p.lower_), o))
                        out.append(((*words, obj.lower_), None))
                    for w in prefixes:
                        out.append((w, obj))
                if not objects:  # "voted against": a preposition with no object of its own
                    out.append((words, None))
        return out

    def _match(self, frame: VerbFrame, verb: Token, dates: Container[int] = ()) -> _Match | None:
        """The frame read on the verb's clause, or None; ``dates`` are the indices of the
        sentence's date tokens, which are never an object ("agreed on July 10")."""
        if _yet_to(verb):
            return None  # "have yet to ratify": neither done nor refused
        children = list(verb.children)
        ctrl = self.lex.controller_of.get(verb.lemma_.lower())
        if ctrl is not None and ctrl.advocacy and any(_asks_to_act(c) for c in children):
            return None  # "urged Chile to sign X": read through the act asked for
        if frame.particle and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ in frame.particle for c in children
        ):
            return None
        if frame.subject_heads:
            subject = _subject_of(verb, children)
            if not subject or subject[0].lemma_.lower() not in frame.subject_heads:
                return None
        words: tuple[str, ...] = ()
        prep_object: Token | None = None
        if frame.prep:
            for w, obj in self._prep_phrases(verb):
                if obj is not None and obj.i in dates:
                    continue  # "agreed on July 10 to forward …": a date, not what is agreed
                if any(w[-len(p) :] == p for p in frame.prep):
                    words, prep_object = w, obj
                    break
            else:
                if frame.object != "none":
                    return None
            if frame.prep_heads and (
                prep_object is None or prep_object.lemma_.lower() not in frame.prep_heads
            ):
                return None
        slot = self._slot(frame, verb, children, prep_object)
        if slot is None:
            return None
        members: tuple[Token, ...] = ()
        if frame.membership == "object":
            members = tuple(c for c in children if c.dep_ in ("dobj", "nsubjpass"))
            if not any(t.pos_ in ("PROPN", "PRON") for m in members for t in m.subtree):
                return None  # a member is a name: "welcomed the dialogue as a channel" is none
        holder = None
        if frame.through:
            holder, slot = slot[0], slot[1:]
        return _Match(frame=frame, objects=slot, words=words, members=members, holder=holder)

    def _slot(
        self,
        frame: VerbFrame,
        verb: Token,
        children: Sequence[Token],
        prep_object: Token | None,
    ) -> tuple[Token, ...] | None:
        """The object tokens the frame reads, or None when the clause lacks them."""
        if frame.object == "none":
            return (prep_object,) if prep_object is not None else ()
        if frame.object == "existential":  # "there is no pause": against a pause
            if not any(c.dep_ == "expl" for c in children):
                return None
            denied = [
                c
                for c in children
                if c.dep_ in ("attr", "nsubj")
                and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            ]
            return tuple(denied[:1]) or None
        if frame.object == "subject":
            if frame.heads and not any(
                c.dep_ in ("dobj", "acomp") and c.lemma_.lower() in frame.heads for c in children
            ):
                return None  # "took effect", "became effective"; not "took its seat"
            return tuple(_subject_of(verb, children)[:1]) or None
        if frame.prep and frame.object == "dobj":
            if prep_object is None:
                return None
            obj: Token | None = prep_object
        elif frame.through and _passive(verb):  # "Chile was elected a member of the Council"
            obj = next((c for c in children if c.dep_ == "oprd"), None)
        else:
            obj = self._direct_object(verb, children, clause=frame.object == "clause")
        if obj is None:
            return None
        lemma = obj.lemma_.lower()
        if frame.heads and lemma not in frame.heads and obj.lower_ not in frame.heads:
            return None
        if (
            not frame.heads
            and lemma in self.lex.nominal_of
            and verb.lemma_.lower() in self.lex.light_verbs
        ):
            return None  # "extended its support to X": the noun is the act
        if lemma in frame.heads_not:
            return None
        if frame.through:
            inner = [
                o
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ in frame.through
                for o in p.children
                if o.dep_ in ("pobj", "pcomp")
            ]
            return (obj, *inner[:1])
        if frame.occasion and not self.objects.is_occasion(obj):
            return None
        return (obj,)

    def _modified(self, noun: Token) -> Token:
        """The noun a participle modifies: the parser hangs "endorsed by" on the nearest
        noun, which may be the subject of an instrument ("a declaration on inclusive AI
        endorsed by sixty countries": the declaration was endorsed, not the AI)."""
        up = noun
        while up.dep_ in ("pobj", "conj") and up.head.i != up.i:
            up = up.head if up.dep_ == "conj" else up.head.head
            if up.pos_ in ("NOUN", "PROPN") and (
                up.lemma_.lower() in self.lex.instrument_heads or self.objects.is_occasion(up)
            ):
                return up
            if up.pos_ not in ("NOUN", "PROPN", "ADP"):
                break
        return noun

    def _direct_object(
        self, verb: Token, children: Sequence[Token], *, clause: bool
    ) -> Token | None:
        if _passive(verb):
            if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
                return self._modified(verb.head)  # "a resolution endorsed by", "a US-led plan"
            if verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.head.tag_ == "VBN":
                return self._modified(verb.head.head)  # "… and co-sponsored by Kenya"
            sibling = _participle_before(verb)
            if sibling is not None:  # the same, hung by the parser on the sentence's verb
                return self._modified(sibling.head)
            for t in (verb, *self._controllers_above(verb)):
                for c in t.children:
                    if c.dep_ == "nsubjpass":
                        return verb.head if c.lower_ in _RELATIVE and verb.dep_ == "relcl" else c
            return None
        if clause:  # "agreed that human beings … should control …"
            return next((c for c in children if c.dep_ == "ccomp"), None)
        for c in children:
            if c.dep_ in ("dobj", "attr"):
                if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return verb.head
                return c
        misread = next((c for c in children if _misread_object(verb, c)), None)
        if misread is not None:
            return misread
        for c in children:
            # "Oppose using AI to spread disinformation", "backed delaying the Act": a
            # gerund the parser hung as a complement is what the stance is on
            if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i:
                return c
        if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in children):
            return None
        for c in children:
            # "endorsed the deal struck at the talks", which the parser reads as a clause
            # ("the deal struck"): a participle with no auxiliary names the object
            if (
                c.dep_ == "ccomp"
                and c.tag_ == "VBN"
                and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
            ):
                subject = [
                    s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
                ]
                if subject:
                    return subject[0]
        for c in children:
            # a gerund is an object too: "oppose drawing ideological lines"
            if c.dep_ in ("xcomp", "acl", "ccomp", "pcomp") and c.tag_ == "VBG" and c.i > verb.i:
                return c
        return None

    def _controllers_above(self, verb: Token) -> list[Token]:
        out: list[Token] = []
        cur = verb
        while len(out) < 4:
            if cur.dep_ in ("xcomp", "ccomp") or (
                cur.dep_ in ("acl", "relcl")
                and cur.tag_ == "VB"
                and cur.head.lemma_.lower() in self.lex.noun_controller_of
            ):
                head = cur.head
            elif cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
                head = cur.head.head  # "abstained from signing", "stopped short of endorsing"
            elif cur.dep_ == "advcl" and _gerund_doer(cur) is not None:
                head = cur.head  # "looks forward to Erdogan signing it", hung on the verb
            elif (
                cur.dep_ == "acl"
                and cur.tag_ == "VBG"
                and cur.head.dep_ == "pobj"
                and cur.head.head.dep_ == "prep"
            ):
                head = cur.head.head.head  # the same, hung on the doer
            else:
                break
            ctrl = self._controller(head, cur.dep_)
            if ctrl is None or (cur.dep_ == "ccomp" and ctrl.event is not EventKind.STATEMENT):
                break
            out.append(head)
            cur = head
        return out

    def _controller(self, head: Token, dep: str | None) -> Controller | None:
        """The controller a word is over a complement of relation ``dep`` (any when None):
        a noun only as a noun controller ("the decision to", not "help in fighting"); a
        verb as a verb controller, or as a noun one over an infinitive the parser hung on
        it ("plans to")."""
        lemma = head.lemma_.lower()
        ctrl = self.lex.controller_of.get(lemma) if head.pos_ != "NOUN" else None
        if ctrl is None and (head.pos_ == "NOUN" or dep in (None, "acl", "xcomp", "relcl")):
            ctrl = self.lex.noun_controller_of.get(lemma)
        return ctrl

    def _by_occasion(self, verb: Token) -> bool:
        """Whether the verb's subject is an occasion ("the conference adopted …")."""
        return any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.occasion_heads for c in verb.children
        )

    @staticmethod
    def _speaks(verb: Token) -> bool:
        """Whether a verb's subject is someone who can announce (not "a memorandum that")."""
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        return (
            bool(subject)
            and subject[0].lower_ not in _RELATIVE
            and subject[0].pos_
            in (
                "PROPN",
                "PRON",
                "NOUN",
            )
        )

    def _chain(self, verb: Token, frame_status: ActStatus | None) -> _Chain:
        verbs = [verb]
        negated = _has_negation(verb)
        status: ActStatus | None = frame_status
        event: EventKind | None = None
        advocacy = False
        for ctrl_token in self._controllers_above(verb):
            ctrl = self._controller(ctrl_token, None)
            if ctrl is None:  # never: _controllers_above found it one, by the same rule
                break
            verbs.append(ctrl_token)
            advocacy = advocacy or ctrl.advocacy
            negated ^= ctrl.negate ^ _has_negation(ctrl_token)
            if status is None or (
                ctrl.status is ActStatus.ANNOUNCED and status is ActStatus.PLANNED
            ):
                status = ctrl.status
            if ctrl.event is not EventKind.STATEMENT or self._speaks(ctrl_token):
                event = event or ctrl.event
        top = verbs[-1]
        future = any(
            c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in top.children
        ) or _yet_to_come(top)
        if status is None:
            status = ActStatus.OCCURRED
            if future:
                status = ActStatus.PLANNED
            elif is_infinitive(top):
                status = ActStatus.PLANNED  # an infinitive of its own ("their bids to join")
        elif future and status in (ActStatus.EFFECTIVE, ActStatus.OCCURRED):
            status = ActStatus.PLANNED  # "it will enter into force": not yet in force
        return _Chain(
            verbs=tuple(verbs), negated=negated, status=status, event=event, advocacy=advocacy
        )

    # -- agents -------------------------------------------------------------------------
    def _subject_tokens(self, chain: _Chain, passive: bool) -> list[Token]:
        verb = chain.verbs[0]
        if passive:
            holders = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
            if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
                holders.append(verb.head)  # "initiated and driven by Russia"
            by = [
                o
                for h in holders
                for c in h.children
                # the parser sometimes takes the "by" of a passive for a plain preposition
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                for o in c.children
                if o.dep_ == "pobj" and not (c.dep_ == "prep" and o.lemma_.lower() in MANNER_NOUNS)
            ]
            if by:
                return by[:1]
            led = _hyphen_agent(verb)
            if led is not None:
                return [led]
            author = self._framing_author(verb)
            if author is not None:
                return author
            if _reported_as_done(verb):
                return []  # "announced that the declaration had been signed": not by her
            # "announcing that the rules will be delayed": the announcer
            for t in chain.verbs[1:]:
                if self.lex.controller_of.get(t.lemma_.lower()) is not None:
                    found = self._subject_tokens(_Chain((t,), False, chain.status, None), False)
                    if found:
                        return found
            return []
        doer = _gerund_doer(chain.verbs[0])
        if doer is not None:  # "looked forward to President Erdogan signing the document"
            return [doer]
        for t in chain.verbs:
            if t.pos_ == "NOUN":  # "the refusal of Norway to sign", "Norway's refusal to sign"
                owners = [
                    o
                    for c in t.children
                    if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
                    for o in (
                        [c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"]
                    )
                ]
                if owners:
                    return owners[:1]
                continue
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if c.lower_ in _RELATIVE and t.dep_ == "relcl":
                        return [t.head]
                    return [c]
        top = chain.verbs[-1]
        if top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
            return self._subject_tokens(self._chain(top.head, None), _passive(top.head))
        if top.dep_ in ("acl", "relcl") and (
            top.dep_ == "relcl" or top.tag_ == "VBG" or _nominal_root_verb(top)
        ):
            noun = top.head
            if noun.dep_ == "attr" and noun.head.lemma_ in ("be", "become", "remain"):
                # "the country became the latest NATO country to ratify …": the subject
                subject = [c for c in noun.head.children if c.dep_ == "nsubj"]
                if subject:
                    return subject[:1]
            return [noun]
        if top.dep_ in ("advcl", "xcomp", "pcomp") and top.head.pos_ in ("VERB", "AUX", "ADP"):
            head = top.head if top.head.pos_ != "ADP" else top.head.head
            controlled = top.dep_ == "xcomp" or (
                top.dep_ == "pcomp" and top.head.lower_ in _OBJECT_CONTROL
            )
            if controlled:
                # object control: "urged X to sign", "accused X of supporting"
                objects = [c for c in head.children if c.dep_ == "dobj"]
                if objects:
                    return objects[:1]
            if head.pos_ in ("VERB", "AUX"):
                return self._subject_tokens(self._chain(head, None), _passive(head))
        return []

    def _framing_author(self, verb: Token) -> list[Token] | None:
        """The author of a document that frames a clause: in "In a report published in May,
        the council recommended a ban" the council published the report. The participle
        publishes (a publish frame's verb) a document head, inside an "in" phrase of the
        clause's verb, or of its object where the parser hangs the phrase there."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            return None
        if not any(f.act == "publish" for f in self.lex.by_lemma.get(verb.lemma_.lower(), ())):
            return None
        document = verb.head
        heads = {h for f in self.lex.by_lemma[verb.lemma_.lower()] for h in f.heads}
        if document.lemma_.lower() not in heads and document.lower_ not in heads:
            return None
        prep = document.head
        if document.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
            return None
        clause = prep.head
        if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("dobj", "attr"):
            clause = clause.head  # "recommended, in a report published in May, a ban"
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].lower_ in _RELATIVE:
            return None
        return subjects[:1]

    def _agents(
        self, ps: ParsedSentence, chain: _Chain, passive: bool, memory: Discourse
    ) -> list[Agent]:
        out: list[Agent] = []
        subjects = self._subject_tokens(chain, passive)
        for token in subjects:
            for part in coordinated(token):
                out.extend(actors_of(ps, part, self.lex, self.gazetteer, memory))
        imperative = not subjects and not passive and self._is_imperative_clause(chain.verbs[-1])
        if imperative and memory.proponent is not None:
            out.append(memory.proponent)  # the points of a proposal ("Oppose using AI …")
        for t in chain.verbs:  # "Chile voted against X, as did Peru"
            for c in t.children:
                if (
                    c.dep_ == "advcl"
                    and c.lemma_ == "do"
                    and any(m.dep_ == "mark" and m.lower_ in ("as", "so") for m in c.children)
                ):
                    for s in c.children:
                        if s.dep_ == "nsubj":
                            for part in coordinated(s):
                                out.extend(actors_of(ps, part, self.lex, self.gazetteer, memory))
        behalf = self._on_behalf(ps, chain, memory)
        if behalf:  # "Egypt, speaking on behalf of the African Union": the Union, via Egypt
            voice = out[0].via or out[0].name if out else ""
            out = [attrs.evolve(a, via=voice) for a in behalf]
        speaker = self._reporter(ps, chain, memory)
        if speaker is not None and speaker.via:
            # "Jane Doe said the country would reject X": Kenya, through its minister
            out = [
                attrs.evolve(a, via=speaker.via, person=speaker.person)
                if a.name == speaker.name and not a.via
                else a
                for a in out
            ]
        seen: dict[str, Agent] = {}
        for a in out:
            seen.setdefault(a.name, a)
        return list(seen.values())

    def _reporter(self, ps: ParsedSentence, chain: _Chain, memory: Discourse) -> Agent | None:
        """The person whose speech reports the act: the subject of the speech verb the act's
        clause hangs on ("X said …"), or the speaker of the quotation it stands in."""
        top = chain.verbs[-1]
        steps = 0
        while top.dep_ in ("ccomp", "xcomp", "conj", "advcl") and steps < 4:
            top = top.head
            steps += 1
            if top.lemma_.lower() in self.lex.speech_verbs:
                for c in top.children:
                    if c.dep_ == "nsubj":
                        found = list(actors_of(ps, c, self.lex, self.gazetteer, memory))
                        return found[0] if found else None
        if chain.verbs[0].i in ps.quoted and memory.speaker is not None:
            return memory.speaker.agent
        return None

    def _on_behalf(self, ps: ParsedSentence, chain: _Chain, memory: Discourse) -> list[Agent]:
        top = chain.verbs[-1]
        holders = [*chain.verbs, *(c for v in chain.verbs for c in v.children if c.dep_ == "advcl")]
        if top.dep_ == "advcl":
            holders.append(top.head)
        for h in holders:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ == "on":
                    for o in p.children:
                        if o.dep_ == "pobj" and o.lower_ == "behalf":
                            for of in o.children:
                                if of.dep_ == "prep" and of.lower_ == "of":
                                    return [
                                        a
                                        for x in of.children
                                        if x.dep_ == "pobj"
                                        for part in coordinated(x)
                                        for a in actors_of(
                                            ps, part, self.lex, self.gazetteer, memory
                                        )
                                    ]
        return []

    def _act_on_act(
        self,
        ps: ParsedSentence,
        token: Token,
        stance: Stance,
        objects: list[ActObject],
        agents: Sequence[Agent],
        memory: Discourse,
    ) -> tuple[Stance, list[ActObject], str] | None:
        """ "approved the withdrawal from X", "backed an exit from X", "rejected the
        ratification of X": a stance on an act that names no agent of its own is a stance
        on what that act is on, the two composed (for a withdrawal: against X). So is one
        on an instrument that carries such an act ("signed the law on withdrawal from X")
        and one on a doing (:meth:`_doing_on`)."""
        carried = ""
        if token.tag_ == "VBG":
            return self._doing_on(ps, token, stance, agents, memory)
        if token.lemma_.lower() in self.lex.advocacy_heads:
            advocated = self._advocated_act(ps, token, stance, agents, memory)
            if advocated is not None:
                return advocated
        if token.lemma_.lower() in self.lex.carrier_heads:
            # the parser may hang "on withdrawal" on the verb, right after the instrument
            after = [c for c in token.head.children if c.i == token.right_edge.i + 1]
            act_noun = next(
                (
                    o
                    for p in (*token.children, *after)
                    if p.dep_ == "prep" and p.lower_ in ("on", "of", "about", "for")
                    for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.nominal_of
                ),
                None,
            )
            if act_noun is None:
                return None
            carried, token = f"{token.lower_} {act_noun.head.lower_} ", act_noun
        nominal = self.lex.nominal_of.get(token.lemma_.lower())
        if nominal is None or nominal.stance not in _POLAR or stance not in _POLAR:
            return None
        composed = _compose(stance, nominal.stance)
        if self._others_act(ps, token, agents, memory):
            # "welcomed Turkey's approval", "condemned Russia's withdrawal": another's act,
            # read as a nominal of its own; the clause's stance is on a membership that act
            # is on, named there or the agents' own named before ("… Sweden's bid.
            # Billström welcomed the Turkish parliament's approval": Sweden's membership)
            return self._on_others_act(ps, token, composed, nominal.prep, agents, memory)
        if objects and all(o.head == "membership" for o in objects):
            return composed, objects, ""  # "approved its withdrawal from NATO"
        inner = [
            (p.lower_, o)
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in nominal.prep
            for o in p.children
            if o.dep_ == "pobj" and ps.actor_at.get(o.i) is None
        ]
        if not inner and nominal.membership == "agent":
            # "approved its withdrawal from NATO": against the agents' own membership
            found = self.objects.objects(ps, token, agents, memory, membership="agent")
            if found and all(o.head == "membership" for o in found):
                return composed, found, f"{carried}{token.lower_} from "
            return None
        if not inner:
            return None
        found = self.objects.objects(ps, inner[0][1], agents, memory)
        wording = f"{carried}{token.lower_} {inner[0][0]} "  # "law on withdrawal from "
        return (composed, found, wording) if found else None

    def _doing_on(
        self,
        ps: ParsedSentence,
        token: Token,
        stance: Stance,
        agents: Sequence[Agent],
        memory: Discourse,
        advocacy: str = "",
    ) -> tuple[Stance, list[ActObject], str] | None:
        """ "recommended withdrawing from X", "backed leaving X", "rejected calls to delay
        X": a stance on a doing the frames know is a stance on what it is done to, composed
        (against X; against delaying X). ``advocacy`` is the noun that asks for the doing
        ("calls"), for the wording of the act's name."""
        for frame in self.lex.by_lemma.get(token.lemma_.lower(), ()):
            if frame.stance not in _POLAR or frame.membership == "object":
                continue
            targets: list[tuple[str, Token]] = []
            if frame.prep:
                targets = [
                    (" ".join(words), obj)
                    for words, obj in self._prep_phrases(token)
                    if obj is not None and any(words[-len(p) :] == p for p in frame.prep)
                ]
            elif frame.object == "dobj":
                targets = [("", c) for c in token.children if c.dep_ == "dobj"]
            for words, obj in targets:
                found = self.objects.objects(ps, obj, agents, memory, membership=frame.membership)
                if not found:
                    continue
                found = _as_topic(frame, found)
                if frame.topic:  # the topic names the doing: "(calls for) delaying X"
                    wording = f"{advocacy} for " if advocacy else ""
                elif advocacy:  # "decision to approve X"
                    wording = f"{advocacy} to {token.lemma_.lower()} {words} ".replace("  ", " ")
                else:
                    wording = f"{token.lower_} {words} " if words else f"{token.lower_} "
                return _compose(stance, frame.stance), found, wording
        return None

    def _advocated_act(
        self,
        ps: ParsedSentence,
        token: Token,
        stance: Stance,
        agents: Sequence[Agent],
        memory: Discourse,
    ) -> tuple[Stance, list[ActObject], str] | None:
        """ "rejected calls to delay the AI Act", "resisted pressure to lift the ban": a
        stance on advocacy of a doing is a stance on that doing (:meth:`_doing_on`)."""
        doing = _advocated_doing(token)
        if doing is None:
            return None
        composed = self._doing_on(ps, doing, stance, agents, memory, advocacy=token.lower_)
        if composed is not None or not self.objects.is_governance_doing(doing):
            return composed
        # a doing no frame knows ("efforts to establish an institution to govern AI"): the
        # stance is on that doing, as written
        found = self.objects.objects(ps, doing, agents, memory)
        return (stance, found, f"{token.lower_} to ") if found else None

    def _callers(self, ps: ParsedSentence, advocacy: Token, memory: Discourse) -> list[Agent]:
        """Who made the calls an advocated doing is in ("Germany's calls", "calls by
        Germany and Italy to …"); none when the text does not say."""
        out: list[Agent] = []
        for c in advocacy.children:
            holders = (
                [c]
                if c.dep_ == "poss"
                else [o for o in c.children if o.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ in ("by", "from")
                else []
            )
            for h in holders:
                for part in coordinated(h):
                    found = agent_of(ps, part, self.lex, self.gazetteer, memory)
                    if found is not None:
                        out.append(found)
        return out

    def _on_others_act(
        self,
        ps: ParsedSentence,
        token: Token,
        composed: Stance,
        preps: Sequence[str],
        agents: Sequence[Agent],
        memory: Discourse,
    ) -> tuple[Stance, list[ActObject], str] | None:
        """The clause's stance on a membership another's act noun is on (:meth:`_act_on_act`):
        "welcomed Turkey's approval of Sweden's bid" supports Sweden's membership, and
        "Sweden welcomed Turkey's approval" (of what, the text said before) Sweden's own. A
        stance on another's act on an instrument stays on that act ("Norway welcomed
        Peru's withdrawal from X" is no stance on X)."""
        inner = [
            (p.lower_, o)
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children
            if o.dep_ == "pobj" and ps.actor_at.get(o.i) is None
        ]
        names = {a.name for a in agents}
        if inner:
            found = self.objects.objects(ps, inner[0][1], agents, memory)
            wording = f"{token.lower_} {inner[0][0]} "
        else:  # the agents' own membership named last
            found = [
                o for o in reversed(memory.objects) if o.head == "membership" and o.member in names
            ][:1]
            wording = f"{token.lower_} of "
        own = [o for o in found if o.head == "membership" and (inner or o.member in names)]
        return (composed, own, wording) if own else None

    def _others_act(
        self, ps: ParsedSentence, token: Token, agents: Sequence[Agent], memory: Discourse
    ) -> bool:
        """Whether an act noun names an agent of its own other than the clause's ("Peru's
        exit", "the withdrawal of the United States"): it is then another's act. "its
        exit", "the country's withdrawal" after Latvia acts are the agents' own."""
        names = {a.name for a in agents}
        for c in token.children:
            if c.dep_ == "poss" and c.tag_ != "PRP$":
                own = agent_of(ps, c, self.lex, self.gazetteer, memory)
                described = (
                    c.lemma_.lower() in self.lex.state_heads
                    and ps.actor_at.get(c.i) is None
                    and (own is None or own.name in names)  # not "the Turkish parliament's"
                )
                if not (described or (own is not None and own.name in names)):
                    return True
            if (
                c.dep_ == "prep"
                and c.lower_ in ("of", "by")
                and any(ps.actor_at.get(o.i) is not None for o in c.children)
            ):
                return True
        return False

    # -- building acts ----------------------------------------------------------------
    def _acts(self, ps: ParsedSentence, verb: Token, match: _Match, memory: Discourse) -> list[Act]:
        frame = match.frame
        chain = self._chain(verb, frame.status)
        passive = _passive(verb) and frame.object != "subject"
        advocacy = _advocacy_of(verb, self.lex.advocacy_heads)
        if advocacy is not None:
            # "rejected calls to delay X": the doing is the callers', if the text names them;
            # the clause's stance on it is read from the advocacy noun
            agents = self._callers(ps, advocacy, memory)
            if not agents:
                return []
        else:
            agents = self._agents(ps, chain, passive, memory)
        stance = frame.stance
        objects: list[ActObject] = []
        object_tokens: list[Token] = []
        part_of: dict[str, Token] = {}
        heads = list(match.objects)
        if len(heads) == 1 and match.holder is None and frame.object in ("dobj",):
            heads += self._more_objects(verb, heads[0])
        for token in heads:
            object_tokens.extend(token.subtree)
            for obj, part in self.objects.parts(
                ps, token, agents, memory, membership=frame.membership, member_tokens=match.members
            ):
                objects.append(obj)
                part_of.setdefault(obj.key, part)
        wording = ""  # "approves withdrawal from": the act acted on, in the event's name
        if stance is not None and len(match.objects) == 1 and frame.membership is None:
            composed = self._act_on_act(ps, match.objects[0], stance, objects, agents, memory)
            if composed is not None:
                stance, objects, wording = composed
        if frame.object == "clause" and match.objects:
            judged = self._judged(ps, match.objects[0], frame, agents, memory)
            if judged is None:
                return []
            stance, objects = judged
        if frame.object == "existential" and not agents and verb.i in ps.quoted and memory.speaker:
            agents = [memory.speaker.agent]
        if stance is not None and len(match.objects) == 1 and frame.membership is None:
            reason = self._reason(ps, verb, match.objects[0], agents, memory)
            if reason:
                objects = reason
            clause = self._infinitive(verb, match.objects[0], lambda t: ps.actor_at.get(t.i))
            if clause is not None:
                whole = self.objects.clause_object(ps, match.objects[0], clause)
                if whole is not None:
                    objects = [whole]
                    object_tokens.extend(clause.subtree)
        if frame.act == "vote":
            stance = self._vote_answer(verb, match)
            if stance is None:
                return []
            voted = memory.vote_object or memory.stance_object
            objects = [voted] if voted is not None else []
        elif frame.act == "abstain" and not objects:
            if memory.vote_object is None:
                return []
            objects = [memory.vote_object]
        date = date_of_act(ps, self._dating_verbs(chain), object_tokens, chain.status, memory)
        if (
            date.source == "publication"
            and memory.story is not None
            and memory.proponent is not None
            and agents == [memory.proponent]
            and self._is_imperative_clause(chain.verbs[-1])
        ):  # a point of a proposal ("Oppose using AI to …"): made when the proposal was
            date = ActDate(when=memory.story, stated=memory.story, source="story")
        if (
            objects
            and frame.act not in ("vote", "abstain")
            and (
                frame.act in ("vote_for", "vote_on")
                or any(v.lemma_.lower() == "vote" for v in chain.verbs)
            )
        ):
            memory.vote_object, memory.vote_when = objects[0], date.when
        if frame.act in ("vote", "abstain") and date.when is None:
            date = ActDate(when=memory.vote_when, stated=memory.vote_when)
        if frame.membership == "agent" and not objects:
            return []
        if frame.membership == "agent" and all(self.objects.is_state_body(o) for o in objects):
            return []  # "left Hungary", "withdrew from Ukraine": a place, not a membership
        if frame.object != "none" and not objects and not frame.through:
            return []
        if not agents and frame.object != "subject" and frame.act != "host":
            owner = (
                self._owner_body(ps, match.objects)
                or (self._venue_owner(ps, verb, memory) if frame.act in _DECISIONS else None)
                if passive
                else None
            )
            if owner is not None:
                agents = [owner]  # "the Council of Europe's convention was adopted"
            elif not any(
                o.named
                or (passive and o.kind is not None)
                or (
                    self._by_occasion(verb)
                    and (o.kind is not None or o.head in self.lex.instrument_heads)
                )
                for o in objects
            ):
                # an agentless act is kept only as an event on an instrument: one the text
                # names ("the committee adopted the Harbour Plan") or, told in the passive
                # or of an occasion, one of a known kind ("the resolution was adopted on 3
                # May", "the conference adopted a package of decisions")
                return []
        if frame.act in _PROPOSING and agents:
            memory.proponent = agents[0]
        objects = self._with_complement(ps, verb, match.objects, objects)
        if stance is Stance.SUPPORT and self._qualified(verb):
            stance = Stance.MIXED
        objects = _as_topic(frame, objects)
        words = " ".join(match.words)
        if frame.prep_heads and match.words:  # "entered into force": the head is the act's
            head = next(
                (
                    g.lower_
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == match.words[-1]
                    for g in p.children
                    if g.dep_ == "pobj" and g.lemma_.lower() in frame.prep_heads
                ),
                None,
            )
            words = f"{words} {head}" if head else words
        if frame.object == "subject" and frame.heads and not words:  # "took effect"
            words = next(
                (
                    c.lower_
                    for c in verb.children
                    if c.dep_ in ("dobj", "acomp") and c.lemma_.lower() in frame.heads
                ),
                "",
            )
        if match.holder is not None and frame.membership != "object":
            # ("elected a member of X" is named as "elected to X", like the other seats)
            through = [
                p.lower_
                for p in match.holder.children
                if p.dep_ == "prep" and p.lower_ in frame.through
            ]
            words = " ".join([match.holder.lemma_.lower(), *through[:1]])
        kind_of = frame.event_kind
        return self._clause_acts(
            ps,
            verb,
            frame.name,
            frame.act,
            chain,
            agents,
            stance,
            objects,
            date,
            words,
            lambda obj: (
                None if chain.advocacy else kind_of(obj.kind if obj else None) or chain.event
            ),
            object_tokens,
            part_of,
            memory=memory,
            lead=wording,
        )

    def _clause_acts(
        self,
        ps: ParsedSentence,
        verb: Token,
        frame: str,
        act: str,
        chain: _Chain,
        agents: Sequence[Agent],
        stance: Stance | None,
        objects: Sequence[ActObject],
        date: ActDate,
        words: str,
        kind: Callable[[ActObject | None], EventKind | None],
        object_tokens: Sequence[Token],
        part_of: Mapping[str, Token] | None = None,
        *,
        memory: Discourse,
        lead: str = "",
    ) -> list[Act]:
        """One act per object; a membership belongs to its member among the agents. A
        coordinated object with a date of its own takes it ("A in 2023 and B in 2024"); an
        act at or on an occasion keeps a link to it."""
        bodies = {o.body for o in objects if o.body}
        names = {a.name for a in agents}
        display = None
        if len(bodies) == 1 and all(o.body and o.member in names for o in objects):
            body = next(iter(bodies))
            display = body if objects[0].named else f"{body} membership"
        name = self._name(verb, chain, agents, words, lead + display) if display else None
        venue = self._venue(ps, chain)
        agents = [self._in_office(a, date) for a in agents]
        own_dates = self._part_dates(ps, objects, part_of or {})
        out = []
        choices: list[ActObject | None] = list(objects) or [None]
        for obj in choices:
            owners = list(agents)
            if obj is not None and obj.member and any(a.name == obj.member for a in agents):
                owners = [a for a in agents if a.name == obj.member]
            part = (part_of or {}).get(obj.key) if obj is not None else None
            own = own_dates.get(obj.key) if obj is not None else None
            occasion = (self.objects.occasion_at(ps, part) if part is not None else None) or venue
            act_ = self._act(
                ps,
                verb,
                frame,
                act,
                chain,
                owners,
                agents,
                stance,
                obj,
                own or date,
                name
                or self._name(verb, chain, agents, words, lead + (obj.name if obj else ""), obj),
                kind(obj),
                object_tokens,
            )
            if occasion is not None:
                act_ = attrs.evolve(act_, occasion=f"@{occasion.evidence.start}")
            out.append(act_)
        for obj in objects:
            if obj.named or obj.head in self.lex.back_reference_heads or obj.head == "membership":
                memory.remember(obj)  # for "the levy", "the accord", "its bid" later
        if stance is not None and objects:
            memory.stance_object = objects[-1]
        return out

    def _in_office(self, agent: Agent, date: ActDate) -> Agent:
        """A person acts for the body they held office in on the day of the act ("Joe Biden
        signed the order on 30 October 2023" is the United States, whenever it is read)."""
        when = date.when or date.stated
        if agent.person is None or when is None:
            return agent
        body = self.gazetteer.speaks_for(agent.person, when.earliest)
        if body is None and agent.person.name in self.gazetteer.tenures:
            return attrs.evolve(agent, name=agent.person.name)  # out of office then
        return attrs.evolve(agent, name=body) if body else agent

    @staticmethod
    def _part_dates(
        ps: ParsedSentence, objects: Sequence[ActObject], part_of: Mapping[str, Token]
    ) -> dict[str, ActDate]:
        """Each coordinated object's own date, and for one without, the date written after
        it for the next ("A in 2029 and B, along with C, in 2030": B and C in 2030)."""
        if len(objects) < 2:
            return {}
        dated = [
            (o.key, date_on(ps, part_of[o.key])) if o.key in part_of else (o.key, None)
            for o in objects
        ]
        out: dict[str, ActDate] = {}
        following: ActDate | None = None
        for key, own in reversed(dated[1:]):
            following = own or following
            if following is not None:
                out[key] = following
        first, own = dated[0]
        if own is not None:
            out[first] = own
        return out

    def _venue(self, ps: ParsedSentence, chain: _Chain) -> Mention | None:
        """The occasion an act took place at ("at the summit", "during the debate"), or
        that did it ("the conference adopted a package")."""
        for v in chain.verbs:
            for p in v.children:
                if p.dep_ == "nsubj":
                    found = self.objects.occasion_at(ps, p)
                    if found is not None:
                        return found
                if p.dep_ == "prep" and p.lower_ in ("at", "during", "on"):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            found = self.objects.occasion_at(ps, o)
                            if found is not None:
                                return found
        return None

    def _name(
        self,
        verb: Token,
        chain: _Chain,
        agents: Sequence[Agent],
        words: str,
        target: str,
        obj: ActObject | None = None,
    ) -> str:
        who = _who(agents)
        lemma = self.lex.hyphenated.get(verb.lower_) or verb.lemma_.lower()
        nominal = self.lex.nominal_of.get(lemma) if verb.pos_ in ("NOUN", "PROPN") else None
        if nominal is not None:  # "the Assembly's adoption of X": the Assembly adopts X
            lemma = nominal.act.replace("_", " ")
        if lemma == "be" and any(c.dep_ == "expl" for c in verb.children):
            lemma = "reject"  # "there is no pause": a denial
        elif lemma == "be":
            lemma = "become"  # "Finland is now a member of NATO": it has joined
        target = _without_gerund(lemma, target)
        if not who:  # "The resolution was adopted": "resolution adopted"
            done = verb.lower_ if verb.tag_ in ("VBN", "VBD") else _participle(lemma)
            done += "".join(" " + c.lower_ for c in verb.children if c.dep_ == "prt")
            done = ("not " if chain.negated else "") + done + (" " + words if words else "")
            if obj is not None and obj.member and obj.body:  # "Chile elected to the Council"
                link = "" if words else " to"  # "elected (to)", "suspended from"
                return f"{obj.member} {done}{link} {obj.body}"
            return " ".join(x for x in (target, done) if x)
        plural = len(agents) > 1
        if chain.negated:
            verb_words = ("do not " if plural else "does not ") + lemma
        else:
            verb_words = lemma if plural else _third_person(lemma)
        if words:
            verb_words += " " + words
        return " ".join(x for x in (who, verb_words, target) if x)

    def _act(
        self,
        ps: ParsedSentence,
        verb: Token,
        frame: str,
        act: str,
        chain: _Chain,
        agents: Sequence[Agent],
        clause_agents: Sequence[Agent],
        stance: Stance | None,
        obj: ActObject | None,
        date: ActDate,
        name: str,
        event_kind: EventKind | None,
        object_tokens: Sequence[Token],
    ) -> Act:
        if chain.negated:
            stance = Stance.OPPOSE if stance is Stance.SUPPORT else None
            event_kind = None
        agent_tokens = [ps.doc[a.token] for a in clause_agents if a.token >= 0]
        span = [*chain.verbs, *agent_tokens, *object_tokens]
        first = min(t.i for t in span)
        last = max(t.i for t in span)
        if last - first > _MAX_PHRASE:
            first = min(t.i for t in [*chain.verbs, *object_tokens])
        phrase = ps.doc[first : last + 1]
        place = self._place(ps, chain)
        if obj is None and place is not None:
            name += f" in {place}"  # "G20 meets in Osaka"
        start = ps.sentence.start + phrase.start_char
        end = ps.sentence.start + phrase.end_char
        return Act(
            act=act,
            frame=frame,
            agents=tuple(a.name for a in agents),
            via=tuple(a.via for a in agents),
            negated=chain.negated,
            status=chain.status,
            stance=stance,
            object=obj,
            event_kind=event_kind,
            when=date.when,
            until=date.until,
            stated=date.stated,
            date_text=date.text,
            dated_by=date.source,
            place=place,
            evidence=Evidence(document=self.document, start=start, end=end, quote=ps.sentence.text),
            name=name,
            phrase=phrase.text,
        )

    def _place(self, ps: ParsedSentence, chain: _Chain) -> str | None:
        """Where the act took place: "in"/"at" a place the gazetteer knows, or a state,
        on one of its verbs ("met in Osaka", "signed in Lisbon", "will meet in India")."""
        places = self.objects.gazetteer.places
        for verb in chain.verbs:
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
                    continue
                for o in prep.children:
                    if o.dep_ != "pobj" or o.pos_ != "PROPN":
                        continue
                    words = [c for c in o.lefts if c.dep_ == "compound"] + [o]
                    name = " ".join(t.text for t in words)
                    if name in places or o.text in places:
                        return name if name in places else o.text
                    found = ps.actor_at.get(o.i)
                    if found is not None and found.actor.kind is ActorKind.STATE:
                        return found.actor.name
        return None

    def _judged(
        self,
        ps: ParsedSentence,
        clause: Token,
        frame: VerbFrame,
        agents: Sequence[Agent],
        memory: Discourse,
    ) -> tuple[Stance | None, list[ActObject]] | None:
        """What asserting a clause says about its subject: "excessive regulation could kill
        the industry" is against excessive regulation, "the deal will help" is for the
        deal; "agreed that humans should control X" is for the clause as a whole."""
        lemma = clause.lemma_.lower()
        negated = _has_negation(clause)
        polarity: Stance | None = None
        if lemma in self.lex.negative_verbs:
            polarity = Stance.SUPPORT if negated else Stance.OPPOSE
        elif lemma in self.lex.positive_verbs:
            polarity = Stance.OPPOSE if negated else Stance.SUPPORT
        subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        frame_of = next(iter(self.lex.by_lemma.get(lemma, ())), None)
        obliged = any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in clause.children)
        if polarity is None and frame_of is not None and frame_of.stance is not None:
            if _passive(clause):  # "argued that the Forum should be scrapped"
                polarity = frame_of.stance
                if negated:
                    polarity = Stance.OPPOSE if polarity is Stance.SUPPORT else None
            elif obliged:  # "stressed that the Forum should adopt a ban on X": for the ban
                objects = [c for c in clause.children if c.dep_ == "dobj"]
                if objects and not negated:
                    found = self.objects.objects(ps, objects[0], agents, memory)
                    return (frame_of.stance, found) if found else None
        if polarity is not None and subject and subject[0].pos_ != "PRON":
            found = self.objects.objects(ps, subject[0], agents, memory)
            if found:
                return polarity, found
        if obliged and not negated and subject and subject[0].pos_ != "PRON":
            # "the Dialogue should take meaningful steps": for the Dialogue
            owed = self.objects.objects(ps, subject[0], agents, memory)
            owed = [o for o in owed if is_governance(o, self.lex)]
            if owed:
                return Stance.SUPPORT, owed
        if frame.stance is None:
            return None  # "said that …" about nothing judged
        whole = self.objects.clause_object(ps, clause, clause)
        return (frame.stance, [whole]) if whole is not None else None

    def _contrast(self, ps: ParsedSentence, verb: Token, act: Act, memory: Discourse) -> list[Act]:
        """ "favours regional codes rather than pursuing a global framework": the same agents
        against what they prefer to it (and for it, after "instead of opposing")."""
        if act.stance not in (Stance.SUPPORT, Stance.OPPOSE):
            return []
        for prep in verb.children:
            rather = (
                prep.dep_ == "prep"
                and prep.lower_ == "than"
                and any(c.lower_ == "rather" for c in prep.children)
            )
            instead = (prep.dep_ == "prep" and prep.lower_ == "instead") or (
                prep.dep_ == "prep"
                and prep.lower_ == "of"
                and any(c.lower_ == "instead" for c in prep.children)
            )
            if not (rather or instead):
                continue
            targets = [
                c for p in (prep, *prep.children) for c in p.children if c.dep_ in ("pcomp", "pobj")
            ]
            for target in targets[:1]:
                head = next((c for c in target.children if c.dep_ == "dobj"), target)
                agents = [
                    Agent(name=n, via=v)
                    for n, v in zip(act.agents, act.via or ("",) * len(act.agents), strict=True)
                ]
                found = [
                    o
                    for o in self.objects.objects(ps, head, agents, memory)
                    if is_governance(o, self.lex)
                ]
                flipped = Stance.OPPOSE if act.stance is Stance.SUPPORT else Stance.SUPPORT
                return [
                    attrs.evolve(
                        act,
                        stance=flipped,
                        object=o,
                        frame="rather_than",
                        name=f"{act.name} rather than {o.name}",
                    )
                    for o in found
                ]
        return []

    @staticmethod
    def _more_objects(verb: Token, first: Token) -> list[Token]:
        """Objects the parser hung on the verb: "built on A in 2029 and the B, along with
        the C, in 2030" (B as a conjunct of the verb, C under "along with")."""
        out = []
        for c in verb.children:
            if c.i <= first.i:
                continue
            if (
                c.dep_ == "conj"
                and c.pos_ in ("NOUN", "PROPN")
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for g in c.children)
            ):
                out.append(c)
            if c.dep_ == "prep" and c.lower_ in ("along", "together") and not _with_next(c):
                out += [
                    o
                    for w in c.children
                    if w.lower_ == "with"
                    for o in w.children
                    if o.dep_ == "pobj"
                ]
        return out

    @staticmethod
    def _dating_verbs(chain: _Chain) -> tuple[Token, ...]:
        """The words a date of the act hangs on: its verbs, and the noun a misread past
        tense hangs on ("In 2022, Biden-era diplomacy built on …")."""
        verb = chain.verbs[0]
        return (*chain.verbs, verb.head) if _nominal_root_verb(verb) else chain.verbs

    def _qualified(self, verb: Token) -> bool:
        """Support with a reservation: "welcomed the fund in principle", "welcomed the fund
        but warned that it was too small"."""
        for c in verb.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(o.lower_ == "principle" for o in c.children)
            ):
                return True
            if (
                c.dep_ == "conj"
                and c.lemma_.lower() in _RESERVATION
                and any(b.dep_ == "cc" and b.lower_ == "but" for b in verb.children)
            ):
                return True
        return False

    def _with_complement(
        self,
        ps: ParsedSentence,
        verb: Token,
        heads: Sequence[Token],
        objects: list[ActObject],
    ) -> list[ActObject]:
        """ "dropped its focus on ocean noise": a complement the parser hung on the verb,
        right after a described object, belongs to the object."""
        if len(heads) != 1 or len(objects) != 1:
            return objects
        obj = objects[0]
        if obj.named or obj.head in ("membership", "body") or obj.head.startswith("clause:"):
            return objects
        last = max(t.i for t in heads[0].subtree)
        for p in verb.children:
            if p.dep_ == "prep" and p.i == last + 1 and p.lower_ in _COMPLEMENT_PREPS:
                tail = list(p.subtree)
                if any(t.i in ps.date_at or t.i in ps.actor_at for t in tail):
                    return objects
                words = [t.lemma_.lower() for t in tail if t.is_alpha and not t.is_stop]
                name = f"{obj.name} {ps.text(tail)}"
                return [
                    attrs.evolve(obj, name=name, key=" ".join(sorted({*obj.key.split(), *words})))
                ]
        return objects

    def _owner_body(self, ps: ParsedSentence, objects: Sequence[Token]) -> Agent | None:
        """The organisation that owns a passive act's object ("The Council of Europe's
        convention was adopted"): the body that adopted it."""
        for obj in objects:
            for c in obj.children:
                if c.dep_ == "poss":
                    mention = ps.actor_at.get(c.i) or next(
                        (ps.actor_at[t.i] for t in c.subtree if t.i in ps.actor_at), None
                    )
                    if mention is not None and mention.actor.kind is ActorKind.ORGANISATION:
                        return Agent(name=mention.actor.name, token=c.i)
        return None

    def _venue_owner(self, ps: ParsedSentence, verb: Token, memory: Discourse) -> Agent | None:
        """The organisation whose occasion a passive act took place at ("the bids were
        accepted at the alliance's June summit"): the body that decided it there."""
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in ("at", "during"):
                continue
            for occasion in p.children:
                if (
                    occasion.dep_ != "pobj"
                    or occasion.lemma_.lower() not in self.lex.occasion_heads
                ):
                    continue
                for c in occasion.children:
                    if c.dep_ != "poss" or c.tag_ == "PRP$":
                        continue
                    mention = ps.actor_at.get(c.i)
                    if mention is not None and mention.actor.kind is ActorKind.ORGANISATION:
                        return Agent(name=mention.actor.name, token=c.i)
                    described = c.lemma_.lower() in self.lex.organisation_heads and any(
                        d.dep_ == "det" and d.lower_ == "the" for d in c.children
                    )
                    if mention is None and described and memory.last_organisation:
                        return Agent(name=memory.last_organisation, token=c.i)  # "the alliance's"
        return None

    def _reason(
        self,
        ps: ParsedSentence,
        verb: Token,
        obj: Token,
        agents: Sequence[Agent],
        memory: Discourse,
    ) -> list[ActObject]:
        """ "criticised the U.S. for its restrictions on China": a stance on what the actor
        is blamed or praised for, whose possessive pronoun is that actor."""
        target = ps.actor_at.get(obj.i)
        if target is None or target.actor.kind is ActorKind.PERSON:
            return []
        for holder in (verb, obj):
            for p in holder.children:
                if p.dep_ == "prep" and p.lower_ in ("for", "over"):
                    for o in p.children:
                        if o.dep_ in ("pobj", "pcomp"):
                            found = self.objects.objects(ps, o, agents, memory)
                            owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in o.children)
                            if owned:
                                owner = possessive(target.actor.name)
                                found = [
                                    attrs.evolve(
                                        f,
                                        name=f"{owner} {f.name}",
                                        key=f"{target.actor.name.lower()} {f.key}",
                                    )
                                    for f in found
                                ]
                            return found
        return []

    def _infinitive(
        self, verb: Token, obj: Token, ps_actor: Callable[[Token], object]
    ) -> Token | None:
        """The infinitive that says what an actor object is to do ("urged countries to
        work together", "advocated for the U.N. to play a role")."""
        if ps_actor(obj) is None and obj.lemma_.lower() not in self.lex.group_heads:
            return None
        for holder in (obj, verb):
            for c in holder.children:
                if (
                    c.dep_ in ("xcomp", "advcl", "acl", "relcl")
                    and is_infinitive(c)
                    and c.i > obj.i
                ):
                    return c
        return None

    def _vote_answer(self, verb: Token, match: _Match) -> Stance | None:
        for c in verb.children:
            if (
                c.dep_ in ("dobj", "advmod", "npadvmod", "acomp", "intj")
                and c.lower_ in self.lex.vote_answers
            ):
                return self.lex.vote_answers[c.lower_]
        for w, _ in self._prep_phrases(verb):
            key = " ".join(w)
            if key in self.lex.vote_answers:
                return self.lex.vote_answers[key]
        return None

    # -- nouns ------------------------------------------------------------------------
    def _nominal_acts(
        self, ps: ParsedSentence, noun: Token, nominal: Nominal, memory: Discourse
    ) -> list[Act]:
        agents = self._nominal_agents(ps, noun, nominal, memory)
        governor = noun.head if noun.dep_ in ("dobj", "pobj", "nsubj", "attr") else None
        idiom = False  # "came out in strong opposition to X", "voted in support of X"
        withheld = False
        if governor is not None and governor.pos_ == "ADP":
            idiom = governor.lower_ in ("in", "with")  # "with abstentions from Fiji"
            governor = governor.head
        stance = nominal.stance
        event = nominal.event
        chain = _Chain(
            verbs=(noun,), negated=_has_negation(noun), status=ActStatus.OCCURRED, event=None
        )
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            lemma = governor.lemma_.lower()
            withheld = lemma in self.lex.withholding_verbs
            # "should not expect Turkey's support": Turkey's act, the verb's polarity
            received = lemma in self.lex.receiving_verbs and noun.dep_ in ("dobj", "pobj")
            if received and not agents:
                return []
            if lemma not in self.lex.light_verbs and not (idiom or withheld or received):
                return []
            outer = self._chain(governor, None)
            chain = _Chain(
                verbs=(noun, *outer.verbs),
                negated=outer.negated ^ chain.negated ^ withheld ^ (received and lemma == "lose"),
                status=outer.status,
                event=None if received else outer.event,
            )
            if not agents:
                agents = self._agents(ps, outer, _passive(governor), memory)
        if not agents:
            return []
        holders = [noun] + (
            [governor] if governor is not None and governor.pos_ in ("VERB", "AUX") else []
        )
        phrases = [
            (p.lower_, o)
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in nominal.prep
            for o in p.children
            if o.dep_ in ("pobj", "pcomp")
        ]
        targets = [o for _, o in phrases]
        if not targets:
            targets, backed_act = self._backed(noun, nominal)
            if backed_act is not None:  # dated by the act it came with
                chain = attrs.evolve(chain, verbs=(*chain.verbs, backed_act))
        # "its withdrawal from X" names "withdraws from X"; "adoption of X", "adopts X"
        words = phrases[0][0] if phrases and phrases[0][0] == "from" else ""
        objects: list[ActObject] = []
        object_tokens: list[Token] = []
        for t in targets[:1]:
            object_tokens.extend(t.subtree)
            objects.extend(
                self.objects.objects(ps, t, agents, memory, membership=nominal.membership)
            )
        if nominal.act == "abstain" and not objects and memory.vote_object is not None:
            objects = [memory.vote_object]
        if not objects:
            return []
        date = date_of_act(ps, self._dating_verbs(chain), object_tokens, chain.status, memory)
        if nominal.act == "abstain" and date.when is None:
            date = ActDate(when=memory.vote_when, stated=memory.vote_when)

        def kind(obj: ActObject | None) -> EventKind | None:
            if event is None:
                return None
            if event == "object":
                return (obj.kind if obj else None) or EventKind.OTHER
            return EventKind(event)

        return self._clause_acts(
            ps,
            noun,
            nominal.name,
            nominal.act,
            chain,
            agents,
            stance,
            objects,
            date,
            words,
            kind,
            object_tokens,
            memory=memory,
        )

    @staticmethod
    def _backed(noun: Token, nominal: Nominal) -> tuple[list[Token], Token | None]:
        """What "with X's support" backs, and the act it came with: the thing named before
        it ("adopted a resolution with U.S. support": the resolution, on its adoption), or
        the object of the verb it goes with."""
        prep = noun.head
        if nominal.stance is None or noun.dep_ != "pobj" or prep.lower_ != "with":
            return [], None
        owner = prep.head
        if owner.pos_ in ("NOUN", "PROPN"):
            verb = owner.head if owner.head.pos_ in ("VERB", "AUX") else None
            return [owner], verb
        if owner.pos_ in ("VERB", "AUX"):
            return [c for c in owner.children if c.dep_ in ("dobj", "nsubjpass")][:1], owner
        return [], None

    def _nominal_agents(
        self, ps: ParsedSentence, noun: Token, nominal: Nominal, memory: Discourse
    ) -> list[Agent]:
        out: list[Agent] = []
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ == "their":
                # "India, Indonesia and South Africa had signaled their opposition": all three
                subjects = (
                    self._subject_tokens(self._chain(noun.head, None), False)
                    if noun.head.pos_ in ("VERB", "AUX")
                    else []
                )
                for s in subjects:
                    for t in coordinated(s):
                        out.extend(actors_of(ps, t, self.lex, self.gazetteer, memory))
                if out:
                    continue
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i:
                for t in coordinated(c):
                    out.extend(actors_of(ps, t, self.lex, self.gazetteer, memory))
            if c.dep_ == "prep" and c.lower_ in nominal.agent_preps:
                for o in c.children:
                    if o.dep_ == "pobj":
                        for t in coordinated(o):
                            out.extend(actors_of(ps, t, self.lex, self.gazetteer, memory))
        return list({a.name: a for a in out}.values())


def acts_in(
    reader: ActReader, sentences: Sequence[ParsedSentence], memory: Discourse
) -> Iterator[Act]:
    """The acts of a document's parsed sentences, in order (one fold over the sentences)."""
    for ps in sentences:
        yield from reader.read(ps, memory)
