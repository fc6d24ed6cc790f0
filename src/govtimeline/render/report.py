"""Reports to embed: one self-contained HTML file, Markdown, and chart export.

The HTML report has no external requests: charts are inline SVG, the small
script that sorts the event table is inline, styles are inline. Every piece
of user text (names, quotes, titles, URLs) is HTML-escaped, and only
``http``/``https`` URLs become links.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from govtimeline.io.writing import write_atomic
from govtimeline.model import (
    Conflict,
    Document,
    DocumentAnchor,
    Event,
    Evidence,
    Timeline,
    TimelineDiff,
)
from govtimeline.model._printing import date_words
from govtimeline.model.when import When
from govtimeline.render.datetext import describe, describe_range

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["axes_to_svg", "render_diff_text", "render_html", "render_markdown", "save_chart"]

_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;
padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.8em}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{border-bottom:1px solid #e5e5e5;padding:.35em .5em;text-align:left;vertical-align:top}
th{white-space:nowrap;cursor:pointer;background:#f6f6f6;user-select:none}th:after{content:" \\2195";color:#aaa}
.muted{color:#666}.quote{margin:.2em 0 .6em 0;padding-left:.8em;border-left:3px solid #ccc;color:#444}
.chart svg{width:100%;max-width:1000px;height:auto}td.date{white-space:nowrap}
td.date .muted{font-size:.8em}.tag{white-space:nowrap;font-size:.8em;padding:.05em .4em;border-radius:.3em;
background:#eef}.support{color:#00734f}.oppose{color:#b34700}.conflict{background:#fff4ec;
padding:.6em 1em;border-left:4px solid #D55E00;margin:1em 0}
"""

