"""End-to-end scale: extract + reconstruct N documents, serial, 2 processes and Dask.

    .venv/bin/python benchmarks/scale.py                       # 100 and 1,000 documents
    .venv/bin/python benchmarks/scale.py --sizes 100 1000 10000

Documents come from ``benchmarks/synth.py`` (own templates, about 3 KB each,
many events and actors, deliberate date conflicts); ``--corpus examples``
uses the bundled articles copied with new ids instead. Each configuration runs in a fresh
child process so peak RSS (ru_maxrss of the child and its workers) is its own. Wall time
is the figure the targets are on (issue 13: 10,000 documents on 2 cores in under five
minutes, under 2 GB); CPU time (the child and every worker it waited for; Dask's workers
are not the child's, so its CPU column is the client's alone) and the load average before
and after each configuration are printed beside it, since the machine may be shared.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: benchmarks/ is on the path, not the root
    sys.path.insert(0, str(ROOT))

from benchmarks.machine import describe, load  # noqa: E402


def _docs(n: int, corpus: str) -> list[object]:
    import attrs

    import govtimeline as gt
    from govtimeline.demo import examples_path

    if corpus == "synthetic":
        sys.path.insert(0, str(ROOT))
        from benchmarks.synth import synthetic_corpus

        return list(synthetic_corpus(n))
    base = gt.read(examples_path())
    return [attrs.evolve(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(n)]


def one(n: int, mode: str, corpus: str = "synthetic") -> None:
    """Run one configuration and print: seconds, MB of text, peak RSS MB, CPU seconds."""
    import govtimeline as gt

    docs = _docs(n, corpus)
    size = sum(len(d.text.encode()) for d in docs)  # type: ignore[attr-defined]
    started, cpu = time.perf_counter(), time.process_time()
    if mode == "dask":
        from dask.distributed import Client, LocalCluster

        from govtimeline import dask as gtdask

        with (
            LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster,
            Client(cluster),
        ):
            gtdask.reconstruct_bag(gtdask.from_documents(docs, partitions=max(2, n // 250)))  # type: ignore[arg-type]
    else:
        result = gt.extract_many(
            docs, processes=2 if mode == "2 processes" else None, progress=False
        )  # type: ignore[arg-type]
        gt.reconstruct(result.extractions)
    elapsed = time.perf_counter() - started
    children = os.times()
    cpu = time.process_time() - cpu + children.children_user + children.children_system
    peak = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ) / 1024
    print(f"{elapsed:.3f} {size / 1e6:.3f} {peak:.0f} {cpu:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--modes", nargs="*", default=["serial", "2 processes", "dask"])
    parser.add_argument("--corpus", choices=("synthetic", "examples"), default="synthetic")
    parser.add_argument("--one", nargs=2, metavar=("N", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        one(int(args.one[0]), args.one[1], args.corpus)
        return 0
    print(describe())
    print(
        f"{'documents':>10} {'mode':<12}{'seconds':>9}{'CPU s':>9}{'docs/s':>9}{'MB/s':>7}"
        f"{'peak RSS MB':>13}  load before / after"
    )
    times: dict[str, list[tuple[int, float]]] = {}
    for n in args.sizes:
        for mode in args.modes:
            before = load().split()[0]
            out = subprocess.run(
                [sys.executable, __file__, "--corpus", args.corpus, "--one", str(n), mode],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, mb, peak, cpu = (float(v) for v in out.stdout.split()[-4:])
            times.setdefault(mode, []).append((n, seconds))
            print(
                f"{n:>10} {mode:<12}{seconds:>9.2f}{cpu:>9.2f}{n / seconds:>9.0f}"
                f"{mb / seconds:>7.2f}{peak:>13.0f}  {before} / {load().split()[0]}"
            )
    for mode, rows in times.items():
        if len(rows) >= 2:
            (n0, t0), (n1, t1) = rows[0], rows[-1]
            print(f"growth exponent, {mode}: {math.log(t1 / t0) / math.log(n1 / n0):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
