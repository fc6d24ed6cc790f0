"""Event mentions: what happened, as one sentence names it.

Two sources of mentions, both driven by ``data/events.json``:

* **Titles** — capitalised names whose head noun names a kind ("Bletchley
  Declaration", "Framework Convention on Artificial Intelligence", "AI
  Action Summit"). A launch or founding verb just before a title ("launched
  the Global Dialogue …") makes the mention the launch or founding of it.
* **Triggers** — common nouns of a kind ("summit", "resolution", "debate")
  with the words that qualify them: "the Paris summit", "an August
  resolution", "a Security Council debate on AI".

Each mention takes the date expression of its sentence nearest to it, the
organising body named in or near it, a place introduced by "in"/"at", an
edition ("the third summit"), and a status (planned when the sentence speaks
of the future or the date is after the document's).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from importlib import resources

import attrs

from govtimeline.extract.attributes import (
    NameSpan,
    body_of,
    location_of,
    named_owner,
    nearest_date,
)
from govtimeline.extract.gazetteer import ActorMention, Gazetteer
from govtimeline.extract.sentences import Sentence
from govtimeline.extract.spans import SpanIndex
from govtimeline.lang import EVENTS, check_keys, trie_regex
from govtimeline.model import (
    ActorKind,
    AnchorKind,
    EventKind,
    EventStatus,
    Evidence,
    Mention,
    TimeExpression,
    TimexType,
)
from govtimeline.model.when import Precision, When

__all__ = ["EventLexicon", "event_lexicon", "find_mentions"]

_TITLE = re.compile(
    r"(?:[A-Z][\w'’.-]*|AI)(?:[ \t]+(?:(?:of|on|for|and|the|to)[ \t]+)*(?:[A-Z][\w'’-]*|AI|\d{4}))*"
)
_LEFT_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "annual",
        "open",
        "high-level",
        "global",
        "joint",
        "landmark",
        "historic",
        "new",
        "international",
        "ministerial",
        "emergency",
        "special",
        "recent",
        "latest",
        "upcoming",
        "next",
        "last",
        "previous",
        "inaugural",
        "founding",
        "landmark",
    ]
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "inaugural": 1,
}
_CALENDAR_NAMES = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    "May|June|July|August|September|October|November|December"
)
"""The English weekday and month names (not the locale's), for the names of occasions that a
date follows."""
_TRAILING_DATE = re.compile(r"\s+(?:on|of|in)\s+(?:" + _CALENDAR_NAMES + r")\b.*$")
_MAX_TITLE_WORDS = 20
# Capitalised words that open a sentence or a clause but never a name.
_LEADING_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "at",
        "on",
        "during",
        "after",
        "before",
        "from",
        "with",
        "by",
        "for",
        "following",
        "since",
        "until",
        "under",
        "through",
        "like",
        "unlike",
        "amid",
        "despite",
        "while",
        "when",
        "as",
        "and",
        "but",
        "both",
        "also",
        "then",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "at",
    ]
)
_ARTICLES = frozenset(["the", "a", "an"])
_LEADING_WORD = re.compile(r"([A-Z][\w'’-]*)\s+")
_VERB_KINDS = (EventKind.LAUNCH, EventKind.FOUNDING, EventKind.VOTE)
_TOKEN = re.compile(r"[\w'’.-]+")


@attrs.frozen(kw_only=True)
class EventLexicon:
    """Triggers and title heads per event kind."""

    triggers: tuple[tuple[EventKind, re.Pattern[str]], ...]
    heads: dict[str, EventKind]
    future: re.Pattern[str]
    addresses: re.Pattern[str] = re.compile(r"(?!)")
    """Verbs of speaking to a body ("addressing the General Assembly"): a statement."""
    institutions: frozenset[str] = frozenset()
    """Head nouns of institutions ("organisation", "initiative"), lower case: a mention
    only when the text says the institution was created."""
    institution_head: re.Pattern[str] = re.compile(r"(?!)")
    """A lower-case institution head right after a capitalised name."""
    created_after: re.Pattern[str] = re.compile(r"(?!)")
    """A creation verb after a name ("…, which was launched"), group ``verb``."""
    launch_verbs: frozenset[str] = frozenset()
    """Creation verbs that make a launch rather than a founding."""
    hosted: re.Pattern[str] = re.compile(r"(?!)")
    """ "an event hosted by the X Council": groups ``noun`` and ``host``."""
    speaking: re.Pattern[str] = re.compile(r"(?!)")
    """Words just before a hosted event that make it a statement ("speaking at")."""
    numbered: re.Pattern[str] = re.compile(r"(?!)")
    """A meeting of a numbered series ("COP35", "INC-7"): group ``series``."""
    series_kind: dict[str, EventKind] = attrs.Factory(dict)
    """The kind of each numbered series' meetings."""


@cache
def event_lexicon() -> EventLexicon:
    """The lexicon shipped in ``data/events.json``."""
    raw = json.loads(resources.files("govtimeline").joinpath("data/events.json").read_text("utf-8"))
    check_keys(raw, EVENTS, source="govtimeline/data/events.json")
    triggers = []
    heads: dict[str, EventKind] = {}
    for kind_name, spec in raw["kinds"].items():
        kind = EventKind(kind_name)
        words = sorted(spec["triggers"], key=len, reverse=True)
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE
        )
        triggers.append((kind, pattern))
        for head in spec["heads"]:
            heads[head] = kind
    future = re.compile(
        r"\b(?:" + "|".join(re.escape(c) for c in raw["future_cues"]) + r")\b", re.IGNORECASE
    )
    addresses = raw.get("address_verbs", [])
    creation = raw.get("creation_verbs", {"launch": [], "founding": []})
    verbs = sorted(creation["launch"] + creation["founding"], key=len, reverse=True)
    institutions = [w.lower() for w in raw.get("institution_heads", [])]
    hosted = raw.get("hosted_events", {})
    series = {name: EventKind(kind) for name, kind in raw.get("numbered_meetings", {}).items()}
    return EventLexicon(
        numbered=re.compile(r"\b(?P<series>" + _any(list(series)) + r")[ -]?\d{1,3}\b")
        if series
        else re.compile(r"(?!)"),
        series_kind=series,
        hosted=re.compile(
            r"\b(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>(?i:"
            + _any(hosted.get("nouns", []))
            + r"))\s+(?i:"
            + _any(hosted.get("verbs", []))
            + r")\s+(?:the\s+)?(?P<host>[A-Z][\w'’&-]*(?:\.[A-Z][\w'’&-]*)*\.?"
            r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&-]*)*)"
        )
        if hosted
        else re.compile(r"(?!)"),
        speaking=re.compile(r"\b(?:" + _any(hosted.get("speaking", [])) + r")\s+$", re.IGNORECASE)
        if hosted
        else re.compile(r"(?!)"),
        triggers=tuple(triggers),
        heads=heads,
        future=future,
        institutions=frozenset(institutions),
        institution_head=re.compile(
            r"\s+(?:" + "|".join(re.escape(w) for w in institutions) + r")\b"
            if institutions
            else r"(?!)"
        ),
        created_after=re.compile(
            r"(?:\s*\([^()]{1,20}\))?\s*,?\s*(?P<passive>(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
            r"(?:first\s+|formally\s+|officially\s+|jointly\s+)?(?P<verb>"
            + "|".join(re.escape(v) for v in verbs)
            + r")\b(?(passive)|(?=\s+(?:in|on|at|by|during|last|this|earlier|\d)\b|\s*[,.;)]|\s*$))"
            if verbs
            else r"(?!)",
            re.IGNORECASE,
        ),
        launch_verbs=frozenset(v.lower() for v in creation["launch"]),
        addresses=re.compile(
            r"\b(?:"
            + "|".join(re.escape(v) for v in sorted(addresses, key=len, reverse=True))
            + r")\s+(?:the\s+)?(?=[A-Z])",
            re.IGNORECASE,
        )
        if addresses
        else re.compile(r"(?!)"),
    )