_SORT_SCRIPT = """
document.querySelectorAll("table.sortable th").forEach(function(th, col){
  th.addEventListener("click", function(){
    var table = th.closest("table"), body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asc = th.getAttribute("data-asc") !== "1";
    rows.sort(function(a, b){
      var x = a.cells[col].getAttribute("data-key") || a.cells[col].textContent;
      var y = b.cells[col].getAttribute("data-key") || b.cells[col].textContent;
      return asc ? x.localeCompare(y) : y.localeCompare(x);
    });
    rows.forEach(function(r){ body.appendChild(r); });
    th.setAttribute("data-asc", asc ? "1" : "0");
  });
});
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def axes_to_svg(ax: Axes) -> str:
    """The figure of ``ax`` as an SVG element to inline in HTML (and the figure is closed).

    Its ids (and the references to them) carry a prefix made from the chart itself, so
    several charts on one page never share an id, and the same chart gives the same SVG.
    """
    from govtimeline.render.export import chart_bytes

    text = chart_bytes(ax, "svg").decode("utf-8")
    return _own_ids(text[text.find("<svg") :])


_SVG_ID = re.compile(r'(\bid="|href="#|url\(#)(?=[^"()]+[")])')


def _own_ids(svg: str) -> str:
    """``svg`` with every ``id``, ``href="#…"`` and ``url(#…)`` prefixed by its own digest."""
    prefix = "c" + hashlib.sha1(svg.encode("utf-8"), usedforsecurity=False).hexdigest()[:8] + "-"
    return _SVG_ID.sub(lambda m: m[1] + prefix, svg)


def save_chart(ax: Axes, path: str | Path, *, dpi: float = 150) -> Path:
    """Save the figure of ``ax`` as SVG, PNG or PDF (by the file ending), atomically.

    :class:`~govtimeline.errors.OutputError` for any other ending.
    """
    from govtimeline.render.export import chart_bytes

    target = Path(path)
    return write_atomic(target, chart_bytes(ax, target.suffix, dpi=dpi))


def _link(url: str | None, text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(text)}</a>'
    return _e(text)


def _source(tl: Timeline, evidence: Evidence) -> str:
    for doc in tl.documents:
        if doc.id == evidence.document:
            return _link(doc.url, doc.title or doc.id)
    return _e(evidence.document)


def _quotes(tl: Timeline, evidence: tuple[Evidence, ...], limit: int = 3) -> str:
    parts = [
        f'<div class="quote">“{_e(ev.quote.strip())}” <span class="muted">— {_source(tl, ev)}</span></div>'
        for ev in evidence[:limit]
    ]
    if len(evidence) > limit:
        parts.append(f'<div class="muted">and {len(evidence) - limit} more</div>')
    return "".join(parts)


def _chart(draw: Callable[[], Axes]) -> str:
    return f'<div class="chart">{axes_to_svg(draw())}</div>'


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _summary(tl: Timeline) -> str:
    return (
        f"{_n(len(tl.events), 'event')}, {_n(len(tl.positions), 'position')}, "
        f"{_n(len(tl.conflicts), 'conflict')}, from {_n(len(tl.documents), 'document')}."
    )


def _date_cell(when: When | None, end: When | None = None) -> str:
    """A date in words, with its exact EDTF form below."""
    if when is None:
        return "undated"
    edtf = when.edtf + (f"/{end.edtf}" if end is not None and end != when else "")
    words = describe_range(when, end)
    return _e(words) + ("" if words == edtf else f"<div class='muted'>{_e(edtf)}</div>")


MAX_POSITION_CHARTS = 4
"""The report draws positions charts for at most this many topics."""


def _chart_topics(tl: Timeline) -> list[str]:
    """Topics worth a positions chart: with a change of stance first, then the most statements.

    A topic with a single dated statement says nothing over time and gets no chart.
    """
    counts: dict[str, int] = {}
    for p in tl.positions:
        if p.when is not None:
            counts[p.topic] = counts.get(p.topic, 0) + 1
    changed = {c.topic for c in tl.changes()}
    ranked = sorted(counts, key=lambda t: (t not in changed, -counts[t], t.casefold()))
    return [t for t in ranked if counts[t] > 1][:MAX_POSITION_CHARTS]


def _event_rows(tl: Timeline) -> list[str]:
    rows = [
        "<h2>Events</h2><table class='sortable'><thead><tr><th>Date</th><th>Event</th>"
        "<th>Kind</th><th>Where</th><th>Sources</th></tr></thead><tbody>"
    ]
    for ev in tl.events:
        key = ev.when.earliest.isoformat() if ev.when else "9999"
        aliases = "; ".join(ev.aliases[:4])
        planned = " <span class='muted'>(planned)</span>" if ev.status.value == "planned" else ""
        rows.append(
            f"<tr><td class='date' data-key='{_e(key)}'>{_date_cell(ev.when, ev.end)}</td><td><b>{_e(ev.name)}</b>{planned}"
            f"<div class='muted'>{_e(aliases)}</div></td><td><span class='tag'>{_e(ev.kind.value.replace('_', ' '))}</span></td>"
            f"<td>{_e(ev.location or '')}</td><td>{_e(', '.join(ev.documents))}</td></tr>"
        )
    rows.append("</tbody></table>")
    return rows


_REFERENCES_HEAD = "Mentioned, not dated as events"
_REFERENCES_NOTE = (
    "Named by the sources, which never say when these took place, not even relatively. "
    "A position on one is dated by the act it reports (endorsing, signing), not by the event."
)


def _dated_positions_on(tl: Timeline, event: Event) -> str:
    """``United States: support (May 2019)`` for each dated position linked to ``event``."""
    said = (
        f"{p.actor}: {p.stance.value} ({describe(p.when)})"
        for p in tl.positions
        if p.event == event.id and p.when is not None and not p.inferred
    )
    return "; ".join(dict.fromkeys(said))


def _references(tl: Timeline) -> list[str]:
    if not tl.references:
        return []
    items = []
    for r in tl.references:
        dated = _dated_positions_on(tl, r)
        items.append(
            f"<li>{_e(r.name)} <span class='tag'>{_e(r.kind.value.replace('_', ' '))}</span>"
            f" <span class='muted'>{_e(', '.join(r.documents))}"
            f"{_e(' — positions on it: ' + dated) if dated else ''}</span></li>"
        )
    return [
        f"<h2>{_REFERENCES_HEAD}</h2><p class='muted'>{_REFERENCES_NOTE}</p><ul>{''.join(items)}</ul>"
    ]


def _conflicts(tl: Timeline) -> list[str]:
    out = ["<h2>Conflicts between sources</h2>"]
    if not tl.conflicts:
        out.append("<p class='muted'>No source disagrees with another.</p>")
    names = {e.id: e.name for e in tl.events}
    for c in tl.conflicts:
        claims = "".join(
            f"<li><b>{_e(_words(cl.when or cl.value))}</b>{_quotes(tl, (cl.evidence,))}</li>"
            for cl in c.claims
        )
        out.append(
            f"<div class='conflict'><b>{_e(names.get(c.event, c.event))}</b> ({_e(c.field)}): "
            f"chosen <b>{_e(_words(_chosen(c)))}</b>. <span class='muted'>{_e(c.reason)}</span><ul>{claims}</ul></div>"
        )
    return out


def _changes(tl: Timeline) -> list[str]:
    out = ["<h2>Position changes</h2>"]
    changes = tl.changes()
    if not changes:
        out.append("<p class='muted'>No actor changed stance on a topic.</p>")
    for ch in changes:
        before = describe(ch.before.when) if ch.before.when else "?"
        after = describe(ch.after.when) if ch.after.when else "?"
        out.append(
            f"<h3>{_e(ch.actor)} on {_e(ch.topic)}: <span class='{_e(ch.from_stance.value)}'>"
            f"{_e(ch.from_stance.value)}</span> ({_e(before)}) → <span class='{_e(ch.to_stance.value)}'>"
            f"{_e(ch.to_stance.value)}</span> ({_e(after)})</h3>"
            f"{_quotes(tl, ch.before.evidence, 1)}{_quotes(tl, ch.after.evidence, 1)}"
        )
    return out


def _position_charts(tl: Timeline) -> list[str]:
    from govtimeline.render.plot import plot_positions

    if not any(p.when for p in tl.positions):
        return []
    return [
        _chart(lambda topic=topic: plot_positions(tl, topic=topic))  # type: ignore[misc]
        for topic in _chart_topics(tl)
    ]


def _position_rows(tl: Timeline) -> list[str]:
    rows = [
        "<h2>Positions</h2><table class='sortable'><thead><tr><th>Date</th><th>Actor</th>"
        "<th>Stance</th><th>Topic</th><th>Evidence</th></tr></thead><tbody>"
    ]
    for p in tl.positions:
        key = p.when.earliest.isoformat() if p.when else "9999"
        rows.append(
            f"<tr><td class='date' data-key='{_e(key)}'>{_date_cell(p.when)}</td>"
            f"<td>{_e(p.actor)}{(' <span class=muted>via ' + _e(p.via) + '</span>') if p.via else ''}</td>"
            f"<td class='{_e(p.stance.value)}'>{_e(p.stance.value)}</td><td>{_e(p.topic)}"
            f"{' <span class=muted>(inferred)</span>' if p.inferred else ''}</td>"
            f"<td>{_quotes(tl, p.evidence, 2)}</td></tr>"
        )
    return rows


def _dated(d: Document, anchor: DocumentAnchor | None) -> str:
    """How a source is dated: its publication date, else the anchor inferred for it."""
    if d.published:
        return describe(d.published)
    if anchor and anchor.when:
        return f"undated; anchor {describe(anchor.when)} ({anchor.how})"
    return "undated"


def _source_items(tl: Timeline) -> list[str]:
    """One line per source: its title (linked), then its id, outlet and date, those it has."""
    anchors = {a.document: a for a in tl.anchors}
    items = []
    for d in tl.documents:
        about = "; ".join(x for x in (d.id, d.source, _dated(d, anchors.get(d.id))) if x)
        items.append(
            f"<li>{_link(d.url, d.title or d.id)} <span class='muted'>[{_e(about)}]</span></li>"
        )
    return items


def render_html(tl: Timeline, *, title: str = "Timeline", charts: bool = True) -> str:
    """The whole report as one self-contained HTML page.

    Summary and timeline chart, events, undated references, conflicts, position changes
    and their charts, positions, sources.
    """
    from govtimeline.render.plot import plot_timeline

    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p class='muted'>{_summary(tl)}</p>",
    ]
    if charts:
        out.append(_chart(lambda: plot_timeline(tl)))
    out += _event_rows(tl) + _references(tl) + _conflicts(tl) + _changes(tl)
    if charts:
        out += _position_charts(tl)
    out += _position_rows(tl)
    out.append("</tbody></table><h2>Sources</h2><ul>")
    out += _source_items(tl)
    out.append(f"</ul><script>{_SORT_SCRIPT}</script></body></html>")
    return "\n".join(out)


