"""Reading documents: ``gt.read(path)``.

Supported inputs:

* ``.txt`` and ``.md`` — the text, with optional front matter between ``---``
  lines (``title``, ``published``, ``source``, ``url``, ``id``, ``lang``; one
  ``key: value`` per line). A Markdown file without a title takes its first
  ``# heading``.
* ``.html`` / ``.htm`` — visible text (scripts and styles dropped) and the
  metadata news pages carry, each from the first of these that the page has:

  - publication date: the JSON-LD ``datePublished`` (``<script
    type="application/ld+json">``, schema.org), ``<meta property="article:published_time">``,
    a ``<meta name=…>`` of ``date``, ``pubdate``, ``publishdate``, ``dc.date`` or
    ``dcterms.date``, then the first ``<time datetime>``;
  - outlet (``source``): the JSON-LD ``publisher`` name, then ``<meta property="og:site_name">``;
  - title: ``<title>``, then the JSON-LD ``headline``, then ``og:title``;
  - language: ``<html lang>``.
* ``.json`` — one record, a list of records, or ``{"documents": [...]}``.
* ``.jsonl`` — one record per line.
* a directory — every supported file below it, in sorted path order.

A record is an object with ``text`` (required) and optional ``id``, ``title``,
``published``, ``source``, ``url``, ``lang``; the publication date is the first of
``published``, ``date`` and ``datePublished`` that it has. It may be in any common
format ("2025-10-07", "October 7, 2025", "7 Oct 2025", "10/07/2025", "2025-09",
"2019") and is kept as a :class:`~govtimeline.model.when.When` at the precision given.
A numeric date that reads both ways ("07/10/2025") is read by the convention of the
document's language — month first in ``en`` and ``en-US``, day first in every other
language (``fr``, ``de``, ``es``, ``en-GB``…) — with an
:class:`~govtimeline.errors.AmbiguousDateWarning`; ``read(path, day_first=True)`` (or
``False``) says which for every document and silences the warning. A language tag with
a region ("en-GB") gives the document its language ("en").

A document without an ``id`` is named after its path relative to the folder read,
without the suffix (``2024/report`` and ``2025/report`` for two ``report.txt`` files
in two subfolders; ``report`` when a file is read on its own); records of a JSON file
holding several add their position (``2024/feeds-0``).

Files that cannot be read (binary, UTF-16 or UTF-32 — named as such —, not UTF-8,
malformed JSON, missing ``text``, too large, a FIFO or device, a broken link) raise
:class:`~govtimeline.errors.InputError` naming the file (and record or line). Reading a
directory reads every good file first; with ``on_error="raise"`` (the default) it then
raises one :class:`ReadError` that lists every failure and still carries the documents
that were read, so nothing is lost; with ``on_error="skip"`` it logs the failures and
returns the rest. The same holds inside a file: a bad line of a JSONL file or a bad record
of a JSON list costs only itself. Nothing is dropped without a word: links to folders are
followed (once each), an HTML element that hides its content and is never closed is read
as closed (logged), and a lone surrogate (half a character, from a cut JSON escape) is
replaced with U+FFFD (logged). See :mod:`govtimeline.io._files`.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal, NamedTuple

from govtimeline.errors import (
    ArgumentError,
    DateParseError,
    GovTimelineError,
    InputError,
    one_of,
)
from govtimeline.io._files import load_text, walk, whole_characters
from govtimeline.io._html_meta import page_metadata
from govtimeline.model import Document
from govtimeline.model.published import parse_date_string

__all__ = ["MAX_FILE_BYTES", "PUBLISHED_KEYS", "SUFFIXES", "ReadError", "parse_date_string", "read"]

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files larger than this (64 MiB) are refused rather than read into memory."""

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
"""File name endings :func:`read` understands."""

_RECORD_KEYS = frozenset(
    {"id", "text", "title", "published", "date", "datePublished", "source", "url", "lang"}
)
PUBLISHED_KEYS = ("published", "date", "datePublished")
"""The keys of a record that give its publication date, the first present winning."""
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_MD_TITLE = re.compile(r"^#[ \t]+(?P<title>.+?)[ \t#]*$", re.M)