def _any(words: Sequence[str]) -> str:
    """An alternation of phrases, longest match first, spaces matching any whitespace."""
    return trie_regex((" ".join(w.split()) for w in words), any_space=True)


def _numbered(s: Sentence, lex: EventLexicon) -> list[NameSpan]:
    """A meeting of a numbered series: "COP35", "INC-7", "MC15"."""
    return [
        NameSpan(
            s.start + m.start(), s.start + m.end(), lex.series_kind[m.group("series")], m.group()
        )
        for m in lex.numbered.finditer(s.text)
    ]


def _hosted(s: Sentence, lex: EventLexicon) -> list[NameSpan]:
    """An event named by its host: "speaking at an event hosted by the X Council"."""
    out = []
    for m in lex.hosted.finditer(s.text):
        host = m.group("host").rstrip(".")
        kind = (
            EventKind.STATEMENT
            if lex.speaking.search(s.text, max(0, m.start() - 30), m.start())
            else EventKind.OTHER
        )
        name = f"{host} {' '.join(m.group('noun').lower().split())}"
        out.append(NameSpan(s.start + m.start(), s.start + m.end("host"), kind, name))
    return out


def _title_kind(title: str, lex: EventLexicon) -> EventKind | None:
    """The kind of a title's head: the last head word before its first complement ("Review
    Conference of the Parties to the Treaty on …" is a conference), else any head word;
    an ordinal session of a body ("the Eighty-second World Health Assembly") is a debate."""
    lead = _COMPLEMENT_WORD.split(title, maxsplit=1)[0]
    if lead != title:
        kind = _head_kind(lead, lex)
        if kind is not None:
            return kind
    kind = _head_kind(title, lex)
    if kind is None and _ORDINAL_SESSION.match(title):
        return EventKind.DEBATE
    return kind


