"""The act lexicon: frames over lemmas and dependencies, kept as data (``data/frames.json``).

The format is documented in the file's ``about`` field and in ``docs/extraction.md``.
:func:`default_frames` loads the bundled lexicon once; :func:`load_frames` reads a user
file of the same shape and, by default, lays it over the bundled one (an entry of the
same name replaces the bundled entry). Every key is checked: a misspelt key, an unknown
stance, event kind or status is an :class:`~govtimeline.errors.InputError` naming the
file and the key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from govtimeline.errors import InputError
from govtimeline.lang import FRAMES, check_keys, load_lexicon
from govtimeline.model import ActStatus, EventKind, Stance

__all__ = [
    "Controller",
    "FrameLexicon",
    "Nominal",
    "VerbFrame",
    "default_frames",
    "load_frames",
]

_OBJECT_SLOTS = ("dobj", "clause", "subject", "none", "existential")
_MEMBERSHIP = ("agent", "object")
_OBJECT_KIND = "object"
"""``event: "object"``: the event's kind is the kind of the object acted on."""


@attrs.frozen
class Example:
    """A sentence a frame reads, and what it must find: one act whose agents include
    ``agent`` (none when empty), with ``stance`` (any when None) on ``object``."""

    text: str
    agent: str
    stance: Stance | None
    object: str


@attrs.frozen(kw_only=True)
class VerbFrame:
    """A verb that is an act: ``sign``, ``withdraw from``, ``vote against`` …"""

    name: str
    lemmas: frozenset[str]
    act: str
    stance: Stance | None = None
    event: str | None = None
    """An :class:`EventKind` value, ``"object"`` (the kind of the object), or None."""
    status: ActStatus | None = None
    particle: tuple[str, ...] = ()
    prep: tuple[tuple[str, ...], ...] = ()
    """Prepositions, each as its words ("out", "of"), whose object is the act's object."""
    object: str = "dobj"
    heads: frozenset[str] = frozenset()
    heads_not: frozenset[str] = frozenset()
    through: tuple[str, ...] = ()
    prep_heads: frozenset[str] = frozenset()
    subject_heads: frozenset[str] = frozenset()
    membership: str | None = None
    member_stance: Stance | None = None
    """With ``membership: "object"``, the member's own stance on its membership ("Chile
    was elected to the Council": Chile stood for the seat)."""
    occasion: bool = False
    topic: str | None = None
    """A template the object's name is put in to name the topic ("delaying {}": delaying
    the AI Act is what the agents are for)."""
    examples: tuple[Example, ...] = ()
    """Sentences of the project's own the frame must read (its test table)."""
    counterexamples: tuple[str, ...] = ()
    """Sentences it must not read as a position or an event (``"not"`` in the file)."""

    @property
    def specificity(self) -> int:
        """Frames that ask more of a clause are tried first."""
        return (
            4 * bool(self.particle)
            + 2 * bool(self.prep)
            + 2 * bool(self.heads or self.prep_heads or self.subject_heads)
            + bool(self.through)
            + bool(self.occasion)
        )

    def event_kind(self, object_kind: EventKind | None) -> EventKind | None:
        """The kind of event the act is, given the kind of its object."""
        if self.event is None:
            return None
        if self.event == _OBJECT_KIND:
            return object_kind or EventKind.OTHER
        return EventKind(self.event)


