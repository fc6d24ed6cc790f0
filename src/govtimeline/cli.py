"""The ``govtimeline`` command line.

Sub-commands are added by the modules that implement them; each returns an
exit code: 0 success, 1 failure on input, 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from govtimeline import __version__

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="govtimeline",
        description="Typed, sourced timelines of events and positions from text.",
    )
    parser.add_argument("--version", action="version", version=f"govtimeline {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    return 0
