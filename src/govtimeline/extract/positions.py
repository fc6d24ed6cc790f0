"""Positions: who supports, opposes or abstains on what, and when.

For each stance cue in a sentence (:mod:`govtimeline.extract.cues`; questions
are left alone: "Why does X reject Y?" asserts nothing):

* **Scope** — the cue governs the words after it up to the next cue or clause
  boundary (";", "but", "while"…); a cue inside a concessive clause ("while
  they support X, …") stops at that clause's comma. A cue inside an event's
  name ("a U.S.-led resolution") is part of the name, not a cue.
* **Stance** — the cue's stance; a negation just before a support cue ("did
  not sign") makes it opposition, before any other cue it leaves no stance
  ("had not explicitly rejected"). Longer cues in the lexicon carry their own
  frame ("abstained from signing", "withheld their endorsement").
* **Actor** — the subject: the nearest gazetteer actor before the cue that is
  not a possessive modifier ("the G20's principles") unless an office follows
  it ("China's foreign minister"), with the actors coordinated with it ("the
  US and the UK"); in reported speech ("X said the country would reject …")
  the speaker; in a quotation that names nobody, the person the quotation
  run belongs to (:mod:`govtimeline.extract.quotes`). A person stands for the
  body they spoke for on the date of the act (kept as ``via``); a speaker
  "on behalf of" a group stands for the group.
* **Topic** — the first event named in the cue's scope, with the events
  coordinated with it ("endorsed A in 2023 and B, along with C": one
  position each), or the event a relative clause hangs on ("the summit,
  which China signed"), else a topic of the lexicon named in the scope, else
  a short object that names something. A frame names its own topic; an
  advocacy clause ("stressed that the Dialogue should …") is about its named
  subject. A cue with no topic is no position; neither is an author signing
  its own order or an organisation adopting its own resolution.
* **Date** — see :mod:`govtimeline.extract.act_dates`. An event whose date is
  not known yet is linked through :attr:`Position.event` (``@`` and the
  offset of its mention) and dated in reconstruction; an unresolved phrase
  ("on Wednesday") is kept in :attr:`Position.date_text`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govtimeline.extract.act_dates import Dating, act_date, narrative_month, usable, venue_of
from govtimeline.extract.cues import REACH, Cue, find_cues
from govtimeline.extract.cues import SCOPE_CHARS as _SCOPE_CHARS
from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.objects import TopicMemory, object_phrase, open_topic
from govtimeline.extract.quotes import SAID, Speech, person_at, quoted_by, speech_after
from govtimeline.extract.sentences import Sentence
from govtimeline.extract.spans import SpanIndex
from govtimeline.extract.stance_lexicon import StanceLexicon, stance_lexicon
from govtimeline.model import (
    ActorKind,
    Evidence,
    Mention,
    Position,
    Stance,
    TimeExpression,
)
from govtimeline.model.when import When

__all__ = ["StanceLexicon", "find_positions", "mention_key", "stance_lexicon"]


def mention_key(mention: Mention) -> str:
    """How a position in an Extraction refers to a mention of its document (``@offset``)."""
    return f"@{mention.evidence.start}"


_POSSESSIVE = re.compile(r"^['’]s?\b|^['’]")
_COORDINATION = re.compile(r"^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+or)\s+(?:the\s+|both\s+)?$")
_RELATIVE = re.compile(r",?\s+(?:which|that)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# Between two prose sentences: a blank line, or a line that is not prose (a heading).
_SECTION_BREAK = re.compile(r"\n\s*\n|\n[^\n]*\S[^\n]*\n")


def _is_subject(a: ActorMention, s: Sentence, lex: StanceLexicon) -> bool:
    """A possessive actor is a modifier ("the G20's principles") unless an office follows;
    the group a speaker speaks "on behalf of" is not the speaker."""
    if _ON_BEHALF.search(s.text, max(0, a.start - s.start - 24), a.start - s.start):
        return False
    after = s.text[a.end - s.start :]
    if not _POSSESSIVE.match(after):
        return True
    return bool(lex.offices.match(after[2:] if after[:2] in ("'s", "’s") else after[1:]))


def _coordinated(
    s: Sentence, subject: ActorMention, actors: Sequence[ActorMention]
) -> list[ActorMention]:
    """The subject and the actors joined to it: "the US and the UK", "France, Spain and Italy"."""
    group = [subject]
    earlier = sorted((a for a in actors if a.end <= subject.start), key=lambda a: -a.start)
    for a in earlier:
        between = s.text[a.end - s.start : group[-1].start - s.start]
        if not _COORDINATION.match(between):
            break
        if between.strip().startswith(",") and "and" not in between and len(group) < 2:
            break  # "led by Spain, the Assembly approved": a comma alone ends a clause
        group.append(a)
    return group[::-1]


def _speaker(
    s: Sentence,
    at: int,
    actors: Sequence[ActorMention],
    mentions: Sequence[Mention],
    lex: StanceLexicon,
) -> list[ActorMention]:
    """Who takes the stance expressed at ``at`` (see the module docstring).

    Actors named inside an event's name ("the UN resolution") modify the name
    and are not candidates.
    """
    near = [m for m in mentions if at - REACH <= m.evidence.end and m.evidence.start < at]
    before = [
        a
        for a in actors
        if at - REACH <= a.start
        and a.end <= at
        and not any(m.evidence.start <= a.start and a.end <= m.evidence.end for m in near)
    ]
    said = list(SAID.finditer(s.text, max(0, at - s.start - REACH), at - s.start))
    if said:
        person = person_at(before, s.start + said[-1].start())
        if person is not None:
            return [person]
    subjects = [a for a in before if _is_subject(a, s, lex)]
    if subjects:
        return _coordinated(s, subjects[-1], subjects)
    after_said = [a for a in actors if a.start > at and a.actor.kind is ActorKind.PERSON]
    return [after_said[0]] if after_said and re.search(r"\bsaid\b", s.text) else []


def _scope_end(s: Sentence, cue: Cue, lex: StanceLexicon, next_cue: int) -> int:
    """Where the words a cue governs end (sentence offsets)."""
    if cue.scope_end is not None:
        return cue.scope_end
    end = min(len(s.text), cue.end + _SCOPE_CHARS, next_cue)
    boundary = lex.boundaries.search(s.text, cue.end, end)
    if boundary:
        end = boundary.start()
    window = max(0, cue.start - REACH)
    clause_start = max(s.text.rfind(";", window, cue.start), window)
    if lex.concessive.search(s.text, clause_start, cue.start):
        comma = s.text.find(",", cue.end, end)
        if comma >= 0:
            end = comma
    return end


_ADJECTIVES_ONLY = re.compile(r"\s*,(?:\s*[\"“”'’]?[\w-]+[\"“”'’]?,?){1,3}\s*")


def _topic(
    s: Sentence,
    cue: Cue,
    scope_end: int,
    mentions: Sequence[Mention],
    lex: StanceLexicon,
    memory: TopicMemory,
) -> tuple[str, Mention | None] | None:
    """What a cue is about: the event or lexicon topic that opens its object, else its
    object phrase (named, or pointing back), else the first event or topic it reaches,
    else the event a relative clause hangs on."""
    if cue.topic is not None:
        return cue.topic, None
    start, end = s.start + cue.end, s.start + scope_end
    found: list[tuple[int, int, str, Mention | None]] = [
        (m.evidence.start - s.start, m.evidence.end - s.start, _topic_name(m), m)
        for m in mentions
        if start <= m.evidence.start < end
    ]
    for name, pattern in lex.topics:
        hit = pattern.search(s.text, cue.end, scope_end)
        if hit:
            found.append((hit.start(), hit.end(), name, None))
    found.sort(key=lambda f: (f[0], f[3] is None))
    phrase = object_phrase(s.text, cue.end, scope_end)
    if phrase is not None:
        # what opens the phrase (its determiners included), or follows a list of adjectives
        # ("the G20's nonbinding, "human-centered" AI principles"), or, after a light head
        # ("the urgency for governing AI"), anything inside it
        reach = phrase.end if phrase.head in lex.light_heads else phrase.head_end
        opening = [
            f
            for f in found
            if phrase.opens <= f[0] < reach
            or (f[3] is not None and _ADJECTIVES_ONLY.fullmatch(s.text, phrase.end, f[0]))
        ]
        own = open_topic(phrase, lex.policy_heads)
        if opening:
            first = opening[0]
            if first[3] is None and first[1] < phrase.head_end and own is not None:
                return own, None  # "a capacity-building fund": the topic word only modifies
            return first[2], first[3]
        if phrase.other:
            return None  # "blocked a similar text": not what the sentence names
        if cue.scope_end is None:
            back = memory.resolve(phrase)
            if back is not None or (phrase.definite and own is None):
                return back  # "the annex": what the document named before, or nothing
            if own is not None:
                return own, None
    if found:  # the first thing the cue reaches is what it is about
        return found[0][2], found[0][3]
    if cue.scope_end is not None:
        return None  # what should act must be named: an event or a topic of the lexicon
    relative = _RELATIVE.search(s.text, max(0, cue.start - 80), cue.start)
    if relative:
        hung = [m for m in mentions if 0 <= s.start + relative.start() - m.evidence.end <= 2]
        if hung:
            return _topic_name(hung[-1]), hung[-1]
    return None


def _topic_name(m: Mention) -> str:
    return _ARTICLE.sub("", m.name)


_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _on_behalf_of(s: Sentence, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The group a speaker speaks for in this sentence: "on behalf of the G77 and China"."""
    for a in actors:
        if _ON_BEHALF.search(s.text, max(0, a.start - s.start - 24), a.start - s.start):
            return a
    return None


