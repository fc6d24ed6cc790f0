"""The ``govtimeline`` command line.

::

    govtimeline extract PATH... -o timeline.json [--processes N]
    govtimeline report timeline.json -o report.html      (or .md, .json for TimelineJS, .csv)
    govtimeline plot timeline.json -o chart.png [--lanes body] [--kind positions --topic T]
    govtimeline diff old.json new.json [--json]
    govtimeline demo [--out DIR]

``-o -`` writes to standard output: the timeline JSON, a report in ``--format``
(Markdown when none is given), a chart in ``--format`` (SVG when none is given); the
messages then go to standard error.

Exit codes: 0 success, 1 bad input or an output that cannot be written (the message
names the file), 2 usage (also a ``--topic`` no dated position is on; the message lists
the topics). Every output file is written atomically (temporary file, then rename), so
a crash never leaves a half-written file.
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
from govtimeline.errors import GovTimelineError, InputError, OutputError
from govtimeline.model import Document, Timeline

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


def _extract_arguments(extract: argparse.ArgumentParser) -> None:
    """The arguments of ``govtimeline extract``."""
    extract.add_argument("paths", nargs="+", type=Path, help="files or folders of documents")
    extract.add_argument(
        "-o", "--output", type=Path, required=True, help="timeline JSON to write (- for stdout)"
    )
    extract.add_argument(
        "--processes", type=int, default=None, help="worker processes (default: 1)"
    )
    extract.add_argument(
        "--skip-bad", action="store_true", help="skip unreadable files instead of failing"
    )


def _report_arguments(report: argparse.ArgumentParser) -> None:
    """The arguments of ``govtimeline report``."""
    report.add_argument("timeline", type=Path)
    report.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="report.html, report.md, tl.json, events.csv (- for stdout)",
    )
    report.add_argument(
        "--format",
        choices=sorted(set(_REPORT_FORMATS.values())),
        default=None,
        help="default: from the suffix (.html, .md, .json = TimelineJS, .csv = events table); "
        "markdown for -o -",
    )
    report.add_argument("--title", default="Timeline")


def _plot_arguments(plot: argparse.ArgumentParser) -> None:
    """The arguments of ``govtimeline plot``."""
    plot.add_argument("timeline", type=Path)
    plot.add_argument(
        "-o", "--output", type=Path, required=True, help="chart.svg, .png or .pdf (- for stdout)"
    )
    plot.add_argument(
        "--format",
        choices=_CHART_FORMATS,
        default=None,
        help="default: from the suffix; svg for -o -",
    )
    plot.add_argument("--kind", choices=("events", "positions"), default="events")
    plot.add_argument(
        "--lanes",
        choices=("kind", "body", "event"),
        default="kind",
        help="swimlanes of --kind events",
    )
    plot.add_argument("--topic", default=None, help="topic for --kind positions")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="govtimeline",
        description="Typed, sourced timelines of events and positions from text.",
    )
    parser.add_argument("--version", action="version", version=f"govtimeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _extract_arguments(
        commands.add_parser("extract", help="read documents and write their timeline as JSON")
    )
    _report_arguments(
        commands.add_parser(
            "report", help="write a timeline as an HTML or Markdown report, TimelineJS JSON or CSV"
        )
    )
    _plot_arguments(
        commands.add_parser("plot", help="draw a chart of a timeline (PNG, SVG or PDF)")
    )
    diff = commands.add_parser("diff", help="what changed between two timelines")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--json", action="store_true", help="print JSON instead of text")
    demo = commands.add_parser("demo", help="rebuild the timeline of the bundled example articles")
    demo.add_argument("--out", type=Path, default=Path("build/demo"), help="output folder")
    return parser


_CHART_FORMATS = ("svg", "png", "pdf")
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


STDOUT = Path("-")
"""``-o -``: write to standard output."""


def _write(target: Path, data: str | bytes) -> None:
    """Write an output atomically, or to standard output for ``-``.

    A file that cannot be written is an :class:`OutputError` naming it (it was a
    traceback from deep inside the temporary-file machinery).
    """
    from govtimeline.io.writing import write_atomic

    if target == STDOUT:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
        return
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise OutputError(
            f"cannot write {target}: {exc.strerror or exc}; choose a folder you can write to"
        ) from None


def _wrote(target: Path, message: str | None = None) -> None:
    """Say what was written: on stdout, or on stderr when stdout holds the output."""
    text = message or f"wrote {target}"
    print(text, file=sys.stderr if target == STDOUT else sys.stdout)


def _read_all(args: argparse.Namespace) -> list[Document]:
    """Every document of ``args.paths``; unreadable files fail the run unless ``--skip-bad``."""
    from govtimeline.io import ReadError, read

    docs: list[Document] = []
    for path in args.paths:
        try:
            docs.extend(read(path))
        except ReadError as exc:
            if not args.skip_bad:
                listing = "\n".join(f"  - {failure}" for failure in exc.failures)
                raise InputError(
                    f"{len(exc.failures)} of {len(exc.failures) + len(exc.documents)} inputs "
                    f"could not be read:\n{listing}\n"
                    f"rerun with --skip-bad to go on with the {len(exc.documents)} that were read",
                    source=str(path),
                ) from None
            docs.extend(exc.documents)
            print(f"govtimeline: skipped {len(exc.failures)} unreadable inputs", file=sys.stderr)
    return docs


def _extract(args: argparse.Namespace) -> int:
    from govtimeline.batch import extract_many
    from govtimeline.reconstruct import reconstruct

    _check_output(args.output)
    docs = _read_all(args)
    batch = extract_many(docs, processes=args.processes)
    for error in batch.errors:
        print(f"govtimeline: {error}", file=sys.stderr)
    timeline = reconstruct(batch)
    _write(args.output, timeline.to_json())
    where = "standard output" if args.output == STDOUT else args.output
    _wrote(
        args.output,
        f"{len(docs)} documents, {len(timeline.events)} events, {len(timeline.positions)} "
        f"positions, {len(timeline.conflicts)} conflicts -> {where}",
    )
    return 1 if batch.errors else 0


def _csv(timeline: Timeline) -> str:
    """The events table as CSV, a cell per field (the document ids joined by ", "), formula
    cells neutralised (:func:`govtimeline.render.spreadsheet.to_csv`)."""
    from govtimeline.errors import MissingExtraError
    from govtimeline.render.spreadsheet import to_csv

    try:
        return to_csv(timeline)
    except MissingExtraError:
        raise MissingExtraError("CSV output", "pandas") from None


def _report(args: argparse.Namespace) -> int:
    if args.format is not None:
        fmt = args.format
    elif args.output == STDOUT:
        fmt = "markdown"
    else:
        fmt = _REPORT_FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise OutputError(
            f"{args.output}: cannot tell the format from the suffix; use one of "
            f"{', '.join(_REPORT_FORMATS)} or --format"
        )
    timeline = _load(args.timeline)
    if fmt == "markdown":
        _write(args.output, timeline.to_markdown(title=args.title))
    elif fmt == "timelinejs":
        _write(args.output, timeline.to_timelinejs(title=args.title))
    elif fmt == "csv":
        _write(args.output, _csv(timeline))
    else:
        _write(args.output, timeline.to_html(title=args.title))
    _wrote(args.output)
    return 0


def _unknown_topic(timeline: Timeline, topic: str) -> str | None:
    """Why ``--topic`` draws nothing, listing the topics that would; None when it draws."""
    from govtimeline.model.timeline import topic_key

    topics = sorted({p.topic for p in timeline.positions if p.when is not None}, key=str.casefold)
    if any(topic_key(t) == topic_key(topic) for t in topics):
        return None
    if not topics:
        return f"no dated positions on {topic!r}: this timeline has no dated positions at all"
    shown = "\n".join(f"  {t}" for t in topics[:40])
    more = f"\n  … and {len(topics) - 40} more" if len(topics) > 40 else ""
    return f"no dated positions on {topic!r}; the topics with dated positions are:\n{shown}{more}"


def _plot(args: argparse.Namespace) -> int:
    import matplotlib

    from govtimeline.render.export import render_chart

    matplotlib.use("Agg")
    fmt = args.format or ("svg" if args.output == STDOUT else args.output.suffix.lstrip("."))
    if fmt.lower() not in _CHART_FORMATS:
        raise OutputError(
            f"{args.output}: cannot tell the chart format from the suffix; use a path ending "
            f"in {', '.join('.' + f for f in _CHART_FORMATS)} or --format"
        )
    timeline = _load(args.timeline)
    kind: Literal["timeline", "positions"] = "positions" if args.kind == "positions" else "timeline"
    if kind == "positions" and args.topic is not None:
        problem = _unknown_topic(timeline, args.topic)
        if problem is not None:
            print(f"govtimeline: error: {problem}", file=sys.stderr)
            return 2
    data = render_chart(timeline, kind=kind, fmt=fmt, lanes=args.lanes, topic=args.topic)
    _write(args.output, data)
    _wrote(args.output)
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

            try:
                return run_demo(args.out)
            except OSError as exc:
                raise OutputError(f"cannot write into {args.out}: {exc.strerror or exc}") from None
        handler = {"extract": _extract, "report": _report, "plot": _plot, "diff": _diff}[
            args.command
        ]
        return handler(args)
    except GovTimelineError as exc:
        print(f"govtimeline: error: {exc}", file=sys.stderr)
        return 1
