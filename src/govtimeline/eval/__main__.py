"""``python -m govtimeline.eval``: print scorecards."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

__all__ = ["main"]


def _timeml(args: argparse.Namespace) -> int:
    from govtimeline.dates import find_dates
    from govtimeline.eval.errors import error_report
    from govtimeline.eval.timeml import read_timeml_dir, score, timeml_view

    docs = read_timeml_dir(args.path)
    started = time.perf_counter()
    result = score(docs, lambda text, dct: timeml_view(find_dates(text, anchor=dct)))
    elapsed = time.perf_counter() - started
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {elapsed:.2f} s")
    print(result.table(), end="")
    if args.errors:
        print()
        print(error_report(result.errors, examples=args.errors), end="")
    if args.list:
        for error in result.errors:
            print(f"  {error}")
    return 0


def _seeds(args: argparse.Namespace) -> int:
    from pathlib import Path

    from govtimeline.eval.seeds import score_seeds

    result = score_seeds(Path(args.seeds) if args.seeds else None)
    print(result.table(), end="")
    if args.show:
        for e in result.timeline.events:
            when = e.when.edtf if e.when else "undated"
            print(f"  {when:<12} {e.kind.value:<16} {e.name}  {list(e.documents)}")
        for p in result.timeline.positions:
            print(
                f"  P {p.actor} {p.stance.value} {p.topic} {p.when.edtf if p.when else 'undated'}"
            )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run a scorecard sub-command; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m govtimeline.eval")
    commands = parser.add_subparsers(dest="command", required=True)
    timeml = commands.add_parser("timeml", help="score find_dates on TimeML files")
    timeml.add_argument("path", help="a .tml file or a folder of them")
    timeml.add_argument(
        "--errors",
        type=int,
        nargs="?",
        const=5,
        default=0,
        metavar="N",
        help="print the errors grouped by category, with N examples each (default 5)",
    )
    timeml.add_argument("--list", action="store_true", help="print every error, one a line")
    timeml.set_defaults(run=_timeml)
    seeds = commands.add_parser("seeds", help="score extraction and reconstruction on the seeds")
    seeds.add_argument("--seeds", help="folder with corpus.json and expected.json")
    seeds.add_argument("--show", action="store_true", help="print the rebuilt timeline")
    seeds.set_defaults(run=_seeds)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
