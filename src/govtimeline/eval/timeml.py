"""Read TimeML (``.tml``) files and score date finders the TempEval-3 way.

Reading: the document text is the content of the ``TEXT`` element with all
tags removed; gold ``TIMEX3`` offsets count into it. The creation-time TIMEX3
(``functionInDocument="CREATION_TIME"``) sits outside ``TEXT`` and is read as
the document's anchor, not as a mention.

Scoring (TempEval-3, task A): a predicted expression *strictly* matches a
gold one with the same offsets and *relaxed*-ly matches one it overlaps.
Precision, recall and F1 are computed for both; over the relaxed matches,
type and value accuracy; type F1 and value F1 are those accuracies times the
relaxed F1. Each gold expression is matched at most once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

import attrs

from govtimeline.dates.grammar import DASHES
from govtimeline.errors import InputError
from govtimeline.eval.errors import ErrorKind, TimexError
from govtimeline.model import AnchorKind, TimeExpression, TimexType

__all__ = [
    "Counts",
    "GoldTimex",
    "Score",
    "TimeMLDocument",
    "read_timeml",
    "read_timeml_dir",
    "score",
]

Predictor = Callable[[str, date | None], Sequence[TimeExpression]]

_TEXT = re.compile(r"<TEXT>(?P<body>.*?)</TEXT>", re.S)
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z0-9_]+)(?P<attrs>[^>]*?)/?>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<TIMEX3(?P<attrs>[^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", re.S)


@attrs.frozen(kw_only=True)
class GoldTimex:
    """One annotated expression."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@attrs.frozen(kw_only=True)
class TimeMLDocument:
    """A TimeML document: its text, creation date and gold expressions."""

    id: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read one ``.tml`` file; :class:`InputError` names the file when it is malformed."""
    file = Path(path)
    try:
        raw = file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read TimeML file ({exc})", source=str(file)) from None
    body = _TEXT.search(raw)
    if body is None:
        raise InputError("no <TEXT> element", source=str(file))
    dct: date | None = None
    dct_match = _DCT.search(raw)
    if dct_match:
        value = _attrs(dct_match["attrs"]).get("value", "")
        try:
            dct = date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    position = 0
    content = body["body"]
    for tag in _TAG.finditer(content):
        chunk = html.unescape(content[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag["name"] != "TIMEX3":
            continue
        if tag["close"]:
            if not open_timex:
                raise InputError(f"unbalanced </TIMEX3> at offset {tag.start()}", source=str(file))
            start, values = open_timex.pop()
            text = "".join(parts)[start:length]
            gold.append(
                GoldTimex(
                    start=start,
                    end=length,
                    text=text,
                    type=values.get("type", "DATE"),
                    value=values.get("value", ""),
                    mod=values.get("mod"),
                )
            )
        elif not tag.group().endswith("/>"):
            open_timex.append((length, _attrs(tag["attrs"])))
    parts.append(html.unescape(content[position:]))
    if open_timex:
        raise InputError("unclosed <TIMEX3>", source=str(file))
    return TimeMLDocument(id=file.stem, text="".join(parts), dct=dct, timexes=tuple(gold))


def read_timeml_dir(path: str | Path) -> list[TimeMLDocument]:
    """Every ``.tml`` file below ``path``, in sorted order."""
    root = Path(path)
    files = sorted(root.rglob("*.tml")) if root.is_dir() else [root]
    if not files:
        raise InputError("no .tml files found", source=str(root))
    return [read_timeml(f) for f in files]


@attrs.frozen(kw_only=True)
class Counts:
    """Raw counts behind a score."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in attrs.fields(Counts)}
        )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen(kw_only=True)
