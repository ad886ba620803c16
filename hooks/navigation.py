"""MkDocs hook: order every section of the navigation by the pages' `order`,
title sections after their index page, and link previous/next pages in that
order (see knowledge/outputs/navigation.py for the rules).
"""

from __future__ import annotations

from collections.abc import Iterator

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure import StructureItem
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.content.model import Page
from knowledge.outputs.navigation import neighbours, page_nav_title, section_title, sort_key


@event_priority(-150)  # after the i18n plugin (-100) has built this language's navigation
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    state = build_state.current(config)
    _order(state, nav.items)
    nav.pages = list(_pages_in_order(nav.items))
    for previous, page, following in neighbours(nav.pages):
        page.previous_page, page.next_page = previous, following
        record = state.record(page.file.src_uri)
        title = page_nav_title(record) if record else None
        if title:
            page.title = title
    return nav


def _order(state: build_state.LanguageBuild, items: list[StructureItem]) -> None:
    items.sort(
        key=lambda item: sort_key(_record_of(state, item), item.title or "", is_section=item.is_section)
    )
    for item in items:
        if isinstance(item, Section):
            index = _record_of(state, item)
            if index is not None:
                item.title = section_title(index)
            _order(state, item.children)


def _record_of(state: build_state.LanguageBuild, item: StructureItem) -> Page | None:
    """The content record of a page, or of a section's index page."""
    if isinstance(item, Section):
        item = next((c for c in item.children if isinstance(c, MkDocsPage) and c.is_index), item)
    return state.record(item.file.src_uri) if isinstance(item, MkDocsPage) else None


def _pages_in_order(items: list[StructureItem]) -> Iterator[MkDocsPage]:
    for item in items:
        if isinstance(item, Section):
            yield from _pages_in_order(item.children)
        elif isinstance(item, MkDocsPage):
            yield item
