"""Positions: who supports, opposes or abstains on what, and when.

For each stance cue of ``data/stance.json`` in a sentence (questions are left
alone: "Why does X reject Y?" asserts nothing):

* **Scope** — the cue governs the words after it up to the next cue or clause
  boundary (";", "but", "while"…); a cue inside a concessive clause ("while
  they support X, …") stops at that clause's comma.
* **Stance** — the cue's stance; a negation just before a support cue ("did
  not sign") makes it opposition. Longer cues in the lexicon carry their own
  frame ("abstained from signing", "withheld their endorsement").
* **Actor** — the subject: the nearest gazetteer actor before the cue that is
  not a possessive modifier ("the G20's principles") unless an office follows
  it ("China's foreign minister"), with the actors coordinated with it ("the
  US and the UK"); in reported speech ("X said the country would reject …")
  the speaker. A person stands for the body they spoke for on the date of the
  act (kept as ``via``).
* **Topic** — the first event named in the cue's scope, or the event a
  relative clause hangs on ("the summit, which China signed"), else a topic
  of the lexicon named in the scope. A cue with no topic is no position.
* **Date** — the nearest date before the cue in its clause, else the event the
  sentence places the act at ("At the council debate, X said …"), else the
  topic event's date, else a date after the cue, else the date the story has
  reached in its section (to the month), else the month of publication of a
  document dated to the day (the report bounds the act, it does not date it
  to its own day). An event whose date is not known yet is linked through
  :attr:`Position.event` (``@`` and the offset of its mention) and dated in
  reconstruction; an unresolved phrase ("on Wednesday") is kept in
  :attr:`Position.date_text`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

import attrs

from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.sentences import Sentence
from govtimeline.extract.spans import SpanIndex
from govtimeline.model import (
    ActorKind,
    AnchorKind,
    Evidence,
    Mention,
    Position,
    Stance,
    TimeExpression,
    TimexType,
)
from govtimeline.when import Precision, When

__all__ = ["StanceLexicon", "find_positions", "mention_key", "stance_lexicon"]


@attrs.frozen(kw_only=True)
class StanceLexicon:
    """Stance cues, negations, topics and the words that shape a cue's scope."""

    cues: re.Pattern[str]
    stance_of: dict[str, Stance]
    negation: re.Pattern[str]
    topics: tuple[tuple[str, re.Pattern[str]], ...]
    instruments: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = ()
    noun_cues: frozenset[str] = frozenset()
    """Cues that are also nouns ("support"): not a cue after a determiner or adjective."""
    noun_modifiers: frozenset[str] = frozenset()
    """Words that, just before a noun cue, make it a noun ("broad support")."""
    offices: re.Pattern[str] = re.compile(r"(?!)")
    """Office words after a possessive actor that make it the speaker ("China's envoy")."""
    boundaries: re.Pattern[str] = re.compile(r";")
    """Where a cue's scope ends."""
    concessive: re.Pattern[str] = re.compile(r"(?!)")
    """Words opening a clause that ends at the next comma ("while", "although")."""
    authored_kinds: frozenset[str] = frozenset()
    """Event kinds whose signer is their author (an executive order): signing is no stance."""
    authoring_cues: frozenset[str] = frozenset()
    """Cues that, on an authored kind, are the act of issuing it ("signed")."""
    refusal: re.Pattern[str] = re.compile(r"(?!)")
    """A refusal whose infinitive is the cue: "the refusal of X and Y to sign"."""


