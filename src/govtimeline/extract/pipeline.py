"""The per-document pipeline behind ``gt.extract``: an :class:`Extractor` of named components.

An Extractor holds the shared resources (gazetteer, frame lexicon, layout rules, the spaCy
pipeline, loaded lazily) and an ordered tuple of
:class:`~govtimeline.extract.components.base.Component`; it checks once, when built, that
every component's ``requires`` are assigned by the components before it, then folds a
:class:`~govtimeline.extract.work.WorkDoc` through them. Components can be added,
removed or replaced (each method returns a new Extractor)::

    ex = gt.Extractor()
    ex.component_names               # ('sentences', 'dates', 'actors', 'occasions', ...)
    ex = ex.without("occasions").with_component(my_component, after="acts")

Any unexpected failure inside a component becomes an :class:`ExtractionError` naming the
document and the component.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

import attrs

from govtimeline.errors import ExtractionError, GovTimelineError, PipelineError
from govtimeline.extract.components import DEFAULT_COMPONENTS
from govtimeline.extract.components.base import Component
from govtimeline.extract.frames import FrameLexicon, default_frames
from govtimeline.extract.gazetteer import Gazetteer, default_gazetteer
from govtimeline.extract.layout import LayoutRules, default_layout_rules
from govtimeline.extract.nlp import load_pipeline
from govtimeline.extract.work import FIELDS, WorkDoc
from govtimeline.model import Actor, Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Extractor", "Resources", "extract"]


@attrs.frozen(kw_only=True)
class Resources:
    """What components share: lexicons and the parser. The parser loads on first use."""

    gazetteer: Gazetteer
    frames: FrameLexicon
    layout: LayoutRules
    pipeline: str | None = None
    """The spaCy pipeline's name; None for the default (see :mod:`govtimeline.extract.nlp`)."""

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline (loaded once per process)."""
        return load_pipeline(self.pipeline)


def _check_order(components: Sequence[Component]) -> None:
    names = [c.name for c in components]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise PipelineError(f"component names must be unique; repeated: {', '.join(duplicated)}")
    have: set[str] = set()
    for c in components:
        unknown = sorted((set(c.requires) | set(c.assigns)) - FIELDS)
        if unknown:
            raise PipelineError(
                f"component {c.name!r} names unknown WorkDoc fields {unknown}; "
                f"known: {', '.join(sorted(FIELDS))}"
            )
        missing = sorted(set(c.requires) - have)
        if missing:
            raise PipelineError(
                f"component {c.name!r} requires {', '.join(missing)}, which no component "
                "before it assigns"
            )
        have |= set(c.assigns)


def _anchor(doc: Document) -> date | None:
    if doc.published is not None and doc.published.days == 1:
        return doc.published.earliest
    return None


@attrs.frozen(init=False)
class Extractor:
    """A configured extraction pipeline; calling it on a Document gives an Extraction."""

    resources: Resources
    components: tuple[Component, ...]

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        frames: FrameLexicon | None = None,
        layout: LayoutRules | None = None,
        pipeline: str | None = None,
        components: Sequence[Component] | None = None,
    ) -> None:
        chosen = tuple(DEFAULT_COMPONENTS if components is None else components)
        _check_order(chosen)
        resources = Resources(
            gazetteer=gazetteer or default_gazetteer(),
            frames=frames or default_frames(),
            layout=layout or default_layout_rules(),
            pipeline=pipeline,
        )
        self.__attrs_init__(resources=resources, components=chosen)

    @property
    def component_names(self) -> tuple[str, ...]:
        """The components' names, in order."""
        return tuple(c.name for c in self.components)

    def _with(self, components: Sequence[Component]) -> Extractor:
        r = self.resources
        return Extractor(
            gazetteer=r.gazetteer,
            frames=r.frames,
            layout=r.layout,
            pipeline=r.pipeline,
            components=components,
        )

    def without(self, name: str) -> Extractor:
        """This pipeline without the component called ``name``."""
        if name not in self.component_names:
            raise PipelineError(f"no component {name!r}; have {', '.join(self.component_names)}")
        return self._with([c for c in self.components if c.name != name])

    def replacing(self, component: Component) -> Extractor:
        """This pipeline with the component of the same name replaced by ``component``."""
        if component.name not in self.component_names:
            raise PipelineError(
                f"no component {component.name!r}; have {', '.join(self.component_names)}"
            )
        return self._with([component if c.name == component.name else c for c in self.components])

    def with_component(
        self, component: Component, *, after: str | None = None, before: str | None = None
    ) -> Extractor:
        """This pipeline with ``component`` added (at the end, or after/before a named one)."""
        names = self.component_names
        anchor = after or before
        if anchor is None:
            return self._with([*self.components, component])
        if anchor not in names:
            raise PipelineError(f"no component {anchor!r}; have {', '.join(names)}")
        i = names.index(anchor) + (1 if after else 0)
        return self._with([*self.components[:i], component, *self.components[i:]])

    def run(self, doc: Document) -> WorkDoc:
        """The working record after every component (for inspection and tests)."""
        if not isinstance(doc, Document):
            raise ExtractionError(f"expected a Document, got {type(doc).__name__}", document="?")
        work = WorkDoc(document=doc, anchor=_anchor(doc))
        for component in self.components:
            try:
                work = component(work, self.resources)
            except GovTimelineError:
                raise
            except Exception as exc:  # any other failure is this document's, named
                raise ExtractionError(
                    f"component {component.name!r} failed: {type(exc).__name__}: {exc}",
                    document=doc.id,
                ) from exc
            if not isinstance(work, WorkDoc):
                raise ExtractionError(
                    f"component {component.name!r} returned {type(work).__name__}, not a WorkDoc",
                    document=doc.id,
                )
        return work

    def __call__(self, doc: Document) -> Extraction:
        work = self.run(doc)
        actors: dict[str, Actor] = {}
        for a in work.actors:
            actors.setdefault(a.actor.name, a.actor)
        return Extraction(
            document=doc,
            dates=work.dates,
            mentions=work.mentions,
            actors=[actors[name] for name in sorted(actors)],
            positions=work.positions,
            acts=work.acts,
        )


_DEFAULT: list[Extractor] = []


def _default_extractor() -> Extractor:
    if not _DEFAULT:
        _DEFAULT.append(Extractor())
    return _DEFAULT[0]


def extract(doc: Document, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """Everything one document says: dates, event mentions, actors, acts and positions.

    Pure: the same document gives the same Extraction. Raises
    :class:`ExtractionError` naming the document when extraction fails on it.
    """
    if gazetteer is not None:
        return Extractor(gazetteer=gazetteer)(doc)
    return _default_extractor()(doc)
