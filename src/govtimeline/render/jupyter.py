"""How timelines, events, positions and diffs look in Jupyter: one render path.

Pure functions from a model value to ``str``; the ``_repr_mimebundle_`` and
``_repr_html_`` methods of :class:`~govtimeline.model.Timeline`,
:class:`~govtimeline.model.Event`, :class:`~govtimeline.model.Position` and
:class:`~govtimeline.model.TimelineDiff` call :func:`mimebundle` and nothing
here calls ``display()``. A timeline shows a one-line summary, its chart as
inline SVG and a compact table; big timelines are capped (the first
:data:`MAX_ROWS` events, no chart above :data:`MAX_CHART_EVENTS`), and the
full report stays one call away (``tl.to_html()``). All user text is
HTML-escaped; only ``http``/``https`` URLs become links.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable, Sequence

from govtimeline.model import Event, Evidence, Position, Timeline, TimelineDiff
from govtimeline.model._hooks import wanted
from govtimeline.model._printing import date_words as _date

__all__ = [
    "MAX_CHART_EVENTS",
    "MAX_ROWS",
    "diff_html",
    "event_html",
    "mimebundle",
    "plain_text",
    "position_html",
    "timeline_html",
]

MAX_ROWS = 25
"""Rows shown in a notebook table before "and N more"."""
MAX_CHART_EVENTS = 300
"""Above this many dated events the inline chart is left out (``tl.plot()`` still draws it)."""
_QUOTES = 3
_BOX = "font-size:0.92em;line-height:1.4"
_CELL = "text-align:left;vertical-align:top;padding:.2em .6em"
_MUTED = "color:#666"


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML table; ``rows`` hold HTML already escaped."""
    head = "".join(f'<th style="{_CELL}">{_e(h)}</th>' for h in header)
    first = f"{_CELL};white-space:nowrap"  # a date or a field name: never broken
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="{first if i == 0 else _CELL}">{cell}</td>' for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _more(shown: int, total: int, what: str, hint: str) -> str:
    if total <= shown:
        return ""
    return f'<p style="{_MUTED}">… and {total - shown} more {_e(what)} ({_e(hint)})</p>'


def _quotes(evidence: Sequence[Evidence]) -> str:
    parts = [
        f'<div style="{_MUTED};border-left:3px solid #ccc;padding-left:0.5em;margin:0.2em 0">'
        f"“{_e(ev.quote.strip())}” — {_e(ev.document)}</div>"
        for ev in evidence[:_QUOTES]
    ]
    if len(evidence) > _QUOTES:
        parts.append(f'<div style="{_MUTED}">and {len(evidence) - _QUOTES} more</div>')
    return "".join(parts)


def _svg(value: Timeline | TimelineDiff, css_class: str) -> str:
    """The chart of ``value`` as inline SVG (the figure is closed)."""
    from govtimeline.render.plot import plot_diff, plot_timeline
    from govtimeline.render.report import axes_to_svg

    ax = plot_timeline(value) if isinstance(value, Timeline) else plot_diff(value)
    return (
        f'<div style="max-width:100%;overflow-x:auto" class="{css_class}">{axes_to_svg(ax)}</div>'
    )


def plain_text(value: Timeline | Event | Position | TimelineDiff) -> str:
    """``text/plain`` for a notebook: the value's own short ``repr``."""
    return repr(value)


def timeline_html(tl: Timeline, *, max_rows: int = MAX_ROWS, chart: bool = True) -> str:
    """Summary, inline chart and the first ``max_rows`` events of a timeline."""
    out = [f'<div class="govtimeline" style="{_BOX}"><p><b>Timeline: {_e(tl.summary())}</b></p>']
    dated = sum(e.when is not None for e in tl.events)
    if chart and 0 < dated <= MAX_CHART_EVENTS:
        out.append(_svg(tl, "govtimeline-chart"))
    elif chart and dated:
        out.append(f'<p style="{_MUTED}">Chart left out for {dated} dated events: tl.plot()</p>')
    contested = {c.event for c in tl.conflicts}
    rows = [
        (
            _e(_date(ev.when, ev.end)),
            f"<b>{_e(ev.name)}</b>" + (" ⚠ sources disagree" if ev.id in contested else ""),
            _e(ev.kind.value.replace("_", " "))
            + (" (planned)" if ev.status.value == "planned" else ""),
            _e(", ".join(ev.documents)),
        )
        for ev in tl.events[:max_rows]
    ]
    if rows:
        out.append(_table(("Date", "Event", "Kind", "Sources"), rows))
    out.append(_more(len(rows), len(tl.events), "events", "tl.to_html() has them all"))
    out.append("</div>")
    return "".join(out)


