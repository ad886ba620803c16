"""Notices of content that ages: the date lines at the foot of a page (last
change, last review or that the page is a draft, next review), the notice on a page whose review is
overdue, and the banner of a time-bound page whose period has ended. The
dates and states come from knowledge/indexes/review.py and knowledge/indexes/periods.py."""

from __future__ import annotations

import datetime as dt

from knowledge.content import ui
from knowledge.content.dates import long_date
from knowledge.content.model import Page, SiteData
from knowledge.indexes.periods import ended_period
from knowledge.indexes.review import Review
from knowledge.outputs.render.common import e, localized


def date_html(day: dt.date, lang: str) -> str:
    """A date as readers of ``lang`` write it, machine-readable too."""
    return f'<time datetime="{day.isoformat()}">{e(long_date(day, lang))}</time>'


def review_line(review: Review | None, lang: str, owner: str = "") -> str:
    """'Fagligt gennemgået … · Næste gennemgang …' for the foot of the page; on a draft
    'Udkast fra … – endnu ikke fagligt gennemgået mod kilderne · Næste gennemgang …'."""
    if review is None:
        return ""
    if review.draft:
        first = (
            f"{e(ui.text('review.drafted', lang))} {date_html(review.since, lang)} – "
            f"{e(ui.text('review.not_reviewed', lang))}"
        )
    else:
        first = f"{e(ui.text('review.reviewed', lang))} {date_html(review.since, lang)}"
    parts = [
        f'<span class="kb-review__fact">{first}</span>',
        f'<span class="kb-review__fact">{e(ui.text("review.next", lang))} {date_html(review.due, lang)}</span>',
    ]
    if owner:
        parts.append(f'<span class="kb-review__fact">{e(ui.text("review.owner", lang))}: {e(owner)}</span>')
    css = (
        "kb-review"
        + (" kb-review--draft" if review.draft else "")
        + (" kb-review--overdue" if review.overdue else "")
    )
    return f'<p class="{css}">{" · ".join(parts)}</p>'


def overdue_notice(review: Review | None, lang: str) -> str:
    """The notice at the top of a page whose review is overdue."""
    if review is None or not review.overdue:
        return ""
    title = e(ui.text("review.notice", lang))
    text = e(ui.text("review.overdue", lang, date=long_date(review.due, lang)))
    return (
        f'<div class="admonition warning kb-overdue" role="note" aria-label="{title}" data-kb-skip>'
        f'<p class="admonition-title">{title}</p><p>{text}</p></div>'
    )


def period_banner(page: Page, data: SiteData, today: dt.date, lang: str) -> str:
    """The notice at the top of the page, or "" while the period lasts."""
    period = ended_period(page, data, today)
    if period is None:
        return ""
    title = e(ui.text("period.notice", lang))
    return (
        f'<div class="admonition info kb-period-banner" role="note" aria-label="{title}" data-kb-skip>'
        f'<p class="admonition-title">{title}</p><p>{e(localized(period["banner"], lang))}</p></div>'
    )
