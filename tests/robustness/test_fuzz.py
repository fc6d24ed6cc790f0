"""The fuzz suite (issue 14): mutated and recombined texts through the whole library.

Texts are the project's own (the bundled examples, ``tests/data/``) and, when
``../shared`` is there, the sentences of the TimeML corpus (``../shared/data/timeml/tbaq``),
read at test time and never copied into the repository. Each case swaps weekdays and
numbers, inserts "will", "would" and "said", quotes, unicode dashes, no-break spaces and
right-to-left marks, cuts and splices sentences, and (in its own test) dates documents at
sentinel anchors (1-01-01, 9999-12-31). Every case goes through ``read`` (as .txt, .md,
.html and .jsonl files), ``find_dates``, ``extract``, ``reconstruct`` and the exports.

What it asserts is only this: nothing but a :class:`~govtimeline.GovTimelineError`
escapes, and no document is lost (each is on the timeline or named by an error). The seed
is fixed and the number of cases bounded, so a run is the same run on every machine; a
failure prints the seed and the case to reproduce it. Run with ``make test-slow``.
"""

from __future__ import annotations

import json
import random
import re
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.render.spreadsheet import to_csv
from govtimeline.testing import SENTINEL_DATES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
OWN = [ROOT / "src" / "govtimeline" / "data" / "examples", ROOT / "tests" / "data"]
TBAQ = ROOT.parent / "shared" / "data" / "timeml" / "tbaq"

SEED = 20_140_014
CASES = 1200  # documents per source; a batch of BATCH documents is one reconstruction
BATCH = 8

SENTINELS = list(SENTINEL_DATES)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = [
    "0",
    "1",
    "7",
    "12",
    "31",
    "99",
    "1066",
    "1600",
    "2199",
    "9999",
    "10000",
    "1,000",
    "2,000,000",
    "3.5",
    "165–7",
    "99999999999",
]
WORDS = ["will", "would", "said", "will not", "had said", "would have"]
QUOTES = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("“", "")]
DASHES = ["–", "—", "‑", "−", "‐"]
SPACES = ["\u00a0", "\u202f", "\u2009", "\u3000"]
MARKS = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\ufeff"]
WIDE = ["🙂", "𝟚𝟘𝟚𝟝", "🇺🇳", "𓀀"]  # outside the BMP: two surrogates in a JSON escape
SENTINEL_TEXTS = ["9999-12-31", "0001-01-01", "31 December 9999", "1 January 1", "year 9999"]

_HALF = re.compile(r"(\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_NUMBER = re.compile(r"\d[\d,.]*")
_SPACE = re.compile(r" ")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


# ---------------------------------------------------------------- texts


def own_texts() -> list[str]:
    """The bundled example articles and the test texts (front matter left on)."""
    texts = []
    for folder in OWN:
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".txt", ".md", ".html"} and path.is_file():
                texts.append(path.read_text("utf-8"))
            elif path.suffix == ".tml":
                texts.extend(_timeml_texts(path))
    return texts


def _timeml_texts(path: Path) -> list[str]:
    from govtimeline.eval.timeml import read_timeml

    return [read_timeml(path).text]


def timeml_sentences() -> list[str]:
    """The sentences of every TimeML document of ``../shared`` (read here, never stored)."""
    from govtimeline.eval.timeml import read_timeml_dir

    return [
        sentence.strip()
        for doc in read_timeml_dir(TBAQ)
        for sentence in _SENTENCE.split(doc.text)
        if sentence.strip()
    ]


# ---------------------------------------------------------------- mutations


def _at_random(pattern: re.Pattern[str], text: str, rnd: random.Random, new: str) -> str:
    found = list(pattern.finditer(text))
    if not found:
        return text
    m = rnd.choice(found)
    return text[: m.start()] + new + text[m.end() :]


def _insert(text: str, rnd: random.Random, piece: str) -> str:
    spaces = [m.start() for m in _SPACE.finditer(text)] or [len(text)]
    at = rnd.choice(spaces)
    return text[:at] + " " + piece + text[at:]


def _quote(text: str, rnd: random.Random) -> str:
    if len(text) < 2:
        return text
    start = rnd.randrange(len(text))
    end = min(len(text), start + rnd.randrange(1, 200))
    left, right = rnd.choice(QUOTES)
    return text[:start] + left + text[start:end] + right + text[end:]


def _replace_some(text: str, rnd: random.Random, old: str, choices: Sequence[str]) -> str:
    return "".join(rnd.choice(choices) if c == old and rnd.random() < 0.3 else c for c in text)


MUTATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "weekday": lambda t, r: _at_random(_WEEKDAY, t, r, r.choice(WEEKDAYS)),
    "number": lambda t, r: _at_random(_NUMBER, t, r, r.choice(NUMBERS)),
    "tense": lambda t, r: _insert(t, r, r.choice(WORDS)),
    "quote": _quote,
    "dash": lambda t, r: _replace_some(t, r, "-", DASHES),
    "space": lambda t, r: _replace_some(t, r, " ", SPACES),
    "mark": lambda t, r: _insert(t, r, r.choice(MARKS)),
    "wide": lambda t, r: _insert(t, r, r.choice(WIDE)),
    "sentinel": lambda t, r: _insert(t, r, r.choice(SENTINEL_TEXTS)),
    "weekday-word": lambda t, r: _insert(t, r, "on " + r.choice(WEEKDAYS)),
    "cut": lambda t, r: t[: r.randrange(len(t) + 1)],
    "case": lambda t, r: t.upper() if r.random() < 0.5 else t.lower(),
    "repeat": lambda t, r: t + " " + t[: r.randrange(len(t) + 1)],
}


