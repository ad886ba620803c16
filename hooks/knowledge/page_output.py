"""Small fixes to the finished HTML of a page."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from .render.common import e

_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_ARTICLE = re.compile(r"(<article\b.*?</article>)", re.DOTALL)
_LINK = re.compile(r'<a (?![^>]*data-print-url)([^>]*?)href="([^"#][^"]*)"')


def drop_alternate_links(html: str) -> str:
    """Remove the <link rel="alternate" hreflang> tags from the head.

    Material fetches sitemap.xml relative to every such link to map pages
    between languages. mkdocs-static-i18n makes the links point to the page
    itself in each language, so that is a 404 per language on every page (a
    console error and a wasted request). The language switcher does not need
    them, and sitemap.xml carries the same hreflang alternates for search engines.
    """
    return _ALTERNATE.sub("", html)


def add_print_urls(html: str, page_url: str, site_url: str) -> str:
    """Give every link in the article its absolute address, which the print
    stylesheet shows after the link text (paper has no links to click)."""
    base = urljoin(site_url, page_url)

    def absolute(match: re.Match) -> str:
        attrs, href = match.group(1), match.group(2)
        if href.startswith(("mailto:", "tel:", "javascript:")):
            return match.group(0)
        return f'<a {attrs}data-print-url="{e(urljoin(base, href))}" href="{href}"'

    return _ARTICLE.sub(lambda m: _LINK.sub(absolute, m.group(1)), html, count=1)
