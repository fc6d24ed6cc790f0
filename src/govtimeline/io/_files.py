"""Files for :func:`govtimeline.read`: which files a folder holds, and their text (internal).

Nothing is skipped without a word. A folder's walk follows links to folders (once each, so
a link loop ends), and reports a link that points nowhere or a FIFO, socket or device with
a supported name: such a file is never opened, so reading never blocks. Text must be UTF-8;
UTF-16 and UTF-32 files are named as such, with the command that converts them. Half a
character (a lone surrogate, from a JSON ``\\ud83d`` escape cut in two) is replaced with
U+FFFD and logged, so that every writer can encode what was read.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path

from govtimeline.errors import InputError

__all__ = ["load_text", "walk", "whole_characters"]

log = logging.getLogger("govtimeline.io.read")

_SURROGATE = re.compile("[\ud800-\udfff]")

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "UTF-32LE"),
    (b"\x00\x00\xfe\xff", "UTF-32BE"),
    (b"\xff\xfe", "UTF-16LE"),
    (b"\xfe\xff", "UTF-16BE"),
)


def walk(root: Path, suffixes: frozenset[str]) -> tuple[list[Path], list[InputError]]:
    """The files below ``root`` with one of ``suffixes`` (sorted), and what cannot be read.

    Names starting with a dot are left out, as are files of other types. A link to a
    folder is followed unless that folder was already walked (a loop, or a folder linked
    twice: logged). A broken link, and a FIFO, socket or device named like a document, is
    an :class:`InputError` naming it.
    """
    files: list[Path] = []
    failures: list[InputError] = []
    walked = {root.resolve()}
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            failures.append(InputError(f"cannot list folder ({exc.strerror})", source=str(folder)))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            suffix = path.suffix.lower()
            if _is_dir(entry):
                real = path.resolve()
                if real in walked:
                    log.warning(
                        "%s: a link to a folder already read (%s); not read again", path, real
                    )
                    continue
                walked.add(real)
                folders.append(path)
            elif _is_file(entry):
                if suffix in suffixes:
                    files.append(path)
            elif entry.is_symlink() and not path.exists():
                if suffix in suffixes or not suffix:
                    target = os.readlink(path)
                    failures.append(InputError(f"broken link to {target}", source=str(path)))
            elif suffix in suffixes:
                failures.append(InputError(_not_regular(path), source=str(path)))
    return sorted(files), failures


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=True)
    except OSError:
        return False


def _not_regular(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot read file ({exc.strerror or exc})"
    kind = (
        "a FIFO (named pipe)"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a regular file"
    )
    return f"is {kind}, not a file of text; not read (reading it could block for ever)"


def load_text(file: Path, max_bytes: int) -> str:
    """The text of ``file``: a regular file of at most ``max_bytes`` bytes of UTF-8.

    :class:`InputError` naming the file otherwise; a FIFO is refused before it is opened.
    """
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_not_regular(file), source=str(file))
        if info.st_size > max_bytes:
            raise InputError(
                f"file is {info.st_size} bytes, more than the limit of {max_bytes}",
                source=str(file),
            )
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", source=str(file)) from None
    wide = _wide_encoding(raw)
    if wide is not None:
        encoding, how = wide
        raise InputError(
            f"{encoding} text ({how}), not UTF-8; convert it with e.g. "
            f"iconv -f {encoding} -t UTF-8",
            source=str(file),
        )
    if b"\x00" in raw:
        raise InputError("looks like a binary file (contains NUL bytes)", source=str(file))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it with e.g. iconv -t utf-8",
            source=str(file),
        ) from None


def _wide_encoding(raw: bytes) -> tuple[str, str] | None:
    """The UTF-16 or UTF-32 encoding ``raw`` is in, and how it shows (its byte order mark or its NULs)."""
    for mark, name in _BOMS:
        if raw.startswith(mark):
            return name, "it starts with the byte order mark " + mark.hex(" ").upper()
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Latin text in UTF-16: every other byte is NUL, the others almost never are
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "UTF-16LE", "no byte order mark, but every other byte is NUL"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "UTF-16BE", "no byte order mark, but every other byte is NUL"
    return None


def whole_characters(value: str, *, source: str, field: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD, saying so in the log."""
    if not _SURROGATE.search(value):
        return value
    count = len(_SURROGATE.findall(value))
    log.warning(
        "%s: replaced %d lone surrogate(s) in %r with U+FFFD (half of a character, "
        "e.g. a JSON \\ud83d escape cut off; no file can hold it)",
        source,
        count,
        field,
    )
    return _SURROGATE.sub("\ufffd", value)
