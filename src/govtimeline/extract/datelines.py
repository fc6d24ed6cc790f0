"""Datelines: the place (and date, and agency) that opens a report, not part of its
first sentence.

Two styles are known: a city in capitals and a dash ("GENEVA, May 23 (Wire) – ",
"UNITED NATIONS (AP) — ") and a place in any case with a month and day and a colon or a
dash ("New Delhi, Oct 15 (IANS): ", "Brussels, March 3 – "). A name at the start of a
line that such a tail follows is where the report was filed, not an actor; the parser
reads the sentence with the dateline blanked, so the city is not read as the subject.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?"
)
_AGENCY = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_DASH = r"[ \t]*(?:--|[—–-])[ \t]"
_DATED = rf",[ \t]*{_MONTH}{_AGENCY}[ \t]*(?::|--|[—–-])[ \t]"

_AFTER_NAME = re.compile(rf"{_AGENCY}{_DASH}|{_DATED}")
"""What follows the place of a dateline: an agency and a dash, or a date and a colon."""

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"  # GENEVA, NEW YORK, ADDIS ABABA
    r"(?:(?:,\s*[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3})(?:\s*\([^()\n]{1,40}\))?"  # , May 23 (Wire)
    r"|\s*\([^()\n]{1,40}\))"  # (Reuters)
    r"\s*[–—-]{1,2}\s+"
    rf"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}{_DATED})"  # New Delhi, Oct 15 (IANS):
)
"""A dateline opening a sentence ("NATO – the alliance – agreed" is none)."""
_SPACE = re.compile(r"\s")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` opens a line and a dateline's tail follows:
    "UNITED NATIONS (AP) — …", "Brussels -- …", "New Delhi, Oct 15: …"."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return _AFTER_NAME.match(text, end) is not None


def parser_text(sentence: str) -> str:
    """The sentence as the parser should read it, of the same length (token offsets stay
    those of the text): line breaks and tabs become spaces (a hard-wrapped line is no
    break in the sentence), and a dateline ("GENEVA, May 23 (Wire) – ") is blanked."""
    text = _SPACE.sub(" ", sentence)
    m = _DATELINE.match(text)
    if m is not None and m.end() < len(text):
        text = " " * m.end() + text[m.end() :]
    return text
