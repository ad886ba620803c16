"""MkDocs hook: what readers navigate by across pages.

One scan of each page's HTML marks glossary terms and records links,
mentions and headings (on_page_content). MkDocs renders every page's Markdown
before it writes any page, so once all pages are scanned (on_env) the
glossary's "used on", the subject index, the organisations' mentions and the
"referenced from" boxes are filled in from those records (see
knowledge/indexes/cross_references.py).
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.content.model import CONTENT_TYPES, DEFAULT_LANGUAGE, PAGE_TYPES
from knowledge.content.terms import Matcher
from knowledge.indexes.cross_references import FILLED_AFTER_SCAN, ReferenceScan, collect, matcher_forms
from knowledge.indexes.language import NameMarker, danish_names
from knowledge.indexes.scan import scan_html
from knowledge.outputs.page_output import print_url_attribute
from knowledge.outputs.render import boxes
from knowledge.outputs.render.references import fill_generated_page, term_marker


@event_priority(-50)  # after content_pages has loaded the content, before i18n
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = build_state.current(config)
    # Other languages keep Danish names in Danish, marked and glossed (knowledge/indexes/language.py).
    names = NameMarker(danish_names(state.site.data)) if state.lang != DEFAULT_LANGUAGE else None
    state.scan = ReferenceScan(Matcher(matcher_forms(state.site.data, state.lang)), names=names)
    return files


def on_page_content(html: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    state, record = build_state.page_record(config, page)
    if record is None:
        return html
    scan = build_state.required(state.scan, "the matcher (cross_references.on_files)")
    if scan.names is not None:  # before the scan, which leaves marked passages alone
        marked = scan.names.mark_html(html)
        html, scan.glossed[record.id] = marked.html, marked.glossed
    html, found = scan_html(
        html,
        scan.matcher,
        term_marker(state.site, record),
        record_mentions=record.type in CONTENT_TYPES,
        link_extra=lambda href: print_url_attribute(href, record.url, config.site_url or "/"),
    )
    scan.pages[record.id] = found
    return html


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    state = build_state.current(config)
    scans = build_state.required(state.scan, "the page scans (cross_references.on_page_content)").pages
    state.references = collect(state.site, scans)
    for generator in FILLED_AFTER_SCAN:
        record = state.site.generated.get(generator)
        file = files.get_file_from_path(record.path) if record else None
        if record is None or file is None or file.page is None or file.page.content is None:
            continue
        file.page.content = fill_generated_page(state.site, state.references, record.url, file.page.content)
    return env


def on_page_context(context: dict, page: MkDocsPage, config: MkDocsConfig, nav: Navigation) -> dict:
    state, record = build_state.page_record(config, page)
    if record is None or not PAGE_TYPES[record.type].content:
        return context
    references = build_state.required(state.references, "the cross-references (cross_references.on_env)")
    site = state.site
    html = "".join(
        (
            boxes.related_box(site, record),
            boxes.referenced_from_box(site, record, references.linked_from.get(record.id, ())),
            boxes.sources_box(site, record),
        )
    )
    scan = build_state.required(state.scan, "the page scans (cross_references.on_page_content)")
    if scan.names is not None:  # names only the boxes mention (publishers) are glossed there
        html = scan.names.mark_html(html, glossed=scan.glossed.get(record.id, frozenset())).html
    context["kb_boxes"] = html
    return context
