"""Reading the metadata real news files carry (issue 18).

A JSON record's ``date``, HTML's JSON-LD ``datePublished``, ``article:published_time`` and
``og:site_name`` were not read; "07/10/2025" was read month first without a word; two
``report.txt`` in two subfolders both got the id ``report``.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import govtimeline as gt

W = gt.When


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "published"),
    [
        ({"date": "2025-10-07"}, W.day(2025, 10, 7)),
        ({"datePublished": "October 7, 2025"}, W.day(2025, 10, 7)),
        ({"published": "2025-10", "date": "2025-10-07"}, W.month(2025, 10)),  # published first
        ({"date": "2025-10-07", "datePublished": "2024"}, W.day(2025, 10, 7)),
        ({"date": None, "datePublished": "2024"}, W.year(2024)),
    ],
)
def test_a_json_record_is_dated_by_published_then_date_then_date_published(
    tmp_path: Path, record: dict[str, object], published: gt.When
) -> None:
    file = _write(tmp_path / "story.json", json.dumps({"text": "Talks went on."} | record))
    (doc,) = gt.read(file)
    assert doc.published == published


def _page(head: str, *, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head>{head}</head><body><p>Talks.</p></body></html>"
    )


LD = """<script type="application/ld+json">{
  "@context": "https://schema.org", "@type": "NewsArticle", "headline": "From JSON-LD",
  "datePublished": "2025-03-04T08:00:00+01:00", "publisher": {"@type": "Organization",
  "name": "Harbour Herald"}}</script>"""
OG = (
    '<meta property="article:published_time" content="2025-03-01">'
    '<meta property="og:site_name" content="Harbour Wire">'
    '<meta property="og:title" content="From Open Graph">'
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (LD + OG, ("2025-03-04", "Harbour Herald", "From JSON-LD")),  # JSON-LD first…
        (OG, ("2025-03-01", "Harbour Wire", "From Open Graph")),  # … then meta tags
        (OG + "<title>The title</title>", ("2025-03-01", "Harbour Wire", "The title")),
        (  # a @graph, as Yoast and others write it; the publisher given as a string
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "Article", "datePublished": "2024-12", "publisher": "Graph Post"}]}'
            "</script>",
            ("2024-12", "Graph Post", None),
        ),
        (  # JSON-LD that does not parse is passed over
            '<script type="application/ld+json">{"datePublished": </script>'
            '<meta name="dc.date" content="2023-05-06"><time datetime="2020-01-01"></time>',
            ("2023-05-06", None, None),
        ),
        ('<time datetime="2020-01-02">2 Jan</time>', ("2020-01-02", None, None)),
    ],
)
def test_a_page_is_read_with_its_metadata_in_order_of_precedence(
    tmp_path: Path, head: str, expected: tuple[str, str | None, str | None]
) -> None:
    (doc,) = gt.read(_write(tmp_path / "page.html", _page(head)))
    assert doc.published is not None
    assert (doc.published.edtf, doc.source, doc.title) == expected
    assert "datePublished" not in doc.text  # the JSON-LD is not prose


def test_the_bundled_html_example_names_its_outlet() -> None:
    (doc,) = gt.read(gt.examples_path() / "05_council_of_europe_2024.html")
    assert doc.source == "govtimeline example Europe desk"


@pytest.mark.parametrize(
    ("lang", "day_first", "published", "warns"),
    [
        ("en", None, W.day(2025, 7, 10), True),  # US order, said aloud
        ("fr", None, W.day(2025, 10, 7), True),
        ("en-GB", None, W.day(2025, 10, 7), True),
        ("en", True, W.day(2025, 10, 7), False),  # the caller said which: no warning
        ("fr", False, W.day(2025, 7, 10), False),
    ],
)
def test_an_ambiguous_numeric_date_follows_the_language_or_day_first(
    tmp_path: Path, lang: str, day_first: bool | None, published: gt.When, warns: bool
) -> None:
    file = _write(tmp_path / "note.md", f"---\npublished: 07/10/2025\nlang: {lang}\n---\nTalks.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (doc,) = gt.read(file, day_first=day_first)
    assert doc.published == published
    assert doc.lang == lang.split("-")[0]
    messages = [str(w.message) for w in caught if issubclass(w.category, gt.AmbiguousDateWarning)]
    assert len(messages) == int(warns)
    if warns:
        assert "note.md" in messages[0]
        assert "7 October 2025" in messages[0]
        assert "10 July 2025" in messages[0]
        assert "day_first=" in messages[0]


@pytest.mark.parametrize(
    ("value", "published"),
    [
        ("13/10/2025", W.day(2025, 10, 13)),  # only one reading is a date
        ("10/13/2025", W.day(2025, 10, 13)),
        ("10/10/2025", W.day(2025, 10, 10)),  # both readings are the same day
        ("7.10.25", W.day(2025, 7, 10)),
        ("1/2/99", W.day(1999, 1, 2)),
    ],
)
def test_a_numeric_date_that_reads_one_way_does_not_warn(
    tmp_path: Path, value: str, published: gt.When
) -> None:
    file = _write(tmp_path / "n.json", json.dumps({"text": "x", "published": value}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if value in ("7.10.25", "1/2/99"):
            warnings.simplefilter("ignore", gt.AmbiguousDateWarning)
        (doc,) = gt.read(file)
    assert doc.published == published


def test_a_numeric_non_date_names_the_file(tmp_path: Path) -> None:
    file = _write(tmp_path / "bad.json", json.dumps({"text": "x", "date": "31/31/2025"}))
    with pytest.raises(gt.InputError, match=r"bad\.json\[0\]: published: '31/31/2025' is no date"):
        gt.read(file)


def test_default_ids_are_paths_relative_to_the_folder_read(tmp_path: Path) -> None:
    _write(tmp_path / "2024" / "report.txt", "Talks in 2024.")
    _write(tmp_path / "2025" / "report.txt", "Talks in 2025.")
    _write(tmp_path / "index.md", "# Index\n\nTalks.")
    _write(tmp_path / "2025" / "feed.json", json.dumps([{"text": "a"}, {"text": "b"}]))
    ids = [d.id for d in gt.read(tmp_path)]
    assert ids == ["2024/report", "2025/feed-0", "2025/feed-1", "2025/report", "index"]
    (alone,) = gt.read(tmp_path / "2024" / "report.txt")
    assert alone.id == "report"
    assert [d.id for d in gt.read(tmp_path / "2025")] == ["feed-0", "feed-1", "report"]
