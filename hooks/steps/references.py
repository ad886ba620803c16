"""What readers navigate by across pages. One scan of each page's HTML marks
glossary terms (and, in English, Danish names) and records links, mentions
and headings; MkDocs renders every page's Markdown before it writes any page,
so once all pages are scanned the glossary's "used on", the subject index,
the organisations' mentions and the "referenced from" boxes are filled in
from those records (knowledge/indexes/cross_references.py)."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from knowledge.content.model import CONTENT_TYPES, PAGE_TYPES, Page
from knowledge.indexes.cross_references import FILLED_AFTER_SCAN, collect
from knowledge.indexes.scan import scan_html
from knowledge.outputs.page_output import print_url_attribute
from knowledge.outputs.render import boxes
from knowledge.outputs.render.references import fill_generated_page, term_marker
from state import LanguageBuild


def scan_page(html: str, record: Page, language: LanguageBuild, config: MkDocsConfig) -> str:
    """Danish names marked (English), glossary terms linked, links given their printed
    addresses; what the page contains, kept for gather()."""
    scan = language.scan
    if scan.names is not None:  # before the scan, which leaves marked passages alone
        marked = scan.names.mark_html(html)
        html, scan.glossed[record.id] = marked.html, marked.glossed
    html, found = scan_html(
        html,
        scan.matcher,
        term_marker(language.site, record),
        record_mentions=record.type in CONTENT_TYPES,
        link_extra=lambda href: print_url_attribute(href, record.url, config.site_url or "/"),
    )
    scan.pages[record.id] = found
    return html


def gather(files: Files, language: LanguageBuild) -> None:
    """The scans of all pages, gathered once; the generated pages' places filled in."""
    language.references = collect(language.site, language.scan.pages)
    for generator in FILLED_AFTER_SCAN:
        record = language.site.generated.get(generator)
        file = files.get_file_from_path(record.path) if record else None
        if record is None or file is None or file.page is None or file.page.content is None:
            continue
        file.page.content = fill_generated_page(
            language.site, language.references, record.url, file.page.content
        )


def page_boxes(context: dict[str, Any], record: Page | None, language: LanguageBuild) -> None:
    """`kb_boxes`: the Related, Referenced-from and Sources boxes of a content page."""
    if record is None:
        return
    content = PAGE_TYPES[record.type].content
    # A generated page that names its sources (the action plan) says which, too.
    if not content and not record.refs("sources"):
        return
    site = language.site
    html = "".join(
        (
            boxes.related_box(site, record) if content else "",
            boxes.referenced_from_box(site, record, language.references.linked_from.get(record.id, ()))
            if content
            else "",
            boxes.sources_box(site, record),
        )
    )
    names = language.scan.names
    if names is not None:  # names only the boxes mention (publishers) are glossed there
        html = names.mark_html(html, glossed=language.scan.glossed.get(record.id, frozenset())).html
    context["kb_boxes"] = html