class ReadError(InputError):
    """Some files of a batch could not be read.

    ``failures`` holds one :class:`InputError` per bad file; ``documents``
    holds every document that was read, so a caller can carry on with them.
    """

    def __init__(self, failures: list[InputError], documents: list[Document], *, source: str):
        lines = "\n".join(f"  - {f}" for f in failures)
        super().__init__(
            f"{len(failures)} of {len(failures) + len(documents)} inputs could not be read "
            f"({len(documents)} documents were read and are on .documents):\n{lines}",
            source=source,
        )
        self.failures = failures
        self.documents = documents


def read(
    path: str | Path,
    *,
    on_error: Literal["raise", "skip"] = "raise",
    max_bytes: int = MAX_FILE_BYTES,
    day_first: bool | None = None,
) -> list[Document]:
    """Read documents from a file or a directory (see the module docstring).

    ``day_first`` says how to read numeric publication dates such as "07/10/2025": day
    first (True), month first (False), or by the convention of each document's language
    (None, with an :class:`~govtimeline.errors.AmbiguousDateWarning` when both readings
    are dates).
    """
    _check_arguments(path, on_error, max_bytes)
    root = Path(path)
    if not root.exists():
        raise InputError("no such file or directory", source=str(root))
    files, failures = walk(root, SUFFIXES) if root.is_dir() else ([root], [])
    base = root if root.is_dir() else root.parent
    documents: list[Document] = []
    for file in files:
        options = _Options(default_id=_default_id(file, base), day_first=day_first)
        try:
            documents.extend(_read_file(file, max_bytes=max_bytes, options=options))
        except ReadError as exc:  # a file of records, some bad: the good ones are kept
            documents.extend(exc.documents)
            failures.extend(exc.failures)
        except InputError as exc:
            failures.append(exc)
    _check_unique_ids(documents, failures)
    if failures:
        if on_error == "raise":
            if len(failures) == 1 and not documents and not root.is_dir():
                raise failures[0]
            raise ReadError(failures, documents, source=str(root))
        for failure in failures:
            log.warning("skipped: %s", failure)
    return documents


class _Options(NamedTuple):
    """What one call of :func:`read` tells the reader of each file."""

    default_id: str
    """The id of a document that gives none: its path relative to the folder read."""
    day_first: bool | None
    """How to read numeric dates (None: as the document's language writes them)."""


def _default_id(file: Path, base: Path) -> str:
    """``2024/report`` for ``base/2024/report.txt``: unique across subfolders."""
    return file.relative_to(base).with_suffix("").as_posix()


def _check_arguments(path: object, on_error: object, max_bytes: object) -> None:
    """:class:`ArgumentError` naming the argument of :func:`read` that cannot be used."""
    if not isinstance(path, str | os.PathLike):
        raise ArgumentError(
            f"expected the path of a file or folder (a str or Path), got {type(path).__name__}",
            argument="read(path)",
        )
    one_of("read(on_error)", on_error, ("raise", "skip"))
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 1:
        raise ArgumentError(
            f"expected a positive number of bytes, got {max_bytes!r:.60}",
            argument="read(max_bytes)",
        )


def _check_unique_ids(documents: list[Document], failures: list[InputError]) -> None:
    seen: dict[str, Document] = {}
    kept: list[Document] = []
    for doc in documents:
        if doc.id in seen:
            failures.append(
                InputError(
                    f"duplicate document id {doc.id!r} (also used by {seen[doc.id].path}); "
                    "give one of them an explicit id",
                    source=doc.path or doc.id,
                )
            )
            continue
        seen[doc.id] = doc
        kept.append(doc)
    documents[:] = kept


def _read_file(file: Path, *, max_bytes: int, options: _Options) -> list[Document]:
    suffix = file.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'}; expected one of {sorted(SUFFIXES)}",
            source=str(file),
        )
    text = load_text(file, max_bytes)
    if suffix in (".json", ".jsonl"):
        return _read_json(file, text, lines=suffix == ".jsonl", options=options)
    if suffix in (".html", ".htm"):
        return [_read_html(file, text, options=options)]
    return [_read_plain(file, text, markdown=suffix in (".md", ".markdown"), options=options)]