def event_html(event: Event) -> str:
    """An event's fields and the sentences that mention it."""
    rows = [
        (
            "Date",
            _e(_date(event.when, event.end)) + (f" ({_e(event.when.edtf)})" if event.when else ""),
        ),
        ("Kind", _e(event.kind.value.replace("_", " "))),
        ("Status", _e(event.status.value)),
        ("Where", _e(event.location or "")),
        ("Body", _e(event.body or "")),
        ("Also called", _e("; ".join(event.aliases[:6]))),
        ("Sources", _quotes([m.evidence for m in event.mentions])),
    ]
    body = _table(("Field", "Value"), [(f"<b>{_e(k)}</b>", v) for k, v in rows if v])
    return f'<div class="govtimeline" style="{_BOX}"><p><b>{_e(event.name)}</b></p>{body}</div>'


def position_html(position: Position) -> str:
    """A position: who, stance, topic, when, and the evidence."""
    via = f' <span style="{_MUTED}">via {_e(position.via)}</span>' if position.via else ""
    head = (
        f"<p><b>{_e(position.actor)}</b>{via} <b>{_e(position.stance.value)}</b> "
        f'{_e(position.topic)} <span style="{_MUTED}">({_e(_date(position.when))})</span></p>'
    )
    return f'<div class="govtimeline" style="{_BOX}">{head}{_quotes(position.evidence)}</div>'


def diff_html(d: TimelineDiff, *, max_rows: int = MAX_ROWS, chart: bool = True) -> str:
    """What changed between two timelines: counts, chart, and the changes listed."""
    out = [f'<div class="govtimeline" style="{_BOX}"><p><b>TimelineDiff: {_e(d.summary())}</b></p>']
    dated = sum(e.when is not None for e in (*d.events_added, *d.events_removed))
    if chart and 0 < dated + len(d.events_redated) <= MAX_CHART_EVENTS:
        out.append(_svg(d, "govtimeline-diff-chart"))
    rows: list[tuple[str, str, str]] = []
    rows += [("added", _e(_date(e.when, e.end)), _e(e.name)) for e in d.events_added]
    rows += [("removed", _e(_date(e.when, e.end)), _e(e.name)) for e in d.events_removed]
    rows += [
        ("re-dated", f"{_e(_date(c.old))} → {_e(_date(c.new))}", _e(c.name))
        for c in d.events_redated
    ]
    rows += [
        (
            "stance",
            f"{_e(_date(c.after.when))}",
            f"{_e(c.actor)} on {_e(c.topic)}: {_e(c.from_stance.value)} → {_e(c.to_stance.value)}",
        )
        for c in d.positions_changed
    ]
    if rows:
        out.append(_table(("Change", "Date", "What"), rows[:max_rows]))
    out.append(_more(min(len(rows), max_rows), len(rows), "changes", "str(diff) lists them all"))
    out.append("</div>")
    return "".join(out)


def _page(value: Timeline | Event | Position | TimelineDiff) -> str:
    if isinstance(value, Timeline):
        return timeline_html(value)
    if isinstance(value, Event):
        return event_html(value)
    if isinstance(value, Position):
        return position_html(value)
    return diff_html(value)


def mimebundle(
    value: Timeline | Event | Position | TimelineDiff,
    *,
    include: Collection[str] | None = None,
    exclude: Collection[str] | None = None,
) -> dict[str, str]:
    """``text/html`` and ``text/plain`` representations, for ``_repr_mimebundle_``.

    Only the types ``include`` lets through (all when None) and ``exclude`` does not
    are made, so ``include={"text/plain"}`` draws no chart.
    """
    bundle: dict[str, str] = {}
    if wanted("text/html", include, exclude):
        bundle["text/html"] = _page(value)
    if wanted("text/plain", include, exclude):
        bundle["text/plain"] = plain_text(value)
    return bundle
