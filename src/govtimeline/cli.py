"""The ``govtimeline`` command line.

::

    govtimeline extract PATH... -o timeline.json [--processes N]
    govtimeline report timeline.json -o report.html      (or .md, .json for TimelineJS, .csv)
    govtimeline plot timeline.json -o chart.png [--lanes body] [--kind positions --topic T]
    govtimeline diff old.json new.json [--json]
    govtimeline demo [--out DIR]

Exit codes: 0 success, 1 bad input (the message names the file), 2 usage.
Every output is written atomically (temporary file, then rename), so a crash
never leaves a half-written file.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from govtimeline import __version__
from govtimeline.errors import GovTimelineError, InputError
from govtimeline.model import Timeline

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
    extract = commands.add_parser("extract", help="read documents and write their timeline as JSON")
    extract.add_argument("paths", nargs="+", type=Path, help="files or folders of documents")
    extract.add_argument("-o", "--output", type=Path, required=True, help="timeline JSON to write")
    extract.add_argument(
        "--processes", type=int, default=None, help="worker processes (default: 1)"
    )
    extract.add_argument(
        "--skip-bad", action="store_true", help="skip unreadable files instead of failing"
    )
    report = commands.add_parser(
        "report", help="write a timeline as an HTML or Markdown report, TimelineJS JSON or CSV"
    )
    report.add_argument("timeline", type=Path)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="report.html, report.md, tl.json, events.csv",
    )
    report.add_argument(
        "--format",
        choices=sorted(set(_REPORT_FORMATS.values())),
        default=None,
        help="default: from the suffix (.html, .md, .json = TimelineJS, .csv = events table)",
    )
    report.add_argument("--title", default="Timeline")
    plot = commands.add_parser("plot", help="draw a chart of a timeline (PNG, SVG or PDF)")
    plot.add_argument("timeline", type=Path)
    plot.add_argument("-o", "--output", type=Path, required=True)
    plot.add_argument("--kind", choices=("events", "positions"), default="events")
    plot.add_argument(
        "--lanes",
        choices=("kind", "body", "event"),
        default="kind",
        help="swimlanes of --kind events",
    )
    plot.add_argument("--topic", default=None, help="topic for --kind positions")
    diff = commands.add_parser("diff", help="what changed between two timelines")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--json", action="store_true", help="print JSON instead of text")
    demo = commands.add_parser("demo", help="rebuild the timeline of the bundled example articles")
    demo.add_argument("--out", type=Path, default=Path("build/demo"), help="output folder")
    return parser


_REPORT_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "timelinejs",
    ".csv": "csv",
}


def _load(path: Path) -> Timeline:
    try:
        text = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", source=str(path)) from None
    try:
        return Timeline.from_json(text)
    except GovTimelineError as exc:
        raise InputError(str(exc), source=str(path)) from None


def _check_output(path: Path) -> None:
    """Refuse an output that cannot be written before any work is done (it was after it)."""
    from govtimeline.errors import OutputError

    if path.is_dir():
        raise OutputError(
            f"{path}: is a folder; give the file to write, e.g. -o {path / 'timeline.json'}"
        )


def _extract(args: argparse.Namespace) -> int:
    from govtimeline.batch import extract_many
    from govtimeline.io import ReadError, read
    from govtimeline.io.writing import write_atomic
    from govtimeline.reconstruct import reconstruct

    _check_output(args.output)
    docs = []
    for path in args.paths:
        try:
            docs.extend(read(path))
        except ReadError as exc:
            if not args.skip_bad:
                raise
            docs.extend(exc.documents)
            print(f"govtimeline: skipped {len(exc.failures)} unreadable inputs", file=sys.stderr)
    batch = extract_many(docs, processes=args.processes)
    for error in batch.errors:
        print(f"govtimeline: {error}", file=sys.stderr)
    timeline = reconstruct(batch.extractions)
    write_atomic(args.output, timeline.to_json())
    print(
        f"{len(docs)} documents, {len(timeline.events)} events, {len(timeline.positions)} positions, "
        f"{len(timeline.conflicts)} conflicts -> {args.output}"
    )
    return 1 if batch.errors else 0


def _report(args: argparse.Namespace) -> int:
    from govtimeline.errors import OutputError
    from govtimeline.io.writing import write_atomic

    fmt = args.format or _REPORT_FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise OutputError(
            f"{args.output}: cannot tell the format from the suffix; use one of "
            f"{', '.join(_REPORT_FORMATS)} or --format"
        )
    timeline = _load(args.timeline)
    if fmt == "markdown":
        write_atomic(args.output, timeline.to_markdown())
    elif fmt == "timelinejs":
        write_atomic(args.output, timeline.to_timelinejs(title=args.title))
    elif fmt == "csv":
        from govtimeline.render.spreadsheet import to_csv

        write_atomic(args.output, to_csv(timeline))
    else:
        write_atomic(args.output, timeline.to_html(title=args.title))
    print(f"wrote {args.output}")
    return 0


def _plot(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    timeline = _load(args.timeline)
    kind: Literal["timeline", "positions"] = "positions" if args.kind == "positions" else "timeline"
    timeline.savefig(args.output, kind=kind, lanes=args.lanes, topic=args.topic)
    print(f"wrote {args.output}")
    return 0


def _diff(args: argparse.Namespace) -> int:
    from govtimeline.analysis.diff import diff
    from govtimeline.io.serialize import unstructure
    from govtimeline.render.report import render_diff_text

    result = diff(_load(args.old), _load(args.new))
    if args.json:
        print(json.dumps(unstructure(result), indent=2, sort_keys=True, ensure_ascii=False))
    else:
        print(render_diff_text(result), end="")
    return 0


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
        handler = {"extract": _extract, "report": _report, "plot": _plot, "diff": _diff}[
            args.command
        ]
        return handler(args)
    except GovTimelineError as exc:
        print(f"govtimeline: error: {exc}", file=sys.stderr)
        return 1