def mutate(
    texts: Sequence[str], rnd: random.Random, *, sentinels: bool = True
) -> tuple[str, list[str]]:
    """A text spliced from one to three texts' sentences, then mutated; and what was done.

    ``sentinels=False`` leaves out the dates written at the calendar's ends.
    """
    pieces = []
    for _ in range(rnd.choice((1, 1, 2, 3))):
        sentences = _SENTENCE.split(rnd.choice(texts))
        start = rnd.randrange(len(sentences))
        pieces.extend(sentences[start : start + rnd.randrange(1, 12)])
    text = " ".join(pieces)
    done = []
    names = sorted(n for n in MUTATIONS if sentinels or n != "sentinel")
    for _ in range(rnd.randrange(1, 6)):
        name = rnd.choice(names)
        text = MUTATIONS[name](text, rnd)
        done.append(name)
    return text, done


def _published(rnd: random.Random, sentinels: bool) -> gt.When | None:
    roll = rnd.random()
    if roll < 0.25:
        return None
    if sentinels and roll < 0.55:
        return gt.When.day(rnd.choice(SENTINELS))
    if sentinels and roll < 0.65:
        return gt.When.year(rnd.choice((1, 9999)))
    return gt.When.day(rnd.randrange(1990, 2040), rnd.randrange(1, 13), rnd.randrange(1, 29))


def _anchor(rnd: random.Random, sentinels: bool) -> date | None:
    if rnd.random() < 0.5:
        return None
    if sentinels:
        return rnd.choice(SENTINELS)
    return date(rnd.randrange(1990, 2040), rnd.randrange(1, 13), rnd.randrange(1, 29))


# ---------------------------------------------------------------- the run


_UNEXPECTED = re.compile(r"[A-Z]\w*(?:Error|Exception): ")
"""How an ExtractionError wrapping a bug (not one of our errors) begins its message."""


class EscapedError(AssertionError):
    """Something other than a GovTimelineError came out, or a document went missing."""