@attrs.frozen(kw_only=True)
class Controller:
    """A verb that governs another act: ``declined to``, ``plans to``, ``announced that``."""

    name: str
    lemmas: frozenset[str]
    negate: bool = False
    status: ActStatus | None = None
    event: EventKind | None = None
    advocacy: bool = False
    """The agents ask others to act ("urged Chile to sign"): a stance of theirs on the
    object, and no event of theirs."""
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Nominal:
    """A noun that is an act: ``approval``, ``veto``, ``withdrawal``, ``abstention``."""

    name: str
    lemmas: frozenset[str]
    act: str
    stance: Stance | None = None
    event: str | None = None
    prep: tuple[str, ...] = ()
    agent_preps: tuple[str, ...] = ("by",)
    membership: str | None = None
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class FrameLexicon:
    """Everything :mod:`govtimeline.extract.acts` reads acts with."""

    verbs: tuple[VerbFrame, ...]
    controllers: tuple[Controller, ...]
    nominals: tuple[Nominal, ...]
    light_verbs: frozenset[str]
    withholding_verbs: frozenset[str]
    receiving_verbs: frozenset[str] = frozenset()
    """Verbs whose object is another's act ("expect Turkey's support"): the possessor acts."""
    """Verbs that keep a nominal act back ("withheld their endorsements"): its stance turns."""
    need_heads: frozenset[str]
    carrier_heads: frozenset[str] = frozenset()
    """Instruments that carry an act they are on ("signed the law on withdrawal from X"):
    a stance on one is a stance on the act's object, composed."""
    quantity_heads: frozenset[str]
    """Nouns that count or bundle what follows ("a set of principles", "a package of
    sanctions"): the object is the thing counted."""
    advocacy_heads: frozenset[str] = frozenset()
    """Nouns that ask for a doing or settle on one ("calls to delay", "pressure to lift",
    "the decision to approve", "its pledge to join"): a stance on them is a stance on that
    doing."""
    people_heads: frozenset[str] = frozenset()
    """Nouns for people ("world leaders", "delegates", "investors"): welcoming or
    praising them is hospitality, not a stance on a topic."""
    vote_answers: Mapping[str, Stance]
    group_heads: frozenset[str]
    list_preps: tuple[tuple[str, ...], ...]
    membership_heads: frozenset[str]
    synonyms: Mapping[str, str]
    """Head lemma -> the name of its synonym group."""
    speech_verbs: frozenset[str]
    agent_heads: frozenset[str]
    """Institution and office nouns that act for the actor among their modifiers."""
    state_heads: frozenset[str]
    """Nouns that, definite and bare ("the government"), are the state named last."""
    organisation_heads: frozenset[str]
    """Nouns that, definite and bare ("the alliance"), are the organisation named last."""
    topic_heads: frozenset[str]
    """Head nouns of descriptions that are governance topics ("restrictions", "governance")."""
    back_reference_heads: frozenset[str]
    """Head groups a bare definite description points back with ("the accord")."""
    occasion_heads: frozenset[str]
    """Nouns of occasions ("summit", "meeting"): what hosting and holding act on."""
    negative_verbs: frozenset[str]
    """Verbs that judge their subject harmful ("excessive regulation could kill …")."""
    positive_verbs: frozenset[str]
    """Verbs that judge their subject good ("the deal will help …")."""
    media: frozenset[str]
    """News agencies and outlets (lower case): named organisations that report, not act."""
    instrument_heads: frozenset[str]
    """Head groups of instruments: a back reference "the agreement" finds the last
    instrument named when none of its own group was ("the final statement")."""
    by_lemma: Mapping[str, tuple[VerbFrame, ...]] = attrs.field(eq=False, repr=False)
    """Verb frames by lemma, most specific first."""
    controller_of: Mapping[str, Controller] = attrs.field(eq=False, repr=False)
    """Verb controllers by lemma."""
    noun_controller_of: Mapping[str, Controller] = attrs.field(eq=False, repr=False)
    """Nouns that govern an act as a controller does ("the refusal of X to sign")."""
    nominal_of: Mapping[str, Nominal] = attrs.field(eq=False, repr=False)

    @property
    def hyphenated(self) -> Mapping[str, str]:
        """Inflected forms of the hyphenated verb lemmas ("re-engaged" -> "re-engage"): the
        parser keeps each as one word, and the reader reads its lemma from here."""
        return _hyphenated(frozenset(lemma for lemma in self.by_lemma if "-" in lemma))

    def head_group(self, lemma: str) -> str:
        """The synonym group of a head lemma ("accord" -> "agreement"), else the lemma."""
        return self.synonyms.get(lemma, lemma)


_VERB_KEYS = {f.name for f in attrs.fields(VerbFrame)} - {"name", "counterexamples"} | {"not"}
_CONTROLLER_KEYS = {f.name for f in attrs.fields(Controller)} - {"name", "counterexamples"} | {
    "not"
}
_NOMINAL_KEYS = {f.name for f in attrs.fields(Nominal)} - {"name", "counterexamples"} | {"not"}
_REQUIRED = {"lemmas", "act"}