_LINE_BREAKS = re.compile(r"\r\n?|[\n\v\f\x85\u2028\u2029]")
_MD_PUNCTUATION = str.maketrans({c: "\\" + c for c in "\\`*_[]|~"})


def _md(text: object) -> str:
    """User text for one Markdown line or table cell, shown as written and never as markup.

    Line breaks (also ``\\r``, which split table rows) become spaces; ``<``, ``>`` and
    ``&`` become entities, so raw HTML is text; link, emphasis, code and table punctuation
    is escaped, so ``[x](javascript:…)`` is no link.
    """
    if text is None:
        return ""
    flat = _LINE_BREAKS.sub(" ", str(text))
    return html.escape(flat, quote=False).translate(_MD_PUNCTUATION)


def render_markdown(tl: Timeline, *, title: str = "Timeline") -> str:
    """The timeline as Markdown: events table, undated references, conflicts, position changes.

    Dates are in words ("summer 2024", "10–11 February 2025"); the JSON keeps them exact.
    """
    lines = [
        f"# {_md(title)}",
        "",
        _summary(tl),
        "",
        "| Date | Event | Kind | Sources |",
        "|---|---|---|---|",
    ]
    for ev in tl.events:
        when = describe_range(ev.when, ev.end) if ev.when else "undated"
        lines.append(
            f"| {_md(when)} | {_md(ev.name)} | {ev.kind.value} | {_md(', '.join(ev.documents))} |"
        )
    if tl.references:
        lines += ["", f"## {_REFERENCES_HEAD}", "", _REFERENCES_NOTE, ""]
        for r in tl.references:
            dated = _dated_positions_on(tl, r)
            about = "; ".join(x for x in (r.kind.value, ", ".join(r.documents)) if x)
            lines.append(
                f"- {_md(r.name)} ({_md(about)})"
                + (f" — positions on it: {_md(dated)}" if dated else "")
            )
    names = {e.id: e.name for e in tl.events}
    lines += ["", "## Conflicts", ""]
    lines += [
        f"- **{_md(names.get(c.event, c.event))}**: chosen {_md(_words(_chosen(c)))} — {_md(c.reason)}"
        for c in tl.conflicts
    ] or ["None."]
    lines += ["", "## Position changes", ""]
    changes = tl.changes()
    lines += [
        f"- **{_md(ch.actor)}** on {_md(ch.topic)}: {ch.from_stance.value} "
        f"({_words(ch.before.when)}) → {ch.to_stance.value} ({_words(ch.after.when)})"
        for ch in changes
    ] or ["None."]
    return "\n".join(lines) + "\n"


