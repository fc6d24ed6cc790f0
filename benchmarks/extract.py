"""Per-document extraction speed (KB/s on one core) against spaCy's own parse, and
reconstruction cost, against another checkout of govtimeline in the same run.

    .venv/bin/python benchmarks/extract.py [--repeat 40]
    .venv/bin/python benchmarks/extract.py --corpus synthetic --sizes 1000 10000
    .venv/bin/python benchmarks/extract.py --corpus synthetic --sizes 100 1000 10000 \\
        --baseline ../old-checkout --rounds 3 [--extractions synthetic.pickle]

Extracts the bundled example articles, repeated to a few hundred KB, on one
core, and runs the same spaCy pipeline over the same texts in the same run
(the peer: what any spaCy-based extractor pays before it reads a single act),
whole and without its named-entity recogniser; then reconstructs corpora of growing size
to show how reconstruction time grows, with the fitted exponent and peak memory. The
corpus is either the bundled articles copied with new ids (``examples``, a worst case
for blocking: every copy names the same events) or the synthetic news corpus of
``benchmarks/synth.py`` (``synthetic``, extracted once with two processes; the first n
documents of it are the corpus of size n). Time is CPU time (wall time beside it),
measured without tracemalloc, then peak memory in a second run with it.

With ``--baseline`` (the root of another checkout, e.g. a worktree of main), every
reconstruction is also run by that checkout's code on the same extractions, in fresh
interpreters taking turns with this code's (``--rounds`` each, best kept), and the ratio
is printed: "today's code" measured in the same run, under the same load.
"""

from __future__ import annotations

import argparse
import math
import pickle
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: benchmarks/ is on the path, not the root
    sys.path.insert(0, str(ROOT))

import govtimeline as gt  # noqa: E402
from benchmarks.machine import describe, load, timed  # noqa: E402
from govtimeline.demo import examples_path  # noqa: E402


def _copies(docs: Sequence[gt.Document], n: int) -> list[gt.Document]:
    out = []
    for i in range(n):
        base = docs[i % len(docs)]
        out.append(attrs.evolve(base, id=f"{base.id}-{i}"))
    return out


def extraction_speed(repeat: int) -> tuple[float, float, int]:
    """(KB per CPU second, KB per wall second, bytes) of gt.extract over the examples
    repeated ``repeat`` times."""
    docs = _copies(gt.read(examples_path()), repeat * 10)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    with timed() as clock:
        for d in docs:
            gt.extract(d)
    return size / 1024 / clock.cpu, size / 1024 / clock.wall, size


