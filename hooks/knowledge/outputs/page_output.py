"""Small fixes to the finished HTML of a page."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from knowledge.content import ui
from knowledge.content.index import resolve_href
from knowledge.content.model import DEFAULT_LANGUAGE
from knowledge.outputs.render.common import e

_ALTERNATE = re.compile(r'\n[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
# Material's drawer and search toggles: <input ... type="checkbox" ... autocomplete="off">.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?) autocomplete="off"')
TOGGLE_FORM_ID = "__kb_toggles"
_TOC_LABEL_FOR = re.compile(r'(<label class="md-nav__title") for="__toc"')
_ARTICLE_H1_END = re.compile(r"<article\b.*?</h1>", re.DOTALL)
COPY_LINK_SCRIPT = "assets/javascripts/copy-link.js"


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


def with_copy_link_button(html: str, label: str) -> str:
    """The "Copy link" button under the page title, in the HTML itself.

    copy-link.js only wires it up: a button the script inserted after the first
    paint pushed the whole page down (a layout shift Lighthouse counted on every
    page). Pages that do not load the script get no button; without JavaScript a
    <noscript> style in the head hides it (overrides/main.html).
    """
    if COPY_LINK_SCRIPT not in html:
        return html
    match = _ARTICLE_H1_END.search(html)
    if not match:
        return html
    button = f'<button type="button" class="kb-copy-link md-button">{e(label)}</button>'
    return html[: match.end()] + button + html[match.end() :]


def valid_toggles(html: str) -> str:
    """Keep Material's checkbox toggles out of the browser's form restore, validly.

    Material marks the drawer and search checkboxes autocomplete="off" so that
    a browser does not reopen the menu or search when the reader comes back to
    a page. HTML allows that attribute only on text-like inputs (the Nu checker
    reports it on every page). The same effect, valid: the checkboxes belong to
    an empty form with autocomplete="off" (form attribute), and browsers do not
    restore the state of controls in such a form. They stay where they are, as
    siblings of the header and container that Material's CSS opens with them.
    """
    first = _CHECKBOX_AUTOCOMPLETE.search(html)
    if first is None:
        return html
    form = f'<form id="{TOGGLE_FORM_ID}" autocomplete="off" hidden></form>'
    fixed = _CHECKBOX_AUTOCOMPLETE.sub(rf'\1 form="{TOGGLE_FORM_ID}"', html[first.start() :])
    return html[: first.start()] + form + fixed


def valid_toc_label(html: str) -> str:
    """Drop the table of contents title's for="__toc" where no such control exists.

    Material's title label points at the checkbox that folds the contents into
    the navigation drawer, but with navigation.indexes a section's overview page
    has no such checkbox: the label points at nothing (invalid HTML, and
    clicking it did nothing). Pages that have the checkbox keep the link.
    """
    if 'id="__toc"' in html:
        return html
    return _TOC_LABEL_FOR.sub(r"\1", html)


def toc_headings(items: Iterable[Any]) -> list[tuple[int, str, str]]:
    """MkDocs' table of contents (AnchorLinks with children) as (level, anchor,
    title), in page order."""
    found: list[tuple[int, str, str]] = []
    for item in items or []:
        found.append((item.level, item.id, item.title))
        found.extend(toc_headings(item.children))
    return found


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


def not_found_path(lang: str) -> str:
    """Where a language's page-not-found page is written: GitHub Pages serves
    /404.html for every missing address; the other languages' versions live
    beside their pages, and /404.html sends readers on to them."""
    return "404.html" if lang == DEFAULT_LANGUAGE else f"{lang}/404.html"


def not_found_context(lang: str, languages: tuple[str, ...], site_url: str) -> dict[str, Any]:
    """What the page-not-found template needs: this build's language, the
    languages /404.html hands readers on to, and a link to each other
    language's home page, worded in that language."""
    base = urlsplit(site_url or "/").path.rstrip("/") + "/"
    others = [other for other in languages if other != lang]
    return {
        "kb_lang": lang,
        "kb_other_languages": [o for o in others if o != DEFAULT_LANGUAGE]
        if lang == DEFAULT_LANGUAGE
        else [],
        "kb_not_found_others": [
            {
                "lang": other,
                "home": base if other == DEFAULT_LANGUAGE else f"{base}{other}/",
                "text": ui.text("not_found.other_language", other),
            }
            for other in others
        ],
    }
