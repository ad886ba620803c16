"""The navigation: every section ordered by the pages' `order`, sections titled
after their index page, previous/next links in that order (the rules:
knowledge/outputs/navigation.py)."""

from __future__ import annotations

from collections.abc import Iterator

from mkdocs.structure import StructureItem
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page as MkDocsPage

from knowledge.content.model import Page
from knowledge.outputs.navigation import neighbours, page_nav_title, section_title, sort_key
from state import LanguageBuild


def order(nav: Navigation, language: LanguageBuild) -> Navigation:
    _order(language, nav.items)
    nav.pages = list(_pages_in_order(nav.items))
    for previous, page, following in neighbours(nav.pages):
        page.previous_page, page.next_page = previous, following
        record = language.record(page.file.src_uri)
        title = page_nav_title(record) if record else None
        if title:
            page.title = title
    return nav


def _order(language: LanguageBuild, items: list[StructureItem]) -> None:
    items.sort(
        key=lambda item: sort_key(_record_of(language, item), item.title or "", is_section=item.is_section)
    )
    for item in items:
        if isinstance(item, Section):
            index = _record_of(language, item)
            if index is not None:
                item.title = section_title(index)
            _order(language, item.children)


def _record_of(language: LanguageBuild, item: StructureItem) -> Page | None:
    """The content record of a page, or of a section's index page."""
    if isinstance(item, Section):
        item = next((c for c in item.children if isinstance(c, MkDocsPage) and c.is_index), item)
    return language.record(item.file.src_uri) if isinstance(item, MkDocsPage) else None


def _pages_in_order(items: list[StructureItem]) -> Iterator[MkDocsPage]:
    for item in items:
        if isinstance(item, Section):
            yield from _pages_in_order(item.children)
        elif isinstance(item, MkDocsPage):
            yield item
