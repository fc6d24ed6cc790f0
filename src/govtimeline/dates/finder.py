"""``find_dates``: every date expression in a text, normalised.

One pass of the language's grammar (:mod:`.grammar`) finds candidates; each
is handed to its handler (:mod:`.handlers`), which rejects false friends and
computes the value. Phrases inside quotation marks are flagged, and today /
weekday words inside a quotation are marked as relative to the speech.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

import attrs

from govtimeline.dates.anchors import resolve_in_window
from govtimeline.dates.discourse import resolve_discourse
from govtimeline.dates.grammar import Grammar, compiled
from govtimeline.dates.handlers import HANDLERS, Context, Found
from govtimeline.dates.lexicon import load_lexicon
from govtimeline.dates.trigger_scan import triggers
from govtimeline.errors import DateParseError
from govtimeline.model import AnchorKind, TimeExpression, TimexType
from govtimeline.model.when import When

__all__ = ["find_dates", "quote_spans"]

_DAY_FIRST = {"en": False, "fr": True, "de": True, "es": True}
_QUOTE_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
_QUOTE_CHAR = re.compile(r"[“”«»„\"]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (typographic or straight double quotes), in order.

    An unclosed quotation runs to the end of its paragraph.
    """
    spans: list[tuple[int, int]] = []
    opener: tuple[int, str] | None = None
    for m in _QUOTE_CHAR.finditer(text):
        char = m.group()
        if opener is None:
            if char in _QUOTE_OPEN:
                opener = (m.start(), _QUOTE_OPEN[char])
            continue
        start, closing = opener
        if char == closing or (closing == '"' and char == "”"):
            spans.append((start, m.end()))
            opener = None
        elif "\n\n" in text[start : m.start()]:
            end = text.index("\n\n", start)
            spans.append((start, end))
            opener = (m.start(), _QUOTE_OPEN.get(char, char)) if char in _QUOTE_OPEN else None
    if opener is not None:
        end = text.find("\n\n", opener[0])
        spans.append((opener[0], len(text) if end < 0 else end))
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


_WORD_START = re.compile(r"\b(?:\d+|[^\W\d_]+|_)")  # a word's start and its first run
_LOOKBACK_WORDS = 4
_LOOKBACK_CHARS = 48


class _Start:
    """What the grammar read at one start: its match, and once a trigger needed it, the
    expression its handler accepted (``read``)."""

    __slots__ = ("accepted", "match", "read", "token")

    def __init__(self, match: re.Match[str], token: str) -> None:
        self.match = match
        self.token = token
        self.read = False
        self.accepted: tuple[str, Found] | None = None


_Tried = dict[int, _Start | None]
_UNSEEN = _Start.__new__(_Start)  # a start not tried yet


def _match_around(
    text: str,
    at: int,
    word: str,
    floor: int,
    rules: Grammar,
    ctx: Context,
    tried: _Tried,
) -> tuple[str, Found] | None:
    """The earliest accepted expression that starts a few words before ``at`` and covers it.

    ``word`` is the trigger at ``at``. At each start only the alternatives
    that can begin with its first word are tried (:meth:`Grammar.begins`);
    a word that begins none is passed over. What a start gives does not
    depend on the trigger, so ``tried`` keeps it for the next triggers.
    """
    low = max(floor, at - _LOOKBACK_CHARS)
    cut = max(text.rfind(". ", low, at), text.rfind("\n", low, at))
    if cut >= 0:
        low = cut + 1
    before = list(_WORD_START.finditer(text, low, at))[-_LOOKBACK_WORDS:]
    for w in (*before, None):  # the words before the trigger, then the trigger itself
        start = at if w is None else w.start()
        known = tried.get(start, _UNSEEN)
        if known is _UNSEEN:
            token = word if w is None else w.group()
            key = rules.begins(token)  # most words begin nothing: no match is tried
            m = rules.match_any(text, start, key) if key else None
            known = tried[start] = None if m is None else _Start(m, token)
        if known is None or known.match.end() <= at:
            continue
        if not known.read:  # read by its handler once, when a trigger first needs it
            known.accepted = _accepted(text, start, known.token, known.match, rules, ctx)
            known.read = True
        if known.accepted is not None and known.accepted[1].end > at:
            return known.accepted
    return None


