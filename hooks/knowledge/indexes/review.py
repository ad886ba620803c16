"""Review dates: when each page's content was last checked against its
sources, when the next check falls due, and what readers and editors are
told about it.

A page's `reviewed:` date plus its type's interval (shorter for time-bound
content, a page with `period:`) gives the date the next review is due, unless
`review_by:` sets it. A page never checked against its sources has `drafted:`
instead: it is a draft until its first review, which falls due the same way
from the drafted date, and `make review` lists it all the while. Pure
functions: the build's date comes in as `today`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.content.dates import add_months, as_date
from knowledge.content.messages import say
from knowledge.content.model import (
    DEFAULT_LANGUAGE,
    PAGE_TYPES,
    REVIEW_SOON_DAYS,
    TIME_BOUND_REVIEW_MONTHS,
    Page,
    Problem,
)

OK, SOON, DRAFT, OVERDUE = "ok", "soon", "draft", "overdue"


@dataclass(frozen=True)
class Review:
    page_id: str
    file: str  # e.g. "docs/kerneelementer/opsporing.md"
    title: str
    reviewed: dt.date | None  # None: a draft, never checked against its sources
    due: dt.date  # the next review; a draft's first
    status: str  # OK, SOON (due within REVIEW_SOON_DAYS), DRAFT (not yet due) or OVERDUE
    drafted: dt.date | None = None  # `drafted:`, on a draft only

    @property
    def overdue(self) -> bool:
        return self.status == OVERDUE

    @property
    def draft(self) -> bool:
        return self.reviewed is None

    @property
    def since(self) -> dt.date:
        """The date the due date counts from: the last review, or the draft's date."""
        day = self.reviewed or self.drafted
        assert day is not None  # review_of makes no Review without one
        return day


def interval_months(page: Page) -> int:
    if page.meta.get("period"):
        return TIME_BOUND_REVIEW_MONTHS
    return PAGE_TYPES[page.type].review_months


def review_of(page: Page, today: dt.date, soon_days: int = REVIEW_SOON_DAYS) -> Review | None:
    """The page's review, or None if it has neither a valid `reviewed:` nor a
    valid `drafted:` date (the validation reports that, and a page with both)."""
    reviewed = as_date(page.meta.get("reviewed"))
    drafted = None if reviewed else as_date(page.meta.get("drafted"))
    since = reviewed or drafted
    if since is None or page.type not in PAGE_TYPES:
        return None
    due = as_date(page.meta.get("review_by")) or add_months(since, interval_months(page))
    if today > due:
        status = OVERDUE
    elif drafted:
        status = DRAFT  # needs its first review however far off the due date is
    elif (due - today).days <= soon_days:
        status = SOON
    else:
        status = OK
    return Review(page.id, f"docs/{page.path}", page.title, reviewed, due, status, drafted)


def reviews(pages: list[Page], today: dt.date, soon_days: int = REVIEW_SOON_DAYS) -> list[Review]:
    """The review of every Danish page (the English page shares it), soonest due first."""
    found = [review_of(p, today, soon_days) for p in pages if p.lang == DEFAULT_LANGUAGE]
    return sorted((r for r in found if r is not None), key=lambda r: (r.due, r.file))


def needing_attention(all_reviews: list[Review]) -> list[Review]:
    """What `make review` lists: drafts not yet reviewed, pages overdue or due within the warning period."""
    return [r for r in all_reviews if r.status != OK]


def _overdue_problem(r: Review) -> Problem:
    if r.draft:
        reason = say("draft-overdue", due=r.due.isoformat(), drafted=r.since.isoformat())
        return Problem(r.file, "drafted", reason)
    return Problem(
        r.file, "reviewed", say("review-overdue", due=r.due.isoformat(), reviewed=r.since.isoformat())
    )


def overdue_problems(all_reviews: list[Review]) -> list[Problem]:
    """One line per overdue page, for the build's warnings (never an error:
    an overdue review must not block an urgent fix from being published).
    A draft is not a warning until its first review is overdue: it says on
    the page that it is one, and `make review` lists it."""
    return [_overdue_problem(r) for r in all_reviews if r.overdue]


def report(all_reviews: list[Review], today: dt.date, owner: str = "") -> str:
    """The text `make review` prints."""
    attention = needing_attention(all_reviews)
    head = f"Review dates as of {today.isoformat()}"
    head += f" (owner: {owner})" if owner else " (owner: not set; extra.review.owner in mkdocs.yml)"
    if not attention:
        return f"{head}: no page is a draft, overdue or due within {REVIEW_SOON_DAYS} days.\n"
    count = {status: sum(1 for r in attention if r.status == status) for status in (DRAFT, OVERDUE, SOON)}
    lines = [
        f"{head}: {len(attention)} page(s) to review: {count[DRAFT]} draft(s) never checked against the "
        f"sources, {count[OVERDUE]} overdue, {count[SOON]} due within {REVIEW_SOON_DAYS} days.",
        "",
    ]
    for r in attention:
        state = "OVERDUE " if r.overdue else "draft   " if r.draft else "due soon"
        since = f"drafted  {r.since.isoformat()}" if r.draft else f"reviewed {r.since.isoformat()}"
        lines.append(f"{state}  due {r.due.isoformat()}  {since}  {r.file}  {r.title}")
    return "\n".join(lines) + "\n"
