"""Small helpers shared by the render functions."""

from __future__ import annotations

import functools
from html import escape

from .. import ui
from ..index import Site, relative_url


def e(value: object) -> str:
    """Escape text for HTML content and double-quoted attributes."""
    return escape(str(value), quote=True)


def href(site: Site, target_url: str, from_url: str) -> str:
    return e(relative_url(target_url, from_url))


def page_link(site: Site, page_id: str, from_url: str, text: str | None = None, anchor: str = "") -> str:
    page = site.pages[page_id]
    return f'<a href="{href(site, site.url_of(page_id, anchor), from_url)}">{e(text or page.title)}</a>'


def localized(value: object, lang: str) -> str:
    """The text of a {da: ..., en: ...} data field in ``lang``."""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("da") or "")
    return "" if value is None else str(value)


def first_letter(title: str, lang: str = "da") -> str:
    """The letter a title is filed under in an A-Z list (digits under #)."""
    for char in title:
        if char.isalpha():
            if lang != "da":
                char = {"æ": "a", "ø": "o", "å": "a", "é": "e"}.get(char.lower(), char)
            return char.upper()
        if char.isdigit():
            return "#"
    return "#"


@functools.lru_cache(maxsize=65536)  # index pages sort the same titles many times
def sort_key(title: str, lang: str) -> tuple:
    """Alphabetical order of the language: Danish puts Æ, Ø, Å after Z;
    English sorts them as the letters they resemble."""
    folded = title.casefold()
    if lang == "da":
        order = {"æ": "{1", "ø": "{2", "å": "{3", "ä": "{1", "ö": "{2"}
        return ("".join(order.get(c, c) for c in folded), title)
    order = {"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e"}
    return ("".join(order.get(c, c) for c in folded), title)


def source_label(source: dict, lang: str) -> str:
    """'Publisher (year)' as escaped HTML; 'u.å.' / 'n.d.' where no year is
    given, and a plain statement where the source names no publisher."""
    year = source.get("year") or ("u.å." if lang == "da" else "n.d.")
    publisher = source.get("publisher") or ui.text("sources.no_publisher", lang)
    return f"{e(publisher)} ({e(year)})"


def source_name(source: dict, lang: str) -> str:
    """A source named on its own, as in a glossary entry's "Kilde": 'Publisher
    (year)', or its title where it names no publisher."""
    if source.get("publisher") or not source.get("title"):
        return source_label(source, lang)
    year = source.get("year") or ("u.å." if lang == "da" else "n.d.")
    return f"{e(source['title'])} ({e(year)})"


def source_title(source: dict, lang: str) -> str:
    """The title as published (or a note that none is given), with the
    journal and pages where the citation gives them, as escaped HTML."""
    title = source.get("title")
    parts = [f"<cite>{e(title)}</cite>" if title else f"[{e(ui.text('sources.untitled', lang))}]"]
    if source.get("published_in"):
        parts.append(e(source["published_in"]))
    if source.get("pages"):
        pages = str(source["pages"])
        key = "sources.pages" if lang == "da" or "-" not in pages else "sources.pages_range"
        parts.append(e(ui.text(key, lang, pages=pages)))
    return ", ".join(parts)


def site_note(value: object, lang: str, inline: bool = False) -> str:
    """An explanation the site adds and no source gives, marked as the site's own."""
    text = localized(value, lang)
    if not text:
        return ""
    label = f'<span class="kb-site-note__label">{e(ui.text("site_explanation", lang))}:</span>'
    tag = "span" if inline else "p"
    return f'<{tag} class="kb-site-note">{label} {e(text)}</{tag}>'