def _read_plain(file: Path, text: str, *, markdown: bool, options: _Options) -> Document:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for number, line in enumerate(match["body"].splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise InputError(
                    f"front matter line {number} is not 'key: value': {line[:60]!r}",
                    source=str(file),
                )
            meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end() :]
    if markdown and "title" not in meta:
        heading = _MD_TITLE.search(text)
        if heading:
            meta["title"] = heading["title"]
    return _document(meta | {"text": text}, source=str(file), path=file, options=options)


def _read_json(file: Path, text: str, *, lines: bool, options: _Options) -> list[Document]:
    """Every good record of the file; bad ones raise one :class:`ReadError` carrying the good."""
    records, failures = _json_lines(file, text) if lines else (_json_records(file, text), [])
    single = len(records) == 1 and not lines
    name = options.default_id
    documents: list[Document] = []
    for index, (where, record) in enumerate(records):
        if record is _BAD_LINE:
            continue
        try:
            documents.append(
                _document(
                    record,
                    source=where,
                    path=file,
                    options=options if single else options._replace(default_id=f"{name}-{index}"),
                )
            )
        except InputError as exc:
            failures.append(exc)
    if failures:
        raise ReadError(failures, documents, source=str(file))
    return documents


def _json_records(file: Path, text: str) -> list[tuple[str, Any]]:
    data = _json(text, str(file))
    if isinstance(data, dict) and "documents" in data and "text" not in data:
        data = data["documents"]
    items = data if isinstance(data, list) else [data]
    return [(f"{file}[{i}]", item) for i, item in enumerate(items)]


_BAD_LINE = object()
"""Holds the place of a JSONL line that is no JSON (reported), so later ids do not shift."""


def _json_lines(file: Path, text: str) -> tuple[list[tuple[str, Any]], list[InputError]]:
    """The records of a JSONL file, a bad line's place held by ``_BAD_LINE``, and its error."""
    records: list[tuple[str, Any]] = []
    failures: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{file}:{number}"
        try:
            records.append((where, _json(line, where)))
        except InputError as exc:
            failures.append(exc)
            records.append((where, _BAD_LINE))
    return records, failures


_LONG_NUMBER = (
    "malformed JSON: a number of more than 4,300 digits (Python refuses to read it); "
    "write it as a string"
)


def _json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", source=source
        ) from None
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply", source=source) from None
    except ValueError:  # json.loads raises nothing else but for a number Python will not read
        raise InputError(_LONG_NUMBER, source=source) from None


def _document(record: Any, *, source: str, path: Path, options: _Options) -> Document:
    if not isinstance(record, Mapping):
        raise InputError(
            f"expected a record (object with 'text'), got {type(record).__name__}", source=source
        )
    text = record.get("text")
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}"
        raise InputError(f"'text' must be a string, but it is {found}", source=source)
    text = whole_characters(text, source=source, field="text")
    fields: dict[str, Any] = {"text": text, "path": str(path)}
    for key in ("id", "title", "source", "url", "lang"):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise InputError(f"'{key}' must be a string, got {type(value).__name__}", source=source)
        fields[key] = whole_characters(str(value).strip(), source=source, field=key)
    fields.setdefault("id", options.default_id)
    tag = fields.get("lang", "en")
    fields["lang"] = tag.split("-")[0].lower() if "-" in tag else tag  # "en-GB" is "en"
    published = next((record[k] for k in PUBLISHED_KEYS if record.get(k) is not None), None)
    if published is not None and str(published).strip():
        try:
            fields["published"] = parse_date_string(
                str(published), source=f"{source}: published", day_first=options.day_first, lang=tag
            )
        except DateParseError as exc:
            raise InputError(str(exc).removeprefix(f"{source}: "), source=source) from None
    unknown = set(record) - _RECORD_KEYS
    if unknown:
        log.debug("%s: ignoring unknown fields %s", source, sorted(unknown))
    try:
        return Document(**fields)
    except (GovTimelineError, TypeError, ValueError) as exc:
        raise InputError(str(exc), source=source) from None


_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "blockquote",
        "header",
        "footer",
        "ul",
        "ol",
        "table",
        "pre",
        "hr",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
