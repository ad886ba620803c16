"""Where pages stand in the navigation: the order of siblings and the titles
shown there. The event layer (hooks/navigation.py) walks MkDocs' navigation
and asks these functions; nothing here knows MkDocs' objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from knowledge.content.load import split_language
from knowledge.content.model import Page

T = TypeVar("T")
# Items the content model does not know (a link, a page without front matter) go last.
UNKNOWN_ORDER = 999
SortKey = tuple[int, str]


def is_index_page(page: Page) -> bool:
    """An overview page: the index.md of its folder (or the home page)."""
    return split_language(page.path)[1].endswith("index.md")


def sort_key(record: Page | None, title: str, *, is_section: bool) -> SortKey:
    """Siblings are ordered by `order`, then title. A folder's index page comes
    first among its own section's pages; a section sorts by its index page's
    `order` and title. ``record`` is the item's page (a section's index page),
    ``title`` the item's own title, used for items without a record."""
    if record is None:
        return (UNKNOWN_ORDER, title)
    first = not is_section and is_index_page(record)
    return (-1 if first else record.order, record.title.casefold())


def section_title(index: Page) -> str:
    """A section's label: its index page's navigation title, or its title."""
    return str(index.meta.get("nav_title") or index.title)


def page_nav_title(record: Page) -> str | None:
    """The shorter title a page shows in the navigation, if it has one."""
    value = record.meta.get("nav_title")
    return str(value) if value else None


def neighbours(pages: Sequence[T]) -> Iterator[tuple[T | None, T, T | None]]:
    """(previous, page, next) for every page, in order."""
    previous: list[T | None] = [None, *pages[:-1]]
    following: list[T | None] = [*pages[1:], None]
    yield from zip(previous, pages, following, strict=True)
