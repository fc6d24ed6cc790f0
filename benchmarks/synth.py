"""A synthetic news corpus for scale runs: own templates, ~3 KB per document.

Deterministic for a seed. Each document reports several events of a shared
pool (summits, resolutions, debates, plans, treaties) with dates at mixed
precision, actors taking positions, relative phrases ("the day before …"),
and, in about one document in ten, a deliberately wrong date (one to three
days off) so reconstruction has conflicts to find.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import govtimeline as gt

__all__ = ["synthetic_corpus"]

CITIES = [
    "Lisbon",
    "Vienna",
    "Nairobi",
    "Jakarta",
    "Santiago",
    "Oslo",
    "Seoul",
    "Geneva",
    "Rabat",
    "Hanoi",
]
STATES = [
    "France",
    "Japan",
    "Brazil",
    "India",
    "Canada",
    "Kenya",
    "Germany",
    "Mexico",
    "Indonesia",
    "Norway",
    "China",
    "United States",
    "United Kingdom",
    "South Africa",
    "Chile",
]
THEMES = [
    "Data",
    "Compute",
    "Safety",
    "Ocean",
    "Health",
    "Climate",
    "Trade",
    "Cyber",
    "Space",
    "Water",
]
KINDS = [
    ("Summit", "summit"),
    ("Declaration", "declaration"),
    ("Convention", "treaty"),
    ("Action Plan", "plan"),
    ("Dialogue", "debate"),
    ("Report", "report"),
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OPENERS = [
    "Officials from several capitals spent the week comparing notes on what comes next.",
    "The agenda was crowded, and not every delegation stayed for the closing session.",
    "Observers said the mood in the corridors was more cautious than a year ago.",
    "Diplomats described the talks as long, technical and at times tense.",
    "Civil society groups followed the proceedings from outside the venue.",
]
FILLER = [
    "Negotiators worked through the text line by line, trading amendments late into the evening.",
    "Several smaller delegations asked for more time to consult their governments before agreeing.",
    "Analysts noted that implementation would depend on funding that has not yet been pledged.",
    "The secretariat circulated a revised draft that kept most of the earlier language intact.",
    "Business groups welcomed the attention to standards but warned against rushed rules.",
    "A working group will report back on the technical annexes before the next meeting.",
]


def _fmt(day: date, style: int) -> str:
    return [
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{MONTHS[day.month - 1]} {day.year}",
        f"{day.year}",
    ][style]


def _pool(rng: random.Random, size: int) -> list[tuple[str, date, str]]:
    events = []
    for i in range(size):
        theme, (head, _) = THEMES[i % len(THEMES)], KINDS[(i // len(THEMES)) % len(KINDS)]
        city = CITIES[(i * 7) % len(CITIES)]
        name = f"{city} {theme} {head}"
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
        events.append((name, day, city))
    return events


def synthetic_corpus(n: int, *, seed: int = 7, pool: int = 300) -> list[gt.Document]:
    """``n`` synthetic documents (about 3 KB each) over a pool of events."""
    rng = random.Random(seed)
    events = _pool(rng, pool)
    docs = []
    for i in range(n):
        picked = rng.sample(events, 4)
        paragraphs = [rng.choice(OPENERS)]
        latest = max(day for _, day, _ in picked)
        for name, day, city in picked:
            shown = day + timedelta(days=rng.choice([1, 2, 3])) if rng.random() < 0.1 else day
            state, other = rng.sample(STATES, 2)
            verb = rng.choice(
                ["signed", "endorsed", "welcomed", "rejected", "declined to sign", "criticised"]
            )
            paragraphs.append(
                f"The {name} took place in {city} on {_fmt(shown, rng.choice([0, 1, 0, 2]))}. "
                f"{state} {verb} the {name} that day, while {other} said it would study the text. "
                + " ".join(rng.sample(FILLER, 3))
            )
            if rng.random() < 0.3:
                paragraphs.append(
                    f"A preparatory meeting of the {name.rsplit(' ', 1)[0]} group was held the day before the {name}. "
                    + rng.choice(FILLER)
                )
        while sum(len(p) for p in paragraphs) < 2800:
            paragraphs.append(" ".join(rng.sample(FILLER, 3)))
        published = latest + timedelta(days=rng.randrange(1, 30))
        docs.append(
            gt.Document(
                id=f"synth-{i:05d}",
                text="\n\n".join(paragraphs),
                published=gt.When.day(published),
                source="govtimeline synthetic",
            )
        )
    return docs