def _authored(cue: Cue, topic: Mention | None, lex: StanceLexicon) -> bool:
    """Whether the cue is the author issuing the instrument (signing its own order)."""
    return (
        topic is not None
        and topic.kind.value in lex.authored_kinds
        and cue.key in lex.authoring_cues
    )


def _issued(cue: Cue, topic: Mention | None, speaker: ActorMention, lex: StanceLexicon) -> bool:
    """Whether an organisation is adopting its own instrument ("the Assembly approved … in
    a resolution"): the act is the event, not a stance of the body."""
    return (
        topic is not None
        and speaker.actor.kind is ActorKind.ORGANISATION
        and topic.kind.value in lex.issuing_kinds
        and cue.key in lex.issuing_cues
    )


_JOINED = re.compile(
    r"^\s*(?:(?:in|on|during)\s+\x00+\s*)?"
    r"(?:,\s*|,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+)"
    r"(?:(?:also|the|a|an|its|their)\s+)?$",
    re.IGNORECASE,
)


def _coordinated_objects(
    s: Sentence,
    first: Mention,
    scope_end: int,
    mentions: Sequence[Mention],
    dates: Sequence[TimeExpression],
) -> list[Mention]:
    """The events joined to a cue's first object: "endorsed A in 2023 and B, along with C".

    A date between two of them ("in 2023") belongs to the one before it.
    """
    out = [first]
    end = s.start + scope_end
    for m in mentions:
        if m.evidence.start < out[-1].evidence.end or m.evidence.start >= end:
            continue
        gap = list(s.text[out[-1].evidence.end - s.start : m.evidence.start - s.start])
        offset = out[-1].evidence.end
        for d in dates:
            if offset <= d.start and d.end <= m.evidence.start:
                gap[d.start - offset : d.end - offset] = "\x00" * (d.end - d.start)
        if not _JOINED.match("".join(gap)):
            break
        out.append(m)
    return out


