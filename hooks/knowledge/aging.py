"""How one language's content ages, as of the date the build treats as today:
each page's review dates and the recent changes (one phase's typed result,
see hooks/review_and_changes.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .changes import Change, recent_changes
from .dates import as_date
from .history import Commit
from .index import Site
from .review import Review, review_of


@dataclass(frozen=True)
class Aging:
    today: dt.date
    reviews: dict[str, Review]  # page id -> its review dates
    changes: list[Change] | None  # newest first; None: built without git history


def build_date(setting: object, system_today: dt.date) -> dt.date | None:
    """The date the build treats as today: `extra.today` (KB_TODAY) if set,
    else the system's; None if the setting is not a date."""
    return as_date(setting) if setting not in (None, "") else system_today


def aging_of(site: Site, today: dt.date, history: list[Commit] | None) -> Aging:
    reviews = {page.id: review_of(page, today) for page in site.pages.values()}
    changes = None if history is None else recent_changes(history, site)
    return Aging(today, {k: v for k, v in reviews.items() if v is not None}, changes)