"""Elements whose content is not shown. ``<head>`` is not one: its end tag is optional
(HTML5), and a page without it would read as empty; its title is read apart, and what
else it holds (meta, link, script, style) shows no text."""


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, plus its title and the metadata of
    :mod:`govtimeline.io._html_meta` (meta tags, JSON-LD, first ``<time>``, ``<html lang>``).

    Start tags at the positions in ``void`` are read as if closed at once: the reader's
    second pass over a page whose ``<script>``, ``<noscript>``, ``<template>``, ``<style>``,
    ``<svg>`` or ``<title>`` is never closed (see :func:`_parsed_html`).
    """

    def __init__(self, void: frozenset[tuple[int, int]] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.meta: dict[str, str] = {}
        self.linked_data: list[str] = []
        self.time: str | None = None
        self.lang: str | None = None
        self._open: list[tuple[str, tuple[int, int]]] = []  # skipped elements still open
        self._hidden = 0  # characters of text hidden since the outermost of them opened
        self._void = void
        self._voided = False
        self._in_title = False
        self._title_at = (0, 0)
        self._script: list[str] | None = None  # the text of a JSON-LD block being read

    def unclosed(self) -> list[tuple[str, tuple[int, int]]]:
        """The skipped elements (and an unclosed title) that hid text up to the end of the page."""
        hidden = self._hidden or self.rawdata.strip()  # an unclosed script's text stays unread
        found = list(self._open) if hidden else []
        if self._in_title and self.title and self.title.strip():
            found.append(("title", self._title_at))
        return found

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs_}
        self._voided = self.getpos() in self._void
        if tag == "title" and not self._voided:
            self._in_title = True
            self._title_at = self.getpos()
        elif tag == "meta":
            name = (values.get("property") or values.get("name") or "").lower()
            if name and values.get("content"):
                self.meta.setdefault(name, values["content"])
        elif tag == "time" and values.get("datetime") and self.time is None:
            self.time = values["datetime"]
        elif tag == "html" and values.get("lang") and self.lang is None:
            self.lang = values["lang"]
        elif (
            tag == "script"
            and not self._voided
            and values.get("type", "").lower() == "application/ld+json"
        ):
            self._script = []
        if tag in _SKIP_TAGS and not self._voided:
            if not self._open:
                self._hidden = 0
            self._open.append((tag, self.getpos()))
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def set_cdata_mode(self, *args: Any, **kwargs: Any) -> None:
        """A voided ``<script>`` or ``<style>`` does not swallow what follows as raw text."""
        if not self._voided:
            super().set_cdata_mode(*args, **kwargs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._script is not None:
            self.linked_data.append("".join(self._script))
            self._script = None
        if tag in _SKIP_TAGS and any(name == tag for name, _ in self._open):
            while self._open.pop()[0] != tag:  # closes the elements left open inside it
                pass
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        elif self._in_title:
            self.title = (self.title or "") + data
        elif not self._open:
            self.parts.append(re.sub(r"[ \t\r\n\f\v]+", " ", data))
        else:
            self._hidden += len(data.strip())


def _parsed_html(file: Path, text: str) -> _TextExtractor:
    """The page parsed; again, with them read as closed at once, when elements that hide
    their content (script, noscript, template, style, svg, title) are never closed and hid
    text to the end of the page (logged, naming their lines)."""
    void: frozenset[tuple[int, int]] = frozenset()
    for _ in range(4):  # each pass can only uncover elements the one before hid
        parser = _TextExtractor(void)
        try:
            parser.feed(text)
            parser.close()
        except (AssertionError, ValueError) as exc:  # html.parser's own failures on broken markup
            raise InputError(f"cannot parse HTML ({exc})", source=str(file)) from None
        unclosed = parser.unclosed()
        if not unclosed:
            break
        log.warning(
            "%s: %s never closed; the text after it is read as visible text",
            file,
            ", ".join(f"<{tag}> of line {line}" for tag, (line, _) in unclosed),
        )
        void |= {at for _, at in unclosed}
    return parser


def _read_html(file: Path, text: str, *, options: _Options) -> Document:
    parser = _parsed_html(file, text)
    body = re.sub(r" *\n[ \n]*", "\n\n", "".join(parser.parts)).strip()
    meta = page_metadata(parser.meta, parser.linked_data, parser.time, parser.lang)
    record: dict[str, Any] = {"text": body} | meta
    if parser.title and parser.title.strip():
        record["title"] = " ".join(parser.title.split())
    return _document(record, source=str(file), path=file, options=options)
