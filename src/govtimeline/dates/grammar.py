"""The date grammar: one compiled regular expression per language, built from its lexicon.

Each alternative is a named group (``full_dmy``, ``mon_year``, ``weekday``…);
:mod:`govtimeline.dates.handlers` has one handler per name that turns the
match into a value. Alternatives are tried in the order listed, so longer,
more specific forms come before the shorter forms they contain ("24 September
2025" before "24 September" before "September").

Month and weekday names are matched capitalised or in capitals only
("may" and "march" in lower case are never months); in French and Spanish,
where month names are written in lower case, any case is accepted.

The trigger words (:data:`TOKEN`, :func:`trigger_words`, :func:`triggers`) are
in :mod:`.trigger_scan`; their names are importable from here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from govtimeline.dates.follows import Follows, follows, next_word
from govtimeline.dates.lexicon import Lexicon, load_lexicon
from govtimeline.dates.starts import StartTable, first_words, parse_or_none
from govtimeline.dates.trigger_scan import TOKEN, trigger_words, triggers
from govtimeline.lang import trie_regex

__all__ = [
    "ALTERNATIVES",
    "DASHES",
    "TOKEN",
    "Grammar",
    "alternatives",
    "compiled",
    "grammar",
    "trigger_words",
    "triggers",
]

_MOD = r"early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~\u301c\uff5e"
"""Characters written between the ends of a range: hyphens, dashes, minus, tildes ("1~4 November")."""
_DASH_CLASS = "[" + re.escape(DASHES) + "]"
_DASH = r"\s*(?:" + _DASH_CLASS + r"|to|and|until|through|till)\s*"

_TO = r"\s*(?:" + _DASH_CLASS + r"|to|until|through|till)\s*"
"""Between the ends of a range across months: no "and" ("26 February and 2 March" are two
days)."""

# name -> template; {p} is the group prefix, other placeholders are lexicon patterns.
ALTERNATIVES: tuple[tuple[str, str], ...] = (
    (
        "dmy_across",
        r"(?P<{p}d1>{DAY})\s+(?P<{p}m1>{MON})(?:\s+(?P<{p}y1>{YEAR}))?"
        + _TO
        + r"(?P<{p}d2>{DAY})\s+(?P<{p}m2>{MON})(?:,?\s+(?P<{p}y>{YEAR}))?(?!\w)",
    ),
    (
        "mdy_across",
        r"(?P<{p}m1>{MON})\s+(?P<{p}d1>{DAY})(?:,?\s+(?P<{p}y1>{YEAR}))?"
        + _TO
        + r"(?P<{p}m2>{MON})\s+(?P<{p}d2>{DAY})(?:,?\s+(?P<{p}y>{YEAR}))?(?![\w%])",
    ),
    (
        "iso",
        r"(?<![\w-])(?P<{p}y>\d{{4}})-(?P<{p}m>\d{{2}})-(?P<{p}d>\d{{2}})"
        r"(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?(?![\w-])",
    ),
    (
        "numeric",
        r"(?<![\w/.,-])(?P<{p}a>\d{{1,2}})(?P<{p}sep>[/.])(?P<{p}b>\d{{1,2}})(?P={p}sep)"
        r"(?P<{p}c>\d{{4}}|\d{{2}})(?![\w/]|[.,]\d)",
    ),
    (
        "dmy_range",
        r"(?P<{p}d1>{DAY})" + _DASH + r"(?P<{p}d2>{DAY})\s+(?:{CONN})?(?P<{p}mon>{MON})"
        r"(?:,?\s+(?:{CONN})?(?P<{p}y>{YEAR}))?(?!\w)",
    ),
    (
        "mdy_range",
        r"(?P<{p}mon>{MON})\s+(?P<{p}d1>{DAY})" + _DASH + r"(?P<{p}d2>{DAY})"
        r"(?:,?\s+(?P<{p}y>{YEAR}))?(?![\w%])",
    ),
    (
        "full_dmy",
        r"(?:(?P<{p}wd>{WD}),?\s+)?(?:the\s+)?(?P<{p}d>{DAY})(?:\s+of)?\s+(?:{CONN})?"
        r"(?P<{p}mon>{MON}),?\s+(?:{CONN})?(?P<{p}y>{YEAR})(?!\w)",
    ),
    (
        "full_mdy",
        r"(?:(?P<{p}wd>{WD}),?\s+)?(?P<{p}mon>{MON})\s+(?P<{p}d>{DAY}),?\s+(?P<{p}y>{YEAR})(?!\w)",
    ),
    (
        "month_range",
        r"(?:(?:between|from)\s+)(?P<{p}m1>{MON})(?:\s+(?P<{p}y1>{YEAR}))?\s+"
        r"(?:and|to|until|through|till)\s+(?P<{p}m2>{MON})(?:,?\s+(?P<{p}y>{YEAR}))?(?!\w)",
    ),
    (
        "year_range",
        r"(?:(?:between|from)\s+)(?P<{p}y1>{YEAR})\s+(?:and|to|until|through|till)\s+"
        r"(?P<{p}y2>{YEAR})(?!\w)",
    ),
    (
        "year_dash",
        r"(?<![\w$€£#/.-])(?P<{p}y1>{YEAR})\s?" + _DASH_CLASS + r"\s?"
        r"(?P<{p}y2>\d{{4}}|\d{{2}})(?![\w%-])",
    ),
    (
        "dm",
        r"(?:(?P<{p}wd>{WD}),?\s+)?(?:the\s+)?(?P<{p}d>{DAY})(?:\s+of)?\s+(?:{CONN})?(?P<{p}mon>{MON})(?!\w)",
    ),
    (
        "mon_year",
        r"(?:(?P<{p}mod>" + _MOD + r")[\s-]+)?(?P<{p}mon>{MON}),?\s+(?:of\s+|{CONN})?"
        r"(?P<{p}y>{YEAR})(?!\w)",
    ),
    (
        "mon_rel_year",
        r"(?:(?P<{p}mod>" + _MOD + r")[\s-]+)?(?P<{p}mon>{MON})\s+(?:of\s+)?"
        r"(?P<{p}rel>last|this|next)\s+year(?![\w'’-])",
    ),
    ("md", r"(?:(?P<{p}wd>{WD}),?\s+)?(?P<{p}mon>{MON})\s+(?P<{p}d>{DAY})(?![\w%:.,]\d|\w|\s*%)"),
    (
        "season",
        r"(?:(?P<{p}mod>early|mid|late)[\s-]+)?(?:(?P<{p}rel>this\s+past|this|last|next|the\s+coming|"
        r"the\s+past|the)\s+)?(?:(?P<{p}mod2>early|mid|late)[\s-]+)?(?P<{p}s>{SEASON})"
        r"(?:\s+(?:of\s+)?(?P<{p}y>{YEAR}))?(?!\w)",
    ),
    (
        "quarter",
        r"(?:the\s+)?(?:(?:comparable|corresponding)\s+)?(?:(?P<{p}pre>year[\s-]+ago|year[\s-]+earlier|"
        r"(?:this|last|next)\s+year's)\s+)?(?:(?P<{p}py>{YEAR})\s+)?(?:fiscal[\s-]+)?"
        r"(?:(?P<{p}ord>{ORD})|(?P<{p}rel>latest|current|past|previous|coming|same))[\s-]+"
        r"(?:fiscal\s+|calendar\s+)?quarter(?!s)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<{p}y>{YEAR}))?(?![\w-])",
    ),
    (
        "period",
        r"(?:(?:the|this|that)\s+(?:(?:comparable|corresponding|same|latest|current)\s+)?"
        r"(?:(?P<{p}pre>year[\s-]+ago|year[\s-]+earlier|(?P<{p}y>{YEAR}))\s+)?"
        r"|(?P<{p}pre2>(?:last|this)\s+year's|year[\s-]+ago|year[\s-]+earlier)\s+)"
        r"(?P<{p}w>quarter|period)(?![\w-])"
        r"(?:\s+(?P<{p}post>(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier))(?![\w-]))?",
    ),
    ("year_ago", r"(?<![\w-])year[\s-](?P<{p}w>ago|earlier)(?=\s+[\w$])(?!\s+(?:and|or|to)\b)"),
    (
        "quarter_code",
        r"(?:(?P<{p}y1>{YEAR})\s*)?\bQ(?P<{p}q>[1-4])(?:\s+(?:of\s+)?(?P<{p}y2>{YEAR}))?(?!\w)",
    ),
    ("half", r"(?:the\s+)?(?P<{p}ord>first|second|1st|2nd)\s+half\s+of\s+(?P<{p}y>{YEAR})(?!\w)"),
    (
        "decade",
        r"(?:the\s+)?(?:(?P<{p}mod>early|mid|late)[\s-]+)?(?P<{p}d>\d{{3}}0)'?s(?!\w)"
        r"|the\s+(?:(?P<{p}mod2>early|mid|late)[\s-]+)?(?P<{p}w>{DECWORD})(?!\w)",
    ),
    (
        "century",
        r"(?:the\s+)?(?:(?P<{p}mod>early|mid|late)[\s-]+)?(?P<{p}n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century(?![\w-])",
    ),
    (
        "word_year",
        r"(?:the\s+year\s+)?(?P<{p}c>{CENTWORD})\s+(?:hundred\s+(?:and\s+)?)?(?P<{p}t>{TENS})"
        r"(?:[\s-](?P<{p}o>{ONES}))?(?![\w-])|the\s+year\s+two\s+thousand"
        r"(?:\s+(?:and\s+)?(?P<{p}o2>{ONES}))?(?![\w-])",
    ),
    (
        "holiday",
        r"(?:(?P<{p}rel>last|next|this)\s+)?(?P<{p}h>{HOLIDAY})(?![\w-])(?:,?\s+(?P<{p}y>{YEAR})(?!\w))?",
    ),
    ("mod_year", r"(?P<{p}mod>" + _MOD + r")[\s-]+(?P<{p}y>{YEAR})(?!\w)"),
    ("fiscal", r"fiscal\s+(?:year\s+)?(?P<{p}y>{YEAR})(?!\w)"),
    ("year_end", r"(?<![\w-])year[\s-]end(?![\w-])"),
    (
        "event_rel",
        r"(?:(?:on\s+)?the\s+(?P<{p}eve>eve)\s+of|(?:(?:on\s+)?the\s+(?P<{p}unit>day|week|month|year)"
        r"|(?P<{p}n>{NUM})\s+(?P<{p}u>{UNIT})s?)\s+(?P<{p}dir>before|after|following|prior\s+to))\s+"
        r"(?P<{p}ref>(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?[\w.'’-]+(?:\s+(?!and\b|but\b|when\b|"
        r"which\b|that\b|who\b|while\b|as\b|in\b|on\b|at\b|to\b|with\b|after\b|before\b|of\b|for\b|by\b)"
        r"[\w.'’-]+){{0,5}})",
    ),
    ("same", r"(?:the|that)\s+same\s+(?P<{p}u>day|week|month|year)(?!\w)"),
    (
        "ago",
        r"(?P<{p}n>{NUM})\s+(?P<{p}u>{UNIT})s?\s+(?P<{p}dir>ago|from\s+now|hence|earlier|later)(?!\w)",
    ),
    (
        "rel_unit",
        r"(?:(?P<{p}mod>early|late|earlier|later|mid|the\s+end\s+of|the\s+beginning\s+of|"
        r"the\s+start\s+of|the\s+middle\s+of)[\s-]+)?(?P<{p}rel>this\s+past|this|last|next|"
        r"the\s+coming|the\s+current|the\s+same|the\s+previous|the\s+past|the\s+full|"
        r"the\s+following|the\s+next|the\s+last|the|that)\s+(?:fiscal\s+)?"
        r"(?P<{p}u>week|month|year|weekend|decade|century|day)(?![\w-])(?!\s+(?:\d|two|nineteen|of\b))",
    ),
    (
        "in_n",
        r"in\s+(?P<{p}n>{NUM})\s+(?P<{p}u>{UNIT})s?(?:['’]s?\s+time)?(?!\w)"
        r"(?!\s+(?:ago|before|after|earlier|later))",
    ),
    (
        "weekday",
        r"(?:(?P<{p}rel>last|next|this\s+past|this|coming|past)\s+)?(?P<{p}wd>{WD})(?:\s+(?P<{p}part>{PART}))?(?!\w)",
    ),
    ("relday", r"(?P<{p}w>{RELDAY})(?:\s+(?P<{p}part>{PART}))?(?!\w)"),
    ("daypart", r"(?P<{p}w>{DAYPART})(?!\w)"),
    (
        "part_ref",
        r"(?:(?P<{p}h>\d{{1,2}})\s+|(?P<{p}dir>earlier|later)\s+)?(?:in|during)\s+the\s+"
        r"(?P<{p}part>{PART})(?!\w)|(?P<{p}dir2>earlier|later)\s+in\s+the\s+(?P<{p}day>day)(?!\w)|(?:(?P<{p}next>the\s+next|the\s+following)|that)\s+"
        r"(?P<{p}part2>{PART})(?!\w)|mid(?:[\s-]|(?!night))(?P<{p}part3>{PART})(?!\w)"
        r"(?:\s+(?P<{p}rd>{RELDAY})(?!\w))?",
    ),
    (
        "set",
        r"(?:every|each)\s+(?P<{p}part>{PART})(?!\w)|(?:every|each)\s+(?P<{p}wd>{WD})(?!\w)|"
        r"(?:every|each)\s+(?P<{p}season>{SEASON})(?!\w)|"
        r"(?:every|each)\s+(?:(?P<{p}other>other)\s+|(?P<{p}n>{NUM})\s+)?(?P<{p}u>{UNIT})s?(?!\w)|(?:once|twice)\s+a\s+"
        r"(?P<{p}u2>{UNIT})(?!\w)|(?P<{p}adv>{SETADV})(?!\w)",
    ),
    (
        "time",
        r"(?:(?P<{p}h>\d{{1,2}})(?::(?P<{p}min>\d{{2}}))?\s*(?P<{p}ap>a\.m\.?|p\.m\.?|am|pm)(?!\w)|"
        r"(?P<{p}noon>noon|midnight|midday)(?!\w)|"
        r"(?<![\d:.,])(?P<{p}h24>[01]?\d|2[0-3])(?P<{p}sep>[:.h])(?P<{p}m24>[0-5]\d)(?![\d:]|[.,]\d))"
        r"(?:\s*(?P<{p}zone>(?-i:[A-Z]{{1,2}}[SD]?T|GMT|UTC))(?!\w))?"
        r"(?:,?\s+(?:(?P<{p}wd>{WD})(?!\w)|(?P<{p}mon>{MON})\s+(?P<{p}d>{DAY})(?![\w%:.,]\d|\w)"
        r"|(?P<{p}d2>{DAY})\s+(?P<{p}mon2>{MON})(?!\w)))?",
    ),
    (
        "duration",
        r"(?:(?P<{p}pre>for|over|during|within|throughout)\s+)?(?:(?:the\s+)?(?:(?P<{p}rel>past|last|"
        r"next|first|previous|coming|final)\s+)?(?P<{p}n>{NUM})"
        r"(?P<{p}half>\s+1/2|\s*½|\s+and\s+a\s+half)?(?:\s+|-)"
        r"(?:(?:more|additional|further|extra|trading|business|working)\s+)?(?P<{p}u>{UNIT})s?"
        r"(?P<{p}half2>\s+and\s+a\s+half)?(?:-long)?(?![\s-]+old)(?!-\w)"
        r"|(?P<{p}vague>recent|past|several|many|coming)\s+(?P<{p}u2>{UNIT})s"
        r"|(?P<{p}u3>{UNIT})(?P<{p}pl>s)?-long)(?!\w)"
        r"(?!\s+(?:ago|from\s+now|hence)\b)",  # "for six months from now" is a date
    ),
    (
        "bare_units",
        r"(?P<{p}pre>for|over|within|in|take|takes|taking|took|spent|lasted|lasting)\s+"
        r"(?P<{p}u>{UNIT})(?:s|(?<=ies))(?!\w)"
        r"(?!\s+(?:of|ago|later|earlier|before|after)\b)",
    ),
    ("ref", r"(?P<{p}w>{REF})(?!\w)"),
    (
        "year",
        r"(?:(?<![\w$€£#/.,-])|(?<=\bpost-)|(?<=\bpre-))(?<!\d:)(?P<{p}y>{YEAR})(?!\w|[.,%-]\d|%)",
    ),
    (
        "month",
        r"(?:(?P<{p}mod>"
        + _MOD
        + r")[\s-]+)?(?:(?P<{p}rel>this|last|next)\s+)?(?P<{p}mon>{MON})(?!\w)",
    ),
)


def _full_names(names: Mapping[str, int]) -> frozenset[str]:
    """The longest name of each value: "may" and "june" are full names, "jun" is not."""
    longest: dict[int, str] = {}
    for name, value in names.items():
        if len(name) > len(longest.get(value, "")):
            longest[value] = name
    return frozenset(longest.values())


def _names(words: object, *, cased: bool, dot: bool = False) -> str:
    """An alternation of words, Title and UPPER case (or any case), as a trie.

    Where one form begins another ("Sept", "September") the longer is tried
    first. With ``dot``, abbreviations may end in a full stop ("Sept.",
    "Feb."); full names may not, so "in May." leaves the sentence's full
    stop alone.
    """
    items = sorted({str(w) for w in words})  # type: ignore[attr-defined]
    full = _full_names(words) if dot and isinstance(words, Mapping) else frozenset()
    forms: set[str] = set()
    for word in items:
        title = " ".join(w[:1].upper() + w[1:] for w in word.split())
        written = {word.capitalize(), title, word.upper()} if cased else {word}
        abbreviation = dot and word not in full
        forms |= written | ({f + "." for f in written} if abbreviation else set())
    return trie_regex(sorted(forms), any_space=True) or r"(?!x)x"


def _words(words: Iterable[str], *, any_space: bool = False) -> str:
    """An alternation of lexicon words as a trie (with ``any_space``, a space matches any run
    of whitespace).

    The same matches as the words sorted longest first and joined by "|": two
    words that can both match at one place are one the beginning of the other,
    and both forms try the longer first. A trie leaves most branches at their
    first letter, which makes the grammar's failing attempts (most of them)
    cheaper.
    """
    return trie_regex(sorted(set(words)), any_space=any_space) or r"(?!x)x"


def _parts(lang: str) -> dict[str, str]:
    """The lexicon patterns the templates of :data:`ALTERNATIVES` are filled with."""
    lex: Lexicon = load_lexicon(lang)
    cased = lang in ("en", "de")
    numbers = sorted(lex.numbers, key=lambda w: (-len(w), w))
    return {
        "MON": f"(?-i:{_names(lex.months, cased=cased, dot=True)})",
        "WD": f"(?-i:{_names(lex.weekdays, cased=cased, dot=True)})",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|"
        + re.escape(lex.day_suffix or "st")
        + ")?",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d|21\d\d)",
        "CONN": "|".join(re.escape(c) + r"\s+" for c in lex.connectors) or r"(?!x)x",
        "SEASON": _names(lex.seasons, cased=False) if lex.seasons else r"(?!x)x",
        "ORD": _words(lex.ordinals),
        # "1,200 days": a number with thousands separators is one number, never its tail
        "NUM": r"(?<!\d[,.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)|"
        + (trie_regex(numbers, any_space=True) or "x^"),
        "UNIT": _words(lex.units),
        "RELDAY": _words(lex.relative_days),
        "REF": _words(lex.refs, any_space=True),
        "PART": _words(lex.parts_of_day),
        "DAYPART": _words(lex.day_parts, any_space=True),
        "DECWORD": _words(lex.decade_words),
        "CENTWORD": _words(lex.year_words),
        "TENS": _words(w for w, v in lex.numbers.items() if v and v % 10 == 0 and 20 <= v <= 90),
        "ONES": _words(
            w for w, v in lex.numbers.items() if v and 1 <= v <= 9 and w not in ("a", "an")
        ),
        "HOLIDAY": f"(?-i:{_names(lex.holidays, cased=True)})",
        "SETADV": _words(lex.sets),
    }


_FLAGS = re.IGNORECASE  # month and weekday names keep their case rule through (?-i:...)
_TOKEN_CACHE = 50_000  # words remembered with the alternatives they can begin


class Grammar:
    """The grammar of one language: its alternatives, compiled lazily and only as needed.

    ``names[i]`` is the name of alternative ``i`` (its handler's key) and
    ``pieces[i]`` its regular expression, a named group. :meth:`match` tries
    at a word only the alternatives that can begin with it (:mod:`.starts`),
    one by one in grammar order; :meth:`alternative` is one alternative on its
    own, also used for the finder's fallback when a handler rejects a match.
    Each alternative is compiled on its own the first time it is tried: one
    expression of several alternatives would give the same match (the first
    alternative that matches) no faster, since the engine tries its branches
    in turn too, and compiling one costs as much as thousands of tries.
    """

    def __init__(self, lang: str) -> None:
        parts = _parts(lang)
        self.lang = lang
        self.names: tuple[str, ...] = tuple(name for name, _ in ALTERNATIVES)
        self.pieces: tuple[str, ...] = tuple(
            f"(?P<{name}>{template.format(p=name + '_', **parts)})"
            for name, template in ALTERNATIVES
        )
        self.order = {name: i for i, name in enumerate(self.names)}
        self._starts: StartTable | None = None
        self._single: list[re.Pattern[str] | None] = [None] * len(self.pieces)
        self._follows: list[Follows | None] = [None] * len(self.pieces)
        self._parsed: list[object | None] = [None] * len(self.pieces)  # kept for ``follows``
        self._by_token: dict[str, tuple[int, ...]] = {}
        self._by_pair: dict[tuple[str, str], tuple[int, ...]] = {}

    @property
    def starts(self) -> StartTable:
        """The first words of every alternative (computed on first use)."""
        if self._starts is None:
            self._parsed = [parse_or_none(piece, _FLAGS) for piece in self.pieces]
            self._starts = StartTable.build(
                [
                    first_words(piece, _FLAGS, parsed=tree)
                    for piece, tree in zip(self.pieces, self._parsed, strict=True)
                ]
            )
        return self._starts

    @property
    def pattern(self) -> re.Pattern[str]:
        """Every alternative in one expression (what :meth:`match` narrows)."""
        return self.union(frozenset(range(len(self.pieces))))

    def union(self, indices: frozenset[int]) -> re.Pattern[str]:
        """The alternatives ``indices``, in grammar order, as one compiled expression."""
        chosen = "|".join(self.pieces[i] for i in sorted(indices)) or r"(?!x)x"
        return re.compile(r"\b(?:" + chosen + ")", _FLAGS)

    def match(self, text: str, start: int, token: str) -> re.Match[str] | None:
        """The grammar's match at ``start``, where a word begins with ``token``.

        ``token`` is the run of letters or digits there, or "_" (see
        :meth:`.StartTable.for_token`). Only the alternatives that can begin
        with it and go on with the word after it are tried (:meth:`begins_at`), in
        grammar order: the same match as the whole grammar's.
        """
        return self.match_any(text, start, self.begins_at(text, start, token))

    def begins(self, token: str) -> tuple[int, ...]:
        """The alternatives that can begin with ``token``, in grammar order (remembered for
        the next time)."""
        key = self._by_token.get(token)
        if key is None:
            if len(self._by_token) >= _TOKEN_CACHE:
                self._by_token.clear()  # bounded: a long run of new words cannot grow it
            key = self._by_token[token] = tuple(sorted(self.starts.for_token(token)))
        return key

    def begins_at(self, text: str, start: int, token: str) -> tuple[int, ...]:
        """The alternatives that can begin at ``start``, where a word begins with ``token``:
        those that can begin with ``token`` (:meth:`begins`) and go on with the word
        after it (:mod:`.follows`), in grammar order (remembered for the next time)."""
        key = self.begins(token)
        if not key or not token.isascii() or token == "_":
            return key
        word = next_word(text, start + len(token))
        if word is None:
            return key
        narrowed = self._by_pair.get((token, word))
        if narrowed is None:
            if len(self._by_pair) >= _TOKEN_CACHE:
                self._by_pair.clear()  # bounded, as the words are
            first = "#" * len(token) if token[0].isdigit() else token.lower()
            narrowed = tuple(i for i in key if self.follows(i).allows(first, word))
            self._by_pair[token, word] = narrowed
        return narrowed

    def follows(self, index: int) -> Follows:
        """What can follow the first words of alternative ``index`` (computed on first use)."""
        found = self._follows[index]
        if found is None:
            tree, self._parsed[index] = self._parsed[index], None  # parsed for ``starts``
            found = self._follows[index] = follows(self.pieces[index], _FLAGS, parsed=tree)
        return found

    def match_any(self, text: str, start: int, indices: tuple[int, ...]) -> re.Match[str] | None:
        """The match at ``start`` of the first of the alternatives ``indices`` (in grammar
        order) that matches there."""
        single = self._single
        for index in indices:
            pattern = single[index] or self.alternative(index)
            found = pattern.match(text, start)
            if found is not None:
                return found
        return None

    def can_begin(self, token: str) -> frozenset[int]:
        """The indices of the alternatives that can begin with ``token``."""
        return self.starts.for_token(token)

    def alternative(self, index: int) -> re.Pattern[str]:
        """Alternative ``index`` compiled on its own."""
        pattern = self._single[index]
        if pattern is None:
            pattern = self._single[index] = re.compile(r"\b" + self.pieces[index], _FLAGS)
        return pattern


@cache
def compiled(lang: str = "en") -> Grammar:
    """The :class:`Grammar` of ``lang`` (one per process; its parts compile on first use)."""
    return Grammar(lang)


def grammar(lang: str = "en") -> re.Pattern[str]:
    """The whole grammar of ``lang`` as one compiled expression."""
    return compiled(lang).pattern


def alternatives(lang: str = "en") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each alternative of :func:`grammar` compiled on its own, in order.

    When a handler rejects a match, the finder tries the later alternatives at
    the same position ("40 years of" is not event-relative, but it is a duration).
    """
    g = compiled(lang)
    return tuple((name, g.alternative(i)) for i, name in enumerate(g.names))
