"""Small fixes to the finished HTML of a page."""

from __future__ import annotations

import re

from .index import resolve_href
from .render.common import e

_ALTERNATE = re.compile(r'\n[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def drop_alternate_links(html: str) -> str:
    """Remove the <link rel="alternate" hreflang> tags from the head.

    Material fetches sitemap.xml relative to every such link to map pages
    between languages. mkdocs-static-i18n makes the links point to the page
    itself in each language, so that is a 404 per language on every page (a
    console error and a wasted request). The language switcher does not need
    them, and sitemap.xml carries the same hreflang alternates for search engines.
    """
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    return _ALTERNATE.sub("", html[:head_end]) + html[head_end:]


def print_url_attribute(href: str, page_url: str, site_url: str) -> str:
    """The attribute that gives a link its absolute address, which the print
    stylesheet shows after the link text (paper has no links to click)."""
    if href.startswith(("mailto:", "tel:", "javascript:", "#")):
        return ""
    if "://" in href:
        return f'data-print-url="{e(href)}" '
    resolved = resolve_href(href, page_url)
    if resolved is None:
        return ""
    url, anchor = resolved
    return f'data-print-url="{e(site_url.rstrip("/") + "/" + url + ("#" + anchor if anchor else ""))}" '