def _accepted(
    text: str, start: int, token: str, m: re.Match[str], rules: Grammar, ctx: Context
) -> tuple[str, Found] | None:
    """The expression the match at ``start`` gives: its handler's, or a later alternative's
    when the handler rejects it; None when none accepts."""
    name = m.lastgroup or ""
    result = HANDLERS[name](m, name, ctx)
    if result is None:
        fallback = _fallback(text, start, token, rules.order[name], rules, ctx)
        if fallback is None:
            return None
        result, m = fallback
        name = m.lastgroup or ""
    return name, _with_weekday(result, m, name, ctx)


def _with_weekday(result: Found, m: re.Match[str], name: str, ctx: Context) -> Found:
    """The weekday the match names ("Friday, 17 May"), kept beside the value."""
    key = f"{name}_wd"
    word = m.group(key) if key in m.re.groupindex else None
    if not word or result.timex_type is TimexType.SET:
        return result
    return attrs.evolve(result, weekday=ctx.lex.weekdays[word.lower().rstrip(".")])


def _fallback(
    text: str,
    start: int,
    token: str,
    rejected: int,
    rules: Grammar,
    ctx: Context,
) -> tuple[Found, re.Match[str]] | None:
    """Try the alternatives after a rejected one at the same position."""
    for index in rules.begins(token):
        if index <= rejected:
            continue
        m = rules.alternative(index).match(text, start)
        if m is None:
            continue
        name = rules.names[index]
        result = HANDLERS[name](m, name, ctx)
        if result is not None:
            return result, m
    return None


def _anchor_date(anchor: object) -> date | None:
    if anchor is None:
        return None
    if isinstance(anchor, When):
        return anchor.earliest if anchor.days == 1 else None  # else a window: see find_dates
    if isinstance(anchor, date):
        return date(anchor.year, anchor.month, anchor.day)
    hint = (
        f"; parse it first, e.g. anchor=gt.When.parse({anchor!r})"
        if isinstance(anchor, str)
        else ""
    )
    raise DateParseError(
        f"find_dates: anchor must be a date, a When or None, got {type(anchor).__name__} "
        f"{anchor!r}{hint}"
    )


def find_dates(
    text: str,
    anchor: date | When | None = None,
    *,
    lang: str = "en",
    day_first: bool | None = None,
    infer_anchor: bool = False,
) -> list[TimeExpression]:
    """Find and normalise every date, time, duration and set expression in ``text``.

    ``anchor`` is the date relative expressions ("yesterday", "on Wednesday",
    "1 November", "last year") are resolved against, usually the publication
    date. An anchor known only to a coarser precision ("2025-07") or to lie
    in an interval resolves an expression only where every day of it gives
    the same date ("last year" in July 2025 is 2024; "on Monday" stays
    unresolved). With ``infer_anchor`` and no anchor, the text's own dates
    give one: it was written on or after the latest date it states as past,
    within a year (:mod:`.anchors`). Without an anchor, expressions are
    returned with ``when=None`` and anchor kind ``unresolved``, never guessed.
    ``day_first`` decides "03/04/2025" (default: False for English, True for
    French, German and Spanish).
    """
    if not isinstance(text, str):
        raise DateParseError(f"find_dates expects text, got {type(text).__name__}")
    day = _anchor_date(anchor)
    if day is None and (isinstance(anchor, When) or infer_anchor):
        load_lexicon(lang)  # an unknown language is an error before any work

        def read(at: date | None) -> list[TimeExpression]:
            return _find(text, at, lang, day_first)

        window = anchor if isinstance(anchor, When) else None
        return resolve_in_window(read, window, text, load_lexicon(lang))
    return _find(text, day, lang, day_first)


