"""Per-document extraction speed (KB/s on one core) and reconstruction cost.

    .venv/bin/python benchmarks/extract.py [--repeat 40]

Extracts the bundled example articles, repeated to a few hundred KB, on one
core; then reconstructs synthetic corpora of growing size (each document a
bundled article with its dates shifted by whole years and its id changed) to
show how reconstruction time grows, with the fitted exponent and peak memory.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import tracemalloc
from collections.abc import Sequence

import attrs

import govtimeline as gt
from govtimeline.demo import examples_path


def _copies(docs: Sequence[gt.Document], n: int) -> list[gt.Document]:
    out = []
    for i in range(n):
        base = docs[i % len(docs)]
        out.append(attrs.evolve(base, id=f"{base.id}-{i}"))
    return out


def extraction_speed(repeat: int) -> tuple[float, int]:
    """KB/s of gt.extract over the examples repeated ``repeat`` times."""
    docs = _copies(gt.read(examples_path()), repeat * 10)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    started = time.perf_counter()
    for d in docs:
        gt.extract(d)
    return size / 1024 / (time.perf_counter() - started), size


def reconstruction_scaling(sizes: Sequence[int]) -> list[tuple[int, float, float]]:
    """(documents, seconds, peak MB) of reconstruct over extractions of growing corpora."""
    base = [gt.extract(d) for d in gt.read(examples_path())]
    rows = []
    for n in sizes:
        extractions = []
        for i in range(n):
            x = base[i % len(base)]
            doc_id = f"{x.document.id}-{i}"
            mentions = [
                attrs.evolve(m, evidence=attrs.evolve(m.evidence, document=doc_id))
                for m in x.mentions
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
        tracemalloc.start()
        started = time.perf_counter()
        gt.reconstruct(extractions)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        rows.append((n, elapsed, peak))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 300, 1000])
    args = parser.parse_args(argv)
    speed, size = extraction_speed(args.repeat)
    print(
        f"extraction: {size / 1024:.0f} KB in {size / 1024 / speed:.2f} s = {speed:.0f} KB/s on one core"
    )
    rows = reconstruction_scaling(args.sizes)
    print(f"{'documents':>10}{'seconds':>10}{'peak MB':>10}")
    for n, seconds, peak in rows:
        print(f"{n:>10}{seconds:>10.2f}{peak:>10.1f}")
    if len(rows) >= 2:
        (n0, t0, _), (n1, t1, _) = rows[0], rows[-1]
        print(
            f"growth exponent (log-log slope, {n0} to {n1} documents): {math.log(t1 / t0) / math.log(n1 / n0):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
