"""The ``govtimeline`` command line.

Sub-commands are added by the modules that implement them; each returns an
exit code: 0 success, 1 failure on input, 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from govtimeline import __version__
from govtimeline.errors import GovTimelineError

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="govtimeline",
        description="Typed, sourced timelines of events and positions from text.",
    )
    parser.add_argument("--version", action="version", version=f"govtimeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="rebuild the timeline of the bundled example articles")
    demo.add_argument("--out", type=Path, default=Path("build/demo"), help="output folder")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "demo":
            from govtimeline.demo import run_demo

            return run_demo(args.out)
    except GovTimelineError as exc:
        print(f"govtimeline: error: {exc}", file=sys.stderr)
        return 1
    parser.error(f"unknown command {args.command!r}")  # exits with status 2
