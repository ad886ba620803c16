"""What changed: the recent content changes of one language, for the
"Nyt og ændret" / "What's new" page and its Atom feed.

A change is a commit that changed a page's file (or a data file a generated
page shows). Its note is the page's `change_note:` where the commit set one,
otherwise the commit's subject (written in English, and marked so). Commits
that only touched review dates are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.content.history import Commit
from knowledge.content.index import Site
from knowledge.content.model import COLLECTIONS, DEFAULT_LANGUAGE, Page

LIMIT = 40  # changes listed on the page and in the feed
COMMIT_LANGUAGE = "en"  # commit messages are written in English
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
    note: str
    note_lang: str  # the language the note is written in
    sha: str
    from_commit: bool = False  # the note is the commit's subject, quoted as the history has it


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
    """The latest content changes of the site's language, newest first: one
    per page and commit (a page's own note before the commit's subject)."""
    by_file = _pages_by_file(site)
    changes: list[Change] = []
    for commit in commits:
        of_commit: dict[str, Change] = {}
        for file in commit.files:
            if not file.content:
                continue
            for page in by_file.get(file.path, []):
                if file.note:
                    of_commit[page.id] = Change(page, commit.date, file.note, site.lang, commit.sha)
                elif page.id not in of_commit:
                    of_commit[page.id] = Change(
                        page, commit.date, commit.subject, COMMIT_LANGUAGE, commit.sha, from_commit=True
                    )
        changes.extend(of_commit.values())
        if len(changes) >= limit:
            return changes[:limit]
    return changes


def feed_path(page_url: str) -> str:
    """Where the feed of the changes page at ``page_url`` is written (site-relative)."""
    return f"{page_url}atom.xml"
