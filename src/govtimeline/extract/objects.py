"""What a stance cue is about when no event or lexicon topic opens its object.

The object of a cue is the noun phrase right after it, up to a clause word
("that", "while", "but", "is"…), an adjunct ("in", "at", "during", "by"…) or
a participle with its own complement ("the agreement struck at the
conference"). Its head is the last word before its first complement ("cap"
in "cap on primary plastic production").

* A phrase that names something is a topic of its own: a name or an acronym
  after its first word ("any restrictions from the UNSC on AI"), three words
  or more ("limits on plastic production"), or two words with a policy head
  ("a production cap", "a precautionary pause"; ``policy_heads`` in
  ``data/stance.json``).
* A short definite phrase ("the annex", "the adaptation goal", "the pause")
  points back: it is the latest topic or event named earlier in the document
  whose name holds all its words ("the Annex on Pathogen Access", "a
  precautionary pause on deep-sea mining"). Unresolved, it is no topic.
"""

from __future__ import annotations

import re

import attrs

from govtimeline.model import Mention

__all__ = [
    "PARTICIPLE",
    "RELATIVE_CLAUSE",
    "ObjectPhrase",
    "TopicMemory",
    "object_phrase",
    "open_topic",
]

_CLAUSE_WORDS = (
    r"that|which|who|whose|while|because|as|if|when|but|and\s+(?:to|is|are|was|were|has|have|had"
    r"|will|would|said|says|called|urged|warned|added|[a-z]+ed)|is|are|was|were|will|would|could|should"
    r"|in|at|during|by|since|through|via|with|among|until|unless|so|before|after|once|whether"
    r"|throughout|despite|without|within|amid|ahead\s+of|instead\s+of|rather\s+than"
    r"|for\s+(?:more|less|over|nearly|almost|about|at\s+least|the\s+past|the\s+last|years"
    r"|decades|months|weeks|\d)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|\d)"
    r"|to\s+(?!the\b|a\b|an\b|any\b|all\b)[a-z]+(?:\s+(?:the|a|an|its|their|all|any)\b|\s+[a-z]+)"
)
PARTICIPLE = (
    r"(?:[a-z]+ed|struck|made|taken|given|held|won|set|put|brought|sought|built|done|drawn"
    r"|shown|known|written|kept|begun|laid|led|left)\s+(?:at|in|on|by|to|during|last|earlier|this"
    r"|with|under|through|since)\b"
)
"""A participle with its own complement ("struck at the summit"): a clause of its own."""
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")
"""A relative clause between commas ("India, which blocked it in 2027, endorsed …")."""
_OBJECT = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:to\s+|for\s+|against\s+|on\s+)?"
    r"(?P<det>(?:(?:any|all|the|a|an|its|their|his|her|our|such|further|new|more|this|that|these"
    r"|those|and)\s+)*)"
    r"(?P<np>[^,.;:!?()\"“”]+?)\s*"
    r"(?=$|[,.;:!?()\"“”]|\s(?:" + _CLAUSE_WORDS + r")\b"
    r"|\s" + PARTICIPLE + r")",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(
    r"\s(?:of|on|for|from|to|against|over|about|between|towards|toward|regarding)\s",
    re.IGNORECASE,
)
_DEFINITE = frozenset(["the", "this", "that", "these", "those", "its", "their"])
_MAX_OBJECT_WORDS = 7
_MIN_PLAIN_OBJECT_WORDS = 3  # "limits on plastic production" is a topic without any name
_MAX_BACK_REFERENCE_WORDS = 3  # "the adaptation goal"; longer phrases say what they mean
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
_OTHER = frozenset(["similar", "comparable", "another", "other", "such", "different"])
_TITLE = re.compile(r"(?<!^)\b[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w'’-]*)+")
_DOCUMENT_WORDS = frozenset(["text", "draft", "measure", "motion", "document", "proposal"])
_INSTRUMENT_KINDS = frozenset(["resolution", "declaration", "treaty", "plan", "vote", "statement"])
_INTRODUCED = re.compile(r"(?<![\w-])(?=(?:a|an|the)\s)", re.IGNORECASE)
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?")
_TRAILING_WHEN = re.compile(
    r"\s+(?:on|in|of)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b.*$"
)
_NAMED = re.compile(r"(?<!^)\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*|[A-Z][a-z]+)\b")
_WORD = re.compile(r"[\w'’]+")


@attrs.frozen
class ObjectPhrase:
    """The noun phrase a cue governs (sentence offsets), without its determiners."""

    start: int
    end: int
    opens: int
    """Where it starts with its determiners ("the annex": at "the")."""
    head_end: int
    """Where its head ends: before its first complement ("cap" in "cap on production")."""
    text: str
    definite: bool
    """Opened by "the", "this", "that", "its"… (it may point back)."""
    other: bool = False
    """ "a similar draft", "another text": like something named, but not it."""

    @property
    def head(self) -> str:
        """Its head noun, lower case and singular ("cap" in "caps on production")."""
        return _stem(_WORD.findall(self.text[: self.head_end - self.start])[-1:] or [""])


