"""Event identity from what mentions *are*: the act, its object, its agents, its place.

Names alone join too much and too little. "Hungary ratifies Finland's NATO
membership" and "Hungary delays Sweden's" share three name words and are two
events; "an executive order" issued by the United States on 3 February and
"the executive order" it signed on the 4th share none that count and are one.
This module gives coreference (:mod:`.coref`) two things read from the act
records of extraction (``Mention.act``, ``Mention.object``, ``Mention.agents``)
and from the occasions' places:

* a **veto**: two mentions of acts that cannot tell one happening never join —
  acts of different groups (``act_groups`` in ``data/coreference.json``: a
  notification and a withdrawal, a revocation and a new order), or acts on
  objects of different identity (Finland's membership and Sweden's; two
  descriptions of an object neither of which contains the other);
* **identity joins**, inside blocks keyed on what the mentions are, never on
  all pairs: acts of one group on one object by overlapping agents in two
  reports (dates may be up to a month apart: that disagreement is a conflict to
  report, not a second event), or told twice in one report on overlapping
  dates, and occasions of one kind at one place whose dates overlap, one of
  them to the days ("the NATO summit" in The Hague and "the Hague summit",
  both on 24 June; "a summit in Lisbon in April" and "the Lisbon summit, 14-16
  April": a plan merges into the event that then happened, and its date stays
  a claim).

Distinct acts on one instrument stay apart by the veto; two sessions, two
summits of a series or two ratifications by one parliament stay apart because
their dates do not overlap (the union–find of :mod:`.coref` refuses the join).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from govtimeline.lang import GAZETTEER, load_lexicon
from govtimeline.model import EventKind, Mention
from govtimeline.model.when import Precision
from govtimeline.reconstruct._arrays import distinct
from govtimeline.reconstruct.initialisms import spell_out

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "Identity",
    "act_identity",
    "acts_compatible",
    "identities_compatible",
    "identity_pairs",
    "place_key",
]

_OCCASIONS = frozenset({EventKind.SUMMIT, EventKind.DEBATE})
"""The kinds of occasions that take place somewhere (a summit, a meeting or debate)."""
_OCCASION_DAYS = 7
"""An occasion named by its days: at most a week long (a summit, a conference)."""
_WINDOW = 25
"""In a block larger than this, each mention meets its next this many (date order)."""


def _group(act: str, groups: Mapping[str, str]) -> str:
    return groups.get(act, act)


def _objects_compatible(a: str, b: str) -> bool:
    """Whether two object keys may name one thing: the words of one are among the other's,
    once an initialism of either is spelled out by the other ("global ai governance
    initiative" and "global artificial intelligence governance initiative")."""
    if a == b:
        return True
    if "|" in a or "|" in b:  # a structured identity (a membership): equal or other
        return False
    first, then = a.split(), b.split()
    wa, wb = spell_out(first, then), spell_out(then, first)
    return wa <= wb or wb <= wa


Identity = tuple[str, str | None]
"""An act mention's (act group, object key)."""


def act_identity(m: Mention, groups: Mapping[str, str]) -> Identity | None:
    """What an act mention is, for the veto: its act group and object key."""
    return None if m.act is None else (_group(m.act, groups), m.object or None)


def identities_compatible(a: Identity | None, b: Identity | None) -> bool:
    """False when two act identities cannot tell one happening (the veto)."""
    if a is None or b is None:
        return True
    if a[0] != b[0]:
        return False
    if a[1] and b[1]:
        return _objects_compatible(a[1], b[1])
    return True


def acts_compatible(a: Mention, b: Mention, groups: Mapping[str, str]) -> bool:
    """False when two mentions are acts that cannot tell one happening (the veto)."""
    return identities_compatible(act_identity(a, groups), act_identity(b, groups))


def place_key(m: Mention) -> str | None:
    """The place an occasion mention is at, lower-cased without an article."""
    if m.location is None:
        return None
    words = m.location.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words) or None


def _placed_in_time(m: Mention) -> bool:
    """Dated to a day or a month: precise enough to tell one occasion at a place from another."""
    return m.when is not None and m.when.is_exact and m.when.precision.rank <= Precision.MONTH.rank


def _one_occasion(
    first: npt.NDArray[np.int64], then: npt.NDArray[np.int64], table: _Dates
) -> npt.NDArray[np.bool_]:
    """Which pairs of occasions at one place are one: told in two reports, their dates
    overlap and one names its days ("a summit in Lisbon in April" and "the Lisbon summit,
    14-16 April"); every occasion in a place's block is dated."""
    import numpy as np

    earliest, latest, document = table.earliest, table.latest, table.document
    overlap = (earliest[first] <= latest[then]) & (earliest[then] <= latest[first])
    days = np.minimum(latest[first] - earliest[first], latest[then] - earliest[then]) + 1
    joined: npt.NDArray[np.bool_] = (
        (document[first] != document[then]) & overlap & (days <= _OCCASION_DAYS)
    )
    return joined


def _named_at(m: Mention, places: Sequence[str]) -> list[str]:
    """The places ``m`` is at: its location, or those of ``places`` its name names."""
    own = place_key(m)
    if own is not None:
        return [own]
    name = f" {' '.join(m.name.casefold().split())} "
    return [place for place in places if f" {place} " in name]


