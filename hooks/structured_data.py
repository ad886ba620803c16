"""MkDocs hook: each page's schema.org structured data (JSON-LD) in its <head>
(see knowledge/outputs/structured_data.py). The breadcrumbs follow the navigation:
the front page, the page's sections (by their overview pages), the page.
The date it was modified is the day git last changed its file (knowledge/indexes/aging.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.outputs.structured_data import Crumb, Where, page_nodes, script


def on_page_context(context: dict, page: MkDocsPage, config: MkDocsConfig, nav: Navigation) -> dict:
    state, record = build_state.page_record(config, page)
    if record is None:
        return context
    where = Where(
        site_url=config.site_url or "/",
        site_name=config.site_name,
        site_description=config.site_description or "",
        publisher=dict(config.extra.get("publisher") or {}),
        modified=build_state.required(state.aging, "review dates").last_changed[record.id].isoformat(),
        crumbs=_crumbs(nav, page),
    )
    context["kb_jsonld"] = script(page_nodes(state.site, record, where))
    return context


def _crumbs(nav: Navigation, page: MkDocsPage) -> list[Crumb]:
    """The front page, each section the page is in (its overview page), the page."""
    pages: list[MkDocsPage] = []
    if nav.homepage is not None:
        pages.append(nav.homepage)
    for section in list(page.ancestors)[::-1]:
        index = _index_page(section) if isinstance(section, Section) else None
        if index is not None:
            pages.append(index)
    pages.append(page)
    unique = {p.url: p for p in pages}  # an overview page is its own section's index
    return [Crumb(str(p.title), p.url) for p in unique.values()]


def _index_page(section: Section) -> MkDocsPage | None:
    return next((c for c in section.children if isinstance(c, MkDocsPage) and c.is_index), None)
