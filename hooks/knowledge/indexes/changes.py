"""What changed: the recent content changes of one language, for the
"Nyt og ændret" / "What's new" page and its Atom feed.

A change is a commit that changed a page's file (or a data file a generated
page shows) with a note for readers: the page's `change_note:` that the
commit set, or for a data file the commit's `Change-note-<lang>:` trailer.
Only these notes, written by editors in the page's language, reach readers:
commit subjects are about the work, not the guidance, and never appear. A
change without a note still moves the page's "Senest ændret" date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.content.history import Commit
from knowledge.content.index import Site
from knowledge.content.model import COLLECTIONS, DEFAULT_LANGUAGE, Page

LIMIT = 40  # changes listed on the page and in the feed
# Data files shown by a generated page (the generator's name); the pathway is
# shown on the page its header names.
DATA_GENERATORS = {
    "glossary.yml": "glossary",
    "organisations.yml": "organisations",
    "initiatives.yml": "initiatives",
    "sources.yml": "sources",
}


@dataclass(frozen=True)
class Change:
    page: Page
    date: dt.date
    note: str  # an editor's note in the list's language
    sha: str


def _data_files() -> set[str]:
    return {f"data/{file}" for file in DATA_GENERATORS} | {f"data/{COLLECTIONS['phases'].file}"}


def _pages_by_file(site: Site) -> dict[str, list[Page]]:
    """Repository path -> the pages of this language that show it."""
    by_file: dict[str, list[Page]] = {}
    for page in site.pages.values():
        if page.meta.get("generator") == "changes":
            continue
        if site.lang == DEFAULT_LANGUAGE or page.path.endswith(f".{site.lang}.md"):
            by_file.setdefault(f"docs/{page.path}", []).append(page)  # not a Danish page shown in English
    for file, generator in DATA_GENERATORS.items():
        if generator in site.generated:
            by_file.setdefault(f"data/{file}", []).append(site.generated[generator])
    pathway = site.data.header("phases").get("page")
    if pathway in site.pages:
        by_file.setdefault(f"data/{COLLECTIONS['phases'].file}", []).append(site.pages[pathway])
    return by_file


def recent_changes(commits: list[Commit], site: Site, limit: int = LIMIT) -> list[Change]:
    """The latest noted content changes of the site's language, newest first:
    one per page and commit (a page's own note before the commit's trailer)."""
    by_file = _pages_by_file(site)
    data_files = _data_files()
    changes: list[Change] = []
    for commit in commits:
        of_commit: dict[str, Change] = {}
        trailer = commit.note(site.lang)
        for file in commit.files:
            if not file.content:
                continue
            note = file.note or (trailer if file.path in data_files else "")
            if not note:
                continue
            for page in by_file.get(file.path, []):
                if file.note or page.id not in of_commit:
                    of_commit[page.id] = Change(page, commit.date, note, commit.sha)
        changes.extend(of_commit.values())
        if len(changes) >= limit:
            return changes[:limit]
    return changes


def feed_path(page_url: str) -> str:
    """Where the feed of the changes page at ``page_url`` is written (site-relative)."""
    return f"{page_url}atom.xml"