def _find(
    text: str, anchor: date | None, lang: str, day_first: bool | None
) -> list[TimeExpression]:
    """:func:`find_dates` against one day (or none)."""
    lex = load_lexicon(lang)
    ctx = Context(
        text=text,
        anchor=anchor,
        lex=lex,
        day_first=_DAY_FIRST.get(lang, False) if day_first is None else day_first,
    )
    quotes = quote_spans(text) if _QUOTE_CHAR.search(text) else []
    starts = [s for s, _ in quotes]
    found: list[TimeExpression] = []
    names: list[str] = []
    rules = compiled(lang)
    position = 0
    tried: _Tried = {}
    for at, trigger_end, word in triggers(text, lang):
        if at < position:
            continue
        hit = _match_around(text, at, word, position, rules, ctx, tried)
        if hit is None:
            continue
        name, result = hit
        position = max(result.end, trigger_end)
        quoted = bool(quotes) and _inside(quotes, starts, result.start, result.end)
        kind = result.anchor_kind
        if quoted and kind is AnchorKind.DOCUMENT and name in ("relday", "weekday"):
            kind = AnchorKind.SPEECH
        names.append(name)
        found.append(
            TimeExpression(
                start=result.start,
                end=result.end,
                text=text[result.start : result.end],
                timex_type=result.timex_type,
                timex_value=result.value,
                when=result.when,
                until=result.until,
                anchor_kind=kind,
                offset=result.offset,
                reference=result.reference,
                quoted=quoted,
                weekday=result.weekday,
            )
        )
    found = _speech_days(found, names, quotes, text, lang)
    return resolve_discourse(found, names, text, lex)


_SPEECH_REACH = 400  # how far around a quotation its sentence is looked for
# a full stop after a one-letter capital ("U.S.", "J. Smith") ends no sentence
_SENTENCE_END = re.compile(r"(?:(?<!\b[A-Z])\.|[!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")


def _speech_days(
    found: list[TimeExpression],
    names: list[str],
    quotes: list[tuple[int, int]],
    text: str,
    lang: str,
) -> list[TimeExpression]:
    """Resolve "today", "yesterday"… inside a quotation against the day of the speech.

    The speech's day is a day-precise date written outside the quotation in
    the same sentence ("In a speech on 3 May 2031, the minister said: 'Today
    …'"). When the sentence gives none, the document's date stands (a quote
    reported the day it was spoken), and the expression keeps its ``speech``
    anchor kind so that reconstruction can tell.
    """
    if not any(t.anchor_kind is AnchorKind.SPEECH for t in found):
        return found
    out = list(found)
    quote_starts = [q[0] for q in quotes]
    found_starts = [t.start for t in found]
    for i, (t, name) in enumerate(zip(found, names, strict=True)):
        if t.anchor_kind is not AnchorKind.SPEECH or name != "relday":
            continue
        at = bisect.bisect_right(quote_starts, t.start) - 1
        if at < 0 or not (quotes[at][0] <= t.start and t.end <= quotes[at][1]):
            continue
        quote = quotes[at]
        window = max(0, quote[0] - _SPEECH_REACH)  # the sentence around the quotation, bounded
        begin = max(
            (m.end() for m in _SENTENCE_END.finditer(text, window, quote[0])), default=window
        )
        if text[max(0, quote[1] - 3) : quote[1]].rstrip("\"'”’").endswith((".", "!", "?")):
            end = quote[1]  # the sentence ends with the quotation
        else:
            after = _SENTENCE_END.search(text, quote[1], quote[1] + _SPEECH_REACH)
            end = after.start() + 1 if after else min(len(text), quote[1] + _SPEECH_REACH)
        lo, hi = bisect.bisect_left(found_starts, begin), bisect.bisect_left(found_starts, end)
        days = [
            d.when
            for d in found[lo:hi]
            if not d.quoted
            and d.when is not None
            and d.when.days == 1
            and d.timex_type is TimexType.DATE
            and d.end <= end
        ]
        if len(set(days)) != 1:
            continue  # no day of speech stated, or several: the document's date stands
        again = [
            r
            for r in find_dates(t.text, anchor=days[0].earliest, lang=lang)
            if r.when is not None and r.timex_type is TimexType.DATE
        ]
        if len(again) == 1:
            out[i] = attrs.evolve(t, when=again[0].when, timex_value=again[0].timex_value)
    return out
