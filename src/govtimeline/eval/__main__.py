"""``python -m govtimeline.eval``: print scorecards."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

__all__ = ["main"]


def _timeml(args: argparse.Namespace) -> int:
    from govtimeline.dates import find_dates
    from govtimeline.eval.timeml import read_timeml_dir, score, timeml_view

    docs = read_timeml_dir(args.path)
    started = time.perf_counter()
    result = score(docs, lambda text, dct: timeml_view(find_dates(text, anchor=dct)))
    elapsed = time.perf_counter() - started
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {elapsed:.2f} s")
    print(result.table(), end="")
    for line in result.errors[: args.errors]:
        print("  " + line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run a scorecard sub-command; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m govtimeline.eval")
    commands = parser.add_subparsers(dest="command", required=True)
    timeml = commands.add_parser("timeml", help="score find_dates on TimeML files")
    timeml.add_argument("path", help="a .tml file or a folder of them")
    timeml.add_argument("--errors", type=int, default=0, help="print this many errors")
    timeml.set_defaults(run=_timeml)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
