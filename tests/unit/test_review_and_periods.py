"""Review dates and time-bound banners: pure functions, with the date the
build treats as today pinned."""

from __future__ import annotations

import datetime as dt

import pytest

from fixtures import core_element, data, page
from knowledge.content.dates import add_months, as_date, long_date
from knowledge.content.messages import is_catalogued
from knowledge.indexes import review
from knowledge.outputs.render import notices

D = dt.date


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 11, 30), 12, D(2027, 11, 30)),
        (D(2026, 8, 31), 6, D(2027, 2, 28)),  # the month's last day where it is shorter
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_dates_editors_write_and_readers_read():
    assert as_date(D(2026, 11, 30)) == D(2026, 11, 30)
    assert as_date("2026-11-30") == D(2026, 11, 30)
    assert as_date(dt.datetime(2026, 11, 30, 12, 0)) == D(2026, 11, 30)
    assert as_date("30.11.2026") is None and as_date(20261130) is None
    assert long_date(D(2026, 11, 30), "da") == "30. november 2026"
    assert long_date(D(2027, 1, 5), "en") == "5 January 2027"


def reviewed(page, today: dt.date) -> review.Review:
    found = review.review_of(page, today)
    assert found is not None
    return found


def test_the_interval_follows_the_page_type_or_the_period():
    assert reviewed(core_element("a"), D(2026, 12, 1)).due == D(2027, 11, 30)  # 12 months
    assert reviewed(core_element("b", period="runde"), D(2026, 12, 1)).due == D(2027, 5, 30)  # 6 months
    override = core_element("c", review_by=D(2027, 1, 31))
    assert reviewed(override, D(2026, 12, 1)).due == D(2027, 1, 31)


@pytest.mark.parametrize(
    ("today", "status"),
    [(D(2027, 9, 1), review.OK), (D(2027, 10, 1), review.SOON), (D(2027, 11, 30), review.SOON),
     (D(2027, 12, 1), review.OVERDUE)],
)  # fmt: skip
def test_status_ok_due_soon_overdue(today, status):
    assert reviewed(core_element("a"), today).status == status


def test_only_danish_pages_are_reviewed_and_soonest_first():
    pages = [
        core_element("a", reviewed=D(2026, 1, 1)),
        core_element("b"),
        page("kerneelementer/a.en.md", title="A"),
    ]
    found = review.reviews(pages, D(2026, 12, 1))
    assert [r.page_id for r in found] == ["a", "b"]
    assert [r.page_id for r in review.needing_attention(found)] == ["a"]


def test_overdue_pages_are_warnings_with_a_catalogued_message():
    found = review.reviews([core_element("a"), core_element("b", reviewed=D(2025, 1, 1))], D(2026, 12, 1))
    problems = review.overdue_problems(found)
    assert [p.file for p in problems] == ["docs/kerneelementer/b.md"]
    assert problems[0].field == "reviewed" and is_catalogued(problems[0].reason)
    assert "2026-01-01" in problems[0].reason


def test_the_line_at_the_foot_of_the_page():
    line = notices.review_line(review.review_of(core_element("a"), D(2026, 12, 1)), "da")
    assert "Fagligt gennemgået" in line and "30. november 2026" in line
    assert "Næste gennemgang" in line and "30. november 2027" in line
    english = notices.review_line(review.review_of(core_element("a"), D(2026, 12, 1)), "en", owner="X")
    assert "Reviewed" in english and "Next review due" in english and "Responsible: X" in english
    assert notices.review_line(None, "da") == ""


def test_an_overdue_page_tells_its_reader():
    current = review.review_of(core_element("a"), D(2026, 12, 1))
    late = review.review_of(core_element("a"), D(2028, 1, 1))
    assert notices.overdue_notice(current, "da") == ""
    notice = notices.overdue_notice(late, "da")
    assert "30. november 2027" in notice and 'role="note"' in notice


def test_make_review_lists_what_is_overdue_or_due_soon():
    found = review.reviews([core_element("a"), core_element("b", reviewed=D(2025, 6, 1))], D(2026, 11, 1))
    text = review.report(found, D(2026, 11, 1), owner="Redaktionen")
    assert "owner: Redaktionen" in text and "OVERDUE" in text and "docs/kerneelementer/b.md" in text
    assert "docs/kerneelementer/a.md" not in text
    assert "no page is overdue" in review.report([], D(2026, 11, 1))


PERIODS = [
    {
        "id": "runde",
        "title": {"da": "Runde", "en": "Round"},
        "ends": D(2024, 6, 12),
        "banner": {"da": "Runden er afsluttet.", "en": "The round has closed."},
        "sources": ["doc-a"],
    }
]


def test_a_banner_from_the_day_after_the_period_ends():
    site_data = data(periods=PERIODS)
    described = core_element("a", period="runde")
    assert notices.period_banner(described, site_data, D(2024, 6, 12), "da") == ""
    banner = notices.period_banner(described, site_data, D(2024, 6, 13), "da")
    assert "Runden er afsluttet." in banner and 'role="note"' in banner
    assert "The round has closed." in notices.period_banner(described, site_data, D(2027, 1, 1), "en")
    assert notices.period_banner(core_element("b"), site_data, D(2027, 1, 1), "da") == ""