_TITLED = re.compile(r"^[\s,]*(?:[A-Z][\w'’-]*\s+){1,4}$")


def _employer(s: Sentence, person: ActorMention, actors: Sequence[ActorMention]) -> str | None:
    """The body a person the gazetteer cannot place speaks for, from the words just before
    their name: "The head of the IAEA, Director General Jane Doe, said"."""
    if person.actor.kind is not ActorKind.PERSON:
        return None
    bodies = [
        a
        for a in actors
        if a.actor.kind is not ActorKind.PERSON and person.start - 80 <= a.end <= person.start
    ]
    if not bodies:
        return None
    between = s.text[bodies[-1].end - s.start : person.start - s.start]
    return bodies[-1].actor.name if _TITLED.match(between) or not between.strip(" ,") else None


_BEFORE_PASSIVE = re.compile(
    r"(?P<np>(?:the|this|that|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})"
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE_GAP = re.compile(
    r"^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been|is|are)\s+)?$"
)


def _passive_topic(
    s: Sentence, cue: Cue, mentions: Sequence[Mention], memory: TopicMemory
) -> tuple[str, Mention | None] | None:
    """What a passive participle is about: the event just before it ("the resolution,
    tabled by …"), or the phrase just before it when it points back ("the text was
    presented by …")."""
    at = s.start + cue.start
    for m in reversed(mentions):
        if m.evidence.end <= at and _PASSIVE_GAP.match(
            s.text[m.evidence.end - s.start : cue.start]
        ):
            return _topic_name(m), m
    before = _BEFORE_PASSIVE.search(s.text, max(0, cue.start - 80), cue.start)
    if before is None:
        return None
    phrase = object_phrase(before.group("np"), 0, len(before.group("np")))
    return memory.resolve(phrase) if phrase is not None else None


def _agents(s: Sentence, cue: Cue, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors right after a passive "by": "tabled by France, Spain and Kenya"."""
    group: list[ActorMention] = []
    at = s.start + cue.end
    for a in sorted(actors, key=lambda a: a.start):
        if a.start < at:
            continue
        gap = s.text[at - s.start : a.start - s.start]
        if group and not _COORDINATION.match(gap):
            break
        if not group and gap.strip():
            break
        group.append(a)
        at = a.end
    return group


def _unfit(cue: Cue, topic: tuple[str, Mention | None], lex: StanceLexicon) -> bool:
    """Whether an event-only cue ("led", "spearheaded") got a topic that is not an event or a
    topic of the lexicon."""
    return cue.key in lex.event_only_cues and topic[1] is None and topic[0] not in lex.topic_names


_BARE_REACH = 4  # sentences: quotations often stand between a vote and the next one


def _bare(s: Sentence, cue: Cue, scope_end: int, lex: StanceLexicon) -> bool:
    """Whether a vote cue says nothing after it ("Norway abstained.", "it voted against")."""
    after = s.text[cue.end : scope_end].strip(" ,;.!")
    return (cue.stance is Stance.ABSTAIN or cue.key in lex.vote_cues) and (
        not after or bool(_ADJUNCT_ONLY.fullmatch(after))
    )


_ADJUNCT_ONLY = re.compile(
    r"(?:(?:in|on|at|during)\s+(?:the\s+)?(?:vote|ballot|plenary|end|session)\b[^,;]*"
    r"|as\s+did\s+[^,;]*)",  # "China voted against, as did Cuba"
    re.IGNORECASE,
)
_AS_DID = re.compile(r",?\s*as\s+did\s+(?:the\s+)?$", re.IGNORECASE)


def _as_did(
    s: Sentence,
    cue: Cue,
    scope_end: int,
    actors: Sequence[ActorMention],
    speakers: Sequence[ActorMention],
) -> list[ActorMention]:
    """Actors that share the act by ellipsis: "China voted against it, as did Russia"."""
    if not speakers:
        return []
    window_end = s.start + min(len(s.text), scope_end + 40)
    out = []
    for a in actors:
        inside = s.start + cue.end <= a.start < window_end and a not in speakers
        if inside and _AS_DID.search(s.text, max(0, a.start - s.start - 20), a.start - s.start):
            out.append(a)
    return out


def _qualified(s: Sentence, cue: Cue, scope_end: int, lex: StanceLexicon) -> Stance:
    """A support cue with a condition ("welcomed X in principle") or a reservation after
    "but" ("welcomed X but warned …") is mixed."""
    if cue.stance is not Stance.SUPPORT:
        return cue.stance
    if lex.conditions.search(s.text, cue.end, scope_end):
        return Stance.MIXED
    if lex.reservations.match(s.text, scope_end):
        return Stance.MIXED
    return cue.stance


def find_positions(
    document: str,
    sentences: Sequence[Sentence],
    dates: Sequence[TimeExpression],
    actors: Sequence[ActorMention],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    published: When | None,
    text: str = "",
) -> list[Position]:
    """Every position a document states, in text order.

    ``text`` is the document's text, from which section breaks are read (a
    blank line, or a left-out line such as a heading, between two sentences).
    """
    lex = stance_lexicon()
    out: list[Position] = []
    actor_index = SpanIndex(actors, lambda a: a.start)
    mention_index = SpanIndex(mentions, lambda m: m.evidence.start)
    date_index = SpanIndex(dates, lambda d: d.start)
    narrative: When | None = None  # the time the story has reached in this section
    speech: Speech | None = None  # the quotations being read, and who speaks them
    memory = TopicMemory()  # what the document has named so far ("the annex" points back)
    recent: tuple[int, tuple[str, Mention | None]] | None = None  # the last stance's topic
    previous_end = 0
    previous_mentions: Sequence[Mention] = ()
    for index, s in enumerate(sentences):
        if _SECTION_BREAK.search(text, previous_end, s.start):
            narrative, speech = None, None  # a bare vote may still follow the last one
        previous_end = s.end
        for m in previous_mentions:
            memory.remember(_topic_name(m), m)
        if index:
            memory.remember_titles(sentences[index - 1].text)
            memory.remember_introduced(sentences[index - 1].text, lex.policy_heads)
        here_dates = date_index.within(s.start, s.end)
        carried = narrative
        stated = [d.when for d in here_dates if usable(d) and d.when is not None]
        if stated:
            narrative = narrative_month(stated[-1])
        here_actors = actor_index.within(s.start, s.end)
        here_mentions = previous_mentions = mention_index.within(s.start, s.end)
        quoted = quoted_by(s, speech)
        speech = speech_after(s, here_actors, here_dates, here_mentions, speech)
        if (not here_actors and quoted is None) or s.text.rstrip("\"'”’)").endswith("?"):
            continue
        local_actors = SpanIndex(here_actors, lambda a: a.start)
        local_mentions = SpanIndex(here_mentions, lambda m: m.evidence.start)
        local_dates = SpanIndex(here_dates, lambda d: d.start)
        cues = [
            c  # a cue inside an event's name ("a U.S.-led resolution") modifies the name
            for c in find_cues(s, lex, {m.evidence.end - s.start for m in here_mentions})
            if not any(m.evidence.start < s.start + c.start < m.evidence.end for m in here_mentions)
        ]
        seen: set[tuple[str, str]] = set()
        for i, cue in enumerate(cues):
            # each cue sees the words around it only, so a long sentence costs linear time
            low, high = s.start + max(0, cue.start - REACH), s.start + cue.end + _SCOPE_CHARS
            near_actors = local_actors.within(low, high)
            near_mentions = local_mentions.within(low, high)
            near_dates = local_dates.within(low, high)
            next_cue = cues[i + 1].start if i + 1 < len(cues) else len(s.text)
            scope_end = _scope_end(s, cue, lex, next_cue)
            topic = (
                _passive_topic(s, cue, near_mentions, memory)
                if cue.passive
                else _topic(s, cue, scope_end, near_mentions, lex, memory)
            )
            late = recent is None or index - recent[0] > _BARE_REACH
            if topic is None and recent is not None and not late and _bare(s, cue, scope_end, lex):
                topic = recent[1]  # "Norway abstained.": on what the story is voting on
            if topic is not None and _unfit(cue, topic, lex):
                topic = None  # "led a group of states": leading is a stance on events only
            if topic is not None:
                memory.remember_stance(*topic)
                recent = (index, topic)
            speakers = (
                _agents(s, cue, near_actors)
                if cue.passive
                else _speaker(s, s.start + cue.start, near_actors, near_mentions, lex)
            )
            speakers += _as_did(s, cue, scope_end, near_actors, speakers)
            scene: Dating | None = None
            if not speakers and quoted is not None:
                speakers, scene = [quoted.speaker], quoted.dating
            if not speakers or topic is None:
                continue
            if _authored(cue, topic[1], lex):
                continue  # "Trump signed an executive order": the act itself, not a stance on it
            venue = venue_of(s, near_mentions, s.start + cue.start)
            objects = (
                _coordinated_objects(s, topic[1], scope_end, near_mentions, near_dates)
                if topic[1] is not None
                else [None]
            )
            evidence = [Evidence(document=document, start=s.start, end=s.end, quote=s.text)]
            group, cue_at = _on_behalf_of(s, near_actors), s.start + cue.start
            stance = _qualified(s, cue, scope_end, lex)
            for obj in objects:
                name = topic[0] if obj is None or obj is topic[1] else _topic_name(obj)
                dating = act_date(s, cue, near_dates, venue, obj, published, carried, scene)
                for speaker in speakers:
                    if _issued(cue, obj, speaker, lex):
                        continue  # "the Assembly approved … in a resolution": the event itself
                    when = dating.when
                    actor = gazetteer.speaks_for(speaker.actor, when.earliest if when else None)
                    if actor is None:
                        actor = _employer(s, speaker, near_actors)
                    if actor is None:
                        continue
                    via = speaker.actor.name if speaker.actor.kind is ActorKind.PERSON else None
                    if group is not None and group.actor.name != actor and group.end <= cue_at:
                        # "Egypt, speaking on behalf of the African Union, welcomed …"
                        actor, via = group.actor.name, via or actor
                    if (actor, name) in seen:
                        continue
                    seen.add((actor, name))
                    linked = dating.event
                    out.append(
                        Position(
                            actor=actor,
                            topic=name,
                            stance=stance,
                            when=when,
                            via=via,
                            event=mention_key(linked) if linked else None,
                            evidence=evidence,
                            date_text=dating.text,
                        )
                    )
    return out