_COMPLEMENT_WORD = re.compile(r"\s(?:of|on|for|to)\s")
_ORDINAL_SESSION = re.compile(
    r"^(?:\w+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\w+teenth|\w+tieth|\d+(?:st|nd|rd|th))\b.*\b(?:Assembly|Council|Committee|Congress"
    r"|Parliament|Plenary)$",
    re.IGNORECASE,
)


def _head_kind(title: str, lex: EventLexicon) -> EventKind | None:
    words = title.split()
    for i in range(len(words) - 1, -1, -1):
        two = " ".join(words[i : i + 2])
        if two in lex.heads:
            return lex.heads[two]
        if words[i] in lex.heads:
            return lex.heads[words[i]]
    return None


_JOINED_TITLES = re.compile(r",?\s+and\s+the\s+")


def _split_joined(title: str, start: int, lex: EventLexicon) -> list[tuple[str, int]]:
    """Two names joined by "and the" are two names when the first has a head of its own:
    "the Lima Accord and the Quito Protocol" (not "the Ministry of Trade and Industry")."""
    out: list[tuple[str, int]] = []
    at = 0
    for joint in _JOINED_TITLES.finditer(title):
        left = title[at : joint.start()]
        has_head = _title_kind(left, lex) is not None or any(
            w.lower() in lex.institutions for w in left.split()
        )
        if has_head:
            out.append((left, start + at))
            at = joint.end()
    out.append((title[at:], start + at))
    return out


