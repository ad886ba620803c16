"""MkDocs hook: what readers navigate by across pages.

One scan of each page's HTML marks glossary terms and records links,
mentions and headings (on_page_content). MkDocs renders every page's Markdown
before it writes any page, so once all pages are scanned (on_env) the
glossary's "used on", the subject index, the organisations' mentions and the
"referenced from" boxes are filled in from those records, in time linear in
the size of the content.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

import build_state
from knowledge import ui
from knowledge.index import resolve_href
from knowledge.language import NameMarker, danish_names
from knowledge.model import CONTENT_TYPES, DEFAULT_LANGUAGE, PAGE_TYPES
from knowledge.page_output import print_url_attribute
from knowledge.render import boxes, glossary, indexes
from knowledge.scan import scan_html
from knowledge.terms import Matcher


def matcher_forms(data, lang: str) -> dict[str, list[str]]:
    """Every form the text is searched for, by entity key."""
    forms: dict[str, list[str]] = {}
    for term in data.entries("terms"):
        variant = term[lang]
        forms[f"term:{term['id']}"] = [variant["term"], *(variant.get("forms") or [])]
    for org in data.entries("organisations"):
        names = [org["name"], *(org.get("forms") or [])]
        if org.get("abbreviation"):
            names.append(org["abbreviation"])
        if lang == "en" and org.get("english"):
            names.append(org["english"])
        forms[f"org:{org['id']}"] = names
    return forms


@event_priority(-50)  # after content_pages has loaded the content, before i18n
def on_files(files, config):
    state = build_state.current(config)
    state.matcher = Matcher(matcher_forms(state.data, state.lang))
    # Other languages keep Danish names in Danish, marked and glossed (knowledge/language.py).
    state.names = NameMarker(danish_names(state.data)) if state.lang != DEFAULT_LANGUAGE else None
    return files


def _marks_terms(record) -> bool:
    if record.type == "generated":
        return record.meta.get("generator") == "glossary"
    return record.type in CONTENT_TYPES or record.type == "page"


def on_page_content(html, page, config, files):
    state, record = build_state.page_record(config, page)
    if record is None:
        return html
    site = state.site
    if state.names is not None:  # before the scan, which leaves marked passages alone
        marked = state.names.mark_html(html)
        html, state.glossed[record.id] = marked.html, marked.glossed
    terms = site.data.by_id("terms") if site.generated.get("glossary") else {}

    def mark(key: str, text: str) -> str | None:
        kind, _, ident = key.partition(":")
        term = terms.get(ident) if kind == "term" else None
        if term is None or term.get("page") == record.id:
            return None
        return glossary.term_mark(site, term, text, record.url)

    html, scan = scan_html(
        html,
        state.matcher,
        mark if _marks_terms(record) else None,
        record_mentions=record.type in CONTENT_TYPES,
        link_extra=lambda href: print_url_attribute(href, record.url, config.site_url or "/"),
    )
    state.scans[record.id] = scan
    return html


def _collect(state) -> None:
    """Links and mentions of all scanned pages, gathered once."""
    site = state.site
    for page_id, scan in state.scans.items():
        page = site.pages[page_id]
        is_content = page.type in CONTENT_TYPES
        for key, sections in scan.mentions.items():
            state.mentions.setdefault(key, []).extend((page_id, s) for s in sections)
        for href, section in scan.links:
            resolved = resolve_href(href, page.url)
            target = site.by_url.get(resolved[0]) if resolved else None
            if target is None or target.id == page_id:
                continue
            state.linked_from.setdefault(target.id, set()).add(page_id)
            if is_content:
                state.mentions.setdefault(f"page:{target.id}", []).append((page_id, section))


def _fill_generated_pages(state, files) -> None:
    site = state.site
    headings = {page_id: {h.id: h.text for h in scan.headings} for page_id, scan in state.scans.items()}
    entries = {entry.anchor: entry for entry in indexes.subject_entries(site)}
    for generator in ("glossary", "subject-index", "organisations"):
        record = site.generated.get(generator)
        file = files.get_file_from_path(record.path) if record else None
        if file is None or file.page is None or file.page.content is None:
            continue

        def render(kind: str, key: str, url=record.url) -> str:
            if kind == "used-by":
                ids = list(dict.fromkeys(p for p, _ in state.mentions.get(f"term:{key}", [])))
                return glossary.used_by(site, ids, url)
            if kind == "index":
                entry = entries[key]
                places = [place for k in entry.keys for place in state.mentions.get(k, [])]
                return indexes.locations(site, places, headings, url) or (
                    f"<p>{ui.text(entry.no_places, site.lang)}</p>"
                )
            if kind == "mentions":
                return indexes.locations(site, state.mentions.get(key, []), headings, url) or (
                    f"<p>{ui.text('organisations.not_mentioned', site.lang)}</p>"
                )
            return ""

        file.page.content = indexes.fill_placeholders(file.page.content, render)


def on_env(env, config, files):
    state = build_state.current(config)
    _collect(state)
    _fill_generated_pages(state, files)
    return env


def on_page_context(context, page, config, nav):
    state, record = build_state.page_record(config, page)
    if record is None or not PAGE_TYPES[record.type].content:
        return context
    site = state.site
    html = "".join(
        (
            boxes.related_box(site, record),
            boxes.referenced_from_box(site, record, state.linked_from.get(record.id, ())),
            boxes.sources_box(site, record),
        )
    )
    if state.names is not None:  # names only the boxes mention (publishers) are glossed there
        html = state.names.mark_html(html, glossed=state.glossed.get(record.id, frozenset())).html
    context["kb_boxes"] = html
    return context
