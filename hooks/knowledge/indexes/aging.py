"""How one language's content ages, as of the date the build treats as today:
each page's review dates, the day its text last changed and the recent
changes (one phase's typed result, see hooks/review_and_changes.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.content.history import Commit
from knowledge.content.index import Site
from knowledge.indexes.changes import Change, recent_changes
from knowledge.indexes.review import Review, review_of


@dataclass(frozen=True)
class Aging:
    today: dt.date
    reviews: dict[str, Review]  # page id -> its review dates
    changes: list[Change] | None  # newest first; None: built without git history
    # page id -> the day git last changed the page's file; the build's "today" for a
    # file git does not know (not committed yet, or a build without history)
    last_changed: dict[str, dt.date]


def aging_of(
    site: Site, today: dt.date, history: list[Commit] | None, changed: dict[str, dt.date] | None
) -> Aging:
    """``changed``: repository path -> the day git last changed it (None: no history)."""
    reviews = {page.id: review_of(page, today) for page in site.pages.values()}
    changes = None if history is None else recent_changes(history, site)
    last_changed = {page.id: (changed or {}).get(f"docs/{page.path}", today) for page in site.pages.values()}
    return Aging(today, {k: v for k, v in reviews.items() if v is not None}, changes, last_changed)