def _titles(s: Sentence, lex: EventLexicon, actors: Sequence[ActorMention]) -> list[NameSpan]:
    out = []
    for m in _TITLE.finditer(s.text):
        title = _TRAILING_DATE.sub("", m.group().rstrip("."))
        start = s.start + m.start()
        lead = _LEADING_WORD.match(title)
        while lead and (m.start() == 0 or lead.group(1).lower() in _LEADING_WORDS):
            # a sentence's first word is capitalised whatever it is: "In", "At", "Addressing"
            if lead.group(1).lower() not in _LEADING_WORDS and not lead.group(1).endswith("ing"):
                break
            title, start = title[lead.end() :], start + lead.end()
            lead = _LEADING_WORD.match(title)
        if title[:4].lower() == "the ":
            title, start = title[4:], start + 4
        pieces = _split_joined(title, start, lex)
        for title, start in pieces:  # each piece is a title of its own
            words = title.split()
            if not 2 <= len(words) <= _MAX_TITLE_WORDS:
                continue  # one word is not a title
            head = lex.institution_head.match(s.text, start - s.start + len(title))
            if head:  # "the Global AI Governance initiative": a lower-case head ends the name
                title += head.group()
            kind = _title_kind(title, lex)
            is_actor = any(a.start == start and a.end == start + len(title) for a in actors)
            if kind is None or is_actor:
                # an institution is an event only when the text says it was created
                institution = is_actor or title.split()[-1].lower() in lex.institutions
                created = (
                    _created_after(s, start - s.start + len(title), lex) if institution else None
                )
                if created is None:
                    continue
                noun = "launch" if created is EventKind.LAUNCH else "creation"
                out.append(
                    NameSpan(start, start + len(title), created, f"{noun} of the {title}", act=True)
                )
                continue
            out.append(NameSpan(start, start + len(title), kind, title))
    return out


def _created_after(s: Sentence, at: int, lex: EventLexicon) -> EventKind | None:
    """The kind of the creation verb right after a name: "X (ABC), which was launched"."""
    m = lex.created_after.match(s.text, at)
    if m is None:
        return None
    return EventKind.LAUNCH if m.group("verb").lower() in lex.launch_verbs else EventKind.FOUNDING


_NAME_LINKS = frozenset(["of", "for"])  # lower-case words inside a name ("Council of Europe")
_LAST_WORD = re.compile(r"(?:\([A-Z][\w.-]{0,11}\)|[\w'’.-]+)$")


def _left_extend(text: str, at: int) -> int:
    """Start of the words that qualify a trigger noun ("the Paris summit")."""
    start = at
    for _ in range(8):
        base = max(0, start - 80)  # a bounded look back keeps long text linear
        m = _LAST_WORD.search(text[base:start].rstrip())
        if not m:
            break
        word = m.group()
        if word.startswith("("):  # an abbreviation: "Asia-Pacific Economic Cooperation (APEC)"
            start = base + m.start()
            continue
        if word in _NAME_LINKS and text[start:at][:1].isupper():
            before = _LAST_WORD.search(
                text[max(0, base + m.start() - 40) : base + m.start()].rstrip()
            )
            if before and before.group()[:1].isupper():
                # "the Council of Europe AI treaty": "of" inside a name, between two capitals
                start = base + m.start()
                continue
        if word.lower() in _LEADING_WORDS and word.lower() not in _LEFT_WORDS:
            break  # "In his remarks": a preposition or conjunction opens the phrase
        if (
            word.lower() in _LEFT_WORDS
            or word[:1].isupper()
            or word.isdigit()
            or word.endswith(("'s", "’s"))
        ):
            start = base + m.start()
            if word.lower() in _ARTICLES:
                break  # an article opens the phrase: "arguing that the treaty" stops at "the"
            continue
        break
    return start


_COMPLEMENT = re.compile(
    r"\s+(?:on|of|for)\s+(?!(?:the\s+)?(?:" + _CALENDAR_NAMES + r")\b)"
    r"((?:the\s+)?(?:[A-Z][\w'’-]*|AI|artificial intelligence)(?:\s+(?:[A-Z][\w'’-]*|AI|intelligence))*)"
)
"""An "on AI" / "of the Assembly" complement; "on Monday", "of June" are dates, not part
of the name."""


def _right_extend(text: str, at: int) -> int:
    """End of an "on AI" / "of the Assembly" complement after a trigger."""
    m = _COMPLEMENT.match(text, at)
    return m.end() if m else at


