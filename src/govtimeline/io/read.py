"""Reading documents: ``gt.read(path)``.

Supported inputs:

* ``.txt`` and ``.md`` — the text, with optional front matter between ``---``
  lines (``title``, ``published``, ``source``, ``url``, ``id``, ``lang``; one
  ``key: value`` per line). A Markdown file without a title takes its first
  ``# heading``.
* ``.html`` / ``.htm`` — visible text (scripts and styles dropped), title from
  ``<title>``, date from ``<meta property="article:published_time">`` or
  ``<time datetime>``.
* ``.json`` — one record, a list of records, or ``{"documents": [...]}``.
* ``.jsonl`` — one record per line.
* a directory — every supported file below it, in sorted path order.

A record is an object with ``text`` (required) and optional ``id``, ``title``,
``published``, ``source``, ``url``, ``lang``. ``published`` may be in any
common format ("2025-10-07", "October 7, 2025", "7 Oct 2025", "10/07/2025",
"2025-09", "2019") and is kept as a :class:`~govtimeline.model.when.When` at the
precision given.

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
from typing import Any, Literal

from govtimeline.errors import (
    ArgumentError,
    DateParseError,
    GovTimelineError,
    InputError,
    one_of,
)
from govtimeline.io._files import load_text, walk, whole_characters
from govtimeline.model import Document
from govtimeline.model.published import parse_date_string

__all__ = ["MAX_FILE_BYTES", "SUFFIXES", "ReadError", "parse_date_string", "read"]

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024
"""Files larger than this (64 MiB) are refused rather than read into memory."""

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"})
"""File name endings :func:`read` understands."""

_RECORD_KEYS = frozenset({"id", "text", "title", "published", "source", "url", "lang"})
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
) -> list[Document]:
    """Read documents from a file or a directory (see the module docstring)."""
    _check_arguments(path, on_error, max_bytes)
    root = Path(path)
    if not root.exists():
        raise InputError("no such file or directory", source=str(root))
    files, failures = walk(root, SUFFIXES) if root.is_dir() else ([root], [])
    documents: list[Document] = []
    for file in files:
        try:
            documents.extend(_read_file(file, max_bytes=max_bytes))
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


def _read_file(file: Path, *, max_bytes: int) -> list[Document]:
    suffix = file.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'}; expected one of {sorted(SUFFIXES)}",
            source=str(file),
        )
    text = load_text(file, max_bytes)
    if suffix in (".json", ".jsonl"):
        return _read_json(file, text, lines=suffix == ".jsonl")
    if suffix in (".html", ".htm"):
        return [_read_html(file, text)]
    return [_read_plain(file, text, markdown=suffix in (".md", ".markdown"))]


def _read_plain(file: Path, text: str, *, markdown: bool) -> Document:
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
    return _document(meta | {"text": text}, source=str(file), default_id=file.stem, path=file)


def _read_json(file: Path, text: str, *, lines: bool) -> list[Document]:
    """Every good record of the file; bad ones raise one :class:`ReadError` carrying the good."""
    records, failures = _json_lines(file, text) if lines else (_json_records(file, text), [])
    single = len(records) == 1 and not lines
    documents: list[Document] = []
    for index, (where, record) in enumerate(records):
        if record is _BAD_LINE:
            continue
        try:
            documents.append(
                _document(
                    record,
                    source=where,
                    default_id=file.stem if single else f"{file.stem}-{index}",
                    path=file,
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


def _document(record: Any, *, source: str, default_id: str, path: Path) -> Document:
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
    fields.setdefault("id", default_id)
    published = record.get("published")
    if published is not None and str(published).strip():
        try:
            fields["published"] = parse_date_string(str(published), source="published")
        except DateParseError as exc:
            raise InputError(str(exc), source=source) from None
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
_DATE_META = frozenset(
    {"article:published_time", "date", "pubdate", "publishdate", "dc.date", "dcterms.date"}
)


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, plus its title and publication date.

    Start tags at the positions in ``void`` are read as if closed at once: the reader's
    second pass over a page whose ``<script>``, ``<noscript>``, ``<template>``, ``<style>``,
    ``<svg>`` or ``<title>`` is never closed (see :func:`_read_html`).
    """

    def __init__(self, void: frozenset[tuple[int, int]] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.published: str | None = None
        self._open: list[tuple[str, tuple[int, int]]] = []  # skipped elements still open
        self._hidden = 0  # characters of text hidden since the outermost of them opened
        self._void = void
        self._voided = False
        self._in_title = False
        self._title_at = (0, 0)

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
            if name in _DATE_META and values.get("content") and self.published is None:
                self.published = values["content"]
        elif tag == "time" and values.get("datetime") and self.published is None:
            self.published = values["datetime"]
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
        if tag in _SKIP_TAGS and any(name == tag for name, _ in self._open):
            while self._open.pop()[0] != tag:  # closes the elements left open inside it
                pass
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
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


def _read_html(file: Path, text: str) -> Document:
    parser = _parsed_html(file, text)
    body = re.sub(r" *\n[ \n]*", "\n\n", "".join(parser.parts)).strip()
    record: dict[str, Any] = {"text": body}
    if parser.title and parser.title.strip():
        record["title"] = " ".join(parser.title.split())
    if parser.published:
        record["published"] = parser.published
    return _document(record, source=str(file), default_id=file.stem, path=file)
