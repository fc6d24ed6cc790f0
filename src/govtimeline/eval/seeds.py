"""The seeds scorecard: extraction and reconstruction against ``expected.json``.

Matching rules (also in ``docs/evaluation.md``):

* **Event** — a predicted event matches an expected one when their kinds are
  compatible (equal, a pair listed in ``data/coreference.json``, or one is
  ``other``), their names (with aliases) share a distinctive word, and the
  predicted date lies inside the expected date at its precision (an expected
  "2019" accepts 22 May 2019; an expected day needs that day). An expected
  undated event accepts any date. A phrasing equal to an expected alias (up
  to case and a leading article) counts as a shared name. An event whose names carry no distinctive
  word at all ("the executive order") matches on kind and date alone, when
  the expected date is month-precise or finer. Matching is one-to-one, as a
  maximum matching (the count does not depend on list order).
* **Mention** (per document) — as an event, for the expected events that
  list the document in ``mentioned_in``, without the date condition.
* **Position** — same actor and stance, topics sharing a distinctive word
  (or equal), and dates within 7 days or one containing the other; the
  expected position's file must be among the predicted one's evidence. A
  position merged from several sources stands for each source's claim (it
  may match one expected position per source), and counts once in precision.

Precision counts every predicted event or position, generic ones included.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import attrs

from govtimeline.errors import InputError
from govtimeline.extract import extract
from govtimeline.io import parse_date_string
from govtimeline.model import Document, Event, EventKind, Extraction, Mention, Position, Timeline
from govtimeline.model.when import Precision, When
from govtimeline.reconstruct import reconstruct
from govtimeline.reconstruct.coref import default_rules, name_tokens, phrase_key

__all__ = ["SeedScore", "default_seeds_path", "load_seeds", "score_seeds"]


def default_seeds_path() -> Path:
    """``../shared/corpus/seeds`` beside the repository (where CI puts it)."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "seeds"