_SUBJECT_KINDS = frozenset(
    [
        EventKind.STATEMENT,
        EventKind.DECLARATION,
        EventKind.DEBATE,
        EventKind.RESOLUTION,
        EventKind.TREATY,
        EventKind.REPORT,
        EventKind.PLAN,
    ]
)
_DANGLING = re.compile(
    r"(?:\s+(?:of|the|a|an|on|about|against|regarding|calling\s+for|urging|demanding))+$",
    re.IGNORECASE,
)
_LOWER_COMPLEMENT = re.compile(
    r"\s+(?:on|about|against|regarding|calling\s+for|urging|demanding)\s+(?:the\s+|a\s+|an\s+)?"
    r"[a-z][\w'’-]*"
    r"(?:\s+(?!(?:in|at|on|by|and|or|but|with|during|which|that|who|to|from|for|last|this|next"
    r"|was|were|is|are|has|have|had|will|would|should|could|as|after|before|since|until)\b"
    r"|[a-z][\w'’-]*ed\s+by\b)"  # "… intelligence endorsed by": a participle, not the subject
    r"[a-z][\w'’-]*"
    # adjectives coordinated inside the subject: "on inclusive and sustainable AI"
    r"|(?<=ive|ble|ral|nal|cal|tic|ous|ful|ent|ant|ary|afe|ure|air|ean|pen|ree)\s+(?:and|or)"
    r"(?=\s+[a-z][\w'’-]*\s+[a-zA-Z])){0,6}"
)


_SOURCE_KINDS = frozenset([EventKind.STATEMENT, EventKind.REPORT])
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w.'’-]+\s+){0,3}$", re.IGNORECASE
)
"""A statement or report a fact is attributed to ("according to a US statement") is a
source, not an event of its own."""
_VERB_AFTER = re.compile(r"\s+(?:to|with|about)\b")


def _said_by(s: Sentence, m: re.Match[str], people: Sequence[ActorMention]) -> bool:
    """A trigger that is a person's verb ("Trump talks to reporters"): right after a
    person's name, in the third person, before "to", "with" or "about"."""
    start = s.start + m.start()
    return (
        m.group().endswith("s")
        and _VERB_AFTER.match(s.text, m.end()) is not None
        and any(not s.text[p.end - s.start : m.start()].strip() for p in people if p.end <= start)
    )


def _triggers(
    s: Sentence,
    lex: EventLexicon,
    taken: list[NameSpan],
    actors: Sequence[ActorMention] = (),
) -> list[NameSpan]:
    out: list[NameSpan] = []
    people = [a for a in actors if a.actor.kind is ActorKind.PERSON]
    covered = bytearray(len(s.text) + 1)  # characters inside a span already found
    for t in taken:
        covered[max(0, t.start - s.start) : max(0, t.end - s.start)] = b"\x01" * max(
            0, t.end - max(t.start, s.start)
        )
    for kind, pattern in lex.triggers:
        if kind in _VERB_KINDS:
            continue
        for m in pattern.finditer(s.text):
            start = s.start + m.start()
            if covered[m.start()] or _said_by(s, m, people):
                continue
            if kind in _SOURCE_KINDS and _ACCORDING_TO.search(s.text, 0, m.start()):
                continue  # "according to a US statement": where the report has it from
            left = s.start + _left_extend(s.text, m.start())
            right = s.start + _right_extend(s.text, m.end())
            if right == start + len(m.group()) and kind in _SUBJECT_KINDS:
                # "a joint statement on forced labour", "a plenary debate on ocean governance"
                subject = _LOWER_COMPLEMENT.match(s.text, m.end())
                if subject:
                    # "a statement on climate of 2 May": a dangling "of" is not the name's
                    kept = _DANGLING.sub("", subject.group())
                    right = s.start + m.end() + len(kept) if kept.split()[1:] else right
            if left == start and not m.group()[:1].isupper():
                # a bare noun ("ongoing dialogue", "in session") is no particular event;
                # one with a determiner ("a binding treaty") is one
                article = _ARTICLE_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
                if article is None:
                    continue
                left = s.start + article.start()
            name = s.text[left - s.start : right - s.start]
            out.append(NameSpan(left, right, kind, name))
            covered[left - s.start : right - s.start] = b"\x01" * (right - left)
    return out


_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|his|her|our)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
# Triggers of acts that are nouns: what follows them is not their object.
_ACT_NOUNS = frozenset(["launch", "rollout", "establishment", "creation", "founding", "adoption"])