def _where(exc: BaseException) -> str:
    """The exception's type and the innermost line of govtimeline that raised it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/govtimeline/" in f.filename]
    last = frames[-1] if frames else None
    at = f"{last.filename.split('/govtimeline/')[-1]}:{last.lineno}" if last else "?"
    return f"{type(exc).__name__} at {at}"


def _guard(step: str, case: str, failures: list[str], work: Callable[[], object]) -> object:
    try:
        return work()
    except gt.GovTimelineError:
        return None
    except Exception as exc:
        failures.append(f"{step}: {_where(exc)} on {case}:\n{traceback.format_exc(limit=-4)}")
        return None


def _files(tmp: Path, docs: Sequence[gt.Document]) -> None:
    """Each document written as one of the file types read() knows."""
    lines = []
    for i, doc in enumerate(docs):
        kind = i % 4
        if kind == 0:
            (tmp / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        elif kind == 1:
            (tmp / f"{doc.id}.md").write_text(
                f"---\nid: {doc.id}\n---\n{doc.text}", encoding="utf-8"
            )
        elif kind == 2:
            page = f"<html><head><title>{doc.id}</title><body><p>{doc.text}</p>"  # no </head>
            (tmp / f"{doc.id}.html").write_text(page, encoding="utf-8")
        else:  # half of the first wide character's escape cut off: a lone surrogate
            line = json.dumps({"id": doc.id, "text": doc.text})
            lines.append(_HALF.sub(r"\1", line, count=1) if i % 8 == 3 else line)
    (tmp / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _found(read: Sequence[gt.Document]) -> set[str]:
    """The cases read back: by file name (front matter may give another id) or record id."""
    return {Path(d.path).stem if d.path and not d.path.endswith(".jsonl") else d.id for d in read}


def _read_back(tmp: Path, docs: Sequence[gt.Document], case: str, failures: list[str]) -> None:
    reported: set[str] = set()
    try:
        read = gt.read(tmp)
    except gt.ReadError as exc:
        read = exc.documents
        reported = {Path(f.source.split(":")[0]).stem for f in exc.failures}
        reported |= {d.id for d in docs if any(d.id in f.source for f in exc.failures)}
    except gt.GovTimelineError as exc:
        failures.append(f"read: failed whole on {case}: {exc}")
        return
    except Exception as exc:
        failures.append(f"read: {_where(exc)} on {case}:\n{traceback.format_exc(limit=-4)}")
        return
    lost = {d.id for d in docs} - _found(read) - reported
    if lost:
        failures.append(f"read: lost {sorted(lost)} without a word on {case}")


def _exports(
    tl: gt.Timeline, previous: gt.Timeline, case: str, failures: list[str], *, charts: bool
) -> None:
    def round_trip() -> None:
        again = gt.Timeline.from_json(tl.to_json())
        if again != tl:
            raise EscapedError("from_json(to_json(tl)) != tl")

    steps: list[tuple[str, Callable[[], object]]] = [
        ("json", round_trip),
        ("markdown", tl.to_markdown),
        ("html", lambda: gt.render_html(tl, charts=charts)),
        ("timelinejs", tl.to_timelinejs),
        ("changes", tl.changes),
        ("diff", lambda: str(gt.diff(previous, tl))),
    ]
    if pytest.importorskip("pandas"):
        steps.append(("csv", lambda: to_csv(tl) + to_csv(tl, "positions")))
    for step, work in steps:
        _guard(step, case, failures, work)


def _batches(
    texts: Sequence[str], rnd: random.Random, cases: int, sentinels: bool
) -> Iterator[tuple[list[gt.Document], str]]:
    for start in range(0, cases, BATCH):
        docs, described = [], []
        for i in range(start, start + BATCH):
            text, done = mutate(texts, rnd, sentinels=sentinels)
            published = _published(rnd, sentinels)
            docs.append(gt.Document(id=f"case-{i}", text=text, published=published))
            described.append(f"case-{i} {'+'.join(done)} published={published!r}")
        yield docs, "; ".join(described)


def run(
    texts: Sequence[str], tmp_path: Path, *, seed: int, cases: int = CASES, sentinels: bool = False
) -> list[str]:
    """Every case of one source through the library; what escaped, described."""
    rnd = random.Random(seed)
    failures: list[str] = []
    previous = gt.Timeline()
    for n, (docs, case) in enumerate(_batches(texts, rnd, cases, sentinels)):
        folder = tmp_path / f"batch-{n}"
        folder.mkdir()
        _files(folder, docs)
        _read_back(folder, docs, case, failures)
        for doc in docs:
            anchor = _anchor(rnd, sentinels)
            _guard(
                "find_dates",
                f"{doc.id} anchor={anchor}",
                failures,
                partial(gt.find_dates, doc.text, anchor=anchor),
            )
        try:
            tl = gt.reconstruct(docs)
        except gt.ReconstructError as exc:
            tl = exc.timeline
            failures += [
                f"extract (wrapped): {_where(f.__cause__ or f)} on {case}: {f}"
                for f in exc.failures
                if isinstance(f, gt.ExtractionError) and _UNEXPECTED.match(f.message)
            ]
            kept = {d.id for d in tl.documents} | {
                str(getattr(f, "document", "")) for f in exc.failures
            }
            if kept != {d.id for d in docs}:
                lost = sorted({d.id for d in docs} - kept)
                failures.append(f"reconstruct: lost {lost} on {case}")
        except gt.GovTimelineError as exc:
            failures.append(f"reconstruct: failed whole on {case}: {exc}")
            continue
        except Exception as exc:
            failures.append(
                f"reconstruct: {_where(exc)} on {case}:\n{traceback.format_exc(limit=-4)}"
            )
            continue
        else:
            if {d.id for d in tl.documents} != {d.id for d in docs}:
                failures.append(f"reconstruct: dropped documents on {case}")
        _exports(tl, previous, case, failures, charts=n % 25 == 0)  # charts cost a second
        previous = tl
    return failures


def _report(failures: list[str], seed: int) -> str:
    kinds = Counter(f.split(" on ", 1)[0] for f in failures)
    summary = "\n".join(f"  {n:>4} × {kind}" for kind, n in kinds.most_common())
    shown = "\n\n".join(failures[:3])
    return f"{len(failures)} failures (seed {seed}):\n{summary}\nthe first:\n\n{shown}"


def test_own_texts_mutated_lose_nothing_and_raise_only_our_errors(tmp_path: Path) -> None:
    failures = run(own_texts(), tmp_path, seed=SEED)
    assert not failures, _report(failures, SEED)


@pytest.mark.corpus
@pytest.mark.skipif(not TBAQ.exists(), reason="../shared/data/timeml/tbaq absent")
def test_timeml_sentences_mutated_lose_nothing_and_raise_only_our_errors(tmp_path: Path) -> None:
    failures = run(timeml_sentences(), tmp_path, seed=SEED + 1)
    assert not failures, _report(failures, SEED + 1)


def test_sentinel_anchors_lose_nothing_and_raise_only_our_errors(tmp_path: Path) -> None:
    # documents published on, and dates resolved against, 1-01-01 and 9999-12-31 (sentinels
    # from real databases) overflowed the date arithmetic of the date layer and reconstruct
    failures = run(own_texts(), tmp_path, seed=SEED + 2, cases=CASES // 2, sentinels=True)
    assert not failures, _report(failures, SEED + 2)


def test_the_mutations_are_the_same_on_every_run() -> None:
    texts = own_texts()
    assert [mutate(texts, random.Random(7)) for _ in range(3)] == [
        mutate(texts, random.Random(7)) for _ in range(3)
    ]
    first, done = mutate(texts, random.Random(SEED))
    assert first
    assert set(done) <= set(MUTATIONS)
