"""What readers navigate by across pages: glossary terms marked in the text,
and where each page, term and organisation is mentioned or linked from.

Two steps around the scan of each page's HTML (knowledge/indexes/scan.py): before
it, the forms to look for (``matcher_forms``) and which pages mark terms;
after every page is scanned, ``collect`` gathers the scans once and
``fill_generated_page`` writes the glossary's "used on", the subject index's
places and the organisations' mentions. Linear in the size of the content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.content.index import Site, resolve_href
from knowledge.content.model import CONTENT_TYPES, Page, SiteData
from knowledge.content.terms import Matcher
from knowledge.indexes.language import NameMarker
from knowledge.indexes.scan import PageScan

# Generated pages whose HTML holds placeholders that only the scans of all pages can fill.
FILLED_AFTER_SCAN = ("glossary", "subject-index", "organisations")
Place = tuple[str, str]  # (page id, section id)


def matcher_forms(data: SiteData, lang: str) -> dict[str, list[str]]:
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


@dataclass
class ReferenceScan:
    """The scanning phase: one matcher for the language, one scan per page."""

    matcher: Matcher
    pages: dict[str, PageScan] = field(default_factory=dict)  # page id -> what its HTML contains
    # Languages other than Danish mark the Danish names in their pages (knowledge/indexes/language.py).
    names: NameMarker | None = None
    glossed: dict[str, frozenset[str]] = field(default_factory=dict)  # page id -> names glossed on it


def marks_terms(page: Page) -> bool:
    """Whether glossary terms in the page's text become links to the glossary."""
    if page.type == "generated":
        return page.meta.get("generator") == "glossary"
    return page.type in CONTENT_TYPES or page.type == "page"


@dataclass
class CrossReferences:
    """Links and mentions of all scanned pages, gathered once per language."""

    mentions: dict[str, list[Place]] = field(default_factory=dict)  # key -> places, in page order
    linked_from: dict[str, set[str]] = field(default_factory=dict)  # page id -> ids linking to it
    headings: dict[str, dict[str, str]] = field(default_factory=dict)  # page id -> heading id -> text

    def term_pages(self) -> dict[str, list[str]]:
        """Glossary term id -> ids of the pages it is used on, in page order."""
        result: dict[str, list[str]] = {}
        for key, places in self.mentions.items():
            kind, _, term_id = key.partition(":")
            if kind == "term":
                result[term_id] = list(dict.fromkeys(page_id for page_id, _ in places))
        return result


def collect(site: Site, scans: dict[str, PageScan]) -> CrossReferences:
    refs = CrossReferences()
    for page_id, scan in scans.items():
        page = site.pages[page_id]
        refs.headings[page_id] = {h.id: h.text for h in scan.headings}
        for key, sections in scan.mentions.items():
            refs.mentions.setdefault(key, []).extend((page_id, s) for s in sections)
        _collect_links(site, refs, page, scan.links)
    return refs


def _collect_links(site: Site, refs: CrossReferences, page: Page, links: list[tuple[str, str]]) -> None:
    is_content = page.type in CONTENT_TYPES
    for href, section in links:
        resolved = resolve_href(href, page.url)
        target = site.by_url.get(resolved[0]) if resolved else None
        if target is None or target.id == page.id:
            continue
        refs.linked_from.setdefault(target.id, set()).add(page.id)
        if is_content:  # a link from a content page also counts as a mention of its target
            refs.mentions.setdefault(f"page:{target.id}", []).append((page.id, section))
