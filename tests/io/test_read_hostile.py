"""gt.read on files found in the wild: nothing lost without a word, never a hang (issue 14)."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import pytest

import govtimeline as gt
from govtimeline.io import ReadError

sys.path.insert(0, str(Path(__file__).parent))
from test_read import write

STORY = "Leaders met at the Harbour Summit on 3 May 2030."


# ---------------------------------------------------------------- records of JSONL and JSON lists


@pytest.mark.parametrize("on_error", ["raise", "skip"])
def test_one_bad_jsonl_line_keeps_every_good_record_and_names_the_line(
    tmp_path: Path, on_error: str
) -> None:
    # one bad line lost every good record of the file, even with on_error="skip"
    lines = [
        json.dumps({"text": STORY}),
        "{broken",
        json.dumps({"text": "Talks resumed."}),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "The end.", "id": "last"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    if on_error == "skip":
        docs = gt.read(path, on_error="skip")
    else:
        with pytest.raises(ReadError) as raised:
            gt.read(path)
        docs = raised.value.documents
        assert [f.source for f in raised.value.failures] == [f"{path}:2", f"{path}:4"]
    # ids keep their place in the file: a bad line does not renumber the records after it
    assert [d.id for d in docs] == ["feed-0", "feed-2", "last"]


def test_one_bad_record_of_a_json_list_keeps_the_others(tmp_path: Path) -> None:
    records = [{"text": STORY}, {"text": 5}, {"text": "Talks resumed.", "published": "Monday"}]
    path = write(tmp_path, "list.json", json.dumps([*records, {"text": "Fine."}]))
    with pytest.raises(ReadError) as raised:
        gt.read(path)
    assert [d.id for d in raised.value.documents] == ["list-0", "list-3"]
    assert [f.source for f in raised.value.failures] == [f"{path}[1]", f"{path}[2]"]


def test_a_folder_keeps_the_good_records_of_a_file_with_bad_ones(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", STORY)
    write(tmp_path, "b.jsonl", '{"text": "Kept."}\n[1]\n')
    assert [d.id for d in gt.read(tmp_path, on_error="skip")] == ["a", "b-0"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        # json.loads raises a bare ValueError past 4,300 digits: read() of a folder failed
        ("big.json", '{"text": "x", "n": ' + "1" * 5000 + "}"),
        ("big.jsonl", '{"text": "x"}\n{"text": "y", "n": ' + "9" * 4301 + "}\n"),
    ],
)
def test_a_number_of_more_than_4300_digits_is_an_input_error(
    tmp_path: Path, name: str, content: str
) -> None:
    write(tmp_path, "ok.txt", STORY)
    write(tmp_path, name, content)
    with pytest.raises(ReadError, match="a number of more than 4,300 digits") as raised:
        gt.read(tmp_path)
    assert "ok" in [d.id for d in raised.value.documents]


def test_lone_surrogates_are_replaced_and_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # a truncated emoji ("\ud83d" without its pair) was accepted, then crashed every writer
    path = write(tmp_path, "cut.jsonl", '{"text": "Leaders met \\ud83d", "title": "A \\udc00"}\n')
    with caplog.at_level(logging.WARNING, logger="govtimeline.io.read"):
        (doc,) = gt.read(path)
    assert doc.text == "Leaders met \ufffd"
    assert doc.title == "A \ufffd"
    assert "lone surrogate" in caplog.text
    assert f"{path}:1" in caplog.text
    tl = gt.reconstruct([doc])
    tl.to_json().encode("utf-8")
    tl.to_markdown().encode("utf-8")


# ---------------------------------------------------------------- HTML


@pytest.mark.parametrize(
    ("html", "cause"),
    [
        # </head> is optional in HTML5: <head> was skipped to the end of the page
        ("<html><head><title>T</title><body><p>{story}</p>", "no </head>"),
        ("<head><meta charset=utf-8><p>{story}</p>", "no </head>, no <body>"),
        # an element that hides its content, never closed, hid the rest of the page
        ("<body><noscript><img src=x><p>{story}</p>", "unclosed <noscript>"),
        ("<body><script>var a = 1;<p>{story}</p>", "unclosed <script>"),
        ("<body><template><p>{story}</p>", "unclosed <template>"),
        ("<body><style>p{{}}<p>{story}</p>", "unclosed <style>"),
        ("<head><title>Broken<body><p>{story}</p>", "unclosed <title>"),
        ("<body><noscript><template><p>{story}</p>", "two nested, both unclosed"),
    ],
)
def test_html_never_reads_as_empty_text(tmp_path: Path, html: str, cause: str) -> None:
    (doc,) = gt.read(write(tmp_path, "page.html", html.format(story=STORY)))
    assert STORY in doc.text, cause


def test_an_unclosed_element_is_logged_with_its_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, "page.html", f"<body>\n<p>Lead.</p>\n<noscript>\n<p>{STORY}</p>\n")
    with caplog.at_level(logging.WARNING, logger="govtimeline.io.read"):
        (doc,) = gt.read(path)
    assert doc.text == f"Lead.\n\n{STORY}"
    assert "<noscript> of line 3 never closed" in caplog.text


@pytest.mark.parametrize(
    "html",
    [
        f"<body><p>{STORY}</p><noscript>Enable JavaScript.</noscript><script>x()</script>",
        f"<body><p>{STORY}</p><noscript>",  # unclosed, but it hides nothing: no second pass
        f"<body><template><p>Hidden.</p></template><p>{STORY}</p>",
    ],
)
def test_closed_hidden_elements_stay_hidden(tmp_path: Path, html: str) -> None:
    (doc,) = gt.read(write(tmp_path, "page.html", html))
    assert doc.text == STORY


# ---------------------------------------------------------------- folders, links, FIFOs


def test_symlinked_subfolders_are_read_and_broken_links_reported(tmp_path: Path) -> None:
    # symlinked subfolders and broken links were skipped without a word
    outside, root = tmp_path / "outside", tmp_path / "root"
    outside.mkdir()
    root.mkdir()
    write(outside, "linked.txt", STORY)
    write(root, "a.txt", STORY)
    (root / "more").symlink_to(outside, target_is_directory=True)
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "gone-folder").symlink_to(tmp_path / "nowhere")
    with pytest.raises(ReadError) as raised:
        gt.read(root)
    assert sorted(d.id for d in raised.value.documents) == ["a", "more/linked"]
    assert sorted(f.source for f in raised.value.failures) == [
        str(root / "gone-folder"),
        str(root / "gone.txt"),
    ]
    assert "broken link to" in str(raised.value)


def test_a_link_loop_ends(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path, "a.txt", STORY)
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)
    with caplog.at_level(logging.WARNING, logger="govtimeline.io.read"):
        assert [d.id for d in gt.read(tmp_path)] == ["a"]
    assert "already read" in caplog.text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_txt_never_blocks(tmp_path: Path) -> None:
    # read() opened the FIFO and waited for a writer for ever
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    write(tmp_path, "a.txt", STORY)
    with pytest.raises(ReadError, match="FIFO") as raised:
        gt.read(tmp_path)
    assert [d.id for d in raised.value.documents] == ["a"]
    with pytest.raises(gt.InputError, match=r"pipe\.txt: is a FIFO"):
        gt.read(fifo)


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "named"),
    [
        # UTF-16 files were called "binary" (their NUL bytes)
        ("utf-16", "UTF-16LE text (it starts with the byte order mark FF FE)"),
        ("utf-16-be", "UTF-16BE text (no byte order mark, but every other byte is NUL)"),
        ("utf-16-le", "UTF-16LE text (no byte order mark, but every other byte is NUL)"),
        ("utf-32", "UTF-32LE text (it starts with the byte order mark FF FE 00 00)"),
    ],
)
def test_wide_encodings_are_named(tmp_path: Path, encoding: str, named: str) -> None:
    path = write(tmp_path, "wide.txt", STORY.encode(encoding))
    with pytest.raises(gt.InputError, match=r"wide\.txt: ") as raised:
        gt.read(path)
    assert named in str(raised.value)
    assert "iconv -f UTF-" in str(raised.value)


# ---------------------------------------------------------------- misuse


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        # read(None) raised TypeError from pathlib
        ({"path": None}, r"^read\(path\): expected the path of a file or folder"),
        ({"path": 3}, r"^read\(path\): .* got int"),
        # a typo in on_error silently meant "skip"
        ({"path": ".", "on_error": "rasie"}, r"^read\(on_error\): expected 'raise' or 'skip'"),
        ({"path": ".", "max_bytes": 0}, r"^read\(max_bytes\): expected a positive number"),
    ],
)
def test_misused_arguments_are_named(arguments: dict[str, object], message: str) -> None:
    with pytest.raises(gt.ArgumentError, match=message):
        gt.read(**arguments)  # type: ignore[arg-type]