class Score:
    """TempEval-3 figures for a corpus, and the errors behind them."""

    counts: Counts
    errors: tuple[TimexError, ...] = ()

    @property
    def strict_precision(self) -> float:
        """Exact-span matches over predictions."""
        return self.counts.strict / self.counts.predicted if self.counts.predicted else 0.0

    @property
    def strict_recall(self) -> float:
        """Exact-span matches over gold."""
        return self.counts.strict / self.counts.gold if self.counts.gold else 0.0

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        """Predictions overlapping a gold expression, over predictions."""
        c = self.counts
        return c.relaxed_predicted / c.predicted if c.predicted else 0.0

    @property
    def relaxed_recall(self) -> float:
        """Gold expressions overlapped by a prediction, over gold."""
        c = self.counts
        return c.relaxed_gold / c.gold if c.gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        """Harmonic mean of relaxed precision and recall."""
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        """Correct values over relaxed matches."""
        c = self.counts
        return c.value_correct / c.relaxed_gold if c.relaxed_gold else 0.0

    @property
    def type_accuracy(self) -> float:
        """Correct types over relaxed matches."""
        c = self.counts
        return c.type_correct / c.relaxed_gold if c.relaxed_gold else 0.0

    @property
    def value_f1(self) -> float:
        """Value accuracy times relaxed F1 (the TempEval-3 'value' figure)."""
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        """Type accuracy times relaxed F1."""
        return self.type_accuracy * self.relaxed_f1

    def table(self) -> str:
        """A small text table of the figures."""
        c = self.counts
        return (
            f"gold {c.gold}, predicted {c.predicted}\n"
            f"strict  P {self.strict_precision:.3f}  R {self.strict_recall:.3f}  F1 {self.strict_f1:.3f}\n"
            f"relaxed P {self.relaxed_precision:.3f}  R {self.relaxed_recall:.3f}  F1 {self.relaxed_f1:.3f}\n"
            f"type  accuracy {self.type_accuracy:.3f}  F1 {self.type_f1:.3f}\n"
            f"value accuracy {self.value_accuracy:.3f}  F1 {self.value_f1:.3f}\n"
        )


_WEEK = re.compile(r"-W(\d)(?!\d)")
_DECADE_X = re.compile(r"^(\d{3})X$")
_CENTURY_X = re.compile(r"^(\d{2})XX$")
_HOUR_ONLY = re.compile(r"(T\d\d)$")
_UNIT_YEARS = {"DE": 10, "CE": 100, "L": 1000}
_DURATION_UNIT = re.compile(r"^P(\d+)(DE|CE|L|Q)$")


def _normal(value: str) -> str:
    """One spelling for values TimeML writes several ways.

    Week 7 is ``W7`` or ``W07``; a decade ``196`` or ``196X``, a century ``19`` or ``19XX``;
    "two decades"
    ``P2DE`` or ``P20Y``, "three quarters" ``P3Q`` or ``P9M``; 5 p.m. ``T17`` or
    ``T17:00``. Only spellings
    of the same value are merged; different granularities stay different.
    """
    value = _WEEK.sub(r"-W0\1", value)
    value = _DECADE_X.sub(r"\1", value)
    value = _CENTURY_X.sub(r"\1", value)
    value = _HOUR_ONLY.sub(r"\1:00", value)
    unit = _DURATION_UNIT.match(value)
    if unit:
        amount, code = int(unit[1]), unit[2]
        return f"P{3 * amount}M" if code == "Q" else f"P{_UNIT_YEARS[code] * amount}Y"
    return value


def _same_value(gold: GoldTimex, predicted: TimeExpression) -> bool:
    return _normal(predicted.timex_value or "") == _normal(gold.value)


_RANGE = re.compile(
    r"^(?:(?:between|from)\s+)?(?P<a>.+?)\s*(?:["
    + re.escape(DASHES)
    + r"]|\b(?:to|and|until|through|till)\b)\s*(?P<b>.+)$",
    re.I | re.S,
)


_IN = re.compile(r"in\s+", re.I)
_EVENT_SIGNAL = re.compile(r"^(?P<head>.+?)\s+(?:before|after|following|prior\s+to)\b", re.I)


def _event_relative_view(e: TimeExpression) -> TimeExpression:
    """ "two weeks before the vote" as TimeML marks it: the DURATION "two weeks" (P2W).

    TimeML annotates the measure and leaves the signal and the event out;
    "the day before the launch" keeps "the day", a DATE it cannot value.
    """
    head = _EVENT_SIGNAL.match(e.text)
    if head is None:
        return e
    text = head["head"]
    if text.lower().startswith(("the ", "on ")) or e.offset is None:
        return attrs.evolve(e, end=e.start + len(text), text=text)
    return attrs.evolve(
        e,
        end=e.start + len(text),
        text=text,
        timex_type=TimexType.DURATION,
        timex_value=e.offset.lstrip("-"),
        anchor_kind=AnchorKind.ABSOLUTE,
        reference=None,
        offset=None,
    )