def _verb_mentions(
    s: Sentence, lex: EventLexicon, titles: list[NameSpan], actors: Sequence[ActorMention]
) -> list[NameSpan]:
    """A launch/founding/adoption verb right before a title: the mention is that act.

    An organisation of the gazetteer counts as a title after a founding or
    launch verb: "helped found the Global Partnership on AI" is its founding.
    """
    out = []
    for kind, pattern in lex.triggers:
        if kind not in _VERB_KINDS:
            continue
        organisations = [
            NameSpan(a.start, a.end, kind, a.surface.removeprefix("the "))
            for a in actors
            if a.actor.kind is ActorKind.ORGANISATION and kind is not EventKind.VOTE
        ]
        for m in pattern.finditer(s.text):
            at = s.start + m.end()
            # an organisation must be the verb's object: "helped found the GPAI", not
            # "the day before the launch, the Security Council met"
            objects = [
                o
                for o in organisations
                if m.group().lower() not in _ACT_NOUNS
                and _OBJECT_GAP.fullmatch(s.text[m.end() : o.start - s.start])
            ]
            follow = sorted(
                (t for t in [*titles, *objects] if 0 <= t.start - at <= 25), key=lambda t: t.start
            )
            if follow and follow[0].act:
                out.append(follow[0])  # already the act: "launched the X, which was founded …"
            elif follow:
                title = follow[0]
                noun = {
                    EventKind.LAUNCH: "launch of",
                    EventKind.FOUNDING: "creation of",
                    EventKind.VOTE: "vote on"
                    if m.group().lower().startswith("vot")
                    else "adoption of",
                }[kind]
                out.append(NameSpan(title.start, title.end, kind, f"{noun} the {title.name}"))
    return out


def _addresses(s: Sentence, lex: EventLexicon, actors: Sequence[ActorMention]) -> list[NameSpan]:
    """A speech to a body: "addressing the UN General Assembly", "spoke to the Council"."""
    out = []
    for m in lex.addresses.finditer(s.text):
        at = s.start + m.end()
        body = next(
            (a for a in actors if a.start == at and a.actor.kind is ActorKind.ORGANISATION), None
        )
        if body is not None:
            start = s.start + m.start()
            out.append(
                NameSpan(start, body.end, EventKind.STATEMENT, f"address to the {body.actor.name}")
            )
    return out


