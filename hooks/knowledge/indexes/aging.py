"""How one language's content ages, as of the date the build treats as today:
each page's review dates, the day its text last changed and the recent
changes (one phase's typed result, see hooks/review_and_changes.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.content.history import Commit
from knowledge.content.index import Site
from knowledge.content.model import COLLECTIONS, Page
from knowledge.indexes.changes import Change, recent_changes
from knowledge.indexes.review import Review, review_of


@dataclass(frozen=True)
class Aging:
    today: dt.date
    reviews: dict[str, Review]  # page id -> its review dates
    changes: list[Change] | None  # newest first; None: built without git history
    # page id -> the day git last changed the page's file or a data file it shows;
    # the build's "today" for a file git does not know (not committed yet, or a
    # build without history)
    last_changed: dict[str, dt.date]


# The data collections whose entries a generated page shows (by generator): a
# change to their file is a change to the page, as readers see it.
GENERATOR_DATA: dict[str, tuple[str, ...]] = {
    "glossary": ("terms",),
    "subject-index": ("terms", "organisations"),
    "organisations": ("organisations",),
    "sources": ("sources",),
    "initiatives": ("initiatives", "themes", "statuses", "ministries"),
    "matrices": ("phases",),
}


def page_files(site: Site, page: Page) -> tuple[str, ...]:
    """The repository paths whose change changes what the page shows: its own
    file, the data files of its generator, the pathway on the page that shows it."""
    names = list(GENERATOR_DATA.get(str(page.meta.get("generator", "")), ()))
    if site.data.header("phases").get("page") == page.id:
        names.append("phases")
    data = sorted({f"data/{COLLECTIONS[name].file}" for name in names})
    return (f"docs/{page.path}", *data)


def last_changed_of(site: Site, page: Page, today: dt.date, changed: dict[str, dt.date] | None) -> dt.date:
    """The newest day any of the page's files changed; ``today`` for a file git does not know."""
    return max((changed or {}).get(path, today) for path in page_files(site, page))


def aging_of(
    site: Site, today: dt.date, history: list[Commit] | None, changed: dict[str, dt.date] | None
) -> Aging:
    """``changed``: repository path -> the day git last changed it (None: no history)."""
    reviews = {page.id: review_of(page, today) for page in site.pages.values()}
    changes = None if history is None else recent_changes(history, site)
    last_changed = {page.id: last_changed_of(site, page, today, changed) for page in site.pages.values()}
    return Aging(today, {k: v for k, v in reviews.items() if v is not None}, changes, last_changed)