def _alternation(words: Sequence[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


def _words(raw: dict[str, object], key: str) -> list[str]:
    value = raw.get(key, [])
    return [str(v) for v in value] if isinstance(value, list) else []


@cache
def stance_lexicon() -> StanceLexicon:
    """The lexicon shipped in ``data/stance.json``."""
    raw = json.loads(resources.files("govtimeline").joinpath("data/stance.json").read_text("utf-8"))
    stance_of: dict[str, Stance] = {}
    for stance in Stance:
        for cue in raw[stance.value]:
            stance_of[cue] = stance
    cues = re.compile(r"\b(?:" + _alternation(list(stance_of)) + r")\b", re.IGNORECASE)
    negation = re.compile(
        r"\b(?:" + _alternation(raw["negations"]) + r")\s+(?:\w+\s+)?$", re.IGNORECASE
    )
    topics = tuple(
        (name, re.compile(r"\b(?:" + _alternation(phrases) + r")\b", re.IGNORECASE))
        for name, phrases in raw["topics"].items()
    )
    instruments = tuple(
        (
            name,
            frozenset(spec["kinds"]),
            re.compile(r"\b(?:" + _alternation(spec["words"]) + r")\b", re.IGNORECASE),
        )
        for name, spec in raw.get("instrument_topics", {}).items()
    )
    scope = raw.get("scope", {})
    return StanceLexicon(
        cues=cues,
        stance_of=stance_of,
        negation=negation,
        topics=topics,
        instruments=instruments,
        noun_cues=frozenset(_words(scope, "noun_cues")),
        noun_modifiers=frozenset(_words(scope, "noun_modifiers")),
        offices=re.compile(
            r"^\W*(?:\w+\W+){0,2}?(?:" + _alternation(_words(scope, "offices")) + r")\b",
            re.IGNORECASE,
        ),
        boundaries=re.compile(
            r";|\s[–—]\s|,\s+\w+ing\b|\b(?:" + _alternation(_words(scope, "boundaries")) + r")\b",
            re.IGNORECASE,
        ),
        concessive=re.compile(
            r"\b(?:" + _alternation(_words(scope, "concessive")) + r")\b", re.IGNORECASE
        ),
        authored_kinds=frozenset(_words(scope, "authored_kinds")),
        authoring_cues=frozenset(_words(scope, "authoring_cues")),
        refusal=re.compile(
            r"\b(?:" + _alternation(_words(scope, "refusals")) + r")\b[^;!?]{0,70}\bto\s+$",
            re.IGNORECASE,
        ),
    )


def mention_key(mention: Mention) -> str:
    """How a position in an Extraction refers to a mention of its document (``@offset``)."""
    return f"@{mention.evidence.start}"


_SAID = re.compile(r"\b(?:said|says|told|argued|stated|warned|added|declared|remarked)\b")
_POSSESSIVE = re.compile(r"^['’]s?\b|^['’]")
_COORDINATION = re.compile(r"^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+or)\s+(?:the\s+|both\s+)?$")
_RELATIVE = re.compile(r",?\s+(?:which|that)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
_VENUE = re.compile(
    r"\b(?:at|during|in|on\s+the\s+sidelines\s+of|speaking\s+(?:at|to)|addressing)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SCOPE_CHARS = 160
_REACH = 300  # how far before a cue its subject or speaker may stand (keeps long text linear)
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
    near = [m for m in mentions if at - _REACH <= m.evidence.end and m.evidence.start < at]
    before = [
        a
        for a in actors
        if at - _REACH <= a.start
        and a.end <= at
        and not any(m.evidence.start <= a.start and a.end <= m.evidence.end for m in near)
    ]
    said = list(_SAID.finditer(s.text, max(0, at - s.start - _REACH), at - s.start))
    if said:
        verb = s.start + said[-1].start()
        people = [a for a in before if a.actor.kind is ActorKind.PERSON and abs(a.end - verb) <= 60]
        if people:
            return [people[-1]]
    subjects = [a for a in before if _is_subject(a, s, lex)]
    if subjects:
        return _coordinated(s, subjects[-1], subjects)
    after_said = [a for a in actors if a.start > at and a.actor.kind is ActorKind.PERSON]
    return [after_said[0]] if after_said and re.search(r"\bsaid\b", s.text) else []


def _is_noun_use(s: Sentence, cue: re.Match[str], lex: StanceLexicon) -> bool:
    word = cue.group().lower()
    if word not in lex.noun_cues:
        return False
    before = re.findall(r"[\w'’-]+", s.text[max(0, cue.start() - 40) : cue.start()])
    return bool(before) and before[-1].lower() in lex.noun_modifiers


def _scope_end(s: Sentence, cue: re.Match[str], lex: StanceLexicon, next_cue: int) -> int:
    """Where the words a cue governs end (sentence offsets)."""
    end = min(len(s.text), cue.end() + _SCOPE_CHARS, next_cue)
    boundary = lex.boundaries.search(s.text, cue.end(), end)
    if boundary:
        end = boundary.start()
    window = max(0, cue.start() - _REACH)
    clause_start = max(s.text.rfind(";", window, cue.start()), window)
    if lex.concessive.search(s.text, clause_start, cue.start()):
        comma = s.text.find(",", cue.end(), end)
        if comma >= 0:
            end = comma
    return end


def _topic(
    s: Sentence,
    cue: re.Match[str],
    scope_end: int,
    mentions: Sequence[Mention],
    lex: StanceLexicon,
) -> tuple[str, Mention | None] | None:
    start, end = s.start + cue.end(), s.start + scope_end
    found: list[tuple[int, str, Mention | None]] = [
        (m.evidence.start - s.start, _topic_name(m), m)
        for m in mentions
        if start <= m.evidence.start < end
    ]
    for name, pattern in lex.topics:
        hit = pattern.search(s.text, cue.end(), scope_end)
        if hit:
            found.append((hit.start(), name, None))
    if found:  # the first thing the cue reaches is what it is about
        _, name, mention = min(found, key=lambda f: (f[0], f[2] is None))
        return name, mention
    relative = _RELATIVE.search(s.text, max(0, cue.start() - 80), cue.start())
    if relative:
        hung = [m for m in mentions if 0 <= s.start + relative.start() - m.evidence.end <= 2]
        if hung:
            return _topic_name(hung[-1]), hung[-1]
    named = _named_object(s.text[cue.end() : scope_end])
    return (named, None) if named else None


_OBJECT = re.compile(
    r"\s*(?:to\s+|for\s+|against\s+|on\s+)?(?:(?:any|all|the|a|an|its|their|such|further|new|more)\s+)*"
    r"(?P<np>[^,.;:!?()\"“”]+?)\s*(?=$|[,.;:!?()\"“”]|\s(?:that|which|who|while|because|as|if|when|but|and\s+(?:to|is|are|was|were|has|have|had|will|would)|is|are|was|were|will|would|could|should)\b)"
)
_MAX_OBJECT_WORDS = 7
_MIN_PLAIN_OBJECT_WORDS = 3  # "limits on plastic production" is a topic without any name
_NOT_AN_OBJECT = frozenset(
    [
        "by",
        "with",
        "from",
        "in",
        "at",
        "of",
        "as",
        "after",
        "before",
        "during",
        "since",
        "among",
        "between",
        "over",
        "under",
        "into",
        "through",
        "within",
        "without",
        "across",
    ]
)
_NAMED = re.compile(r"(?<!^)\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*|[A-Z][a-z]+)\b")


def _named_object(scope: str) -> str | None:
    """The object of a cue when it says what it is about ("any restrictions from the UNSC on AI").

    A topic outside the lexicon is accepted only when its phrase is short and
    carries a name or an acronym after its first word, or has at least three
    words ("limits on plastic production"): "the idea" is no topic.
    """
    m = _OBJECT.match(scope)
    if m is None:
        return None
    phrase = " ".join(m.group("np").split())
    words = phrase.split()
    if not 2 <= len(words) <= _MAX_OBJECT_WORDS:
        return None
    if not _NAMED.search(phrase) and len(words) < _MIN_PLAIN_OBJECT_WORDS:
        return None  # "the outcome", "a binding limit": too vague to be a topic
    if words[0].lower() in _NOT_AN_OBJECT:
        return None  # "backed by the United States": an agent or a circumstance, not a topic
    return phrase


def _topic_name(m: Mention) -> str:
    return m.name[4:] if m.name.lower().startswith("the ") else m.name


def _venue(s: Sentence, mentions: Sequence[Mention], at: int) -> Mention | None:
    """The event a sentence places its act at: "At the council debate, …"."""
    for m in mentions:
        if m.evidence.start >= at:
            break
        lead = m.evidence.start - s.start
        if _VENUE.search(s.text, max(0, lead - 30), lead):
            return m
    return None


def _usable(d: TimeExpression) -> bool:
    return d.timex_type is TimexType.DATE and d.anchor_kind is not AnchorKind.EVENT


@attrs.frozen
class _Dating:
    when: When | None
    text: str | None
    event: Mention | None


def _narrative(when: When) -> When:
    """A date carried over from an earlier sentence, to the month at the finest."""
    if when.days <= 31 and when.earliest.month == when.latest.month:
        return When.month(when.earliest.year, when.earliest.month)
    return when


def _act_date(
    s: Sentence,
    cue: re.Match[str],
    dates: Sequence[TimeExpression],
    venue: Mention | None,
    topic: Mention | None,
    published: When | None,
    narrative: When | None,
) -> _Dating:
    at = s.start + cue.start()
    window = max(0, cue.start() - _REACH)
    clause_start = s.start + max(s.text.rfind(";", window, cue.start()), window)
    before = [d for d in dates if _usable(d) and clause_start <= d.start and d.end <= at]
    phrase = before[-1].text if before else None  # resolved or not, the clause's own date
    if before and before[-1].when is not None:
        return _Dating(before[-1].when, None, topic)
    if venue is not None:  # the act took place at the event: its date, now or once resolved
        return _Dating(venue.when, None if venue.when else venue.date_text or phrase, venue)
    if phrase is not None:
        return _Dating(None, phrase, topic)
    if topic is not None and topic.when is not None:
        return _Dating(topic.when, None, topic)
    after = [d for d in dates if _usable(d) and d.start >= at]
    if after:
        d = after[0]
        return _Dating(d.when, d.text if d.when is None else None, topic)
    if narrative is not None:
        return _Dating(narrative, None, topic)
    if published is not None and published.precision is Precision.DAY:
        # the report bounds the act, it does not date it to its own day
        return _Dating(_narrative(published), None, topic)
    return _Dating(None, None, topic)


_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _on_behalf_of(s: Sentence, actors: Sequence[ActorMention]) -> ActorMention | None:
    """The group a speaker speaks for in this sentence: "on behalf of the G77 and China"."""
    for a in actors:
        if _ON_BEHALF.search(s.text, max(0, a.start - s.start - 24), a.start - s.start):
            return a
    return None


def _authored(cue: re.Match[str], topic: Mention | None, lex: StanceLexicon) -> bool:
    """Whether the cue is the author issuing the instrument (signing its own order)."""
    return (
        topic is not None
        and topic.kind.value in lex.authored_kinds
        and " ".join(cue.group().lower().split()) in lex.authoring_cues
    )


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
    previous_end = 0
    for s in sentences:
        if _SECTION_BREAK.search(text, previous_end, s.start):
            narrative = None
        previous_end = s.end
        here_dates = date_index.within(s.start, s.end)
        carried = narrative
        stated = [d.when for d in here_dates if _usable(d) and d.when is not None]
        if stated:
            narrative = _narrative(stated[-1])
        here_actors = actor_index.within(s.start, s.end)
        if not here_actors or s.text.rstrip("\"'”’)").endswith("?"):
            continue
        here_mentions = mention_index.within(s.start, s.end)
        local_actors = SpanIndex(here_actors, lambda a: a.start)
        local_mentions = SpanIndex(here_mentions, lambda m: m.evidence.start)
        local_dates = SpanIndex(here_dates, lambda d: d.start)
        cues = [c for c in lex.cues.finditer(s.text) if not _is_noun_use(s, c, lex)]
        seen: set[tuple[str, str]] = set()
        for i, cue in enumerate(cues):
            # each cue sees the words around it only, so a long sentence costs linear time
            low, high = (
                s.start + max(0, cue.start() - _REACH),
                s.start + cue.end() + _SCOPE_CHARS,
            )
            here_actors = local_actors.within(low, high)
            here_mentions = local_mentions.within(low, high)
            here_dates = local_dates.within(low, high)
            stance = lex.stance_of.get(" ".join(cue.group().lower().split()))
            if stance is None:
                continue
            if stance is Stance.SUPPORT and (
                lex.negation.search(s.text, max(0, cue.start() - 60), cue.start())
                or lex.refusal.search(s.text, max(0, cue.start() - 90), cue.start())
            ):
                stance = Stance.OPPOSE
            next_cue = cues[i + 1].start() if i + 1 < len(cues) else len(s.text)
            topic = _topic(s, cue, _scope_end(s, cue, lex, next_cue), here_mentions, lex)
            speakers = _speaker(s, s.start + cue.start(), here_actors, here_mentions, lex)
            if not speakers or topic is None:
                continue
            if _authored(cue, topic[1], lex):
                continue  # "Trump signed an executive order": the act itself, not a stance on it
            venue = _venue(s, here_mentions, s.start + cue.start())
            dating = _act_date(s, cue, here_dates, venue, topic[1], published, carried)
            evidence = [Evidence(document=document, start=s.start, end=s.end, quote=s.text)]
            group, cue_at = _on_behalf_of(s, here_actors), s.start + cue.start()
            for speaker in speakers:
                when = dating.when
                actor = gazetteer.speaks_for(speaker.actor, when.earliest if when else None)
                if actor is None:
                    continue
                via = speaker.actor.name if speaker.actor.kind is ActorKind.PERSON else None
                if group is not None and group.actor.name != actor and group.end <= cue_at:
                    # "Egypt, speaking on behalf of the African Group, welcomed …"
                    actor, via = group.actor.name, via or actor
                for name in [topic[0]]:
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
