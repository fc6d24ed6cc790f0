"""Speakers the gazetteer does not know: "said Jane Doe, Ruritania's envoy".

A capitalised name of two to four words is a speaker when a speech verb or
"according to" sits next to it ("said Jane Doe", "Jane Doe told reporters",
"Jane Doe, …, said", "according to Jane Doe"). What the text says about them
(an appositive "Ruritania's ambassador to the UN", a title "Foreign Minister
Jane Doe", a preceding "Ruritania's foreign minister, Jane Doe, said") gives a
role and an affiliation: the state or organisation it names (by name, short
form or demonym; "ambassador *to* the UN" names where they serve, not whom
they serve), else the words as written. A "former" official speaks for no one.

After the first mention, the full name, the surname alone ("Doe told
reporters") and "the <role>" ("the minister said", for the last speaker with
that role) are mentions of the same person. Each becomes an
:class:`ActorMention` of ``Actor(kind=person, affiliation=…)``; when the
affiliation is a known actor, :meth:`Gazetteer.speaks_for` maps the person to
it, so positions they voice are that actor's, with the person as ``via``.

Everything is bounded per sentence and compiled once, so the cost is linear
in the text. The word lists live in ``data/speakers.json``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.sentences import Sentence
from govtimeline.extract.spans import SpanIndex
from govtimeline.extract.speaker_lexicon import MAX_DESCRIPTION, SpeakerLexicon, speaker_lexicon
from govtimeline.lang import trie_regex as _trie_regex
from govtimeline.model import Actor, ActorKind

__all__ = ["Speaker", "SpeakerLexicon", "find_speakers", "speaker_lexicon"]

_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
"""Capital letters of the Latin scripts ("Émile", "Łukasz", "Şahin")."""
_TOKEN = r"[" + _UPPER + r"](?:\.(?:[A-Z]\.)*|[\w’'-]*)"
_NAME = re.compile(
    _TOKEN
    + r"(?:[ \t]+(?:(?:de|da|del|dos|du|van|von|der|den|bin|ibn|al|le|la)[ \t]+)*"
    + _TOKEN
    + r")*"
)
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")
_CAPITALISED = "[" + _UPPER + r"][\w-]*"
_POSSESSOR = re.compile("(" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r"){0,3})['’]s\b")
_ADJECTIVE = re.compile("(" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r"){0,2})\s+$")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(
    r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+$|[A-Z][a-z]*-[A-Z]"
)
_MIN_WORDS, _MAX_WORDS = 2, 4
_LONGEST_FORM = 100


@attrs.frozen(kw_only=True)
class Speaker:
    """A person quoted in a text: the first mention and what it says about them."""

    start: int
    end: int
    name: str
    role: str | None = None
    affiliation: str | None = None
    """Canonical actor name when the gazetteer knows it, else the words as written."""
    former: bool = False
    """The role is a past one ("a former envoy"): the person speaks for no one."""
    spoke: bool = False
    """A speech verb or "according to" is next to the name."""


_WORD = re.compile(r"[\w'’.-]+")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _lead_in(text: str, at: int, lex: SpeakerLexicon) -> tuple[int, int] | None:
    """The words between a speech verb (or "according to") and ``at``, at most five.

    ``(start, at)`` of those words (empty when the verb is right before), or None
    when no verb comes first in the same clause.
    """
    words = list(_WORD.finditer(text, max(0, at - 60), at))
    if not words or text[words[-1].end() : at].strip():
        return None
    for i in range(len(words) - 1, max(-1, len(words) - 7), -1):
        if i + 1 < len(words) and text[words[i].end() : words[i + 1].start()].strip():
            return None  # a comma or quote between: another clause
        word = words[i].group().lower()
        if word in lex.verbs or (
            word in lex.introducer_ends
            and any(
                [w.group().lower() for w in words[max(0, i + 1 - len(phrase)) : i + 1]]
                == list(phrase)
                for phrase in lex.introducers
            )
        ):
            return (words[i + 1].start() if i + 1 < len(words) else at), at
    return None


def _word_before(text: str, at: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return m.group(1).lower() if m else ""


def _is_possessive(token: str) -> bool:
    return token.endswith(("'s", "’s"))


def _looks_like_name(tokens: Sequence[str], lex: SpeakerLexicon) -> bool:
    if not 1 <= len([t for t in tokens if t[:1].isupper()]) <= _MAX_WORDS:
        return False
    for t in tokens:
        if not t[:1].isupper():
            continue
        if t in lex.not_name_words or t in lex.titles or _is_possessive(t):
            return False
        if len(t) > 1 and t.isupper() and not t.endswith("."):
            return False  # an acronym ("AI", "NATO") is not part of a person's name
        if _INNER_CAPITAL.search(t) and not _NAME_PREFIX.match(t):
            return False  # "DeepMind", "OpenAI": a company, not a person ("McDonald" is)
    return True


@attrs.frozen
class _Candidate:
    start: int
    end: int
    name: str
    title: str | None
    before: ActorMention | None
    """A known actor written in the capitalised run before the name ("Ruritanian Foreign Minister …")."""
    possessor: str | None
    """Capitalised words before "'s" inside the run ("Ruritania's Foreign Minister …")."""
    run_start: int


def _overlapping(index: SpanIndex[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [a for a in index.within(start - _LONGEST_FORM, end) if a.end > start]


def _candidates(
    s: Sentence, index: SpanIndex[ActorMention], lex: SpeakerLexicon
) -> list[_Candidate]:
    out = []
    for m in _NAME.finditer(s.text):
        if " " not in m.group() and not (
            lex.verb_next.match(s.text, m.end())
            or (
                (
                    (prev := _word_before(s.text, m.start())) in lex.verbs
                    or prev in lex.introducer_ends
                )
                and _lead_in(s.text, m.start(), lex) == (m.start(), m.start())
            )
        ):
            continue  # one word matters only as a quoted surname ("Doe said", "said Doe")
        base = s.start + m.start()
        spans = [
            (base + t.start(), base + t.end(), t.group()) for t in re.finditer(r"\S+", m.group())
        ]
        before: ActorMention | None = None
        possessor: str | None = None
        for a in _overlapping(index, base, s.start + m.end()):
            # the name comes after a known actor in the run ("Ruritanian Foreign Minister …")
            before = a
            spans = [x for x in spans if x[0] >= a.end]
        for i in range(len(spans) - 1, -1, -1):
            if _is_possessive(spans[i][2]):
                possessor = " ".join(x[2] for x in spans[: i + 1])[:-2]
                spans = spans[i + 1 :]
                break
        while spans and spans[0][2] in lex.leading_words:
            spans = spans[1:]
        titled = [
            i
            for i, x in enumerate(spans[:-1])
            if x[2] in lex.titles or x[2].lower() in lex.role_words
        ]
        title = []
        if titled:
            # "New York Governor Kathy Hochul": the name follows the last title word, a
            # body the words before the first ("Ruritanian Foreign Minister Jane Doe")
            first, last = titled[0], titled[-1]
            if first and possessor is None and before is None:
                possessor = " ".join(x[2] for x in spans[:first])
            title = [x[2] for x in spans[first : last + 1]]
            spans = spans[last + 1 :]
        tokens = [x[2] for x in spans]
        if not spans or not _looks_like_name(tokens, lex):
            continue
        out.append(
            _Candidate(
                start=spans[0][0],
                end=spans[-1][1],
                name=" ".join(tokens),
                title=" ".join(title) or None,
                before=before,
                possessor=possessor,
                run_start=base,
            )
        )
    return out


def _affiliation(
    description: str, offset: int, index: SpanIndex[ActorMention], lex: SpeakerLexicon
) -> str | None:
    """The body a description names: a known actor (not one served "to"), else the words."""
    for a in index.within(offset, offset + len(description)):
        if a.end <= offset + len(description) and a.actor.kind is not ActorKind.PERSON:
            lead = " " + description[: a.start - offset].rstrip().lower()
            if not lead.endswith((" to", " to the")):
                return a.actor.name
    m = _POSSESSOR.search(description)
    if m:
        return m.group(1)
    role = lex.roles.search(description)
    if role:
        m = _ADJECTIVE.search(description, 0, role.start())
        if m and m.group(1).split()[0] not in lex.leading_words:
            return m.group(1)
        m = re.match(
            r"\s+(?:for|of|at|from)\s+(?:the\s+)?([^,;:()]{2,60})", description[role.end() :]
        )
        if m:
            return m.group(1).strip()
    return None


def _describe(
    c: _Candidate,
    description: str | None,
    offset: int,
    index: SpanIndex[ActorMention],
    lex: SpeakerLexicon,
    *,
    spoke: bool,
    body: bool = False,
) -> Speaker:
    """What the title and description say of a candidate; ``body``: the description is "of <body>"."""
    text = " ".join(x for x in (c.title, description) if x)
    role_match = lex.roles.search(text)
    role = " ".join(role_match.group().lower().split()) if role_match else None
    former = bool(lex.former.search(text[: role_match.start()] if role_match else text))
    affiliation = None
    if (role is not None or body) and not former:
        if c.before is not None and c.before.actor.kind is not ActorKind.PERSON:
            affiliation = c.before.actor.name
        elif c.possessor:
            affiliation = c.possessor
        elif description:
            affiliation = _affiliation(description, offset, index, lex)
    return Speaker(
        start=c.start,
        end=c.end,
        name=c.name,
        role=role,
        affiliation=affiliation,
        former=former,
        spoke=spoke,
    )


_APPOSITIVE = re.compile(r",\s*([^,;:\"“”]{2," + str(MAX_DESCRIPTION) + "})")
_LEAD = re.compile(r"(?:^|[,;:\"“”]\s*)([^,;:\"“”]{2," + str(MAX_DESCRIPTION) + r"}),\s*$")


def _speakers_in(s: Sentence, index: SpanIndex[ActorMention], lex: SpeakerLexicon) -> list[Speaker]:
    """Every person-like name of a sentence, with what the sentence says of them.

    ``spoke`` is set for quoted ones; a name with neither a speech verb nor a
    role is kept (role None) only as a possible antecedent of a later surname.
    """
    out = []
    text = s.text

    def describe(
        c: _Candidate, m: re.Match[str] | None, spoke: bool, body: bool = False
    ) -> Speaker:
        if m is None:
            return _describe(c, None, c.end, index, lex, spoke=spoke)
        return _describe(c, m.group(1), s.start + m.start(1), index, lex, spoke=spoke, body=body)

    for c in _candidates(s, index, lex):
        run, end = c.run_start - s.start, c.end - s.start
        window = max(0, run - MAX_DESCRIPTION - 4)
        lead_in = _lead_in(text, run, lex)
        words = text[lead_in[0] : run] if lead_in else ""
        if lead_in and (not words or lex.roles.search(words)):
            # "said Jane Doe, Ruritania's envoy" / "said White House spokeswoman Jane Doe" /
            # "according to Jane Doe, a spokesperson for …"
            if words:
                out.append(_describe(c, words, s.start + lead_in[0], index, lex, spoke=True))
            else:
                out.append(describe(c, _APPOSITIVE.match(text, end), spoke=True))
            continue
        m = lex.verb_after.match(text, end)
        if m is not None and m.group(1):  # "Jane Doe, Ruritania's ambassador to the UN, said"
            out.append(describe(c, m, spoke=True))
            continue
        if m is None and (of := lex.of_body.match(text, end)):
            out.append(describe(c, of, spoke=True, body=True))  # "Jane Doe of the AU said"
            continue
        after = _APPOSITIVE.match(text, end) if m is None else None
        # the description may come after the name ("Jane Doe, Chile's trade minister,
        # arrived"), between commas before it ("Chile's trade minister, Jane Doe, said")
        # or right before it ("Kenyan foreign minister Jane Doe said")
        speaker = describe(c, after, spoke=m is not None)
        if speaker.role is None and text.startswith(",", end):
            lead = _LEAD.search(text, window, run)
            if lead:
                speaker = describe(c, lead, spoke=m is not None)
        if speaker.role is None and _word_before(text, run) in lex.role_words:
            pre = lex.pre_role.search(text, max(0, run - 80), run)
            if pre:
                speaker = describe(c, pre, spoke=m is not None)
        out.append(speaker)
    return out


def _people(found: Sequence[Speaker]) -> dict[str, Speaker]:
    """The people of a document: each name first quoted or described, by its first such mention.

    A surname alone ("Doe told reporters", "Ms Doe said") stands for the full
    name written earlier in the document, quoted or not ("Jane Doe met …").
    """
    full: dict[str, str] = {}
    people: dict[str, Speaker] = {}
    for sp in found:
        words = sp.name.split()
        if len(words) >= _MIN_WORDS:
            full.setdefault(words[-1], sp.name)
        name = sp.name if len(words) >= _MIN_WORDS else full.get(sp.name)
        if name is None or not (sp.spoke or sp.role):
            continue
        known = people.get(name)
        if known is None:
            people[name] = attrs.evolve(sp, name=name)
        elif known.affiliation is None and sp.affiliation is not None:
            people[name] = attrs.evolve(
                known, affiliation=sp.affiliation, role=known.role or sp.role
            )
    return people


def find_speakers(
    text: str,
    sentences: Sequence[Sentence],
    known: Sequence[ActorMention],
    gazetteer: Gazetteer,
) -> list[ActorMention]:
    """Mentions of quoted or described people the gazetteer does not know, in text order.

    ``known`` are the gazetteer's mentions of ``text`` (:meth:`Gazetteer.find`);
    the result never overlaps them. Pure and linear in the length of ``text``.
    """
    lex = speaker_lexicon()
    index = SpanIndex(known, lambda a: a.start)
    found = [
        sp
        for s in sentences
        for sp in _speakers_in(s, index, lex)
        if sp.name not in gazetteer.surfaces
        and sp.name not in gazetteer.actors
        and sp.name not in gazetteer.places
    ]
    people = _people(found)
    # people the gazetteer knows, written with their office ("Foreign Minister Wang Yi"),
    # are antecedents of "the minister" too
    antecedents = [
        (a.end, " ".join(role.group().lower().split()), a.actor)
        for a in known
        if a.actor.kind is ActorKind.PERSON
        and (
            role := lex.roles.match(a.surface)
            or (
                _word_before(text, a.start) in lex.role_words
                and lex.title_role.search(text, max(0, a.start - 50), a.start)
            )
        )
    ]
    if not people and not antecedents:
        return []
    actors = {
        name: Actor(
            name=name,
            kind=ActorKind.PERSON,
            aliases=(name.split()[-1],),
            affiliation=gazetteer.canonical(sp.affiliation) if sp.affiliation else None,
        )
        for name, sp in people.items()
    }
    out: list[ActorMention] = []
    if actors:
        first = {sp.name: sp.start for sp in reversed(found) if len(sp.name.split()) >= _MIN_WORDS}
        # a surname the text also writes as a common word ("long", "young") stands for no one
        lower = set(_LOWER_WORD.findall(text))
        surname = {
            last: name
            for name in actors
            if (last := name.split()[-1]).lower() not in lower
            and last not in lex.leading_words
            and last not in gazetteer.surfaces
        }
        pattern = r"(?<![\w.])(?:" + _trie_regex([*actors, *surname]) + r")(?![\w’'-])"
        for m in re.finditer(pattern, text):
            name = m.group() if m.group() in actors else surname[m.group()]
            if m.group() != name and m.start() < first.get(name, m.start()):
                continue  # a surname before the full name is introduced may be someone else
            out.append(
                ActorMention(start=m.start(), end=m.end(), surface=m.group(), actor=actors[name])
            )
    antecedents += [(sp.end, sp.role, actors[sp.name]) for sp in people.values() if sp.role]
    out += _back_references(text, antecedents, lex)
    return sorted(
        (a for a in out if not _overlapping(index, a.start, a.end)), key=lambda a: a.start
    )


def _back_references(
    text: str, antecedents: Sequence[tuple[int, str, Actor]], lex: SpeakerLexicon
) -> list[ActorMention]:
    """ "the minister said": the last person before it whose role ends with the same noun.

    ``antecedents`` are (end offset, role, person) of people introduced with a role.
    """
    by_head: dict[str, tuple[list[int], list[Actor]]] = {}
    for end, role, actor in sorted(antecedents, key=lambda x: x[0]):
        ends, actors = by_head.setdefault(role.split()[-1], ([], []))
        ends.append(end)
        actors.append(actor)
    if not by_head:
        return []
    out = []
    for m in lex.back_reference.finditer(text):
        group = 1 if m.group(1) else 2
        head = m.group(group).lower().split()[-1]
        ends, actors = by_head.get(head, ([], []))
        i = bisect.bisect_right(ends, m.start(group))
        if i:
            out.append(
                ActorMention(
                    start=m.start(group),
                    end=m.end(group),
                    surface=m.group(group),
                    actor=actors[i - 1],
                )
            )
    return out