def timeml_view(expressions: Sequence[TimeExpression]) -> list[TimeExpression]:
    """Expressions as TimeML annotates them: "from 1991 to 1997" is two TIMEX3s.

    govtimeline returns a range as one expression with a start and an end;
    TimeML marks the two ends separately ("April 24 and 25" is ``April 24``
    and ``25``), so for scoring every range is split at its connector: the
    words before it are the start, those after it the end ("10–11 February
    2025" is ``10`` and ``11 February 2025``; "between March and May" is
    ``March`` and ``May``). An event-relative phrase ("two weeks before the
    vote") is seen as its measure, a DURATION, and so is "in three weeks".
    """
    out: list[TimeExpression] = []
    for e in expressions:
        if e.anchor_kind is AnchorKind.EVENT and e.reference is not None:
            out.append(_event_relative_view(e))
            continue
        if e.offset and _IN.match(e.text) and not e.offset.startswith("-"):
            # "in three weeks": TimeML marks the measure "three weeks", a DURATION
            skip = _IN.match(e.text).end()  # type: ignore[union-attr]
            out.append(
                attrs.evolve(
                    e,
                    start=e.start + skip,
                    text=e.text[skip:],
                    timex_type=TimexType.DURATION,
                    timex_value=e.offset,
                    when=None,
                )
            )
            continue
        parts = _RANGE.match(e.text) if e.until is not None and e.when is not None else None
        if parts is None or e.until is None:
            out.append(e)
            continue
        out.append(
            attrs.evolve(
                e,
                start=e.start + parts.start("a"),
                end=e.start + parts.end("a"),
                text=parts["a"],
                until=None,
            )
        )
        out.append(
            attrs.evolve(
                e,
                start=e.start + parts.start("b"),
                end=e.start + parts.end("b"),
                text=parts["b"],
                when=e.until,
                until=None,
                timex_value=e.until.timex,
            )
        )
    return out


def _error(
    doc: str, kind: ErrorKind, gold: GoldTimex | None, predicted: TimeExpression | None
) -> TimexError:
    """A miss (no prediction), a spurious prediction (no gold) or a wrong value (both)."""
    shown = gold or predicted
    assert shown is not None
    return TimexError(
        doc=doc,
        kind=kind,
        text=shown.text,
        start=shown.start,
        gold_type=gold.type if gold else None,
        gold_value=gold.value if gold else None,
        predicted_text=predicted.text if predicted else None,
        predicted_type=predicted.timex_type.value if predicted else None,
        predicted_value=predicted.timex_value if predicted else None,
    )


def _first_overlap(gold: Sequence[GoldTimex], p: TimeExpression, used: set[int]) -> int | None:
    """The first gold expression not yet matched that overlaps ``p``."""
    for i, g in enumerate(gold):
        if i not in used and g.start < p.end and p.start < g.end:
            return i
    return None


def score_document(doc: TimeMLDocument, predicted: Sequence[TimeExpression]) -> Score:
    """Score predictions for one document."""
    gold = sorted(doc.timexes, key=lambda g: (g.start, g.end))
    preds = sorted(predicted, key=lambda p: (p.start, p.end))
    used: set[int] = set()
    strict = relaxed_pred = type_ok = value_ok = 0
    errors: list[TimexError] = []
    for p in preds:
        match = _first_overlap(gold, p, used)
        if match is None:
            errors.append(_error(doc.id, ErrorKind.SPURIOUS, None, p))
            continue
        used.add(match)
        g = gold[match]
        relaxed_pred += 1
        strict += g.start == p.start and g.end == p.end
        type_ok += g.type == p.timex_type.value
        if _same_value(g, p):
            value_ok += 1
        else:
            errors.append(_error(doc.id, ErrorKind.VALUE, g, p))
    errors += [
        _error(doc.id, ErrorKind.MISSED, g, None) for i, g in enumerate(gold) if i not in used
    ]
    counts = Counts(
        gold=len(gold),
        predicted=len(preds),
        strict=strict,
        relaxed_gold=len(used),
        relaxed_predicted=relaxed_pred,
        type_correct=type_ok,
        value_correct=value_ok,
    )
    return Score(counts=counts, errors=tuple(errors))


def score(documents: Iterable[TimeMLDocument], predictor: Predictor) -> Score:
    """Score ``predictor(text, dct)`` over documents."""
    total = Counts()
    errors: list[TimexError] = []
    for doc in documents:
        result = score_document(doc, predictor(doc.text, doc.dct))
        total = total + result.counts
        errors.extend(result.errors)
    return Score(counts=total, errors=tuple(errors))
