"""Which grammar alternatives can begin at a word: derived from the regular expressions themselves.

The finder tries the grammar a few words before each trigger word, and most
of those words ("of", "the", "to", "million") begin no date at all. This
module reads each alternative's parsed regular expression and collects the
*first words* it can match: the run of letters up to the first character
that is not a letter (a space, a digit, a full stop). A word that is in no
alternative's set is skipped; at any other word only the alternatives that
can begin with it are tried, in grammar order, which gives the same match
as the whole grammar (an alternative that cannot begin there cannot match
there).

The sets are over-approximations, never guesses: a look-ahead is ignored, a
broad character class ("any word character") leaves the word open, and an
alternative that can begin with something the analysis cannot pin down is
always tried. Case follows the grammar: month names written ``(?-i:…)`` are
kept as written ("May" begins a date, "may" does not); elsewhere words are
compared in lower case. A word with a non-ASCII letter (where case folding
has exceptions) is always given every alternative, so the shortcut is exact.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

import attrs

__all__ = ["FirstWords", "StartTable", "UnknownError", "Walk", "first_words", "parse_or_none"]

S = TypeVar("S", bound=Hashable)

_sre: Any
_sre_parse: Any
try:  # the parser of the standard library's regular expressions (private, stable since 3.11)
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: every alternative is always tried
    _sre = _sre_parse = None

_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_MAX_STATES = 4_000  # more partial words than this: give up on the alternative (always try it)
_MAX_UNROLL = 8  # a repeat of letters unrolled further than this leaves the word open
_SMALL_RANGE = 64  # character ranges up to this size are enumerated


class UnknownError(Exception):
    """The analysis met something it does not model: the alternative is always tried."""


@attrs.frozen(kw_only=True)
class FirstWords:
    """The words one alternative can begin with.

    ``exact`` words must be written as they are (case-sensitive parts of the
    grammar); ``folded`` words are lower case and compared in lower case;
    ``open_*`` are prefixes a longer word may begin with. ``digit``: it can
    begin with a digit, a run of one of ``digit_lengths`` digits or of at
    least ``digit_open``; ``other``: with another character; ``anything``:
    the analysis could not bound it.
    """

    exact: frozenset[str] = frozenset()
    folded: frozenset[str] = frozenset()
    open_exact: frozenset[str] = frozenset()
    open_folded: frozenset[str] = frozenset()
    digit: bool = False
    digit_lengths: frozenset[int] = frozenset()
    digit_open: int | None = None
    other: bool = False
    anything: bool = False


class _Collector:
    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.folded: set[str] = set()
        self.open_exact: set[str] = set()
        self.open_folded: set[str] = set()
        self.digit = False
        self.digit_lengths: set[int] = set()
        self.digit_open: int | None = None
        self.other = False

    def close_digits(self, length: int) -> None:
        """A run of ``length`` digits ends before a character that is not a digit."""
        self.digit = True
        self.digit_lengths.add(length)

    def open_digits(self, length: int) -> None:
        """A run of at least ``length`` digits, maybe more."""
        self.digit = True
        self.digit_open = length if self.digit_open is None else min(self.digit_open, length)

    def close(self, word: str, cased: bool, *, digit: bool, other: bool) -> None:
        """A word ends before a character that is not a letter."""
        if word:
            (self.exact if cased else self.folded).add(word if cased else word.lower())
            return
        self.digit |= digit
        self.other |= other

    def leave_open(self, word: str, cased: bool) -> None:
        """The word may go on with letters the analysis does not follow."""
        if not word:
            raise UnknownError
        (self.open_exact if cased else self.open_folded).add(word if cased else word.lower())


_State = tuple[str, bool]  # the letters so far, and whether every one of them is case-sensitive
_DIGITS = "#"  # a run of digits is held as that many of these: only its length matters


def _letters_for(char: str, ignore_case: bool) -> frozenset[str] | None:
    """The letters a literal letter matches (None: not a letter)."""
    if not _LETTER.match(char):
        return None
    if not ignore_case:
        return frozenset([char])
    if char.isascii():
        return frozenset([char.lower()])
    # a non-ASCII letter can match ASCII letters under the engine's case folding (K, ſ…)
    same = {a.lower() for a in _ASCII_LETTERS if re.fullmatch(re.escape(char), a, re.IGNORECASE)}
    return frozenset({char.lower(), *same})


def _classify(char: str) -> tuple[bool, bool]:
    """(digit, other) for a character that is not a letter."""
    return (bool(_DIGIT.match(char)), not _DIGIT.match(char))


def _sequence(items: object) -> list[tuple[object, object]]:
    """The elements of a parsed sequence (a ``SubPattern`` or a list)."""
    data = getattr(items, "data", items)
    if not isinstance(data, list):
        raise UnknownError
    return data


class Walk(Generic[S]):
    """A walk through a parsed expression, one character at a time, from a set of states.

    What a character does to a state is the subclass's: :meth:`consume` (a
    character of some class), :meth:`word_ends` ("(?!\\w)": no letter or digit
    follows) and :meth:`give_up` (a repeat unrolled too far). Raises
    :class:`UnknownError` on what it does not model.
    """

    def consume(
        self,
        states: set[S],
        letters: frozenset[str] | None,
        any_letter: bool,
        digit: bool,
        other: bool,
        cased: bool,
    ) -> set[S]:
        """One character: ``letters`` it may be (or ``any_letter``), a ``digit``, an ``other``
        character; ``cased``: the letters are matched with their case."""
        raise NotImplementedError

    def word_ends(self, states: set[S]) -> set[S]:
        """A negative look-ahead that rules out a letter or digit next."""
        raise NotImplementedError

    def give_up(self, states: set[S]) -> None:
        """A repeat goes on further than the walk unrolls it, from ``states``."""
        raise NotImplementedError

    def char_set(
        self, items: Sequence[tuple[object, object]], ignore_case: bool
    ) -> tuple[frozenset[str], bool, bool, bool]:
        """What a character class matches: (letters, any letter, digit, other)."""
        assert _sre is not None
        letters: set[str] = set()
        any_letter = digit = other = False
        for op, av in items:
            if op is _sre.NEGATE:
                return frozenset(), True, True, True
            if op in (_sre.LITERAL, _sre.RANGE):
                bounds = (av, av) if op is _sre.LITERAL else av
                assert isinstance(bounds, tuple)
                low, high = int(bounds[0]), int(bounds[1])
                if high - low > _SMALL_RANGE:
                    return frozenset(), True, True, True
                for code in range(low, high + 1):
                    found = _letters_for(chr(code), ignore_case)
                    if found is None:
                        d, o = _classify(chr(code))
                        digit, other = digit or d, other or o
                    else:
                        letters |= found
            elif op is _sre.CATEGORY:
                if av is _sre.CATEGORY_DIGIT:
                    digit = True
                elif av in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD):
                    other = True
                else:  # word characters, not-digit, not-space…
                    return frozenset(), True, True, True
            else:
                raise UnknownError
        return frozenset(letters), any_letter, digit, other

    def walk(self, items: object, states: set[S], ignore_case: bool) -> set[S]:
        """The partial first words after matching ``items`` (a parsed sequence) from ``states``."""
        assert _sre is not None
        for op, av in _sequence(items):
            if not states:
                return states
            if op is _sre.LITERAL:
                assert isinstance(av, int)
                char = chr(av)
                letters = _letters_for(char, ignore_case)
                if letters is None:
                    states = self.consume(states, None, False, *_classify(char), not ignore_case)
                else:
                    states = self.consume(states, letters, False, False, False, not ignore_case)
            elif op in (_sre.NOT_LITERAL, _sre.ANY):
                states = self.consume(states, None, True, True, True, False)
            elif op is _sre.IN:
                assert isinstance(av, list)
                letters, any_letter, digit, other = self.char_set(av, ignore_case)
                states = self.consume(states, letters, any_letter, digit, other, not ignore_case)
            elif op is _sre.BRANCH:
                assert isinstance(av, tuple)
                branches: set[S] = set()
                for branch in av[1]:
                    branches |= self.walk(branch, set(states), ignore_case)
                states = branches
            elif op is _sre.SUBPATTERN:
                assert isinstance(av, tuple)
                _, add, remove, body = av
                flags = (
                    True
                    if add & re.IGNORECASE
                    else (False if remove & re.IGNORECASE else ignore_case)
                )
                states = self.walk(body, states, flags)
            elif op is _sre.ATOMIC_GROUP:
                states = self.walk(av, states, ignore_case)
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
                assert isinstance(av, tuple)
                states = self.repeat(av, states, ignore_case)
            elif op is _sre.ASSERT_NOT and _forbids_letter(av):
                states = self.word_ends(states)
            elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
                continue  # zero width: ignoring it only widens the sets
            elif op is _sre.GROUPREF:
                states = self.consume(states, None, True, True, True, False)
            else:
                raise UnknownError
        return states

    def repeat(self, av: tuple[object, ...], states: set[S], ignore_case: bool) -> set[S]:
        low, high, body = av
        assert isinstance(low, int)
        assert isinstance(high, int)
        for _ in range(low):
            states = self.walk(body, states, ignore_case)
        reached = set(states)
        frontier = states
        count = low
        while frontier and count < high:
            if count - low >= _MAX_UNROLL:
                self.give_up(frontier)
                break
            frontier = self.walk(body, frontier, ignore_case) - reached
            reached |= frontier
            count += 1
        return reached


class _Walker(Walk[_State]):
    """The first words: a state is the letters read so far (or a run of digits)."""

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
        """One character: letters extend the words; anything else ends them."""
        after: set[_State] = set()
        for word, all_cased in states:
            if word.startswith(_DIGITS):  # a run of digits: a digit extends it, anything ends it
                if digit:
                    after.add((word + _DIGITS, True))
                if any_letter:
                    self.out.open_digits(len(word))
                elif letters or other:
                    self.out.close_digits(len(word))
                continue
            if any_letter:
                self.out.leave_open(word, all_cased)
            if letters:
                for letter in letters:
                    after.add((word + letter, all_cased and cased))
            if digit and not word:
                after.add((_DIGITS, True))
            if (digit and word) or other:
                self.out.close(word, all_cased, digit=False, other=other)
        if len(after) > _MAX_STATES:
            raise UnknownError
        return after

    def word_ends(self, states: set[_State]) -> set[_State]:
        """ "(?!\\w)": each word so far is complete."""
        for word, cased in states:
            if word.startswith(_DIGITS):
                self.out.close_digits(len(word))
            else:
                self.out.close(word, cased, digit=True, other=True)
        return set()

    def give_up(self, states: set[_State]) -> None:
        for word, cased in states:
            if word.startswith(_DIGITS):
                self.out.open_digits(len(word))
            else:
                self.out.leave_open(word, cased)


def _matches_any_letter(item: tuple[object, object]) -> bool:
    assert _sre is not None
    op, av = item
    return (
        op is _sre.IN
        and isinstance(av, list)
        and any(sub_op is _sre.CATEGORY and sub_av is _sre.CATEGORY_WORD for sub_op, sub_av in av)
        and not any(sub_op is _sre.NEGATE for sub_op, _ in av)
    )


def _forbids_letter(av: object) -> bool:
    """Whether a negative look-ahead rules out a letter next ("(?!\\w)", "(?![\\w-]|%)")."""
    assert _sre is not None
    if not isinstance(av, tuple) or av[0] != 1:
        return False  # a look-behind says nothing about what follows
    body = _sequence(av[1])
    if len(body) != 1:
        return False
    if _matches_any_letter(body[0]):
        return True
    op, branch = body[0]
    return (
        op is _sre.BRANCH
        and isinstance(branch, tuple)
        and any(len(_sequence(b)) == 1 and _matches_any_letter(_sequence(b)[0]) for b in branch[1])
    )


def parse_or_none(pattern: str, flags: int) -> object | None:
    """The standard library's parse of ``pattern``; None where its parser is not at hand."""
    return None if _sre_parse is None else _sre_parse.parse(pattern, flags)


