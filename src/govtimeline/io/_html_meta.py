"""The metadata of a news page, in a documented order of precedence (internal).

:func:`govtimeline.read` collects a page's ``<meta>`` tags, its JSON-LD blocks
(``<script type="application/ld+json">``, schema.org ``NewsArticle`` and kin), its first
``<time datetime>`` and ``<html lang>``; :func:`page_metadata` picks from them:

- ``published``: JSON-LD ``datePublished``, ``article:published_time``, then a meta
  :data:`DATE_META` name in that order, then the ``<time datetime>``;
- ``source``: the JSON-LD ``publisher`` (its ``name``), then ``og:site_name``;
- ``title`` (used when the page has no ``<title>``): JSON-LD ``headline``, then ``og:title``;
- ``lang``: ``<html lang>``.

JSON-LD that does not parse, or holds no article, is passed over: a page's metadata is
a hint, never a reason to refuse the page.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = ["DATE_META", "page_metadata"]

log = logging.getLogger(__name__)

DATE_META = ("article:published_time", "date", "pubdate", "publishdate", "dc.date", "dcterms.date")
"""``<meta property|name=…>`` keys that give the publication date, the first present winning."""


def _objects(node: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """Every JSON object in a JSON-LD value: top level first, then ``@graph`` and lists."""
    if depth > 8:
        return
    if isinstance(node, list):
        for item in node:
            yield from _objects(item, depth + 1)
    elif isinstance(node, Mapping):
        yield node
        yield from _objects(node.get("@graph"), depth + 1)


def _text(value: Any) -> str | None:
    """A non-empty string from a JSON-LD value (a name, or the name of an object)."""
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, list) and value:
        return _text(value[0])
    return value.strip() if isinstance(value, str) and value.strip() else None


def _linked_data(scripts: Sequence[str]) -> dict[str, str]:
    """``datePublished``, ``publisher`` and ``headline`` of the first article that has each."""
    found: dict[str, str] = {}
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            log.debug("skipping JSON-LD that does not parse")
            continue
        for obj in _objects(data):
            for key in ("datePublished", "publisher", "headline"):
                value = _text(obj.get(key))
                if value is not None:
                    found.setdefault(key, value)
    return found


def page_metadata(
    meta: Mapping[str, str], scripts: Sequence[str], time: str | None, lang: str | None
) -> dict[str, str]:
    """The page's ``published``, ``source``, ``title`` and ``lang``, those it has.

    ``meta`` maps lowercased ``property``/``name`` keys to their first ``content``;
    ``scripts`` are the texts of the JSON-LD blocks; ``time`` the first ``<time datetime>``.
    """
    linked = _linked_data(scripts)
    candidates = {
        "published": [linked.get("datePublished"), *(meta.get(k) for k in DATE_META), time],
        "source": [linked.get("publisher"), meta.get("og:site_name")],
        "title": [linked.get("headline"), meta.get("og:title")],
        "lang": [lang],
    }
    out: dict[str, str] = {}
    for field, values in candidates.items():
        chosen = next((v.strip() for v in values if v and v.strip()), None)
        if chosen is not None:
            out[field] = chosen
    return out