def find_mentions(
    document: str,
    sentences: Sequence[Sentence],
    dates: Sequence[TimeExpression],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    anchor: date | None,
    *,
    organisation_heads: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Every event mention of a document, in text order.

    ``organisation_heads`` are the nouns that describe an organisation ("the trade
    body's conference"): such an owner is named by the organisation named before it.
    """
    lex = event_lexicon()
    out: list[Mention] = []
    organisations = [a for a in actors if a.actor.kind is ActorKind.ORGANISATION]
    actor_index = SpanIndex(actors, lambda a: a.start)
    date_index = SpanIndex(dates, lambda d: d.start)
    for s in sentences:
        here = actor_index.within(s.start, s.end)
        named_apart = _hosted(s, lex) + _numbered(s, lex)  # a title inside one is no title
        titles = [
            t
            for t in _titles(s, lex, here)
            if not any(h.start <= t.start and t.end <= h.end for h in named_apart)
        ]
        spans = _verb_mentions(s, lex, titles, here)
        spans += [t for t in titles if not any(v.start == t.start for v in spans)]
        spans += named_apart
        spans += [
            a
            for a in _addresses(s, lex, here)
            if not any(a.start < t.end and t.start < a.end for t in spans)
        ]
        spans += _triggers(s, lex, spans, here)
        sentence_dates = [
            d for d in date_index.within(s.start, s.end) if d.timex_type is TimexType.DATE
        ]
        future = bool(lex.future.search(s.text))
        ordered = sorted(spans, key=lambda x: x.start)
        for span in ordered:
            if span.name[:1].islower():
                span = named_owner(span, organisations, organisation_heads)
            out.append(
                _mention(
                    document, s, span, ordered, sentence_dates, here, gazetteer, anchor, future
                )
            )
    return out


_AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s*$|\s*,\s*$", re.IGNORECASE)
_NEXT_DAYS = 3
"""Coordinated days at most this far apart are the days of one occasion."""


def _coordinated_end(
    s: Sentence, expr: TimeExpression, dates: Sequence[TimeExpression]
) -> When | None:
    """The last day of "Wednesday and Thursday", "on 3 and 4 May": one occasion's days.

    Each following day-precise date joined by "and" (or a comma) up to three days after
    the one before extends the occasion; the last one is its end.
    """
    last = expr
    for d in sorted(dates, key=lambda d: d.start):
        if d.start < last.end or d.when is None or last.when is None:
            continue
        between = s.text[last.end - s.start : d.start - s.start]
        if not _AND.fullmatch(between):
            break
        day = last.when if last.until is None else last.until
        if not (
            d.when.precision is Precision.DAY
            and day.precision is Precision.DAY
            and 0 < (d.when.earliest - day.earliest).days <= _NEXT_DAYS
        ):
            break
        last = d
    if last is expr or last.when is None:
        return None
    return last.until or last.when


_DEMONSTRATIVE = re.compile(r"(?:this|that)\s+[\w-]+", re.IGNORECASE)


_DAY_OF = re.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+day\s+of\s+(?:the\s+)?"
    r"(?:[A-Z(][\w()'’.-]*\s+){0,5}$",  # "… of the UK Artificial Intelligence (AI) Safety Summit"
    re.IGNORECASE,
)


def _day_of_occasion(
    s: Sentence, span: NameSpan, when: When | None, until: When | None
) -> tuple[When | None, When | None]:
    """ "on the second day of the summit, 2 November": the summit began the day before;
    the date the clause gives is a day of it, not its start."""
    lead = s.text[max(0, span.start - s.start - 80) : span.start - s.start]
    found = _DAY_OF.search(lead)
    if found is None or when is None or until is not None or when.precision is not Precision.DAY:
        return when, until
    word = found.group("n").lower()
    nth = int(word[:-2]) if word[0].isdigit() else _ORDINALS.get(word, 1)
    if nth == 1:
        return when, until
    return when.shift(-(nth - 1)), when


def _mention(
    document: str,
    s: Sentence,
    span: NameSpan,
    others: Sequence[NameSpan],
    dates: Sequence[TimeExpression],
    actors: Sequence[ActorMention],
    gazetteer: Gazetteer,
    anchor: date | None,
    future: bool,
) -> Mention:
    # "this conference sets the stage for a summit next February": the occasion the
    # report is at, named by a demonstrative; a date of the clause is another's
    expr = None if _DEMONSTRATIVE.fullmatch(span.name) else nearest_date(s, span, dates, others)
    when = until = None
    relative_offset = relative_to = date_text = None
    if expr is not None:
        date_text = expr.text
        if expr.anchor_kind is AnchorKind.EVENT:
            relative_offset, relative_to = expr.offset, expr.reference
        else:
            when, until = expr.when, expr.until
            if until is None:
                until = _coordinated_end(s, expr, dates)
            when, until = _day_of_occasion(s, span, when, until)
    planned = future or (when is not None and anchor is not None and when.earliest > anchor)
    lead = s.text[max(0, span.start - s.start - 16) : span.start - s.start]
    words = [w.lower() for w in _TOKEN.findall(lead + " " + span.name)]
    edition = next((_ORDINALS[w] for w in words if w in _ORDINALS), None)
    return Mention(
        evidence=Evidence(document=document, start=span.start, end=span.end, quote=s.text),
        name=" ".join(span.name.split()),
        kind=span.kind,
        when=when,
        until=until,
        date_text=date_text,
        relative_offset=relative_offset,
        relative_to=relative_to,
        body=body_of(span, actors),
        location=location_of(s, gazetteer, span),
        edition=edition,
        status=EventStatus.PLANNED if planned else EventStatus.OCCURRED,
    )