def first_words(
    pattern: str, flags: int = re.IGNORECASE, *, parsed: object | None = None
) -> FirstWords:
    """The words a regular expression can begin with (see the module docstring).

    ``parsed`` is ``pattern`` as :func:`parse_or_none` gives it, when already at hand.
    """
    if _sre_parse is None:
        return FirstWords(anything=True)
    out = _Collector()
    try:
        parsed = _sre_parse.parse(pattern, flags) if parsed is None else parsed
        rest = _Walker(out).walk(parsed, {("", True)}, bool(flags & re.IGNORECASE))
        for word, cased in rest:  # the match may end here: a longer word may follow
            if word.startswith(_DIGITS):
                out.open_digits(len(word))
            else:
                out.leave_open(word, cased)
    except (UnknownError, RecursionError):
        return FirstWords(anything=True)
    lengths, least = set(out.digit_lengths), out.digit_open
    while least is not None and least - 1 in lengths:  # 1..8 digits, or 9 and more: 1 and more
        least -= 1
    lengths = {n for n in lengths if least is None or n < least}
    return FirstWords(
        exact=frozenset(out.exact),
        folded=frozenset(out.folded),
        open_exact=frozenset(out.open_exact),
        open_folded=frozenset(out.open_folded),
        digit=out.digit,
        digit_lengths=frozenset(lengths),
        digit_open=least,
        other=out.other,
    )


