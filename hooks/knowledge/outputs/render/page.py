"""A content page's Markdown as MkDocs converts it: the editor's text with the
parts that come from front matter and data around it.

Generated HTML goes into ``fragments`` and only a placeholder into the
Markdown (see knowledge/outputs/fragments.py); the event layer puts it back after
conversion.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.content.index import Site
from knowledge.content.markdown_source import EMBED
from knowledge.content.model import Page
from knowledge.outputs.fragments import Fragments
from knowledge.outputs.render import (
    boxes,
    contents,
    downloads,
    embeds,
    glossary,
    indexes,
    initiatives,
    matrices,
    overview,
    sources,
)
from knowledge.outputs.render.text import markdown_inline

# The body of each generated page (`type: generated`, `generator: NAME`).
GENERATORS: dict[str, Callable[[Site, str], str]] = {
    "glossary": glossary.glossary,
    "subject-index": indexes.subject_index,
    "organisations": indexes.organisations_page,
    "matrices": matrices.matrices,
    "sources": sources.sources_page,
    "initiatives": initiatives.initiatives_page,
    "downloads": downloads.downloads_page,
    # The list comes from git history, added by hooks/review_and_changes.py.
    "changes": lambda site, url: "",
}


def page_markdown(site: Site, page: Page, markdown: str, fragments: Fragments) -> str:
    """The page's own H1, its lead, facts and purpose, its text with every
    ``<!-- embed: NAME -->`` expanded, and an overview's or a generated page's body."""
    # Our own H1: the navigation may show a shorter `nav_title`, which MkDocs
    # would otherwise also use as the page heading.
    parts = [f"# {markdown_inline(page.title)}"]
    if page.type != "home":
        parts.append(fragments.add(boxes.lead(page)))
    if contents.wanted(page.type, page.meta.get("generator")):
        parts.append(contents.MARKER)  # "På denne side", filled in once the page is finished
    facts = boxes.facts(site, page)
    if facts:
        parts.append(fragments.add(facts))
    if page.type == "module":
        parts.append(fragments.add(boxes.pack_link(site, page)))
    if page.type == "core-element":
        parts.append(fragments.add(boxes.purpose_callout(page, site.lang)))
    parts.append(EMBED.sub(lambda m: fragments.add(embeds.EMBEDS[m.group(1)](site, page)), markdown))
    if page.type == "overview":
        parts.append(fragments.lift(overview.overview(site, page)))
    elif page.type == "generated":
        generator = str(page.meta["generator"])
        links = downloads.download_links(site, generator, page.url)
        if links:
            parts.append(fragments.add(links))
        parts.append(fragments.lift(GENERATORS[generator](site, page.url)))
    return "\n\n".join(parts)
