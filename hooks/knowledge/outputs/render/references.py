"""The HTML that cross-references put in pages: a glossary term's link where
the scan of a page marks it (knowledge/indexes/scan.py), and the places the scans of
all pages found, filled into the generated pages (the glossary's "used on",
the subject index's places, the organisations' mentions; what was found:
knowledge/indexes/cross_references.py)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.content.model import Page
from knowledge.indexes.cross_references import CrossReferences, marks_terms
from knowledge.outputs.render import glossary, indexes

Mark = Callable[[str, str], str | None]


def term_marker(site: Site, page: Page) -> Mark | None:
    """``mark(key, text)`` for scan_html: the glossary link for a term's first
    occurrence, except on the term's own page. None where terms are not marked
    (or the site has no glossary)."""
    if not marks_terms(page):
        return None
    terms = site.data.by_id("terms") if site.generated.get("glossary") else {}

    def mark(key: str, text: str) -> str | None:
        kind, _, ident = key.partition(":")
        term = terms.get(ident) if kind == "term" else None
        if term is None or term.get("page") == page.id:
            return None
        return glossary.term_mark(site, term, text, page.url)

    return mark


def fill_generated_page(site: Site, refs: CrossReferences, url: str, html: str) -> str:
    """A generated page's HTML (at ``url``) with its placeholders filled from ``refs``."""

    @functools.cache
    def entries() -> dict[str, indexes.Entry]:  # only the subject index needs them
        return {entry.anchor: entry for entry in indexes.subject_entries(site)}

    def used_by(key: str) -> str:
        ids = list(dict.fromkeys(page_id for page_id, _ in refs.mentions.get(f"term:{key}", [])))
        return glossary.used_by(site, ids, url)

    def index_places(key: str) -> str:
        places = [place for k in entries()[key].keys for place in refs.mentions.get(k, [])]
        return indexes.locations(site, places, refs.headings, url, fold=True) or (
            f"<p>{ui.text(entries()[key].no_places, site.lang)}</p>"
        )

    def mentions(key: str) -> str:
        return indexes.locations(site, refs.mentions.get(key, []), refs.headings, url) or (
            f"<p>{ui.text('organisations.not_mentioned', site.lang)}</p>"
        )

    renderers: dict[str, Callable[[str], str]] = {
        "used-by": used_by,
        "index": index_places,
        "mentions": mentions,
    }

    def render(kind: str, key: str) -> str:
        renderer = renderers.get(kind)
        return renderer(key) if renderer else ""

    return indexes.fill_placeholders(html, render)
