"""Small helpers shared by the render functions."""

from __future__ import annotations

import functools
from html import escape
from typing import Any

from knowledge.content import ui
from knowledge.content.index import Site, relative_url


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
def sort_key(title: str, lang: str) -> tuple[Any, ...]:
    """Alphabetical order of the language: Danish puts Æ, Ø, Å after Z;
    English sorts them as the letters they resemble."""
    folded = title.casefold()
    if lang == "da":
        order = {"æ": "{1", "ø": "{2", "å": "{3", "ä": "{1", "ö": "{2"}
        return ("".join(order.get(c, c) for c in folded), title)
    order = {"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e"}
    return ("".join(order.get(c, c) for c in folded), title)


def source_label(source: dict[str, Any], lang: str) -> str:
    """'Publisher (year)', as escaped HTML; 'u.å.' / 'n.d.' where no year is
    given. Where the source names no publisher, Danish says so; English
    follows Harvard (UK) and cites it by its title. A publisher that is a
    Danish description has an English wording of its own."""
    year = source.get("year") or ("u.å." if lang == "da" else "n.d.")
    if lang == "da":
        publisher = source.get("publisher") or ui.text("sources.no_publisher", lang)
        return f"{e(publisher)} ({e(year)})"
    if not (source.get("publisher_en") or source.get("publisher")):
        return f"{_title(source, lang)} ({e(year)})"
    return f"{e(source.get('publisher_en') or source['publisher'])} ({e(year)})"


def source_name(source: dict[str, Any], lang: str) -> str:
    """A source named on its own, as in a glossary entry's "Kilde": its label,
    or its title where it names no publisher."""
    if source.get("publisher") or not source.get("title") or lang != "da":
        return source_label(source, lang)
    return f"{_title(source, lang)} ({e(source.get('year') or 'u.å.')})"


def page_reference(pages: str, lang: str) -> str:
    """'s. 19' in Danish; 'p. 19' or 'pp. 275–282' in English (a page range
    takes an en dash in UK style)."""
    if lang == "da":
        return f"s. {pages}"
    return f"pp. {pages.replace('-', '–')}" if "-" in pages else f"p. {pages}"


def _title(source: dict[str, Any], lang: str) -> str:
    """The title in the language it was published in: a Danish title on an
    English page is marked as Danish, with its English translation in square
    brackets; where the source gives no title, the site says so."""
    if not source.get("title"):
        return f"[{e(ui.text('sources.untitled', lang))}]"
    title = e(source["title"])
    # A title the site composed is not the document's: say so (issue 26).
    composed = f" [{e(ui.text('sources.composed', lang))}]" if source.get("title_composed") else ""
    title_lang = source.get("title_language") or "da"
    # Harvard (UK): a journal article's title in quotation marks, the journal in italics.
    article = lang != "da" and bool(source.get("published_in"))
    if title_lang == lang:
        return f"‘{title}’{composed}" if article else f"<cite>{title}</cite>{composed}"
    html = f'<cite lang="{title_lang}">{title}</cite>'
    if title_lang == "da" and source.get("english"):
        html += f' <span class="kb-gloss">[{e(source["english"])}]</span>'
    return html + composed


def source_title(source: dict[str, Any], lang: str) -> str:
    """The title as escaped HTML (see _title), then the editorial note, the
    journal and the pages, in the reader's language."""
    html = _title(source, lang)
    if source.get("title_note"):
        html += f" ({e(localized(source['title_note'], lang))})"
    if source.get("published_in"):
        journal = e(source["published_in"])
        html += f". I: {journal}" if lang == "da" else f", <cite>{journal}</cite>"
    if source.get("pages"):
        html += f", {e(page_reference(str(source['pages']), lang))}"
    return html


def citation(source: dict[str, Any], lang: str) -> str:
    """As escaped HTML: Danish 'Udgiver (år): Titel. I: Tidsskrift, s. 1-2';
    English, Harvard (UK): 'Publisher (year) Title [translation]', 'Author
    (year) ‘Title’, Journal, pp. 1-2', and for a source with no publisher
    'Title [translation] (n.d.)'."""
    if lang == "da":
        return f"{source_label(source, lang)}: {source_title(source, lang)}"
    if not (source.get("publisher_en") or source.get("publisher")):
        year = e(source.get("year") or "n.d.")
        rest = source_title(source, lang).removeprefix(_title(source, lang))
        return f"{_title(source, lang)} ({year}){rest}"
    return f"{source_label(source, lang)} {source_title(source, lang)}"


def gloss_html(gloss: str, lang: str, site: bool = False) -> str:
    """A gloss in brackets. One no source gives (what an abbreviation stands for)
    ends with a short mark: the gloss reads first, its provenance after it."""
    if not site:
        return f'<span class="kb-gloss">({e(gloss)})</span>'
    mark = f'<span class="kb-site-note__label">{e(ui.text("site_explanation_inline", lang))}</span>'
    return f'<span class="kb-gloss kb-gloss--site">({e(gloss)}; {mark})</span>'


def site_note(value: object, lang: str, inline: bool = False) -> str:
    """An explanation the site adds and no source gives, marked as the site's own."""
    text = localized(value, lang)
    if not text:
        return ""
    label = f'<span class="kb-site-note__label">{e(ui.text("site_explanation", lang))}:</span>'
    tag = "span" if inline else "p"
    return f'<{tag} class="kb-site-note">{label} {e(text)}</{tag}>'
