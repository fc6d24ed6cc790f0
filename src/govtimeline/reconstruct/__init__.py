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
   (:mod:`.topics`), put under one name per topic (:mod:`.topic_identity`), and
   merged (:mod:`.positions`).

The result does not depend on the order of the inputs.

A document that cannot be extracted loses nothing else: every other document is
reconstructed, and the failure is reported (``on_error="raise"``, the default, raises a
:class:`ReconstructError` carrying that timeline and the failures; ``"skip"`` logs them).
"""

from __future__ import annotations

import gc
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

import attrs

from govtimeline.errors import (
    ArgumentError,
    ExtractionError,
    GovTimelineError,
    InputError,
    one_of,
)
from govtimeline.model import (
    Actor,
    Document,
    DocumentAnchor,
    Event,
    Extraction,
    Mention,
    Position,
    Timeline,
)
from govtimeline.reconstruct.anchors import (
    anchor_by_weekday,
    collection_years,
    date_by_anchor,
    document_anchor,
)
from govtimeline.reconstruct.catalogue import CatalogueEntry, link_catalogue, load_catalogue
from govtimeline.reconstruct.copies import copy_sources
from govtimeline.reconstruct.coref import (
    CoreferenceRules,
    cluster_mentions,
    default_rules,
    load_coreference,
)
from govtimeline.reconstruct.events import BuiltEvents, build_events
from govtimeline.reconstruct.positions import (
    date_by_anchors,
    link_events,
    merge_positions,
    prefer_body_evidence,
)
from govtimeline.reconstruct.topic_identity import unify_topics
from govtimeline.reconstruct.topics import (
    TopicLexicon,
    broader_positions,
    default_topics,
    load_topics,
)

__all__ = [
    "CatalogueEntry",
    "ReconstructError",
    "Reconstructor",
    "TopicLexicon",
    "load_catalogue",
    "load_coreference",
    "load_topics",
    "reconstruct",
    "reconstruct_results",
]

log = logging.getLogger(__name__)


class ReconstructError(ExtractionError):
    """Some inputs of a reconstruction failed; the others were reconstructed.

    ``failures`` holds one error per failed input (an :class:`ExtractionError`
    naming its document, or the :class:`InputError` of a file that could not be read);
    ``timeline`` is the timeline of every other document, so nothing else is lost.
    """

    def __init__(self, failures: Sequence[GovTimelineError], timeline: Timeline) -> None:
        lines = _failure_lines(failures)
        named = [str(getattr(f, "document", None) or getattr(f, "source", "?")) for f in failures]
        super().__init__(
            f"{len(failures)} of {len(failures) + len(timeline.documents)} inputs failed "
            f"(the timeline of the other {len(timeline.documents)} is on .timeline):\n{lines}",
            document=", ".join(named),
        )
        self.failures = list(failures)
        self.timeline = timeline


def _failure_lines(failures: Sequence[GovTimelineError]) -> str:
    """One line per cause: documents that failed for one reason (spaCy missing, say) are
    named together after it, not each with the whole message again."""
    by_cause: dict[str, list[str]] = defaultdict(list)
    for f in failures:
        message = getattr(f, "message", None)
        document = getattr(f, "document", None)
        if isinstance(f, ExtractionError) and message is not None and document is not None:
            by_cause[str(message)].append(str(document))
        else:
            by_cause[str(f)].append("")
    lines = []
    for cause, documents in by_cause.items():
        named = [d for d in documents if d]
        if not named:
            lines += [f"  - {cause}"] * len(documents)
        elif len(named) == 1:
            lines.append(f"  - document {named[0]!r}: {cause}")
        else:
            lines.append(f"  - documents {', '.join(repr(d) for d in named)}: {cause}")
    return "\n".join(lines)


def _given(items: object) -> list[object]:
    """The inputs of :func:`reconstruct` as a list; :class:`ArgumentError` for one that is none."""
    if isinstance(items, Document | Extraction):
        raise ArgumentError(
            f"expected documents or extractions (a list, or any iterable), got one "
            f"{type(items).__name__}; pass [it] instead",
            argument="reconstruct(items)",
        )
    if isinstance(items, str | bytes | Timeline) or not isinstance(items, Iterable):
        raise ArgumentError(
            f"expected documents or extractions (a list, or any iterable), got "
            f"{type(items).__name__}; read files with gt.read(path) first",
            argument="reconstruct(items)",
        )
    return list(items)


def _extractions(
    items: Iterable[Document | Extraction], processes: int | None, progress: bool
) -> list[Extraction | ExtractionError]:
    """Every item as an extraction, or the ExtractionError naming the document that failed."""
    given = _given(items)
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
    return [next(extracted) if isinstance(item, Document) else item for item in given]  # type: ignore[misc]


def _catalogue(
    catalogue: Sequence[CatalogueEntry] | str | Path | None,
) -> tuple[CatalogueEntry, ...] | None:
    """The catalogue given to :func:`reconstruct`: entries, loaded from a path, or None."""
    if catalogue is None:
        return None
    if isinstance(catalogue, str | Path):
        return load_catalogue(catalogue)
    entries = tuple(catalogue) if isinstance(catalogue, Iterable) else None
    if entries is None or not all(isinstance(e, CatalogueEntry) for e in entries):
        found = (
            type(catalogue).__name__
            if entries is None
            else (next(type(e).__name__ for e in entries if not isinstance(e, CatalogueEntry)))
        )
        raise ArgumentError(
            f"expected CatalogueEntry values or the path of a catalogue file, got {found}; "
            "load a file with gt.load_catalogue(path)",
            argument="reconstruct(catalogue)",
        )
    return entries


def _merge_actors(extractions: Iterable[Extraction]) -> list[Actor]:
    """One actor per name: the first told, with every alias and the first affiliation
    given (a name told in one report only is that report's actor)."""
    told: dict[str, list[Actor]] = defaultdict(list)
    for x in extractions:
        for actor in x.actors:
            told[actor.name].append(actor)
    merged = []
    for name in sorted(told):
        first, *others = told[name]
        if not others:
            merged.append(first)
            continue
        affiliation = first.affiliation
        for other in others:
            affiliation = affiliation or other.affiliation
        aliases = tuple(sorted({alias for actor in told[name] for alias in actor.aliases}))
        merged.append(
            Actor(name=first.name, kind=first.kind, aliases=aliases, affiliation=affiliation)
        )
    return merged


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
    topics: TopicLexicon | None = None,
    catalogue: Sequence[CatalogueEntry] | str | Path | None = None,
    processes: int | None = None,
    progress: bool = True,
    on_error: Literal["raise", "skip"] = "raise",
) -> Timeline:
    """Rebuild one timeline from documents or their extractions.

    ``items`` may hold documents, extractions or both, or be the
    :class:`~govtimeline.BatchResult` of :func:`govtimeline.extract_many`. Documents are
    extracted first (:func:`govtimeline.extract`), in ``processes`` worker processes
    when given, with a progress bar as in :func:`govtimeline.extract_many`. Document ids
    must be unique. The output is identical whatever the order of ``items`` and the
    number of processes. ``catalogue`` is an optional list of known events (or the
    path of a catalogue file, see :func:`govtimeline.load_catalogue`) that mentions
    link to; nothing needs one. ``rules`` and ``topics`` replace the shipped coreference
    rules and topic lexicon (:func:`load_coreference`, :func:`load_topics`; a
    :class:`Reconstructor` keeps them configured).

    A document whose extraction fails does not stop the others. With
    ``on_error="raise"`` (the default) a :class:`ReconstructError` names every failed
    document and carries the timeline of the others on ``.timeline``; with ``"skip"``
    the failures are logged and that timeline is returned.
    """
    one_of("reconstruct(on_error)", on_error, ("raise", "skip"))
    entries = _catalogue(catalogue)
    return reconstruct_results(
        _extractions(items, processes, progress),
        rules=rules,
        topics=topics,
        catalogue=entries,
        on_error=on_error,
    )


