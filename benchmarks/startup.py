"""Start-up costs (issue 19): imports against peers, first calls, what a pool worker sends back.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--baseline ../old-checkout]

Each import runs in a fresh interpreter, the peers alternating with ours in one loop so
that load on the machine falls on all of them; CPU time (user + system, of the child) is
the figure, wall time is printed beside it. The first-call figures are CPU time in one
fresh interpreter each, as is the cost of a metadata date (``parse_date_string`` over
usual forms; with ``--baseline``, that checkout's too). The packed sizes are those of
``gt.extract_many``'s workers (``govtimeline._pool.pack``) against a plain pickle of the
Extraction, on the synthetic corpus of ``benchmarks/synth.py`` (about 3 KB a report) and
on the bundled articles.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe, load  # noqa: E402

IMPORTS = {
    "nothing (python -c pass)": "pass",
    "import govtimeline": "import govtimeline",
    "import dateparser": "import dateparser",
    "import dateparser.search": "import dateparser.search",
    "import spacy": "import spacy",
}

FIRST_CALLS = {
    "find_dates, first call": (
        "import govtimeline as gt",
        "gt.find_dates('The summit of 10-11 February 2025 met again on Tuesday.')",
    ),
    "extract, first call (loads spaCy and the lexicons)": (
        "import govtimeline as gt",
        "gt.extract(gt.Document(id='a', text='Chile signed the treaty on 3 May 2025.'))",
    ),
}


def _child(code: str) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of a fresh interpreter running ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def _timed(setup: str, call: str) -> str:
    return f"{setup}\nimport time\nt = time.process_time()\n{call}\nprint(time.process_time() - t)"


def imports(runs: int, baseline: Path | None = None) -> dict[str, tuple[float, float]]:
    """Median (CPU, wall) seconds of each import, alternating (``baseline``: the root of
    another checkout, whose ``import govtimeline`` is timed too)."""
    codes = dict(IMPORTS)
    if baseline is not None:
        src = str((baseline / "src").resolve())
        codes["import govtimeline (baseline)"] = (
            f"import sys; sys.path.insert(0, {src!r}); import govtimeline; "
            f"assert govtimeline.__file__.startswith({src!r})"
        )
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in codes}
    for _ in range(runs):
        for name, code in codes.items():
            samples[name].append(_child(code))
    return {
        name: (
            statistics.median(c for c, _ in rows),
            statistics.median(w for _, w in rows),
        )
        for name, rows in samples.items()
    }


def first_calls(runs: int) -> dict[str, float]:
    """Median CPU seconds of each first call, in fresh interpreters (imports excluded)."""
    out = {}
    for name, (setup, call) in FIRST_CALLS.items():
        values = []
        for _ in range(runs):
            run = subprocess.run(
                [sys.executable, "-c", _timed(setup, call)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            values.append(float(run.stdout.split()[-1]))
        out[name] = statistics.median(values)
    return out


METADATA = [
    "7 March 2025",
    "March 7, 2025",
    "Fri, 07 Mar 2025 10:00:00 GMT",
    "Q1 2025",
    "October 10, 2025 at 9:00 am",
    "Tuesday, 7 October 2025",
    "March 2025",
]
"""Publication dates as news metadata writes them."""

_METADATA_CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
import govtimeline
assert govtimeline.__file__.startswith(sys.argv[1]), govtimeline.__file__
from govtimeline.model.published import parse_date_string
values = sys.argv[2:]
for value in values:
    parse_date_string(value)
started = time.process_time()
for _ in range(100):
    for value in values:
        parse_date_string(value)
print((time.process_time() - started) / (100 * len(values)))
"""


def metadata_dates(src: Path, runs: int) -> float:
    """Median CPU seconds per metadata date read by ``src``'s ``parse_date_string``."""
    values = []
    for _ in range(runs):
        run = subprocess.run(
            [sys.executable, "-c", _METADATA_CHILD, str(src.resolve()), *METADATA],
            check=True,
            capture_output=True,
            text=True,
        )
        values.append(float(run.stdout.split()[-1]))
    return statistics.median(values)


def packed_sizes(reports: int) -> list[tuple[str, float, float]]:
    """(corpus, packed bytes per text byte, plain pickle bytes per text byte)."""
    import govtimeline as gt
    from benchmarks.synth import synthetic_corpus
    from govtimeline import _pool

    rows = []
    for name, docs in (
        (f"synthetic, {reports} reports", list(synthetic_corpus(reports))),
        ("bundled articles", list(gt.read(gt.examples_path()))),
    ):
        text = packed = plain = 0
        for doc in docs:
            x = gt.extract(doc)
            text += len(doc.text.encode())
            packed += len(_pool.pack(doc, x))
            plain += len(pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL))
        rows.append((name, packed / text, plain / text))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--reports", type=int, default=50, help="synthetic reports to pack")
    parser.add_argument("--baseline", type=Path, help="root of another checkout to time too")
    args = parser.parse_args(argv)
    print(describe())
    measured = imports(args.runs, args.baseline)
    peer = measured["import dateparser.search"][0]
    print(f"\nimports, median of {args.runs} fresh interpreters each (alternating):")
    print(f"{'':<32}{'CPU ms':>9}{'wall ms':>9}{'x dateparser.search':>21}")
    for name, (cpu, wall) in measured.items():
        print(f"{name:<32}{cpu * 1e3:>9.0f}{wall * 1e3:>9.0f}{cpu / peer:>21.2f}")
    calls = max(1, args.runs // 3)
    print(f"\nfirst calls, CPU ms, median of {calls} fresh interpreters:")
    for name, cpu in first_calls(calls).items():
        print(f"  {name:<52}{cpu * 1e3:>8.0f}")
    ours = metadata_dates(ROOT / "src", calls)
    line = f"\nmetadata dates (gt.read, Document(published=...)), CPU ms a value: {ours * 1e3:.3f}"
    if args.baseline is not None:
        theirs = metadata_dates(args.baseline / "src", calls)
        line += f"; baseline {theirs * 1e3:.3f} ({theirs / ours:.1f}x)"
    print(line)
    print("\nwhat a pool worker sends back, bytes per byte of text:")
    for name, packed, plain in packed_sizes(args.reports):
        print(f"  {name:<24} packed {packed:.2f}   plain pickle of the Extraction {plain:.2f}")
    print(f"\nload average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
