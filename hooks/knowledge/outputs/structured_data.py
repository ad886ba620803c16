"""schema.org structured data (JSON-LD) for each page, from the content model.

Content pages are an ``Article`` (headline, description, language, the date
the page last changed, the publisher set in mkdocs.yml and the documents it
is based on as ``citation``); the glossary is a ``DefinedTermSet`` of
``DefinedTerm``s; the front page is the ``WebSite``; every page below it has a
``BreadcrumbList`` from the navigation. JSON-LD is data, not script: browsers
do not run it and the Content-Security-Policy does not cover it (csp.py hashes
only scripts that run).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from knowledge.content.index import Site
from knowledge.content.model import DEFAULT_LANGUAGE, PAGE_TYPES, Page
from knowledge.indexes.language import plain_names
from knowledge.outputs.render.glossary import term_title

CONTEXT = "https://schema.org"
Node = dict[str, object]


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str  # site-relative


@dataclass(frozen=True)
class Where:
    """What a page's data needs from outside the content."""

    site_url: str  # absolute, ending in "/"
    site_name: str  # in the page's language
    site_description: str
    publisher: dict[str, Any] = field(default_factory=dict)  # extra.publisher
    modified: str = ""  # YYYY-MM-DD: the page's last change (git), '' if unknown
    crumbs: Sequence[Crumb] = ()  # from the front page down to the page itself

    def address(self, url: str) -> str:
        return self.site_url.rstrip("/") + "/" + url


def _publisher(settings: dict[str, Any]) -> Node | None:
    """The publisher as an Organization, or None until extra.publisher.name is set."""
    name = str(settings.get("name") or "").strip()
    if not name:
        return None
    node: Node = {"@type": "Organization", "name": name}
    if settings.get("email"):
        node["email"] = str(settings["email"])
    if settings.get("phone"):
        node["telephone"] = str(settings["phone"])
    return node


def _website(site: Site, where: Where) -> Node:
    home = "" if site.lang == DEFAULT_LANGUAGE else f"{site.lang}/"
    return {
        "@type": "WebSite",
        "@id": where.address(home),
        "name": where.site_name,
        "url": where.address(home),
    }


def _citations(site: Site, page: Page) -> list[Node]:
    sources = site.data.by_id("sources")
    citations = []
    for source_id in page.refs("sources"):
        source = sources.get(source_id)
        if source is None:
            continue
        work: Node = {"@type": "CreativeWork"}
        if source.get("title"):
            work["name"] = str(source["title"])
        if source.get("publisher"):
            work["publisher"] = {"@type": "Organization", "name": str(source["publisher"])}
        if source.get("year"):
            work["datePublished"] = str(source["year"])
        citations.append(work)
    return citations


def _names(site: Site, text: str) -> str:
    return plain_names(site.data, site.lang, text)


def article(site: Site, page: Page, where: Where) -> Node:
    node: Node = {
        "@type": "Article",
        "@id": where.address(page.url),
        "url": where.address(page.url),
        "headline": page.title,
        "description": _names(site, page.summary),
        "inLanguage": site.lang,
        "isPartOf": {"@id": _website(site, where)["@id"]},
    }
    if where.modified:
        node["dateModified"] = where.modified
    publisher = _publisher(where.publisher)
    if publisher:
        node["publisher"] = publisher
    citations = _citations(site, page)
    if citations:
        node["citation"] = citations
    return node


def defined_term_set(site: Site, page: Page, where: Where) -> Node:
    lang = site.lang
    address = where.address(page.url)
    terms = [
        {
            "@type": "DefinedTerm",
            "@id": f"{address}#{term['id']}",
            "url": f"{address}#{term['id']}",
            "name": term_title(term, lang),
            "description": _names(site, term[lang]["definition"]),
            "termCode": term["id"],
            "inDefinedTermSet": {"@id": address},
        }
        for term in site.data.entries("terms")
    ]
    return {
        "@type": "DefinedTermSet",
        "@id": address,
        "url": address,
        "name": page.title,
        "description": _names(site, page.summary),
        "inLanguage": lang,
        "hasDefinedTerm": terms,
    }


def breadcrumbs(crumbs: Sequence[Crumb], where: Where) -> Node:
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            # item: a Thing in schema.org, so the page by its @id rather than a bare URL
            {
                "@type": "ListItem",
                "position": n,
                "name": crumb.name,
                "item": {"@id": where.address(crumb.url)},
            }
            for n, crumb in enumerate(crumbs, start=1)
        ],
    }


def page_nodes(site: Site, page: Page, where: Where) -> list[Node]:
    """Every node of the page's structured data."""
    nodes: list[Node] = []
    if page.type == "home":
        website = _website(site, where)
        website.update({"description": where.site_description, "inLanguage": site.lang})
        publisher = _publisher(where.publisher)
        if publisher:
            website["publisher"] = publisher
        nodes.append(website)
    elif PAGE_TYPES[page.type].content:
        nodes.append(article(site, page, where))
    elif page.type == "generated" and page.meta.get("generator") == "glossary":
        nodes.append(defined_term_set(site, page, where))
    if len(where.crumbs) > 1:
        nodes.append(breadcrumbs(where.crumbs, where))
    return nodes


def script(nodes: Sequence[Node]) -> str:
    """The nodes as one JSON-LD data block ('' for none). "<" is escaped so that
    no text can end the element."""
    if not nodes:
        return ""
    data = json.dumps({"@context": CONTEXT, "@graph": list(nodes)}, ensure_ascii=False, separators=(",", ":"))
    escaped = data.replace("<", "\\u003c")
    return f'<script type="application/ld+json">{escaped}</script>'
