"""The sources page: every document and every report the documents cite."""

from __future__ import annotations

from typing import Any

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.content.model import PAGE_TYPES
from knowledge.outputs.render.common import citation, e, localized, page_link, sort_key, source_name


def pages_citing(site: Site) -> dict[str, list[str]]:
    """Source id -> ids of the pages that name it (content pages, and a
    generated page built on a source: the action plan), in one pass."""
    citing: dict[str, list[str]] = {}
    for page in site.pages.values():
        if PAGE_TYPES[page.type].content or page.type == "generated":
            for source_id in page.refs("sources"):
                citing.setdefault(source_id, []).append(page.id)
    return citing


def _entry(site: Site, source: dict[str, Any], citing: list[str], from_url: str) -> str:
    lang = site.lang
    sources = site.data.by_id("sources")
    parts = [
        f"<dt>{citation(source, lang)}</dt>",
        f"<dd><p>{e(localized(source['note'], lang))}</p>",
    ]
    if source.get("cited_in"):
        names = ", ".join(
            f'<a href="#{e(c)}">{source_name(sources[c], lang)}</a>'
            for c in source["cited_in"]
            if c in sources
        )
        parts.append(f'<p class="kb-meta">{e(ui.text("sources.cited_in", lang))}: {names}</p>')
    if source.get("url"):
        # Shown as text, not a link: the addresses are as the source prints them and
        # several are no longer live or point to a local file.
        parts.append(
            f'<p class="kb-meta">{e(ui.text("sources.link", lang))}: <code>{e(source["url"])}</code></p>'
        )
    if citing:
        ordered = sorted(citing, key=lambda i: sort_key(site.pages[i].title, lang))
        links = ", ".join(page_link(site, i, from_url) for i in ordered)
        parts.append(f'<p class="kb-meta">{e(ui.text("sources.used_on", lang))}: {links}</p>')
    parts.append("</dd>")
    return f'<div class="kb-source" id="{e(source["id"])}">{"".join(parts)}</div>'


def sources_page(site: Site, from_url: str) -> str:
    citing = pages_citing(site)
    parts = []
    for kind, anchor in (("document", "dokumenter"), ("cited", "henvisninger")):
        entries = [s for s in site.data.entries("sources") if s["kind"] == kind]
        entries.sort(key=lambda s: (sort_key(s.get("publisher") or "", site.lang), s.get("year") or 0))
        title = ui.text(f"sources.{'documents' if kind == 'document' else 'cited'}", site.lang)
        parts.append(f"## {title} {{#{anchor}}}")
        body = "".join(_entry(site, s, citing.get(s["id"], []), from_url) for s in entries)
        parts.append(f'<dl class="kb-sources-list">{body}</dl>')
    return "\n\n".join(parts) + "\n"