def reconstruct_results(
    results: Iterable[Extraction | GovTimelineError],
    *,
    rules: CoreferenceRules | None = None,
    topics: TopicLexicon | None = None,
    catalogue: Sequence[CatalogueEntry] | None = None,
    on_error: Literal["raise", "skip"] = "raise",
) -> Timeline:
    """The timeline of the extractions among ``results``, reporting the errors among them.

    The end of :func:`reconstruct` once every input is an extraction or the error that took
    its place (``govtimeline.dask`` gathers such results from its workers).
    """
    given = list(results)
    failures = [r for r in given if isinstance(r, GovTimelineError)]
    extractions = sorted(
        (r for r in given if isinstance(r, Extraction)), key=lambda x: x.document.id
    )
    counts = Counter(x.document.id for x in extractions)
    duplicates = sorted(i for i, count in counts.items() if count > 1)
    if duplicates:
        raise InputError(f"duplicate document ids {duplicates}", source="reconstruct")
    with _collector_paused():
        timeline = _rebuild(
            extractions, rules or default_rules(), topics or default_topics(), catalogue
        )
    if failures and on_error == "raise":
        raise ReconstructError(failures, timeline)
    for failure in failures:
        log.warning("left out of the timeline: %s", failure)
    return timeline


def _rebuild(
    extractions: Sequence[Extraction],
    rules: CoreferenceRules,
    topics: TopicLexicon,
    catalogue: Sequence[CatalogueEntry] | None,
) -> Timeline:
    # an undated report dated from what it says ("Monday, 2 June") dates what it tells
    years = collection_years(extractions)
    first = {x.document.id: document_anchor(x, years) for x in extractions}
    mentions = sorted(
        (
            m
            for x in extractions
            for m in date_by_anchor(x.mentions, first[x.document.id], lang=x.document.lang)
        ),
        key=lambda m: (m.evidence.document, m.evidence.start, m.evidence.end, m.name, m.kind.value),
    )
    groups: Sequence[Sequence[Mention]] = cluster_mentions(mentions, rules)
    entries: list[CatalogueEntry | None] = []
    if catalogue is not None:
        groups, entries = link_catalogue(groups, catalogue, rules)
    # wire copies stay documents, but a story and its copies count once as a source
    sources = copy_sources([x.document for x in extractions])
    built = build_events(groups, rules, entries, sources)
    reported: dict[str, list[Event]] = defaultdict(list)  # the events each document reports
    for e in built.events:
        for document in dict.fromkeys(m.evidence.document for m in e.mentions):
            reported[document].append(e)
    anchors = [
        anchor_by_weekday(first[x.document.id], x, reported[x.document.id], rules.weekdays)
        for x in extractions
    ]
    return Timeline(
        documents=[x.document for x in extractions],
        events=built.events,
        references=built.references,
        positions=_positions(extractions, built, anchors, rules, topics),
        conflicts=built.conflicts,
        actors=_merge_actors(extractions),
        anchors=anchors,
    )


