"""Cross-document reconstruction: ``gt.reconstruct``.

Many partial, sometimes wrong reports become one sourced timeline:

1. event mentions from all documents are grouped into events (:mod:`.coref`),
2. relative dates are resolved through the event graph and each event's date
   is chosen from its sources' claims, with conflicts explained (:mod:`.events`,
   :mod:`.dating`),
3. every document is anchored (:mod:`.anchors`): on its publication date, or
   on an interval inferred from its dates and narrowed by the events it dates
   by weekday alone,
4. positions are linked to events, dated through them and through the
   anchors, given the broader topics their instruments stand for
   (:mod:`.topics`), and merged (:mod:`.positions`).

The result does not depend on the order of the inputs.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from govtimeline.errors import InputError
from govtimeline.model import Actor, Document, Event, Extraction, Mention, Timeline
from govtimeline.reconstruct.anchors import anchor_by_weekday, document_anchor
from govtimeline.reconstruct.catalogue import CatalogueEntry, link_catalogue, load_catalogue
from govtimeline.reconstruct.coref import CoreferenceRules, cluster_mentions, default_rules
from govtimeline.reconstruct.events import build_events
from govtimeline.reconstruct.positions import (
    date_by_anchors,
    link_events,
    merge_positions,
    prefer_body_evidence,
)
from govtimeline.reconstruct.topics import broader_positions

__all__ = ["CatalogueEntry", "load_catalogue", "reconstruct"]


def _extractions(
    items: Iterable[Document | Extraction], processes: int | None, progress: bool
) -> list[Extraction]:
    given = list(items)
    for item in given:
        if not isinstance(item, Document | Extraction):
            raise InputError(
                f"expected a Document or an Extraction, got {type(item).__name__}",
                source="reconstruct",
            )
    docs = [item for item in given if isinstance(item, Document)]
    if not docs:
        return [item for item in given if isinstance(item, Extraction)]
    from govtimeline._pool import extract_each

    extracted = iter(extract_each(docs, processes=processes, progress=progress))
    out: list[Extraction] = []
    for item in given:
        result = next(extracted) if isinstance(item, Document) else item
        if not isinstance(result, Extraction):
            raise result
        out.append(result)
    return out


def _merge_actors(extractions: Iterable[Extraction]) -> list[Actor]:
    by_name: dict[str, Actor] = {}
    for x in extractions:
        for actor in x.actors:
            known = by_name.get(actor.name)
            if known is None:
                by_name[actor.name] = actor
            else:
                aliases = tuple(sorted(set(known.aliases) | set(actor.aliases)))
                by_name[actor.name] = Actor(
                    name=known.name,
                    kind=known.kind,
                    aliases=aliases,
                    affiliation=known.affiliation or actor.affiliation,
                )
    return [by_name[name] for name in sorted(by_name)]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, and restore it on exit (also on error).

    Reconstruction allocates millions of small objects and makes almost no
    reference cycles; collections over a large heap of extractions cost it a
    quarter of its time at 10,000 documents and collect next to nothing.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def reconstruct(
    items: Iterable[Document | Extraction],
    *,
    rules: CoreferenceRules | None = None,
    catalogue: Sequence[CatalogueEntry] | str | Path | None = None,
    processes: int | None = None,
    progress: bool = True,
) -> Timeline:
    """Rebuild one timeline from documents or their extractions.

    ``items`` may hold documents, extractions or both, or be the
    :class:`~govtimeline.BatchResult` of :func:`govtimeline.extract_many`. Documents are
    extracted first (:func:`govtimeline.extract`), in ``processes`` worker processes
    when given, with a progress bar as in :func:`govtimeline.extract_many`; the first
    document that fails raises its :class:`~govtimeline.ExtractionError`. Document ids
    must be unique. The output is identical whatever the order of ``items`` and the
    number of processes. ``catalogue`` is an optional list of known events (or the
    path of a catalogue file, see :func:`govtimeline.load_catalogue`) that mentions
    link to; nothing needs one.
    """
    extracted = _extractions(items, processes, progress)
    extractions = sorted(extracted, key=lambda x: x.document.id)
    counts = Counter(x.document.id for x in extractions)
    duplicates = sorted(i for i, count in counts.items() if count > 1)
    if duplicates:
        raise InputError(f"duplicate document ids {duplicates}", source="reconstruct")
    with _collector_paused():
        return _rebuild(extractions, rules or default_rules(), catalogue)


def _rebuild(
    extractions: Sequence[Extraction],
    rules: CoreferenceRules,
    catalogue: Sequence[CatalogueEntry] | str | Path | None,
) -> Timeline:
    mentions = sorted(
        (m for x in extractions for m in x.mentions),
        key=lambda m: (m.evidence.document, m.evidence.start, m.evidence.end, m.name, m.kind.value),
    )
    groups: Sequence[Sequence[Mention]] = cluster_mentions(mentions, rules)
    entries: list[CatalogueEntry | None] = []
    if catalogue is not None:
        known = load_catalogue(catalogue) if isinstance(catalogue, str | Path) else tuple(catalogue)
        groups, entries = link_catalogue(groups, known, rules)
    built = build_events(groups, rules, entries)
    reported: dict[str, list[Event]] = defaultdict(list)  # the events each document reports
    for e in built.events:
        for document in dict.fromkeys(m.evidence.document for m in e.mentions):
            reported[document].append(e)
    anchors = [
        anchor_by_weekday(document_anchor(x), x, reported[x.document.id], rules.weekdays)
        for x in extractions
    ]
    linked = link_events(
        (p for x in extractions for p in x.positions),
        built.events + built.references,
        built.conflicts,
        rules,
    )
    dated = date_by_anchors(
        linked,
        {a.document: a for a in anchors},
        {x.document.id: x.document.lang for x in extractions},
    )
    positions = merge_positions(broader_positions(dated, built.events + built.references))
    titles = {x.document.id: x.document.title for x in extractions if x.document.title}
    positions = prefer_body_evidence(positions, titles)
    return Timeline(
        documents=[x.document for x in extractions],
        events=built.events,
        references=built.references,
        positions=positions,
        conflicts=built.conflicts,
        actors=_merge_actors(extractions),
        anchors=anchors,
    )
