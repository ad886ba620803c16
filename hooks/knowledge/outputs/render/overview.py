"""A section's front page: every page of one type, from front matter."""

from __future__ import annotations

import posixpath

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.content.load import split_language
from knowledge.content.model import PAGE_TYPES, Page
from knowledge.content.slugs import slugify
from knowledge.outputs.render.common import e, href


def card_meta(site: Site, page: Page) -> str:
    """The one fact a reader scans an overview for, per type."""
    lang = site.lang
    if page.type == "core-element":
        role = page.meta["role"]
        return f'<span class="kb-badge kb-badge--{e(role)}">{e(ui.text(f"role.short.{role}", lang))}</span>'
    if page.type == "module":
        return f'<span class="kb-badge">{e(ui.text("days", lang))}: {e(page.meta["days"])}</span>'
    if page.type == "perspective":
        return (
            f'<span class="kb-badge">{e(ui.text("kind.perspective", lang))} {e(page.meta["number"])}</span>'
        )
    if page.type == "definition":
        return f'<span class="kb-badge">{e(page.meta["defined_by"])}</span>'
    return ""


def cards(site: Site, pages: list[Page], from_url: str) -> str:
    items = []
    for page in pages:
        meta = card_meta(site, page)
        meta = f'<p class="kb-card__meta">{meta}</p>' if meta else ""
        items.append(
            f'<li class="kb-card"><h2 class="kb-card__title">'
            f'<a href="{href(site, page.url, from_url)}">{e(page.title)}</a></h2>'
            f"{meta}<p>{e(page.summary)}</p></li>"
        )
    return f'<ul class="kb-cards">{"".join(items)}</ul>'


def overview(site: Site, page: Page) -> str:
    """Every other page in the overview's folder; one group per page type
    when the folder holds several (definitions and forms of violence)."""
    folder = posixpath.dirname(split_language(page.path)[1])
    members = [p for p in site.folders.get(folder, []) if p.id != page.id]
    types = list(dict.fromkeys(p.type for p in members))
    if len(types) <= 1:
        return cards(site, members, page.url)
    parts = []
    for type_name in types:
        label = PAGE_TYPES[type_name].label(site.lang, plural=True)
        parts.append(f"## {label} {{#{slugify(label)}}}")
        parts.append(cards(site, [p for p in members if p.type == type_name], page.url))
    return "\n\n".join(parts)
