"""Wall-clock growth on big, repetitive input: the figures the step-counting tests stand for.

    .venv/bin/python benchmarks/linearity.py [--factor 10] [--small 5000]

For each shape of tests/robustness/test_hostile_input.py (a 1 MB-scale document, repeated
junk, endless sentences), time ``factor`` times the input against the input itself and print
the ratio, beside the ratio of counted steps (``govtimeline.testing.count_steps``). A ratio
near ``factor`` is linear; near ``factor`` squared is quadratic. Steps do not see work inside
a regular expression; time does, so a regex that backtracks shows here first. Figures are
printed, never asserted: a loaded machine changes them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial

import govtimeline as gt

PARAGRAPH = (
    "GENEVA, 3 May 2031 – Delegates said on Tuesday that the Harbour Summit of 10–11 June "
    "would follow the April resolution. Ruritania rejected the plan; 95% of members, $11 billion "
    "and 165-7 votes later, talks resumed two days after the vote. “Today we begin,” she said.\n\n"
)
UNITS = ["May May ", "2025 ", "1" * 200 + " ", "\u202eMay 2025\u202c ", "🙂 ", "\x00\x1b "]
SENTENCES = [
    "the UN summit, which Chile endorsed, and ",
    "At the Harbour Summit on Tuesday, Chile, speaking on behalf of the G77, rejected the Ocean Treaty; ",
    "“It cannot be left to algorithms,” Guterres said. ",
]


def _seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _extract(text: str) -> object:
    return gt.extract(gt.Document(id="b", text=text, published=gt.When.day(2031, 5, 4)))


def cases(small: int) -> list[tuple[str, Callable[[str], object], Callable[[int], str], int]]:
    """(name, run, make, small size) of every shape measured."""
    out: list[tuple[str, Callable[[str], object], Callable[[int], str], int]] = [
        ("find_dates paragraphs", gt.find_dates, lambda n: PARAGRAPH * n, small // 25),
        ("extract paragraphs", _extract, lambda n: PARAGRAPH * n, small // 100),
    ]
    for unit in UNITS:
        out.append((f"extract {unit[:12]!r}", _extract, lambda n, u=unit: u * n, small // 10))
    for sentence in SENTENCES:
        out.append(
            (f"extract {sentence[:24]!r}", _extract, lambda n, u=sentence: u * n, small // 50)
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print time and step ratios of every shape."""
    from govtimeline.testing import count_steps

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--small", type=int, default=5000)
    args = parser.parse_args(argv)
    print(f"{'case':<40}{'small s':>10}{'big s':>10}{'time x':>8}{'steps x':>9}")
    for name, run, make, n in cases(args.small):
        run(make(2))
        small, big = partial(run, make(max(n, 1))), partial(run, make(max(n, 1) * args.factor))
        t0, t1 = _seconds(small), _seconds(big)
        s0, s1 = count_steps(small), count_steps(big)
        print(f"{name:<40}{t0:>10.3f}{t1:>10.3f}{t1 / max(t0, 1e-9):>8.1f}{s1 / max(s0, 1):>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
