"""Time-bound content: a page describing a matter that ends (an application
round, the action plan's period) shows its banner once the end date has
passed, computed from the date the build treats as today."""

from __future__ import annotations

import datetime as dt
from typing import Any

from knowledge.content.dates import as_date
from knowledge.content.model import Page, SiteData


def has_ended(period: dict[str, Any], today: dt.date) -> bool:
    ends = as_date(period.get("ends"))
    return ends is not None and today > ends


def ended_period(page: Page, data: SiteData, today: dt.date) -> dict[str, Any] | None:
    """The period the page describes, if it has ended."""
    period = data.by_id("periods").get(str(page.meta.get("period") or ""))
    return period if period is not None and has_ended(period, today) else None
