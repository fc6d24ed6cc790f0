"""When an act took place: the date the parse attaches to it.

A date expression attaches to the word it modifies: "on Tuesday" to the verb it is a
prepositional phrase of, "the 2015 accord" to the noun. The act's date is, in order:

1. a date attached to the act's own verbs (the verb, its auxiliaries and the verbs that
   govern it as controllers: "On 16 May, the government decided to apply");
2. a date attached to a participle clause of those verbs ("Speaking on Tuesday, …");
3. the date of the clause that governs it: the speech verb it is reported under ("said on
   Monday that it would not support …"), or the clause it is subordinate to;
4. for a past act with none, the date the story has reached in the same paragraph; else,
   for an act reported as done, the publication date (news reports what just happened).

Dates inside the object ("the 2015 accord"), inside a relative clause about another noun,
or attached to another verb's clause are not the act's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from govtimeline.extract.acts.context import Discourse, ParsedSentence
from govtimeline.extract.acts.objects import designation
from govtimeline.model import ActStatus, TimeExpression, TimexType, When

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MANNER_NOUNS", "ActDate", "attachment", "date_of_act", "date_on"]

_CLAUSE_UP = frozenset(["ccomp", "xcomp", "advcl", "conj", "pcomp"])
_PARTICIPLE = frozenset(["VBG", "VBN"])


@attrs.frozen
class ActDate:
    """The date of an act, the expression it came from, and when the source states it."""

    when: When | None = None
    until: When | None = None
    text: str | None = None
    expression: TimeExpression | None = None
    stated: When | None = None
    source: str | None = None
    """How it was found (see :attr:`govtimeline.model.Act.dated_by`)."""


_NONE = ActDate()


MANNER_NOUNS = frozenset(
    ["consensus", "acclamation", "vote", "majority", "unanimity", "show", "ballot", "margin"]
)
"""Nouns that tell how an act was done ("by consensus", "without a vote"): a date the
parser hangs on them is the act's, and a passive's "by" before them names no agent."""


PARTS_OF_DAY = frozenset(["hours", "hour", "morning", "afternoon", "evening", "night"])
"""Nouns for a part of the day ("in the early hours of 17 June", "on the night of 30
March"): the date they are of dates what they modify."""


def attachment(ps: ParsedSentence, indices: Sequence[int]) -> Token | None:
    """The word a date expression (given by its token indices) modifies."""
    inside = set(indices)
    head = next((ps.doc[i] for i in indices if ps.doc[i].head.i not in inside), None)
    if head is None or head.head.i == head.i:
        return None
    up = head.head
    # "on Tuesday": the preposition's head; "last week", "Tuesday": the word itself modifies
    while up.dep_ == "prep" or up.pos_ == "ADP":
        if up.head.i == up.i:
            return None
        up = up.head
    while (
        up.dep_ == "pobj"
        and up.lower_ in PARTS_OF_DAY
        and up.head.dep_ == "prep"
        and up.head.head.i != up.head.i
    ):
        up = up.head.head  # "in the early hours of 17 June": the phrase's head
    if up.dep_ == "pobj" and up.head.dep_ == "agent" and up.head.head.i != up.i:
        return up.head.head  # "adopted by consensus on 26 August": the parser hangs it low
    if (
        up.dep_ == "pobj"
        and up.lemma_.lower() in MANNER_NOUNS
        and up.head.dep_ == "prep"
        and up.head.lower_ in ("by", "without", "with", "in")
        and up.head.head.i != up.i
    ):
        return up.head.head  # "adopted the text by consensus on 8 May", "without a vote on …"
    return up


def _usable(d: TimeExpression) -> bool:
    return d.timex_type in (TimexType.DATE, TimexType.TIME) and (
        d.when is not None or bool(d.timex_value)
    )


_BOUNDS = frozenset(
    ["until", "till", "through", "by", "before", "after", "since", "from", "to", "within"]
)
"""Prepositions that make a date a bound or a deadline ("delayed until 2027", "by 2030"),
not when the act took place."""


def _bounded(ps: ParsedSentence, indices: Sequence[int]) -> bool:
    head = next((ps.doc[i] for i in indices if ps.doc[i].head.i not in set(indices)), None)
    return head is not None and head.head.pos_ == "ADP" and head.head.lower_ in _BOUNDS


def _own(
    ps: ParsedSentence, verbs: Sequence[Token], blocked: set[int]
) -> tuple[TimeExpression, list[int]] | None:
    """The date expression attached to one of ``verbs`` (nearest to the first verb)."""
    targets = {v.i for v in verbs}
    found = []
    for d, idx in ps.dates():
        if not _usable(d) or any(i in blocked for i in idx) or _bounded(ps, idx):
            continue
        at = attachment(ps, idx)
        if at is not None and at.i in targets:
            found.append((abs(idx[0] - verbs[0].i), d, idx))
    if not found:
        return None
    _, d, idx = min(found, key=lambda x: (x[0], x[1].start))
    return d, idx


_AT_THE_TIME = frozenset(["when", "as", "while", "once"])
"""Subordinators of a clause that tells when its main clause happened."""


def _at_time_clause(
    ps: ParsedSentence, verb: Token, blocked: set[int]
) -> tuple[TimeExpression, list[int]] | None:
    """The date of a time clause of ``verb`` ("when … in 2022"), the clause's own verb
    and its infinitives ("when they asked to join in 2022")."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _AT_THE_TIME for m in clause.children
        ):
            continue
        inner = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "aux", "auxpass"))]
        found = _own(ps, inner, blocked)
        if found is not None:
            return found
    return None


def _on_object(
    ps: ParsedSentence, verb: Token, object_tokens: Sequence[Token]
) -> tuple[TimeExpression, list[int]] | None:
    """ "adopted a resolution on Monday": a date in a prepositional phrase of the direct
    object right after it belongs to the verb (the parser often hangs it on the noun);
    "the 2015 accord" (a modifier) does not, nor does "an initiative called X on 3 May"
    (the parser hangs the date on the participle that names the object)."""
    heads = [
        t
        for t in object_tokens
        if t.head.i == verb.i
        and (t.dep_ in ("dobj", "nsubjpass") or (t.dep_ == "ccomp" and t.pos_ in ("NOUN", "PROPN")))
    ]
    for head in heads:
        named = designation(head)
        holders = [head, named.head] if named is not None else [head]
        if named is not None and named.head.dep_ == "prep":
            holders.append(named.head.head)  # "known as X on 3 May": the participle's phrase
        for prep in (c for h in holders for c in h.children):
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "at"):
                continue
            idx = [t.i for t in prep.subtree if t.i in ps.date_at]
            if idx:
                d = ps.date_at[idx[0]]
                if _usable(d):
                    return d, idx
    return None


def _of_dated_act(
    ps: ParsedSentence, verb: Token, object_tokens: Sequence[Token]
) -> tuple[TimeExpression, list[int]] | None:
    """ "the March 21 adoption of the resolution spearheaded by the United States": a
    participle on the object of a dated act noun takes that act's date."""
    if verb.dep_ not in ("acl", "conj") or verb.tag_ != "VBN":
        return None
    inside = {t.i for t in object_tokens}
    root = next((t for t in object_tokens if t.head.i not in inside), None)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    noun = root.head.head
    if noun.pos_ != "NOUN":
        return None
    for d, idx in ps.dates():
        at = attachment(ps, idx)
        if _usable(d) and at is not None and at.i == noun.i and all(i < noun.i for i in idx):
            return d, idx
    return None


def _at_occasion(
    ps: ParsedSentence, verb: Token, blocked: set[int]
) -> tuple[TimeExpression, list[int]] | None:
    """ "accepted at the alliance's June summit", "adopted at the conference on 17 June":
    a date inside the occasion the act took place at is the act's."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "during"):
            continue
        idx = [t.i for t in prep.subtree if t.i in ps.date_at and t.i not in blocked]
        if idx and _usable(ps.date_at[idx[0]]) and not _bounded(ps, idx):
            return ps.date_at[idx[0]], idx
    return None


def date_on(ps: ParsedSentence, token: Token) -> ActDate | None:
    """A date a coordinated object carries itself ("layered on A in 2023 and B … in
    2024"): a date phrase attached to the word, not a bound."""
    for d, idx in ps.dates():
        if not _usable(d) or _bounded(ps, idx):
            continue
        at = attachment(ps, idx)
        holder = token.head if token.dep_ == "pobj" else None
        if holder is not None and holder.head.dep_ == "prep":
            holder = holder.head  # "along with the C, in 2030"
        inside = set(idx)
        first = next((ps.doc[i] for i in idx if ps.doc[i].head.i not in inside), None)
        near = first.head.head if first is not None and first.head.pos_ == "ADP" else None
        if at is not None and at.i == token.i:
            return attrs.evolve(_of(d), stated=d.when, source="clause")
        if holder is not None and near is not None and near.i == holder.i:
            return attrs.evolve(_of(d), stated=d.when, source="clause")
    return None


def _participles(verbs: Sequence[Token]) -> list[Token]:
    return [
        c
        for v in verbs
        for c in v.children
        if c.dep_ == "advcl" and c.tag_ in _PARTICIPLE and not _has_subject(c)
    ]


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _aside(verb: Token) -> bool:
    """Whether a verb stands in a relative or participle clause about a noun."""
    cur, steps = verb, 0
    while cur.head.i != cur.i and steps < 6:
        if cur.dep_ in ("relcl", "acl", "appos"):
            return True
        cur, steps = cur.head, steps + 1
    return False


def _simple_past(verb: Token) -> bool:
    if verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """ "had signed": an act before the story's time, not on the day the story has reached."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _of(d: TimeExpression) -> ActDate:
    return ActDate(when=d.when, until=d.until, text=d.text, expression=d)


def date_of_act(
    ps: ParsedSentence,
    verbs: Sequence[Token],
    object_tokens: Sequence[Token],
    status: ActStatus,
    memory: Discourse,
) -> ActDate:
    """The date of an act whose verbs (the verb first, then its controllers) are ``verbs``.

    A planned act is dated only by a date of its own ("will sign next week"); the clause
    that reports it dates when it was stated.
    """
    blocked = {t.i for t in object_tokens}
    if verbs[0].i in blocked:  # "a report published in May": the participle's own date
        blocked -= {t.i for t in verbs[0].subtree}
    own = _own(ps, verbs, blocked) or _own(ps, _participles(verbs), blocked)
    if own is None:
        own = (
            _on_object(ps, verbs[0], object_tokens)
            or _at_occasion(ps, verbs[0], blocked)
            or _of_dated_act(ps, verbs[0], object_tokens)
        )
    governing = None
    if own is None:
        top = verbs[-1]
        steps = 0
        while governing is None and top.dep_ in _CLAUSE_UP and steps < 4:
            top = top.head
            steps += 1
            aux = [c for c in top.children if c.dep_ in ("aux", "auxpass")]
            governing = _own(ps, [top, *aux], blocked)
    if own is None and governing is None:
        # "when they asked to join in 2022, Turkey raised objections": the time clause
        # dates the clause it is in
        own = _at_time_clause(ps, verbs[-1], blocked)
    # undated: a simple past continues the story ("… said in a statement"); a present or
    # present perfect ("has ratified", "says") is news of the day of publication
    # undated: news tells what happened just before it was published, so the date the
    # story has reached stands for an act told in the simple past, or in any tense when
    # that date is in the week before publication; else the publication date
    background = memory.anchor
    background_text = None
    recent = (
        memory.story is not None
        and memory.anchor is not None
        and 0 <= (memory.anchor.earliest - memory.story.earliest).days <= 7
    )
    if _simple_past(verbs[-1]) or memory.anchor is None or recent:
        if memory.story is not None:
            background = memory.story
        elif memory.anchor is None:
            background_text = memory.story_text
    kind = "story" if background is not memory.anchor else "publication"
    if status is ActStatus.PLANNED:
        stated = governing[0].when if governing is not None else background
        if own is None:
            return ActDate(stated=stated)
        return attrs.evolve(_of(own[0]), stated=stated, source="clause")
    found = own or governing
    if found is not None:
        dated = _of(found[0])
        if not _aside(verbs[-1]):  # a relative clause dates its own act, not the story
            memory.story_text = dated.text
            if dated.when is not None:
                memory.story, memory.story_paragraph = dated.when, ps.paragraph
        source = "clause" if own is not None else "report"
        return attrs.evolve(dated, stated=dated.when or background, source=source)
    if background is None and background_text is None:
        return _NONE
    if any(_past_perfect(v) for v in verbs):  # some time before the story's day: undated,
        return ActDate(stated=background)  # but the report still states it then
    return ActDate(when=background, stated=background, text=background_text, source=kind)
