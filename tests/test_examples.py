"""The bundled examples give the events a reader of them expects, with their dates (issue 18).

Each row is an event one of the articles in ``src/govtimeline/data/examples/`` reports,
with the date the text gives it (the demo regressed without a test noticing: the GPAI
launch of 15 June 2020 and the US executive order of 30 October 2023 went missing at
11ca652, "Extraction reads prose only"). A row matches an event of the timeline whose
name or one of its aliases matches the pattern, of one of the kinds a reader could call
it, dated as the text says (where the text allows two readings, either).

Rows that extraction does not find today are marked ``xfail(strict=False)``: they
become passing rows as extraction is rebuilt (issue 13), and the marks then go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

import govtimeline as gt

W = gt.When
K = gt.EventKind
REBUILD = pytest.mark.xfail(strict=False, reason="extraction rebuild, issue 13")

Dates = Sequence[tuple[gt.When, gt.When | None]]


def _day(
    year: int, month: int, day: int, last: int | None = None
) -> tuple[gt.When, gt.When | None]:
    """A day, or the days ``day``–``last`` of one month."""
    return W.day(year, month, day), W.day(year, month, last) if last else None


EXPECTED = [
    # 01_oecd_principles_2019.md: "adopted … on Wednesday" in a story of Thursday 23 May
    pytest.param(
        r"principles", {K.DECLARATION, K.RESOLUTION, K.OTHER}, [_day(2019, 5, 22)], None,
        id="OECD AI principles adopted, 22 May 2019",
    ),
    pytest.param(
        r"G20|Group of Twenty|Osaka", {K.SUMMIT}, [(W.month(2019, 6), None)], "planned",
        id="G20 leaders meet in Osaka next month, June 2019",
    ),
    # 02_gpai_launch_2020.md
    pytest.param(
        r"Global Partnership on (AI|Artificial Intelligence)|GPAI", {K.LAUNCH, K.FOUNDING},
        [_day(2020, 6, 15)], None,
        id="GPAI launched, 15 June 2020",
    ),
    pytest.param(
        r"plenary", {K.SUMMIT, K.DEBATE, K.OTHER}, [(W.month(2020, 12), None)], "planned",
        id="GPAI's first plenary, December 2020",
    ),
    # 03_bletchley_2023.md
    pytest.param(
        r"executive order", {K.EXECUTIVE_ORDER}, [_day(2023, 10, 30)], None,
        id="US executive order on AI, 30 October 2023",
    ),
    pytest.param(
        r"AI Safety Summit|Bletchley", {K.SUMMIT}, [_day(2023, 11, 1, 2)], None,
        id="AI Safety Summit, 1-2 November 2023",
    ),
    pytest.param(
        # signed on the closing day, or during the two-day meeting, as the second sentence says
        r"Bletchley Declaration", {K.DECLARATION},
        [_day(2023, 11, 1), _day(2023, 11, 2), _day(2023, 11, 1, 2)], None,
        id="Bletchley Declaration, November 2023",
    ),
    # 04_un_resolution_2024.txt, 09_year_in_review_2024.md
    pytest.param(
        r"General Assembly|resolution on (AI|artificial intelligence)", {K.RESOLUTION},
        [_day(2024, 3, 21)], None,
        id="UN General Assembly resolution on AI, 21 March 2024",
    ),
    pytest.param(
        r"Seoul", {K.SUMMIT}, [_day(2024, 5, 21, 22)], None, id="Seoul summit, 21-22 May 2024"
    ),
    pytest.param(
        r"second (resolution|text)|capacity", {K.RESOLUTION}, [_day(2024, 7, 1)], None,
        id="China-led resolution on capacity building, 1 July 2024", marks=REBUILD,
    ),
    # 05_council_of_europe_2024.html, 09_year_in_review_2024.md
    pytest.param(
        r"convention", {K.TREATY}, [(W.month(2024, 5), None)], None,
        id="Framework Convention adopted, May 2024",
    ),
    pytest.param(
        r"Framework Convention", {K.TREATY}, [_day(2024, 9, 5), _day(2024, 9, 6)], None,
        id="Framework Convention opened for signature, 5 or 6 September 2024",
    ),
    # 06_paris_summit_2025.md
    pytest.param(
        r"AI Action Summit", {K.SUMMIT}, [_day(2025, 2, 10, 11)], None,
        id="AI Action Summit, 10-11 February 2025",
    ),
    pytest.param(
        r"inclusive", {K.DECLARATION}, [_day(2025, 2, 11), _day(2025, 2, 10, 11)], None,
        id="Paris declaration, February 2025",
    ),
    pytest.param(
        r"summit|India", {K.SUMMIT}, [(W.month(2026, 2), None)], "planned",
        id="Next summit, in India, February 2026",
        marks=pytest.mark.xfail(
            strict=False,
            reason="a lone generic occasion ('the next summit') is kept as a reference; "
            "naming the next edition of a series is issue 15",
        ),
    ),
    # 07_action_plans_2025.json
    pytest.param(
        r"America's AI Action Plan|U\.?S\.? AI Action Plan", {K.PLAN, K.LAUNCH},
        [_day(2025, 7, 23)], None,
        id="America's AI Action Plan, 23 July 2025",
    ),
    pytest.param(
        r"Global AI Governance Action Plan", {K.PLAN, K.LAUNCH}, [_day(2025, 7, 26)], None,
        id="China's Global AI Governance Action Plan, 26 July 2025",
    ),
    pytest.param(
        r"World Artificial Intelligence Conference", {K.SUMMIT}, [_day(2025, 7, 26)], None,
        id="World Artificial Intelligence Conference, 26 July 2025",
    ),
    # 08_un_dialogue_2025.md (undated: its dates are absolute)
    pytest.param(
        r"resolution", {K.RESOLUTION}, [_day(2025, 8, 26)], None,
        id="Resolution creating the Dialogue and the panel, 26 August 2025",
    ),
    pytest.param(
        r"Security Council", {K.DEBATE}, [_day(2025, 9, 24)], None,
        id="Security Council open debate on AI, 24 September 2025",
    ),
    pytest.param(
        r"Global Dialogue", {K.LAUNCH, K.DEBATE, K.SUMMIT}, [_day(2025, 9, 25)], None,
        id="Global Dialogue on AI Governance launched, 25 September 2025",
    ),
    pytest.param(
        r"Dialogue|Geneva", {K.DEBATE, K.SUMMIT, K.OTHER}, [(W.month(2026, 7), None)], "planned",
        id="The Dialogue's first full session in Geneva, July 2026",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def timeline() -> gt.Timeline:
    return gt.reconstruct(gt.read(gt.examples_path()), progress=False)


def _matches(event: gt.Event, pattern: str) -> bool:
    return any(re.search(pattern, name, re.IGNORECASE) for name in (event.name, *event.aliases))


@pytest.mark.parametrize(("pattern", "kinds", "dates", "status"), EXPECTED)
def test_the_examples_give_the_events_their_texts_report(
    timeline: gt.Timeline,
    pattern: str,
    kinds: set[gt.EventKind],
    dates: Dates,
    status: str | None,
) -> None:
    found = [
        e
        for e in timeline.events
        if _matches(e, pattern)
        and e.kind in kinds
        and (e.when, e.end) in dates
        and (status is None or e.status.value == status)
    ]
    named = [str(e) for e in timeline.events if _matches(e, pattern)]
    assert found, f"no {sorted(k.value for k in kinds)} event dated {dates}; named so: {named}"


def test_the_two_accounts_of_the_convention_are_a_conflict(timeline: gt.Timeline) -> None:
    # 05 says the convention opened for signature on 6 September 2024, 09 on 5 September
    (conflict,) = [c for c in timeline.conflicts if _matches(timeline.event(c.event), "Convention")]
    assert {claim.when for claim in conflict.claims} == {W.day(2024, 9, 5), W.day(2024, 9, 6)}
    assert len({claim.evidence.document for claim in conflict.claims}) == 2


def test_the_us_stance_change_is_found(timeline: gt.Timeline) -> None:
    # support (the Council of Europe convention, 2024) -> oppose: first when it declined to
    # sign the Paris declaration (February 2025), again in the Action Plan (July 2025)
    changes = timeline.changes(actor="United States", topic="global AI governance")
    assert [(c.from_stance, c.to_stance) for c in changes] == [
        (gt.Stance.SUPPORT, gt.Stance.OPPOSE)
    ]
    assert changes[0].after.when in (W.month(2025, 2), W.day(2025, 2, 10), W.month(2025, 7))
