"""Tests for govtimeline.io.read: reading files, front matter, dates and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govtimeline as gt
from govtimeline.io import ReadError, parse_date_string

EXAMPLES = Path(gt.__file__).parent / "data" / "examples"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-10-07", gt.When.day(2025, 10, 7)),
        ("October 7, 2025", gt.When.day(2025, 10, 7)),
        ("7 Oct 2025", gt.When.day(2025, 10, 7)),
        ("Tuesday, 7 October 2025", gt.When.day(2025, 10, 7)),
        ("2025-10-07T09:30:00Z", gt.When.day(2025, 10, 7)),
        ("2025-09", gt.When.month(2025, 9)),
        ("September 2025", gt.When.month(2025, 9)),
        ("2019", gt.When.year(2019)),
        ("2026-Q1", gt.When.quarter(2026, 1)),
        ("7 octobre 2025", gt.When.day(2025, 10, 7)),
        ("7. Oktober 2025", gt.When.day(2025, 10, 7)),
    ],
)
def test_parse_date_string_keeps_precision(value: str, expected: gt.When) -> None:
    assert parse_date_string(value) == expected


@pytest.mark.parametrize("value", ["", "soon", "not a date at all", "x" * 200])
def test_parse_date_string_rejects_non_dates(value: str) -> None:
    with pytest.raises(gt.DateParseError):
        parse_date_string(value)


def test_front_matter_and_markdown_title(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\nid: alpha\npublished: 3 March 2024\nsource: 'Desk'\nurl: https://x.test/a\n---\n"
        "# Heading here\n\nBody text.\n",
    )
    (doc,) = gt.read(path)
    assert doc.id == "alpha"
    assert doc.published == gt.When.day(2024, 3, 3)
    assert doc.title == "Heading here"
    assert doc.source == "Desk"
    assert doc.url == "https://x.test/a"
    assert doc.text.startswith("# Heading here")
    assert doc.path == str(path)


def test_plain_text_without_front_matter_is_undated(tmp_path: Path) -> None:
    (doc,) = gt.read(write(tmp_path, "note.txt", "Just words.\n"))
    assert (doc.id, doc.published, doc.title, doc.text) == ("note", None, None, "Just words.\n")


def test_html_keeps_visible_text_title_and_date(tmp_path: Path) -> None:
    html = (
        "<html><head><title>T &amp; U</title><script>var a='<p>x</p>';</script>"
        '<meta property="article:published_time" content="2024-09-06T09:30:00Z"></head>'
        "<body><p>First&nbsp;para.</p><p>Second <b>bold</b> para.</p><style>p{}</style></body>"
    )
    (doc,) = gt.read(write(tmp_path, "page.html", html))
    assert doc.title == "T & U"
    assert doc.published == gt.When.day(2024, 9, 6)
    assert "var a" not in doc.text
    assert doc.text == "First\xa0para.\n\nSecond bold para."


def test_json_forms(tmp_path: Path) -> None:
    one = write(tmp_path, "one.json", json.dumps({"text": "A.", "published": "2025"}))
    many = write(tmp_path, "many.json", json.dumps([{"text": "A."}, {"text": "B.", "id": 7}]))
    wrapped = write(tmp_path, "wrapped.json", json.dumps({"documents": [{"text": "C."}]}))
    lines = write(tmp_path, "lines.jsonl", '{"text": "D."}\n\n{"text": "E.", "id": "e"}\n')
    assert [d.id for d in gt.read(one)] == ["one"]
    assert gt.read(one)[0].published == gt.When.year(2025)
    assert [d.id for d in gt.read(many)] == ["many-0", "7"]
    assert [d.id for d in gt.read(wrapped)] == ["wrapped"]
    assert [d.id for d in gt.read(lines)] == ["lines-0", "e"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"abc\x00def", "binary"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("bad.json", '{"text": ', "malformed JSON"),
        ("deep.json", "[" * 50_000, "malformed JSON"),
        ("notext.json", '{"title": "x"}', "'text' must be a string, but it is missing"),
        ("numtext.json", '{"text": 5}', "'text' must be a string, but it is a int"),
        ("list.jsonl", '{"text": "ok"}\n[1]\n', "expected a record"),
        ("date.json", '{"text": "x", "published": "whenever"}', "not a date"),
        ("front.md", "---\nno colon here\n---\nx", "front matter line 2"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_files_raise_input_error_naming_the_file(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(gt.InputError, match=message) as excinfo:
        gt.read(path)
    assert name in str(excinfo.value)
    assert isinstance(excinfo.value, gt.GovTimelineError)


def test_jsonl_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "x.jsonl", '{"text": "ok"}\n{broken\n')
    with pytest.raises(gt.InputError, match=r"x\.jsonl:2"):
        gt.read(path)


def test_missing_path_and_size_limit(tmp_path: Path) -> None:
    with pytest.raises(gt.InputError, match="no such file"):
        gt.read(tmp_path / "nope")
    big = write(tmp_path, "big.txt", "x" * 100)
    with pytest.raises(gt.InputError, match="more than the limit"):
        gt.read(big, max_bytes=10)


def test_directory_with_bad_files_loses_nothing(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Good one.")
    write(tmp_path, "b.txt", b"\x00\x01")
    write(tmp_path, "sub/c.md".replace("/", "_"), "Good two.")
    write(tmp_path, "d.json", "{oops")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "e.txt", "ignored")
    with pytest.raises(ReadError) as excinfo:
        gt.read(tmp_path)
    error = excinfo.value
    assert [d.id for d in error.documents] == ["a", "sub_c"]
    assert len(error.failures) == 2
    assert "b.txt" in str(error)
    assert "d.json" in str(error)
    assert [d.id for d in gt.read(tmp_path, on_error="skip")] == ["a", "sub_c"]


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "---\nid: same\n---\nOne.")
    write(tmp_path, "b.txt", "---\nid: same\n---\nTwo.")
    with pytest.raises(ReadError, match="duplicate document id 'same'"):
        gt.read(tmp_path)


def test_bundled_examples_read_cleanly() -> None:
    docs = gt.read(EXAMPLES)
    assert 6 <= len(docs) <= 12
    assert len({d.id for d in docs}) == len(docs)
    assert all(d.text.strip() for d in docs)
    assert sum(d.published is None for d in docs) >= 1  # one undated article on purpose
    assert any(d.published is not None and d.published.precision.value != "day" for d in docs)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]))
def test_arbitrary_bytes_never_crash(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        docs = gt.read(path)
    except gt.InputError:
        return
    assert all(isinstance(d, gt.Document) for d in docs)