@cache
def _country_of() -> dict[str, str]:
    """Each state's capital and the state itself, lower-cased, to the state (from
    ``data/countries.json``): "seoul" and "south korea" are both in South Korea."""
    data = load_lexicon("countries.json", GAZETTEER)
    out: dict[str, str] = {}
    for state in data["states"]:
        name = state["name"].casefold()
        out[name] = name
        if state.get("capital"):
            out.setdefault(state["capital"].casefold(), name)
    return out


def _country(m: Mention) -> str | None:
    """The state an occasion is in: that of its place (a state or its capital), else the
    state that holds it ("a South Korea summit")."""
    countries = _country_of()
    place = place_key(m)
    if place is not None:
        return countries.get(place)
    return countries.get(m.body.casefold()) if m.body else None


def _day_order(m: Mention) -> date:
    return m.when.earliest if m.when is not None else date.max


def _one_act(a: Mention, b: Mention) -> bool:
    """Two mentions of one act on one object: by one agent in two reports, or told twice
    on overlapping dates in one report ("an executive order" of February and "the
    order … issued on 3 February"). One report telling two alike acts on other days tells
    two acts; an act nobody is named for joins another report's only through its own."""
    if a.evidence.document == b.evidence.document:
        return a.when is not None and b.when is not None and a.when.overlaps(b.when)
    return bool(a.agents) and bool(b.agents) and bool(set(a.agents) & set(b.agents))


class _Dates:
    """The mentions' dates as day numbers (0 when undated) and their documents, numbered."""

    __slots__ = ("document", "earliest", "latest")

    def __init__(self, mentions: Sequence[Mention]) -> None:
        import numpy as np

        numbers: dict[str, int] = {}
        self.document = np.array(
            [numbers.setdefault(m.evidence.document, len(numbers)) for m in mentions],
            dtype=np.int64,
        )
        self.earliest = np.array(
            [m.when.earliest.toordinal() if m.when else 0 for m in mentions], dtype=np.int64
        )
        self.latest = np.array(
            [m.when.latest.toordinal() if m.when else 0 for m in mentions], dtype=np.int64
        )


def _blocks(
    mentions: Sequence[Mention], groups: Mapping[str, str], places: Sequence[str]
) -> dict[tuple[str, ...], list[int]]:
    """The mentions (by index, ascending) of each act on one object and each kind of
    occasion at one place or in one state."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.act is not None and m.object:
            blocks[("act", _group(m.act, groups), m.object)].append(i)
        if m.kind in _OCCASIONS and _placed_in_time(m):
            for place in _named_at(m, places):
                blocks[("place", m.kind.value, place)].append(i)
            country = _country(m)
            if country is not None:  # "the AI Seoul Summit" and "a South Korea summit"
                blocks[("country", m.kind.value, country)].append(i)
    return blocks


def identity_pairs(
    mentions: Sequence[Mention], groups: Mapping[str, str], places: Iterable[str] = ()
) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of mentions that are one event by what they are.

    ``places`` are the place keys known in the corpus (every occasion's location);
    an occasion whose name holds one of them ("the Hague summit") is at that place.
    Occasions in one state (at its capital, or held by it) are compared too, the same
    way: "the AI Seoul Summit" and "a South Korea summit" of the same week are one.
    Blocks are keyed on (act group, object) and on (kind, place), so the cost grows
    with the number of mentions, not its square (a block of one key is small: one
    object, one place). Each mention meets the next :data:`_WINDOW` of its block, in
    date order when the block is larger (a much-reported act); the pairs of every block
    are made and the occasions' checked at once, as arrays.
    """
    import numpy as np

    ordered: list[int] = []
    block_of: list[int] = []
    acts: list[bool] = []
    for number, (key, members) in enumerate(_blocks(mentions, groups, sorted(set(places))).items()):
        if len(members) > _WINDOW:  # a much-reported act: neighbours in date order
            members = sorted(members, key=lambda i: (_day_order(mentions[i]), i))
        ordered += members
        block_of += [number] * len(members)
        acts.append(key[0] == "act")
    order, block = np.array(ordered, dtype=np.int64), np.array(block_of, dtype=np.int64)
    of_act = np.array(acts, dtype=np.bool_)[block]
    found: list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.bool_]]] = []
    for gap in range(1, _WINDOW + 1):  # each row with the rows ``gap`` after it in its block
        same = block[:-gap] == block[gap:]
        found.append((order[:-gap][same], order[gap:][same], of_act[:-gap][same]))
    first = np.concatenate([np.empty(0, dtype=np.int64), *(f for f, _, _ in found)])
    then = np.concatenate([np.empty(0, dtype=np.int64), *(t for _, t, _ in found)])
    act = np.concatenate([np.empty(0, dtype=np.bool_), *(a for _, _, a in found)])
    joined = np.zeros(len(first), dtype=np.bool_)
    told = np.flatnonzero(act)
    joined[told] = [
        _one_act(mentions[i], mentions[j])
        for i, j in zip(first[told].tolist(), then[told].tolist(), strict=True)
    ]
    joined[~act] = _one_occasion(first[~act], then[~act], _Dates(mentions))
    low, high = np.minimum(first, then)[joined], np.maximum(first, then)[joined]
    n = max(len(mentions), 1)
    codes = distinct(low * n + high)
    return list(zip((codes // n).tolist(), (codes % n).tolist(), strict=True))
