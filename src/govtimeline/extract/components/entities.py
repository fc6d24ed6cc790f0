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
from govtimeline.extract.gazetteer import ActorMention
from govtimeline.extract.nlp import add_entities
from govtimeline.extract.work import WorkDoc
from govtimeline.model import Actor, ActorKind

if TYPE_CHECKING:
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


def _may_name_an_organisation(ps: ParsedSentence) -> bool:
    """Proper nouns the gazetteer did not claim: two in a row, or an acronym."""
    run = 0
    for t in ps.doc:
        unknown = t.pos_ == "PROPN" and t.i not in ps.actor_at and t.i not in ps.date_at
        if unknown and (t.text.isupper() and len(t.text) > 2):
            return True
        run = run + 1 if unknown else 0
        if run >= 2:
            return True
    return False


def _entities(work: WorkDoc, resources: Resources) -> WorkDoc:
    found: list[ActorMention] = []
    parsed = []
    add_entities(resources.nlp, [ps.doc for ps in work.parsed if _may_name_an_organisation(ps)])
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
    name="entities", requires=("parsed", "actors"), assigns=("parsed", "actors"), run=_entities
)