@attrs.frozen(kw_only=True)
class StartTable:
    """For each word, the alternatives (by index, in grammar order) that can begin with it."""

    size: int
    exact: dict[str, frozenset[int]]
    folded: dict[str, frozenset[int]]
    open_exact: dict[str, frozenset[int]]
    open_folded: dict[str, frozenset[int]]
    open_lengths: tuple[int, ...]
    digit: dict[int, frozenset[int]]
    digit_open: tuple[tuple[int, frozenset[int]], ...]
    other: frozenset[int]
    always: frozenset[int]

    @classmethod
    def build(cls, alternatives: Sequence[FirstWords]) -> StartTable:
        """Index the first words of every alternative."""
        tables: dict[str, dict[str, set[int]]] = {
            "exact": {},
            "folded": {},
            "open_exact": {},
            "open_folded": {},
        }
        other, always = set(), set()
        digit: dict[int, set[int]] = {}
        digit_open: dict[int, set[int]] = {}
        for i, words in enumerate(alternatives):
            if words.anything:
                always.add(i)
                continue
            for key in tables:
                for word in getattr(words, key):
                    tables[key].setdefault(word, set()).add(i)
            for length in words.digit_lengths:
                digit.setdefault(length, set()).add(i)
            if words.digit_open is not None:
                digit_open.setdefault(words.digit_open, set()).add(i)
            if words.other:
                other.add(i)
        frozen = {k: {w: frozenset(v) for w, v in t.items()} for k, t in tables.items()}
        lengths = {len(w) for t in ("open_exact", "open_folded") for w in frozen[t]}
        return cls(
            size=len(alternatives),
            exact=frozen["exact"],
            folded=frozen["folded"],
            open_exact=frozen["open_exact"],
            open_folded=frozen["open_folded"],
            open_lengths=tuple(sorted(lengths)),
            digit={n: frozenset(v) for n, v in digit.items()},
            digit_open=tuple((n, frozenset(v)) for n, v in sorted(digit_open.items())),
            other=frozenset(other),
            always=frozenset(always),
        )

    def for_token(self, token: str) -> frozenset[int]:
        """The alternatives that can match where a word begins with ``token``.

        ``token`` is the run of letters or digits at the start (or the one
        character there when it is neither, such as "_").
        """
        if _DIGIT.match(token):  # a run of digits: by its length
            found = self.always | self.digit.get(len(token), frozenset())
            for least, indices in self.digit_open:
                if least > len(token):
                    break
                found |= indices
            return found
        if not _LETTER.match(token) or not token.isascii():
            # "_" or a non-ASCII letter (where case folding has exceptions): no shortcut
            return self.other | self.always if token == "_" else frozenset(range(self.size))
        lower = token.lower()
        found = (
            self.always | self.exact.get(token, frozenset()) | self.folded.get(lower, frozenset())
        )
        for length in self.open_lengths:
            if length > len(token):
                break
            found |= self.open_exact.get(token[:length], frozenset())
            found |= self.open_folded.get(lower[:length], frozenset())
        return found