def spacy_speed(repeat: int, *, entities: bool) -> float:
    """KB per CPU second of the spaCy pipeline extraction uses, over the same texts, in
    batches."""
    from govtimeline.extract.nlp import load_pipeline

    nlp = load_pipeline(None)
    docs = _copies(gt.read(examples_path()), repeat * 10)
    texts = [d.text for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    skip = [] if entities else [n for n in ("ner",) if n in nlp.pipe_names]
    with timed() as clock:
        for _ in nlp.pipe(texts, batch_size=64, disable=skip):
            pass
    return size / 1024 / clock.cpu


def _synthetic(n: int) -> list[gt.Extraction]:
    from benchmarks.synth import synthetic_corpus

    return list(gt.extract_many(synthetic_corpus(n), processes=2, progress=False).extractions)


def _example_copies(n: int) -> list[gt.Extraction]:
    base = [gt.extract(d) for d in gt.read(examples_path())]
    extractions = []
    for i in range(n):
        x = base[i % len(base)]
        doc_id = f"{x.document.id}-{i}"
        mentions = [
            attrs.evolve(m, evidence=attrs.evolve(m.evidence, document=doc_id)) for m in x.mentions
        ]
        positions = [
            attrs.evolve(p, evidence=[attrs.evolve(e, document=doc_id) for e in p.evidence])
            for p in x.positions
        ]
        extractions.append(
            attrs.evolve(
                x,
                document=attrs.evolve(x.document, id=doc_id),
                mentions=mentions,
                positions=positions,
            )
        )
    return extractions


_CHILD = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
import govtimeline as gt
assert gt.__file__.startswith(sys.argv[1]), gt.__file__
extractions = pickle.load(open(sys.argv[2], "rb"))[: int(sys.argv[3])]
gt.reconstruct(extractions[:5])  # imports and lexicons, which either code may load lazily
cpu, wall = time.process_time(), time.perf_counter()
gt.reconstruct(extractions)
print(time.process_time() - cpu, time.perf_counter() - wall)
"""


def _child_seconds(src: Path, corpus: Path, n: int) -> tuple[float, float]:
    """(CPU, wall) seconds of reconstructing the first ``n`` extractions with ``src``."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(src), str(corpus), str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    cpu, wall = (float(v) for v in out.stdout.split()[-2:])
    return cpu, wall


def _measure(extractions: Sequence[gt.Extraction]) -> tuple[float, float, float]:
    """CPU and wall seconds of one reconstruction, then its peak traced memory (MB)."""
    with timed() as clock:
        gt.reconstruct(extractions)
    tracemalloc.start()
    gt.reconstruct(extractions)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return clock.cpu, clock.wall, peak


def _corpus(largest: int, corpus: str, stored: Path | None) -> list[gt.Extraction]:
    """The extractions to reconstruct: from ``stored`` (a pickled list) when given."""
    if stored is not None:
        extractions: list[gt.Extraction] = pickle.loads(stored.read_bytes())
        return extractions[:largest]
    return _synthetic(largest) if corpus == "synthetic" else _example_copies(largest)


def reconstruction_scaling(
    sizes: Sequence[int], corpus: str = "examples", stored: Path | None = None
) -> list[tuple[int, float, float, float]]:
    """(documents, CPU s, wall s, peak MB) of reconstruct over growing corpora."""
    extractions = _corpus(max(sizes), corpus, stored)
    return [(n, *_measure(extractions[:n])) for n in sizes]


def against_baseline(
    sizes: Sequence[int], corpus: str, baseline: Path, rounds: int, stored: Path | None = None
) -> list[tuple[int, float, float, float, float]]:
    """(documents, CPU s and wall s of this code, then of ``baseline``'s), best of
    ``rounds`` fresh interpreters each, taking turns on the same pickled extractions."""
    extractions = _corpus(max(sizes), corpus, stored)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        pickled = Path(tmp) / "extractions.pickle"
        pickled.write_bytes(pickle.dumps(extractions, protocol=pickle.HIGHEST_PROTOCOL))
        for n in sizes:
            ours: list[tuple[float, float]] = []
            theirs: list[tuple[float, float]] = []
            for _ in range(rounds):
                ours.append(_child_seconds(ROOT / "src", pickled, n))
                theirs.append(_child_seconds(baseline / "src", pickled, n))
            (c0, w0), (c1, w1) = min(ours), min(theirs)
            rows.append((n, c0, w0, c1, w1))
    return rows


def _exponent(rows: Sequence[tuple[int, float]]) -> float:
    (n0, t0), (n1, t1) = rows[0], rows[-1]
    return math.log(t1 / t0) / math.log(n1 / n0)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 300, 1000])
    parser.add_argument("--corpus", choices=("examples", "synthetic"), default="examples")
    parser.add_argument("--baseline", type=Path, help="root of another checkout to time too")
    parser.add_argument("--rounds", type=int, default=2, help="turns per size with --baseline")
    parser.add_argument("--no-extraction", action="store_true", help="reconstruction only")
    parser.add_argument(
        "--extractions", type=Path, help="a pickled list of extractions to reconstruct instead"
    )
    args = parser.parse_args(argv)
    print(describe())
    if not args.no_extraction:
        gt.extract(gt.read(examples_path())[0])  # load the lexicons and the parser first
        speed, wall_speed, size = extraction_speed(args.repeat)
        whole = spacy_speed(args.repeat, entities=True)
        parse = spacy_speed(args.repeat, entities=False)
        print(
            f"extraction: {size / 1024:.0f} KB, {speed:.0f} KB per CPU second on one core "
            f"({wall_speed:.0f} KB per wall second)"
        )
        print(
            f"spaCy on the same texts, same run: {whole:.0f} KB/CPU s whole pipeline, {parse:.0f} "
            f"without NER; extraction runs at {speed / whole:.2f}x the whole pipeline, "
            f"{speed / parse:.2f}x the parse"
        )
    if args.baseline is not None:
        print(f"reconstruction ({args.corpus} corpus), this code against {args.baseline}:")
        print(
            f"{'documents':>10}{'CPU s':>9}{'wall s':>9}{'baseline CPU s':>16}"
            f"{'baseline wall s':>17}{'speed-up (CPU)':>16}"
        )
        compared = against_baseline(
            args.sizes, args.corpus, args.baseline, args.rounds, args.extractions
        )
        for n, c0, w0, c1, w1 in compared:
            print(f"{n:>10}{c0:>9.2f}{w0:>9.2f}{c1:>16.2f}{w1:>17.2f}{c1 / c0:>15.2f}x")
        if len(compared) >= 2:
            ours_rows = [(n, c0) for n, c0, *_ in compared]
            theirs_rows = [(n, c1) for n, _, _, c1, _ in compared]
            print(
                f"growth exponent (CPU, {compared[0][0]} to {compared[-1][0]} documents): "
                f"{_exponent(ours_rows):.2f}, baseline {_exponent(theirs_rows):.2f}"
            )
        print(f"load average after: {load()}")
        return 0
    rows = reconstruction_scaling(args.sizes, args.corpus, args.extractions)
    print(f"reconstruction ({args.corpus} corpus):")
    print(f"{'documents':>10}{'CPU s':>9}{'wall s':>9}{'peak MB':>10}")
    for n, cpu, wall, peak in rows:
        print(f"{n:>10}{cpu:>9.2f}{wall:>9.2f}{peak:>10.1f}")
    if len(rows) >= 2:
        print(
            f"growth exponent (log-log slope of CPU time, {rows[0][0]} to {rows[-1][0]} "
            f"documents): {_exponent([(n, c) for n, c, _, _ in rows]):.2f}"
        )
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
