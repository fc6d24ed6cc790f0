"""Which alternatives can go on from their first word with the next one: the second words.

:mod:`.starts` narrows the grammar at a word to the alternatives that can
begin with it; most of those still fail at the word after it ("25 percent"
begins a duration as "25 days" does, "the company" begins a quarter as "the
third quarter" does). This module walks each alternative's parsed regular
expression past its first word and collects, for each first word, the words
that can come next: the run of letters after the first word and the
characters that are neither letters nor digits (spaces, punctuation), or a
digit there. At a start the finder reads that word (:func:`next_word`) and
tries only the alternatives that can go on with it.

As in :mod:`.starts` the sets are over-approximations, never guesses: letters
are compared in lower case whatever the grammar's case, a look-ahead is
ignored, a broad character class or the end of the expression leaves the
next word open (any word), and an alternative the walk cannot model is
always tried. A next word with a non-ASCII letter narrows nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from govtimeline.dates.starts import UnknownError, Walk, parse_or_none

__all__ = ["Follows", "follows", "next_word"]

_DIGIT = "#"  # a digit (in a first word: a run of digits, one "#" each)
_MAX_STATES = 20_000  # more partial word pairs than this: the alternative is always tried
_SECOND_LETTERS = 3  # a second word is followed this far, then taken as a prefix
_MAX_SECONDS = 32  # more second words than this in the making: anything may follow the first

_State = tuple[str, int, str]
"""(first word so far, phase, second word so far); phase 0: in the first word, 1: after
it (spaces, punctuation), 2: in the second word. Letters in lower case."""


@attrs.frozen(kw_only=True)
class Follows:
    """What can follow each first word of one alternative.

    ``closed`` maps a complete first word (lower case, or ``#`` per digit) to
    the second words it can have: complete ones, prefixes of longer ones
    (``open``), ``#`` for a digit; first words in ``any_after`` can be
    followed by anything. ``open_first`` are prefixes of first words that may
    go on with letters (or digits) the walk does not follow: anything may come
    after them. ``always``: the walk could not bound the alternative.
    """

    closed: dict[str, frozenset[str]] = attrs.field(factory=dict)
    open_second: dict[str, frozenset[str]] = attrs.field(factory=dict)
    any_after: frozenset[str] = frozenset()
    open_first: frozenset[str] = frozenset()
    always: bool = False

    def allows(self, first: str, second: str) -> bool:
        """Whether a match can begin with the word ``first`` followed by ``second``.

        ``first`` is in lower case (``#`` per digit); ``second`` is the next word
        in lower case, ``#`` for a digit, or "" when neither a letter nor a digit
        follows before the end of the text.
        """
        if self.always or first in self.any_after:
            return True
        if any(first.startswith(prefix) for prefix in self.open_first):
            return True
        if second in self.closed.get(first, ()):
            return True
        return any(second.startswith(p) for p in self.open_second.get(first, ()))


class _Collector:
    def __init__(self) -> None:
        self.closed: dict[str, set[str]] = {}
        self.open_second: dict[str, set[str]] = {}
        self.any_after: set[str] = set()
        self.open_first: set[str] = set()

    def pair(self, first: str, second: str, *, open_second: bool = False) -> None:
        table = self.open_second if open_second else self.closed
        table.setdefault(first, set()).add(second)

    def anything_after(self, first: str) -> None:
        self.any_after.add(first)

    def first_goes_on(self, first: str) -> None:
        if not first:
            raise UnknownError
        self.open_first.add(first)

    def end(self, states: Iterable[_State]) -> None:
        """The walk stops at ``states``: what follows them is not known."""
        for first, phase, second in states:
            if phase == 0:
                self.first_goes_on(first)
            elif phase == 1:
                self.anything_after(first)
            else:
                self.pair(first, second, open_second=True)


class _PairWalker(Walk[_State]):
    def __init__(self, out: _Collector) -> None:
        self.out = out

    def consume(
        self,
        states: set[_State],
        letters: frozenset[str] | None,
        any_letter: bool,
        digit: bool,
        other: bool,
        cased: bool,
    ) -> set[_State]:
        """One character, in each phase of each state."""
        after: set[_State] = set()
        lower = {letter.lower() for letter in letters or ()}
        for state in states:
            first, phase, second = state
            if phase == 0:
                self._in_first(state, after, lower, any_letter, digit, other)
            elif phase == 1:
                if any_letter:
                    self.out.anything_after(first)
                if digit:
                    self.out.pair(first, _DIGIT)
                after.update((first, 2, letter) for letter in lower)
                if other:
                    after.add(state)
            else:
                if any_letter or (lower and len(second) >= _SECOND_LETTERS):
                    self.out.pair(first, second, open_second=True)  # any longer word
                elif lower:
                    after.update((first, 2, second + letter) for letter in lower)
                if digit or other:
                    self.out.pair(first, second)
        if len(after) > _MAX_STATES:
            raise UnknownError
        return self._bounded(after)

    def _bounded(self, states: set[_State]) -> set[_State]:
        """``states`` less the second words of a first word that has too many of them in the
        making: anything may follow that first word."""
        seconds: dict[str, int] = {}
        for first, phase, _ in states:
            if phase == 2:
                seconds[first] = seconds.get(first, 0) + 1
        crowded = {first for first, count in seconds.items() if count > _MAX_SECONDS}
        for first in crowded:
            self.out.anything_after(first)
        return {s for s in states if s[1] != 2 or s[0] not in crowded} if crowded else states

    def _in_first(
        self,
        state: _State,
        after: set[_State],
        lower: set[str],
        any_letter: bool,
        digit: bool,
        other: bool,
    ) -> None:
        first = state[0]
        if first.startswith(_DIGIT):  # a run of digits: a digit extends it
            if digit:
                after.add((first + _DIGIT, 0, ""))
            if any_letter:
                self.out.anything_after(first)
            after.update((first, 2, letter) for letter in lower)  # "25th": the word right after
            if other:
                after.add((first, 1, ""))
            return
        if any_letter:
            self.out.first_goes_on(first)
        after.update((first + letter, 0, "") for letter in lower)
        if digit:
            if first:
                self.out.pair(first, _DIGIT)
            else:
                after.add((_DIGIT, 0, ""))
        if other and first:  # an alternative that begins with another character begins no word
            after.add((first, 1, ""))

    def word_ends(self, states: set[_State]) -> set[_State]:
        """ "(?!\\w)": the word being read is complete; what follows it is not a letter."""
        after: set[_State] = set()
        for first, phase, second in states:
            if phase == 2:
                self.out.pair(first, second)
            elif first:
                after.add((first, 1, ""))
        return after

    def give_up(self, states: set[_State]) -> None:
        self.out.end(states)


def follows(pattern: str, flags: int = re.IGNORECASE, *, parsed: object | None = None) -> Follows:
    """What can follow each first word of a regular expression (see the module docstring).

    ``parsed`` is ``pattern`` as :func:`.parse_or_none` gives it, when already at hand.
    """
    parsed = parse_or_none(pattern, flags) if parsed is None else parsed
    if parsed is None:
        return Follows(always=True)
    out = _Collector()
    try:
        rest = _PairWalker(out).walk(parsed, {("", 0, "")}, bool(flags & re.IGNORECASE))
        out.end(rest)
    except (UnknownError, RecursionError):
        return Follows(always=True)
    return Follows(
        closed={k: frozenset(v) for k, v in out.closed.items()},
        open_second={k: frozenset(v) for k, v in out.open_second.items()},
        any_after=frozenset(out.any_after),
        open_first=frozenset(out.open_first),
    )


_NEXT_WORD = re.compile(r"[\W_]*+(?:([^\W\d_]+)|(\d))?")


def next_word(text: str, end: int) -> str | None:
    """The word after the first word that ends at ``end``, as :meth:`Follows.allows` takes it:
    the run of letters (in lower case) after the characters that are neither letters
    nor digits, ``#`` for a digit there, "" for neither; None for a word with a
    non-ASCII letter (nothing is narrowed)."""
    m = _NEXT_WORD.match(text, end)
    assert m is not None  # every part of it may be empty
    if m.lastindex == 1:
        word = m.group(1)
        return word.lower() if word.isascii() else None
    return _DIGIT if m.lastindex == 2 else ""