def object_phrase(text: str, at: int, end: int) -> ObjectPhrase | None:
    """The object of a cue ending at ``at``, within ``text[:end]`` (None if there is none)."""
    m = _OBJECT.match(text[:end], at)
    if m is None or not m.group("np").strip():
        return None
    words = m.group("np").split()
    if words[0].lower() in _NOT_AN_OBJECT:
        return None  # "backed by the United States": an agent or a circumstance, not a topic
    other = words[0].lower() in _OTHER  # "a similar draft": not the thing itself
    start, stop = m.start("np"), m.end("np")
    complement = _COMPLEMENT.search(text, start, stop)
    determiners = m.group("det").lower().split()
    return ObjectPhrase(
        start=start,
        end=stop,
        opens=m.start("det"),
        head_end=complement.start() if complement else stop,
        text=" ".join(words),
        definite=bool(determiners) and determiners[-1] in _DEFINITE,
        other=other or any(d in _OTHER for d in determiners),
    )


def open_topic(phrase: ObjectPhrase, policy_heads: frozenset[str]) -> str | None:
    """The phrase as a topic, when it names something (see the module docstring)."""
    words = phrase.text.split()
    if phrase.other or not 2 <= len(words) <= _MAX_OBJECT_WORDS:
        return None
    named = bool(_NAMED.search(phrase.text))
    # a policy head makes a new thing a topic ("a production cap"); "the joint initiatives"
    # points back to something the phrase does not name
    policy = phrase.head in policy_heads and not phrase.definite
    if named or len(words) >= _MIN_PLAIN_OBJECT_WORDS or policy:
        return phrase.text
    return None  # "the outcome", "a similar draft": too vague to be a topic


def _stem(words: list[str]) -> str:
    word = words[0].lower() if words else ""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _keys(name: str) -> frozenset[str]:
    return frozenset(_stem([w]) for w in re.split(r"[\s\-–]+", name) if w)


@attrs.define
class TopicMemory:
    """The topics and events a document has named so far, for phrases that point back."""

    entries: list[tuple[frozenset[str], str, Mention | None]] = attrs.Factory(list)
    stances: list[tuple[str, Mention | None]] = attrs.Factory(list)
    """The topics stances were taken on, in reading order."""

    def remember(self, name: str, mention: Mention | None = None) -> None:
        """Record a topic or an event name, in reading order."""
        self.entries.append((_keys(name), name, mention))

    def remember_stance(self, name: str, mention: Mention | None = None) -> None:
        """Record the topic of a stance (also a name that later phrases may point back to)."""
        self.remember(name, mention)
        self.stances.append((name, mention))

    def remember_titles(self, text: str) -> None:
        """Record the capitalised names of a sentence ("the Lima Adaptation Finance Goal"),
        which a later "the adaptation goal" may point back to."""
        for m in _TITLE.finditer(text):
            # "the X Protocol and the Y Declaration on Friday": two names, no weekday
            for name in _JOINED.split(_TRAILING_WHEN.sub("", m.group())):
                if len(name.split()) >= 2:
                    self.remember(name)

    def remember_introduced(self, text: str, policy_heads: frozenset[str]) -> None:
        """Record the things a sentence names with a policy head and at least two words ("adopted
        a levy on greenhouse gas emissions", "approved the fuel levy"), which a later "the levy"
        may point back to."""
        for m in _INTRODUCED.finditer(text):
            phrase = object_phrase(text, m.start(), len(text))
            if phrase is None or phrase.other:
                continue
            for part in _JOINED.split(phrase.text):  # "the X Protocol and the Y Declaration"
                if len(part.split()) >= 2 and _stem(part.split()[-1:]) in policy_heads:
                    self.remember(part)

    def resolve(self, phrase: ObjectPhrase) -> tuple[str, Mention | None] | None:
        """The latest name holding every word of a short definite phrase ("the annex")."""
        words = phrase.text.split()
        if phrase.other or not phrase.definite or len(words) > _MAX_BACK_REFERENCE_WORDS:
            return None
        wanted = _keys(phrase.text)
        for keys, name, mention in reversed(self.entries):
            if wanted <= keys and len(keys) > len(wanted):
                return name, mention
        if len(words) == 1 and phrase.head in _DOCUMENT_WORDS:
            # "the text", "the measure": what the story is voting or acting on
            for name, mention in reversed(self.stances):
                if mention is None or mention.kind.value in _INSTRUMENT_KINDS:
                    return name, mention
            for _, name, mention in reversed(self.entries):
                if mention is not None and mention.kind.value in _INSTRUMENT_KINDS:
                    return name, mention
        return None
