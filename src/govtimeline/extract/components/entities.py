"""Component ``entities``: organisations the gazetteer does not know, from spaCy's NER.

An ``ORG`` entity of a parsed sentence that no gazetteer mention covers ("the UN Ad Hoc
Committee on Cybercrime", "Human Rights Watch") becomes an actor of kind organisation,
named as written (without a leading article). News agencies and outlets
(``media`` in ``data/frames.json``) are not actors; neither are entities of one or two
letters or made of digits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.context import ParsedSentence
from govtimeline.extract.components.base import Component
from govtimeline.extract.datelines import is_dateline
from govtimeline.extract.gazetteer import ActorMention
from govtimeline.extract.nlp import add_entities
from govtimeline.extract.spans import SpanIndex
from govtimeline.extract.work import WorkDoc
from govtimeline.model import Actor, ActorKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from govtimeline.extract.pipeline import Resources

__all__ = ["ENTITIES"]

_ARTICLES = ("the ", "The ")


def _organisations(
    ps: ParsedSentence, resources: Resources
) -> list[tuple[list[int], ActorMention]]:
    out = []
    base = ps.sentence.start
    for ent in ps.doc.ents:
        if ent.label_ != "ORG":
            continue
        tokens = [t.i for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not tokens or any(i in ps.actor_at for i in tokens):
            continue
        first, last = ps.doc[tokens[0]], ps.doc[tokens[-1]]
        name = ps.doc.text[first.idx : last.idx + len(last.text)].strip()
        if name.startswith(_ARTICLES):
            name = name[4:]
        words = name.lower().split()
        if len(words) == 1 and not name.isupper():
            continue  # one capitalised word ("Ruritania", "Anthropic"): too weak alone
        media = resources.frames.media
        if len(name) <= 2 or name.isdigit() or name.lower() in media or words[0] in media:
            continue
        if name in resources.gazetteer.places:
            continue
        if is_dateline(ps.doc.text, first.idx, last.idx + len(last.text)):
            continue  # "UNITED NATIONS (AP) —": where the story was filed
        after = ps.doc[tokens[-1] + 1 : tokens[-1] + 4]
        if any(
            t.i in ps.actor_at and ps.actor_at[t.i].actor.kind is ActorKind.PERSON for t in after
        ):
            continue  # "Office of Science and Technology Policy Director Michael Kratsios"
        actor = Actor(name=name, kind=ActorKind.ORGANISATION)
        start = base + first.idx
        out.append(
            (tokens, ActorMention(start=start, end=start + len(name), surface=name, actor=actor))
        )
    return out


_AGENT_DEPS = frozenset(["nsubj", "nsubjpass", "poss", "appos", "dobj", "conj", "ROOT"])
_AGENT_PREPS = frozenset(["by", "from", "of", "with", "between", "behalf", "among", "including"])


def _may_name_an_organisation(ps: ParsedSentence, named: SpanIndex[Mention]) -> bool:
    """Proper nouns the gazetteer did not claim (two in a row, or an acronym) where an
    agent can stand: a subject, a possessor, an object, a "by"/"of"/"from" phrase; not
    inside an occasion's name ("the Harbour Summit"). Recognising entities costs as much
    as the parse, so only these sentences are given to it."""
    run: list[Token] = []
    for t in (*ps.doc, None):
        unknown = (
            t is not None and t.pos_ == "PROPN" and t.i not in ps.actor_at and t.i not in ps.date_at
        )
        if unknown:
            run.append(t)
            continue
        if run and (len(run) >= 2 or (run[0].text.isupper() and len(run[0].text) > 2)):
            start, end = ps.start(run[0]), ps.end(run[-1])
            inside_a_name = any(
                m.evidence.start <= start and end <= m.evidence.end
                for m in named.within(ps.sentence.start, end)
            )
            if _agent_position(run) and not inside_a_name:
                return True
        run = []
    return False


def _agent_position(run: list[Token]) -> bool:
    inside = {t.i for t in run}
    head = next((t for t in run if t.head.i not in inside or t.head.i == t.i), run[-1])
    if head.dep_ in _AGENT_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _AGENT_PREPS


def _entities(work: WorkDoc, resources: Resources) -> WorkDoc:
    found: list[ActorMention] = []
    parsed = []
    named = SpanIndex(work.occasions, lambda m: m.evidence.start)
    add_entities(
        resources.nlp, [ps.doc for ps in work.parsed if _may_name_an_organisation(ps, named)]
    )
    for ps in work.parsed:
        orgs = _organisations(ps, resources)
        if orgs:
            actor_at = dict(ps.actor_at)
            for tokens, mention in orgs:
                for i in tokens:
                    actor_at[i] = mention
                found.append(mention)
            ps = attrs.evolve(ps, actor_at=actor_at)
        parsed.append(ps)
    if not found:
        return work
    actors = sorted([*work.actors, *found], key=lambda a: (a.start, a.end))
    return attrs.evolve(work, parsed=parsed, actors=actors)


ENTITIES = Component(
    name="entities",
    requires=("parsed", "actors", "occasions"),
    assigns=("parsed", "actors"),
    run=_entities,
)