@cache
def _hyphenated(lemmas: frozenset[str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        for form in (lemma, lemma + "s", stem + "ed", stem + "ing", lemma + "d"):
            if form.endswith("ed") or form.endswith("ing") or form.endswith("s") or form == lemma:
                forms.setdefault(form, lemma)
    return forms


def _fail(source: str, key: str, problem: str) -> InputError:
    return InputError(f"{key}: {problem}", source=source)


def _words(value: Any, source: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, key, f"expected a list of words, got {value!r:.80}")
    return [v.strip().lower() for v in value]


def _texts(value: Any, source: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, key, f"expected a list of sentences, got {value!r:.80}")
    return list(value)


def _enum(cls: type[Any], value: Any, source: str, key: str) -> Any:
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise _fail(source, key, f"{value!r} is not one of {allowed}") from None


def _event(value: Any, source: str, key: str) -> str | None:
    if value is None or value == _OBJECT_KIND:
        return value  # type: ignore[no-any-return]
    return str(_enum(EventKind, value, source, key).value)


def _check_keys(entry: Any, allowed: set[str], source: str, key: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise _fail(source, key, f"expected an object, got {type(entry).__name__}")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise _fail(
            source, f"{key}.{unknown[0]}", f"unknown key (allowed: {', '.join(sorted(allowed))})"
        )
    return entry


def _verb(name: str, entry: Any, source: str) -> VerbFrame:
    key = f"verbs.{name}"
    e = _check_keys(entry, _VERB_KEYS, source, key)
    missing = sorted(_REQUIRED - set(e))
    if missing:
        raise _fail(source, f"{key}.{missing[0]}", "required key is missing")
    slot = e.get("object", "dobj")
    if slot not in _OBJECT_SLOTS:
        raise _fail(source, f"{key}.object", f"{slot!r} is not one of {', '.join(_OBJECT_SLOTS)}")
    membership = e.get("membership")
    if membership is not None and membership not in _MEMBERSHIP:
        raise _fail(source, f"{key}.membership", f"{membership!r} is not one of agent, object")
    return VerbFrame(
        name=name,
        lemmas=frozenset(_words(e["lemmas"], source, f"{key}.lemmas")),
        act=str(e["act"]),
        stance=_enum(Stance, e.get("stance"), source, f"{key}.stance"),
        event=_event(e.get("event"), source, f"{key}.event"),
        status=_enum(ActStatus, e.get("status"), source, f"{key}.status"),
        particle=tuple(_words(e.get("particle", []), source, f"{key}.particle")),
        prep=tuple(tuple(p.split()) for p in _words(e.get("prep", []), source, f"{key}.prep")),
        object=slot,
        heads=frozenset(_words(e.get("heads", []), source, f"{key}.heads")),
        heads_not=frozenset(_words(e.get("heads_not", []), source, f"{key}.heads_not")),
        through=tuple(_words(e.get("through", []), source, f"{key}.through")),
        prep_heads=frozenset(_words(e.get("prep_heads", []), source, f"{key}.prep_heads")),
        subject_heads=frozenset(_words(e.get("subject_heads", []), source, f"{key}.subject_heads")),
        membership=membership,
        member_stance=_enum(Stance, e.get("member_stance"), source, f"{key}.member_stance"),
        occasion=bool(e.get("occasion", False)),
        topic=_template(e.get("topic"), source, f"{key}.topic"),
        **_examples(e, source, key),
    )


def _examples(e: Mapping[str, Any], source: str, key: str) -> dict[str, Any]:
    """The ``examples`` and ``not`` of an entry, checked."""
    out = []
    for i, item in enumerate(e.get("examples", [])):
        where = f"{key}.examples[{i}]"
        if not (isinstance(item, list) and len(item) == 4) or not all(
            isinstance(x, str) or (j == 2 and x is None) for j, x in enumerate(item)
        ):
            raise _fail(source, where, "expected [text, agent, stance or null, object]")
        out.append(Example(item[0], item[1], _enum(Stance, item[2], source, where), item[3]))
    return {
        "examples": tuple(out),
        "counterexamples": tuple(_texts(e.get("not", []), source, f"{key}.not")),
    }


def _template(value: Any, source: str, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value.count("{}") != 1:
        raise _fail(source, key, f"expected a text with one {{}} for the object, got {value!r:.60}")
    return value


def _controller(name: str, entry: Any, source: str) -> Controller:
    key = f"controllers.{name}"
    e = _check_keys(entry, _CONTROLLER_KEYS, source, key)
    if "lemmas" not in e:
        raise _fail(source, f"{key}.lemmas", "required key is missing")
    return Controller(
        name=name,
        lemmas=frozenset(_words(e["lemmas"], source, f"{key}.lemmas")),
        negate=bool(e.get("negate", False)),
        status=_enum(ActStatus, e.get("status"), source, f"{key}.status"),
        event=_enum(EventKind, e.get("event"), source, f"{key}.event"),
        advocacy=bool(e.get("advocacy", False)),
        **_examples(e, source, key),
    )


def _nominal(name: str, entry: Any, source: str) -> Nominal:
    key = f"nominals.{name}"
    e = _check_keys(entry, _NOMINAL_KEYS, source, key)
    missing = sorted(_REQUIRED - set(e))
    if missing:
        raise _fail(source, f"{key}.{missing[0]}", "required key is missing")
    membership = e.get("membership")
    if membership is not None and membership not in _MEMBERSHIP:
        raise _fail(source, f"{key}.membership", f"{membership!r} is not one of agent, object")
    return Nominal(
        name=name,
        lemmas=frozenset(_words(e["lemmas"], source, f"{key}.lemmas")),
        act=str(e["act"]),
        stance=_enum(Stance, e.get("stance"), source, f"{key}.stance"),
        event=_event(e.get("event"), source, f"{key}.event"),
        prep=tuple(_words(e.get("prep", []), source, f"{key}.prep")),
        agent_preps=tuple(_words(e.get("agent_preps", ["by"]), source, f"{key}.agent_preps")),
        membership=membership,
        **_examples(e, source, key),
    )


def _entries(raw: Mapping[str, Any], section: str, source: str) -> dict[str, Any]:
    value = raw.get(section, {})
    if not isinstance(value, dict):
        raise _fail(source, section, "expected an object of named entries")
    return dict(value)


def _lexicon(raw: Mapping[str, Any], source: str) -> FrameLexicon:
    verbs = tuple(_verb(n, e, source) for n, e in _entries(raw, "verbs", source).items())
    controllers = tuple(
        _controller(n, e, source) for n, e in _entries(raw, "controllers", source).items()
    )
    nominals = tuple(_nominal(n, e, source) for n, e in _entries(raw, "nominals", source).items())
    evaluative = _check_keys(
        raw.get("evaluative", {}), {"negative", "positive"}, source, "evaluative"
    )
    answers = raw.get("vote_answers", {})
    if not isinstance(answers, dict):
        raise _fail(source, "vote_answers", "expected an object of answer -> stance")
    synonyms: dict[str, str] = {}
    for group, members in _entries(raw, "synonyms", source).items():
        for word in _words(members, source, f"synonyms.{group}"):
            synonyms.setdefault(word, group)
    by_lemma: dict[str, list[VerbFrame]] = {}
    for frame in verbs:
        for lemma in frame.lemmas:
            by_lemma.setdefault(lemma, []).append(frame)
    controller_of: dict[str, Controller] = {}
    for c in controllers:
        for lemma in c.lemmas:
            controller_of.setdefault(lemma, c)
    noun_controller_of = {
        noun: Controller(
            name=noun,
            lemmas=frozenset([noun]),
            negate=bool(e.get("negate", False)),
            status=_enum(ActStatus, e.get("status"), source, f"nominal_controllers.{noun}.status"),
        )
        for noun, e in _entries(raw, "nominal_controllers", source).items()
    }
    nominal_of: dict[str, Nominal] = {}
    for n in nominals:
        for lemma in n.lemmas:
            nominal_of.setdefault(lemma, n)
    return FrameLexicon(
        verbs=verbs,
        controllers=controllers,
        nominals=nominals,
        light_verbs=frozenset(_words(raw.get("light_verbs", []), source, "light_verbs")),
        receiving_verbs=frozenset(
            _words(raw.get("receiving_verbs", []), source, "receiving_verbs")
        ),
        withholding_verbs=frozenset(
            _words(raw.get("withholding_verbs", []), source, "withholding_verbs")
        ),
        need_heads=frozenset(_words(raw.get("need_heads", []), source, "need_heads")),
        carrier_heads=frozenset(_words(raw.get("carrier_heads", []), source, "carrier_heads")),
        quantity_heads=frozenset(_words(raw.get("quantity_heads", []), source, "quantity_heads")),
        people_heads=frozenset(_words(raw.get("people_heads", []), source, "people_heads")),
        advocacy_heads=frozenset(_words(raw.get("advocacy_heads", []), source, "advocacy_heads")),
        vote_answers={
            str(k).lower(): _enum(Stance, v, source, f"vote_answers.{k}")
            for k, v in answers.items()
        },
        group_heads=frozenset(_words(raw.get("group_heads", []), source, "group_heads")),
        list_preps=tuple(
            tuple(p.split()) for p in _words(raw.get("list_preps", []), source, "list_preps")
        ),
        membership_heads=frozenset(
            _words(raw.get("membership_heads", []), source, "membership_heads")
        ),
        synonyms=synonyms,
        speech_verbs=frozenset(_words(raw.get("speech_verbs", []), source, "speech_verbs")),
        agent_heads=frozenset(_words(raw.get("agent_heads", []), source, "agent_heads")),
        state_heads=frozenset(_words(raw.get("state_heads", []), source, "state_heads")),
        organisation_heads=frozenset(
            _words(raw.get("organisation_heads", []), source, "organisation_heads")
        ),
        topic_heads=frozenset(_words(raw.get("topic_heads", []), source, "topic_heads")),
        back_reference_heads=_both_numbers(
            _words(raw.get("back_reference_heads", []), source, "back_reference_heads")
        ),
        occasion_heads=frozenset(_words(raw.get("occasion_heads", []), source, "occasion_heads")),
        negative_verbs=frozenset(
            _words(evaluative.get("negative", []), source, "evaluative.negative")
        ),
        positive_verbs=frozenset(
            _words(evaluative.get("positive", []), source, "evaluative.positive")
        ),
        instrument_heads=_both_numbers(
            _words(raw.get("instrument_heads", []), source, "instrument_heads")
        ),
        media=frozenset(_words(raw.get("media", []), source, "media")),
        by_lemma={
            lemma: tuple(sorted(fs, key=lambda f: (-f.specificity, f.name)))
            for lemma, fs in by_lemma.items()
        },
        controller_of=controller_of,
        noun_controller_of=noun_controller_of,
        nominal_of=nominal_of,
    )


def _validated(raw: Any, source: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise InputError("not a frame lexicon (expected a JSON object)", source=source)
    checked: dict[str, Any] = check_keys(raw, FRAMES, source=source)
    return checked


def _bundled() -> dict[str, Any]:
    raw: dict[str, Any] = load_lexicon("frames.json", FRAMES)
    return raw


@cache
def default_frames() -> FrameLexicon:
    """The bundled act lexicon (loaded once)."""
    return _lexicon(_bundled(), "govtimeline/data/frames.json")


def _overlay(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if key == "about":
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = list(dict.fromkeys([*merged[key], *value]))
        else:
            merged[key] = value
    return merged


def _both_numbers(nouns: Iterable[str]) -> frozenset[str]:
    """Head nouns in the singular and the plural ("principles" and "principle"): heads are
    compared as lemmas in some places and as written in others."""
    out = set(nouns)
    out |= {n[:-1] for n in out if n.endswith("s") and not n.endswith("ss")}
    out |= {n + "s" for n in out if not n.endswith("s")}
    return frozenset(out)


def load_frames(path: str | Path, *, extend_default: bool = True) -> FrameLexicon:
    """Read a frame lexicon file; by default its entries extend (or replace by name) the
    bundled ones. Raises :class:`InputError` naming the file and the bad key."""
    source = str(path)
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read frame lexicon ({exc})", source=source) from None
    user = _validated(raw, source)
    return _lexicon(_overlay(_bundled(), user) if extend_default else user, source)


def lemmas_of(lexicon: FrameLexicon) -> Iterable[str]:
    """Every verb and noun lemma the lexicon reacts to (for the sentence prefilter)."""
    yield from lexicon.by_lemma
    yield from lexicon.controller_of
    yield from lexicon.nominal_of
