"""Per-document extraction speed (KB/s on one core) against spaCy's own parse, and
reconstruction cost.

    .venv/bin/python benchmarks/extract.py [--repeat 40]
    .venv/bin/python benchmarks/extract.py --corpus synthetic --sizes 1000 10000

Extracts the bundled example articles, repeated to a few hundred KB, on one
core, and runs the same spaCy pipeline over the same texts in the same run
(the peer: what any spaCy-based extractor pays before it reads a single act),
whole and without its named-entity recogniser; then reconstructs corpora of growing size to show how reconstruction
time grows, with the fitted exponent and peak memory. The corpus is either the
bundled articles copied with new ids (``examples``, a worst case for blocking:
every copy names the same events) or the synthetic news corpus of
``benchmarks/synth.py`` (``synthetic``, extracted once with two processes; the
first n documents of it are the corpus of size n). Time is measured without
tracemalloc, then peak memory in a second run with it.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import attrs

import govtimeline as gt
from govtimeline.demo import examples_path

ROOT = Path(__file__).resolve().parents[1]


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


def spacy_speed(repeat: int, *, entities: bool) -> float:
    """KB/s of the spaCy pipeline extraction uses, over the same texts, in batches."""
    from govtimeline.extract.nlp import load_pipeline

    nlp = load_pipeline(None)
    docs = _copies(gt.read(examples_path()), repeat * 10)
    texts = [d.text for d in docs]
    size = sum(len(t.encode("utf-8")) for t in texts)
    skip = [] if entities else [n for n in ("ner",) if n in nlp.pipe_names]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, disable=skip):
        pass
    return size / 1024 / (time.perf_counter() - started)


def _synthetic(n: int) -> list[gt.Extraction]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.synth import synthetic_corpus

    return list(gt.extract_many(synthetic_corpus(n), processes=2, progress=False).extractions)


def reconstruction_scaling(
    sizes: Sequence[int], corpus: str = "examples"
) -> list[tuple[int, float, float]]:
    """(documents, seconds, peak MB) of reconstruct over extractions of growing corpora."""
    synthetic = _synthetic(max(sizes)) if corpus == "synthetic" else []
    base = [gt.extract(d) for d in gt.read(examples_path())] if not synthetic else []
    rows = []
    for n in sizes:
        if synthetic:
            rows.append((n, *_measure(synthetic[:n])))
            continue
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
        rows.append((n, *_measure(extractions)))
    return rows


def _measure(extractions: Sequence[gt.Extraction]) -> tuple[float, float]:
    """Seconds of one reconstruction, then its peak traced memory (MB) in another."""
    started = time.perf_counter()
    gt.reconstruct(extractions)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    gt.reconstruct(extractions)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return elapsed, peak


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 300, 1000])
    parser.add_argument("--corpus", choices=("examples", "synthetic"), default="examples")
    args = parser.parse_args(argv)
    gt.extract(gt.read(examples_path())[0])  # load the lexicons and the parser first
    speed, size = extraction_speed(args.repeat)
    whole = spacy_speed(args.repeat, entities=True)
    parse = spacy_speed(args.repeat, entities=False)
    print(
        f"extraction: {size / 1024:.0f} KB in {size / 1024 / speed:.2f} s = {speed:.0f} KB/s on one core"
    )
    print(
        f"spaCy on the same texts: {whole:.0f} KB/s whole pipeline, {parse:.0f} KB/s without NER; "
        f"extraction runs at {speed / whole:.2f}x the whole pipeline, {speed / parse:.2f}x the parse"
    )
    rows = reconstruction_scaling(args.sizes, args.corpus)
    print(f"reconstruction ({args.corpus} corpus):")
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