def _positions(
    extractions: Sequence[Extraction],
    built: BuiltEvents,
    anchors: Sequence[DocumentAnchor],
    rules: CoreferenceRules,
    topics: TopicLexicon,
) -> list[Position]:
    """The positions of the timeline: linked to events, dated through them and the anchors,
    given their broader topics, one name per topic, merged, with body evidence first."""
    everything = built.events + built.references
    linked = link_events(
        (p for x in extractions for p in x.positions), everything, built.conflicts, rules
    )
    dated = date_by_anchors(
        linked,
        {a.document: a for a in anchors},
        {x.document.id: x.document.lang for x in extractions},
    )
    positions = merge_positions(
        unify_topics(
            broader_positions(dated, everything, topics.instruments),
            (e.name for e in everything),
            topics.words,
        )
    )
    titles = {x.document.id: x.document.title for x in extractions if x.document.title}
    return prefer_body_evidence(positions, titles)


@attrs.frozen(kw_only=True)
class Reconstructor:
    """Reconstruction configured with its lexicons: call it as :func:`reconstruct`.

    ``Reconstructor()`` uses the shipped coreference rules and topic lexicon;
    ``Reconstructor.from_files(coreference=…, topics=…, catalogue=…)`` reads a user's
    (each file of the shape of the shipped ``data/coreference.json`` and
    ``data/topics.json``, checked key by key), so the lexicons can be swapped without
    touching module-level caches.
    """

    rules: CoreferenceRules = attrs.field(factory=default_rules)
    """Word lists and act groups of event coreference."""
    topics: TopicLexicon = attrs.field(factory=default_topics)
    """Broader topics and the words that give a topic one name."""
    catalogue: tuple[CatalogueEntry, ...] | None = None
    """Known events that mentions link to (none by default)."""

    @classmethod
    def from_files(
        cls,
        *,
        coreference: str | Path | None = None,
        topics: str | Path | None = None,
        catalogue: str | Path | None = None,
    ) -> Reconstructor:
        """A reconstructor with the lexicons of these files (the shipped ones for the rest)."""
        return cls(
            rules=load_coreference(coreference) if coreference else default_rules(),
            topics=load_topics(topics) if topics else default_topics(),
            catalogue=load_catalogue(catalogue) if catalogue else None,
        )

    def __call__(
        self,
        items: Iterable[Document | Extraction],
        *,
        processes: int | None = None,
        progress: bool = True,
        on_error: Literal["raise", "skip"] = "raise",
    ) -> Timeline:
        """The timeline of ``items``, as :func:`reconstruct` with this configuration."""
        return reconstruct(
            items,
            rules=self.rules,
            topics=self.topics,
            catalogue=self.catalogue,
            processes=processes,
            progress=progress,
            on_error=on_error,
        )
