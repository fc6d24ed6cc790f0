"""``govtimeline demo``: rebuild the timeline of the bundled example articles.

Reads ``govtimeline/data/examples/``, extracts and reconstructs them, and
writes the timeline JSON, a self-contained HTML report, a Markdown report,
TimelineJS JSON and the charts under ``--out``, printing where they are and what was found.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from govtimeline.batch import extract_many
from govtimeline.io import examples_path, read
from govtimeline.io.writing import write_atomic
from govtimeline.reconstruct import reconstruct
from govtimeline.render.report import save_chart

__all__ = ["examples_path", "run_demo"]


def run_demo(out: Path, *, file: TextIO = sys.stdout) -> int:
    """Build the example timeline into ``out``; returns an exit code."""
    import matplotlib

    matplotlib.use("Agg")
    docs = read(examples_path())
    batch = extract_many(docs, progress=False)
    timeline = reconstruct(batch.extractions)
    out.mkdir(parents=True, exist_ok=True)
    written = [
        write_atomic(out / "timeline.json", timeline.to_json()),
        write_atomic(
            out / "report.html", timeline.to_html(title="AI governance, 2019–2026 (examples)")
        ),
        write_atomic(out / "report.md", timeline.to_markdown()),
        write_atomic(out / "timelinejs.json", timeline.to_timelinejs(title="AI governance")),
        save_chart(timeline.plot(), out / "timeline.png"),
    ]
    topics = sorted({p.topic for p in timeline.positions if p.when is not None})
    if "global AI governance" in topics:
        written.append(
            save_chart(timeline.plot_positions(topic="global AI governance"), out / "positions.png")
        )
    dated = sum(e.when is not None for e in timeline.events)
    print(f"read {len(docs)} example documents from {examples_path()}", file=file)
    print(
        f"  {len(timeline.events)} events ({dated} dated), {len(timeline.positions)} positions, "
        f"{len(timeline.conflicts)} date conflicts, {len(batch.errors)} documents failed",
        file=file,
    )
    for change in timeline.changes():
        print(f"  change: {change}", file=file)
    for conflict in timeline.conflicts:
        print(f"  conflict: {timeline.event(conflict.event).name}: {conflict.reason}", file=file)
    for path in written:
        print(f"wrote {path}", file=file)
    return 0
