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
    assert "no page is a draft, overdue or due within 60 days" in review.report([], D(2026, 11, 1))


DRAFTED = D(2026, 11, 22)


def draft(id_: str, drafted: dt.date = DRAFTED, **extra):
    """A core element never checked against its sources: `drafted:` instead of `reviewed:`."""
    element = core_element(id_, drafted=drafted, **extra)
    del element.meta["reviewed"]
    return element


def test_a_draft_needs_review_however_far_off_its_due_date():
    found = reviewed(draft("a"), D(2026, 12, 1))
    assert found.draft and found.reviewed is None and found.since == D(2026, 11, 22)
    assert found.due == D(2027, 11, 22)  # its first review: the type's interval after `drafted:`
    assert found.status == review.DRAFT and not found.overdue
    assert review.needing_attention([found]) == [found]
    assert review.overdue_problems([found]) == []  # no warning until the first review is overdue
    assert reviewed(draft("b", period="runde"), D(2026, 12, 1)).due == D(2027, 5, 22)
    # review_by means the same on a draft: the date its (first) review falls due
    assert reviewed(draft("c", review_by=D(2027, 1, 31)), D(2026, 12, 1)).due == D(2027, 1, 31)


def test_an_overdue_draft_warns_with_its_own_catalogued_message():
    found = reviewed(draft("a"), D(2027, 11, 23))
    assert found.status == review.OVERDUE and found.draft
    (problem,) = review.overdue_problems([found])
    assert problem.field == "drafted" and is_catalogued(problem.reason)
    assert "drafted 2026-11-22" in problem.reason and "2027-11-22" in problem.reason


def test_a_page_with_neither_date_has_no_review():
    element = core_element("a")
    del element.meta["reviewed"]
    assert review.review_of(element, D(2026, 12, 1)) is None


def test_make_review_lists_every_draft():
    found = review.reviews(
        [core_element("a"), draft("b"), core_element("c", reviewed=D(2025, 6, 1))], D(2026, 11, 30)
    )
    text = review.report(found, D(2026, 11, 30))
    assert "2 page(s) to review: 1 draft(s) never checked against the sources, 1 overdue" in text
    assert "draft     due 2027-11-22  drafted  2026-11-22  docs/kerneelementer/b.md  Element b" in text
    assert "reviewed 2025-06-01  docs/kerneelementer/c.md" in text
    assert "docs/kerneelementer/a.md" not in text


def test_the_foot_of_a_draft_says_it_is_not_yet_reviewed():
    line = notices.review_line(review.review_of(draft("a"), D(2026, 12, 1)), "da")
    assert (
        'Udkast fra <time datetime="2026-11-22">22. november 2026</time> – endnu ikke fagligt '
        "gennemgået mod kilderne" in line
    )
    assert "Fagligt gennemgået" not in line.replace("ikke fagligt gennemgået", "")
    assert "Næste gennemgang" in line and "22. november 2027" in line
    assert 'class="kb-review kb-review--draft"' in line
    english = notices.review_line(review.review_of(draft("a"), D(2026, 12, 1)), "en")
    # UK style: day before month, no comma
    assert (
        'Draft, <time datetime="2026-11-22">22 November 2026</time> – not yet checked against the '
        "sources" in english
    )
    assert "Reviewed" not in english and "Next review due" in english


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