def load_seeds(path: Path) -> tuple[list[Document], dict[str, Any]]:
    """The seed documents (ids "01".."05") and the expected timeline."""
    try:
        corpus = json.loads((path / "corpus.json").read_text("utf-8"))
        expected = json.loads((path / "expected.json").read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the seeds ({exc})", source=str(path)) from None
    docs = []
    for entry in corpus:
        text = (path / entry["file"]).read_text("utf-8")
        published = parse_date_string(entry["published"]) if entry.get("published") else None
        docs.append(
            Document(
                id=entry["file"][:2],
                text=text,
                published=published,
                title=entry.get("title"),
                source=entry.get("publisher"),
                path=str(path / entry["file"]),
            )
        )
    return docs, expected


@attrs.frozen(kw_only=True)
class PRF:
    """Precision, recall and F1 from counts."""

    matched_predicted: int
    predicted: int
    matched_expected: int
    expected: int

    @property
    def precision(self) -> float:
        """Matched predictions over predictions."""
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched expectations over expectations."""
        return self.matched_expected / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str, *, recall_only: bool = False) -> str:
        """One table row."""
        if recall_only:
            return f"{label:<28} R {self.recall:.2f} ({self.matched_expected}/{self.expected})"
        return (
            f"{label:<28} P {self.precision:.2f} ({self.matched_predicted}/{self.predicted})  "
            f"R {self.recall:.2f} ({self.matched_expected}/{self.expected})  F1 {self.f1:.2f}"
        )


@attrs.frozen(kw_only=True)
class SeedScore:
    """The seeds scorecard."""

    mentions: dict[str, PRF]
    actors: dict[str, PRF]
    """Per document: the actors of its expected positions found among its extracted actors."""
    document_positions: dict[str, PRF]
    """Per document: its expected positions against the timeline's positions it backs."""
    events: PRF
    dated_events: PRF
    positions: PRF
    changes_found: tuple[int, int]
    """Expected stance changes found by ``tl.changes()``, and how many were expected."""
    conflicts_found: tuple[int, int]
    """Expected date conflicts flagged with the expected choice, and how many were expected."""
    timeline: Timeline

    def table(self) -> str:
        """The scorecard as text."""
        lines = ["Seeds: extraction (per document, event mentions)"]
        lines += [prf.line(f"  {doc}") for doc, prf in sorted(self.mentions.items())]
        lines += ["Seeds: actors (per document, recall of the actors its positions name)"]
        lines += [
            prf.line(f"  {doc}", recall_only=True) for doc, prf in sorted(self.actors.items())
        ]
        lines += ["Seeds: positions (per document, after reconstruction)"]
        lines += [prf.line(f"  {doc}") for doc, prf in sorted(self.document_positions.items())]
        lines += [
            "Seeds: timeline",
            self.events.line("  events (all predicted)"),
            self.dated_events.line("  events (dated predicted)"),
            self.positions.line("  positions"),
            "  stance changes found        {}/{}".format(*self.changes_found),
            "  date conflicts flagged      {}/{}".format(*self.conflicts_found),
        ]
        return "\n".join(lines) + "\n"


def _kinds_ok(a: EventKind, b: str) -> bool:
    return default_rules().kinds_compatible(a, EventKind(b))


def _tokens(*names: str) -> frozenset[str]:
    rules = default_rules()
    out: set[str] = set()
    for n in names:
        out |= name_tokens(n, rules)
    return frozenset(out)


def _expected_when(x: dict[str, Any]) -> When | None:
    """The expected date: ``start`` at its precision, or ``start`` to ``end`` when a range."""
    if not x.get("start"):
        return None
    start = When.parse(x["start"])
    if not x.get("end"):
        return start
    end = When.parse(x["end"])
    return When.between(start.earliest, end.latest, precision=start.precision)


def _event_matches(e: Event | Mention, x: dict[str, Any], *, dated: bool) -> bool:
    if not _kinds_ok(e.kind, x["kind"]):
        return False
    names = [e.name, *(e.aliases if isinstance(e, Event) else ())]
    predicted_tokens = _tokens(*names)
    expected = _expected_when(x)
    date_agrees = e.when is not None and expected is not None and expected.contains(e.when)
    same_phrase = {phrase_key(n) for n in names} & {
        phrase_key(n) for n in (x["name"], *x.get("aliases", []))
    }
    if not same_phrase and not predicted_tokens & _tokens(x["name"], *x.get("aliases", [])):
        # a generically named event ("the executive order") is identified by kind and date
        fine = expected is not None and expected.precision.rank <= Precision.MONTH.rank
        if predicted_tokens or not (fine and date_agrees):
            return False
    if not dated or expected is None:
        return True
    return date_agrees


def _greedy(
    predicted: Sequence[Any], expected: Sequence[dict[str, Any]], match: Any
) -> tuple[int, int]:
    """Size of a maximum one-to-one matching, counted on both sides."""
    hits = len(_matching(predicted, expected, match))
    return hits, hits


def _matching(
    predicted: Sequence[Any], expected: Sequence[dict[str, Any]], match: Any
) -> dict[int, int]:
    """A maximum one-to-one matching (augmenting paths): predicted index to expected index."""
    options = [[i for i, p in enumerate(predicted) if match(p, x)] for x in expected]
    owner: dict[int, int] = {}

    def place(j: int, seen: set[int]) -> bool:
        for i in options[j]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or place(owner[i], seen):
                owner[i] = j
                return True
        return False

    for j in range(len(expected)):
        place(j, set())
    return owner


def _same_topic(predicted: str, expected: str) -> bool:
    """Topics are the same when equal up to case or sharing a distinctive word."""
    return predicted.casefold() == expected.casefold() or bool(
        _tokens(predicted) & _tokens(expected)
    )


def _position_matches(p: Position, x: dict[str, Any]) -> bool:
    if p.actor.casefold() != x["actor"].casefold() or p.stance.value != x["stance"]:
        return False
    if x.get("file") and x["file"] not in {e.document for e in p.evidence}:
        return False
    if not _same_topic(p.topic, x["topic"]):
        return False
    if not x.get("date"):
        return True
    expected = When.parse(x["date"])
    if p.when is None:
        return False
    week = timedelta(days=7)
    return (
        expected.contains(p.when)
        or p.when.contains(expected)
        or (p.when.earliest - week <= expected.latest and expected.earliest <= p.when.latest + week)
    )


def _mention_scores(extractions: list[Extraction], expected: dict[str, Any]) -> dict[str, PRF]:
    """Per document: its event mentions against the expected events it mentions."""
    mentions: dict[str, PRF] = {}
    for x in extractions:
        wanted = [e for e in expected["events"] if x.document.id in e.get("mentioned_in", [])]
        matched_p, matched_x = _greedy(
            x.mentions, wanted, lambda m, e: _event_matches(m, e, dated=False)
        )
        mentions[x.document.id] = PRF(
            matched_predicted=matched_p,
            predicted=len(x.mentions),
            matched_expected=matched_x,
            expected=len(wanted),
        )
    return mentions


def _per_source(stated: list[Position]) -> list[tuple[int, Position]]:
    """A merged position stands for each source's claim: one row per evidence document."""
    return [
        (i, attrs.evolve(p, evidence=[e for e in p.evidence if e.document == doc]))
        for i, p in enumerate(stated)
        for doc in sorted({e.document for e in p.evidence})
    ]


def _document_scores(
    extractions: list[Extraction],
    expected: dict[str, Any],
    per_source: list[tuple[int, Position]],
) -> tuple[dict[str, PRF], dict[str, PRF]]:
    """Per document: its positions, and the actors of its expected positions it names."""
    document_positions: dict[str, PRF] = {}
    actors: dict[str, PRF] = {}
    for x in extractions:
        doc = x.document.id
        wanted = [e for e in expected["positions"] if e.get("file") == doc]
        rows = [p for _, p in per_source if p.evidence[0].document == doc]
        hits = len(_matching(rows, wanted, _position_matches))
        document_positions[doc] = PRF(
            matched_predicted=hits, predicted=len(rows), matched_expected=hits, expected=len(wanted)
        )
        named = {a.name.casefold() for a in x.actors} | {p.actor.casefold() for p in x.positions}
        needed = sorted({e["actor"] for e in wanted})
        found = sum(1 for a in needed if a.casefold() in named)
        actors[doc] = PRF(
            matched_predicted=found,
            predicted=len(named),
            matched_expected=found,
            expected=len(needed),
        )
    return document_positions, actors


def _events_prf(events: Sequence[Event], expected: dict[str, Any]) -> PRF:
    matched_p, matched_x = _greedy(
        events, expected["events"], lambda e, x: _event_matches(e, x, dated=True)
    )
    return PRF(
        matched_predicted=matched_p,
        predicted=len(events),
        matched_expected=matched_x,
        expected=len(expected["events"]),
    )


def score_seeds(path: Path | None = None) -> SeedScore:
    """Extract and reconstruct the seeds, and score them."""
    docs, expected = load_seeds(path or default_seeds_path())
    extractions: list[Extraction] = [extract(d) for d in docs]
    mentions = _mention_scores(extractions, expected)
    tl = reconstruct(extractions)
    stated = [p for p in tl.positions if not p.inferred]  # the sample lists stated positions
    per_source = _per_source(stated)
    owner = _matching([p for _, p in per_source], expected["positions"], _position_matches)
    document_positions, actors = _document_scores(extractions, expected, per_source)
    changes = expected.get("position_changes", [])
    conflicts = expected.get("conflicts", [])
    return SeedScore(
        mentions=mentions,
        actors=actors,
        document_positions=document_positions,
        events=_events_prf(tl.events, expected),
        dated_events=_events_prf([e for e in tl.events if e.when is not None], expected),
        positions=PRF(
            matched_predicted=len({per_source[i][0] for i in owner}),
            predicted=len(stated),
            matched_expected=len(owner),
            expected=len(expected["positions"]),
        ),
        changes_found=(sum(_change_found(tl, x) for x in changes), len(changes)),
        conflicts_found=(sum(_conflict_found(tl, x) for x in conflicts), len(conflicts)),
        timeline=tl,
    )


def _change_found(tl: Timeline, x: dict[str, Any]) -> bool:
    """An expected stance change: same actor, from/to stances, topics sharing a distinctive
    word (or one phrase), the change dated within the expected interval."""
    low, high = (When.parse(b) for b in x["between"])
    for c in tl.changes():
        if c.actor.casefold() != x["actor"].casefold():
            continue
        if (c.from_stance.value, c.to_stance.value) != (x["from"], x["to"]):
            continue
        if not _same_topic(c.topic, x["topic"]):
            continue
        first, then = c.before.when, c.after.when
        if first is None or then is None:
            continue
        if first.earliest <= high.latest and then.latest >= low.earliest:
            return True
    return False


def _conflict_found(tl: Timeline, x: dict[str, Any]) -> bool:
    """An expected date conflict: a Conflict with a claim on each expected date that can be
    read as a date, whose choice is the date the expected resolution starts with."""
    wanted = set()
    for claim in x["claims"]:
        try:
            wanted.add(When.parse(claim["date"]))
        except ValueError:
            continue  # "Wednesday (once anchored)": not a date the scorer can read
    chosen = x["resolution"].split(":", 1)[0].strip()
    for c in tl.conflicts:
        claimed = {cl.when for cl in c.claims if cl.when is not None}
        if wanted <= claimed and c.chosen == chosen:
            return True
    return False