def _chosen(c: Conflict) -> When | str:
    """The value a conflict chose: the claimed When when it is a date, else the value."""
    return next((cl.when for cl in c.claims if cl.value == c.chosen and cl.when), c.chosen)


def _words(w: When | str | None) -> str:
    """A date in words ("undated" for None); a string (a place) as it is."""
    return w if isinstance(w, str) else date_words(w)


def render_diff_text(d: TimelineDiff) -> str:
    """A plain-text account of a diff, one line per change, dates in words."""
    if d.is_empty:
        return "No differences.\n"
    lines: list[str] = []
    for e in d.events_added:
        lines.append(f"+ event  {_words(e.when)}  {e.name} [{e.kind.value}]")
    for e in d.events_removed:
        lines.append(f"- event  {_words(e.when)}  {e.name} [{e.kind.value}]")
    for c in d.events_redated:
        lines.append(f"~ event  {c.name}: {_words(c.old)} -> {_words(c.new)}")
    for p in d.positions_added:
        lines.append(f"+ position  {p.actor} {p.stance.value} {p.topic} ({_words(p.when)})")
    for p in d.positions_removed:
        lines.append(f"- position  {p.actor} {p.stance.value} {p.topic} ({_words(p.when)})")
    for ch in d.positions_changed:
        before, after = ch.before.stance.value, ch.after.stance.value
        lines.append(f"~ position  {ch.actor} on {ch.topic}: {before} -> {after}")
    return "\n".join(lines) + "\n"
