"""Review dates: when each page's content was last checked against its
sources, when the next check falls due, and what readers and editors are
told about it.

A page's `reviewed:` date plus its type's interval (shorter for time-bound
content, a page with `period:`) gives the date the next review is due, unless
`review_by:` sets it. Pure functions: the build's date comes in as `today`.
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

OK, SOON, OVERDUE = "ok", "soon", "overdue"


@dataclass(frozen=True)
class Review:
    page_id: str
    file: str  # e.g. "docs/kerneelementer/opsporing.md"
    title: str
    reviewed: dt.date
    due: dt.date
    status: str  # OK, SOON (due within REVIEW_SOON_DAYS) or OVERDUE

    @property
    def overdue(self) -> bool:
        return self.status == OVERDUE


def interval_months(page: Page) -> int:
    if page.meta.get("period"):
        return TIME_BOUND_REVIEW_MONTHS
    return PAGE_TYPES[page.type].review_months


def review_of(page: Page, today: dt.date, soon_days: int = REVIEW_SOON_DAYS) -> Review | None:
    """The page's review, or None if it has no valid `reviewed:` date (the
    validation reports that)."""
    reviewed = as_date(page.meta.get("reviewed"))
    if reviewed is None or page.type not in PAGE_TYPES:
        return None
    due = as_date(page.meta.get("review_by")) or add_months(reviewed, interval_months(page))
    if today > due:
        status = OVERDUE
    elif (due - today).days <= soon_days:
        status = SOON
    else:
        status = OK
    return Review(page.id, f"docs/{page.path}", page.title, reviewed, due, status)


def reviews(pages: list[Page], today: dt.date, soon_days: int = REVIEW_SOON_DAYS) -> list[Review]:
    """The review of every Danish page (the English page shares it), soonest due first."""
    found = [review_of(p, today, soon_days) for p in pages if p.lang == DEFAULT_LANGUAGE]
    return sorted((r for r in found if r is not None), key=lambda r: (r.due, r.file))


def needing_attention(all_reviews: list[Review]) -> list[Review]:
    """What `make review` lists: pages overdue or due within the warning period."""
    return [r for r in all_reviews if r.status != OK]


def overdue_problems(all_reviews: list[Review]) -> list[Problem]:
    """One line per overdue page, for the build's warnings (never an error:
    an overdue review must not block an urgent fix from being published)."""
    return [
        Problem(
            r.file, "reviewed", say("review-overdue", due=r.due.isoformat(), reviewed=r.reviewed.isoformat())
        )
        for r in all_reviews
        if r.overdue
    ]


def report(all_reviews: list[Review], today: dt.date, owner: str = "") -> str:
    """The text `make review` prints."""
    attention = needing_attention(all_reviews)
    head = f"Review dates as of {today.isoformat()}"
    head += f" (owner: {owner})" if owner else " (owner: not set; extra.review.owner in mkdocs.yml)"
    if not attention:
        return f"{head}: no page is overdue or due within {REVIEW_SOON_DAYS} days.\n"
    lines = [f"{head}: {len(attention)} page(s) overdue or due within {REVIEW_SOON_DAYS} days.", ""]
    for r in attention:
        state = "OVERDUE " if r.overdue else "due soon"
        lines.append(
            f"{state}  due {r.due.isoformat()}  reviewed {r.reviewed.isoformat()}  {r.file}  {r.title}"
        )
    return "\n".join(lines) + "\n"
