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


def _extractions(items: Iterable[Document | Extraction]) -> list[Extraction]:
    out: list[Extraction] = []
    for item in items:
        if isinstance(item, Extraction):
            out.append(item)
        elif isinstance(item, Document):
            from govtimeline.extract import extract

            out.append(extract(item))
        else:
            raise InputError(
                f"expected a Document or an Extraction, got {type(item).__name__}",
                source="reconstruct",
            )
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
) -> Timeline:
    """Rebuild one timeline from documents or their extractions.

    Documents are extracted first (:func:`govtimeline.extract`). Document ids
    must be unique. The output is identical whatever the order of ``items``.
    ``catalogue`` is an optional list of known events (or the path of a
    catalogue file, see :func:`govtimeline.load_catalogue`) that mentions link
    to; nothing needs one.
    """
    extractions = sorted(_extractions(items), key=lambda x: x.document.id)
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
