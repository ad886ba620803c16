"""The glossary page and the marks that link a term in the text to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.indexes.language import plain_names
from knowledge.outputs.render.common import e, first_letter, href, page_link, site_note, sort_key, source_name

T = TypeVar("T")
OTHER_LANGUAGE = {"da": "en", "en": "da"}


def letter_anchor(letter: str, lang: str) -> str:
    slug = {"Æ": "ae", "Ø": "oe", "Å": "aa", "#": "0-9"}.get(letter, letter.lower())
    return f"{'bogstav' if lang == 'da' else 'letter'}-{slug}"


def term_title(term: dict[str, Any], lang: str) -> str:
    return str(term[lang]["term"])


def grouped(items: list[T], title: Callable[[T], str], lang: str) -> list[tuple[str, list[T]]]:
    """Items in the language's alphabetical order, grouped by first letter."""
    groups: dict[str, list[T]] = {}
    for item in sorted(items, key=lambda i: sort_key(title(i), lang)):
        groups.setdefault(first_letter(title(item), lang), []).append(item)
    return list(groups.items())


def letter_nav(letters: list[str], lang: str) -> str:
    links = "".join(f'<li><a href="#{letter_anchor(x, lang)}">{e(x)}</a></li>' for x in letters)
    return f'<nav class="kb-letters" aria-label="{e(ui.text("letters", lang))}"><ul>{links}</ul></nav>'


def used_by_placeholder(term_id: str) -> str:
    return f"<!--kb:used-by:{term_id}-->"


def _source_links(site: Site, source_ids: list[str], from_url: str) -> str:
    sources = site.data.by_id("sources")
    listing = site.generated.get("sources")
    parts = []
    for source_id in source_ids:
        source = sources.get(source_id)
        if source is None:
            continue
        label = source_name(source, site.lang)
        if listing is not None:
            label = f'<a href="{href(site, f"{listing.url}#{source_id}", from_url)}">{label}</a>'
        parts.append(label)
    return ", ".join(parts)


def entry(site: Site, term: dict[str, Any], from_url: str) -> str:
    lang, other = site.lang, OTHER_LANGUAGE[site.lang]
    terms = site.data.by_id("terms")
    term_id = term["id"]
    rows = [f"<p>{e(term[lang]['definition'])}</p>"]
    # Kept apart from the definition and above "Kilde", which it is not part of.
    rows.append(site_note(term.get("site_explanation"), lang))
    if term.get("page") in site.pages:
        rows.append(
            f'<p class="kb-meta">{e(ui.text("see_page", lang))}: '
            f"{page_link(site, term['page'], from_url)}</p>"
        )
    related = [terms[r] for r in term.get("related") or [] if r in terms]
    if related:
        links = ", ".join(f'<a href="#{e(r["id"])}">{e(term_title(r, lang))}</a>' for r in related)
        rows.append(f'<p class="kb-meta">{e(ui.text("related_terms", lang))}: {links}</p>')
    rows.append(
        f'<p class="kb-meta">{e(ui.text("source", lang))}: '
        f"{_source_links(site, term.get('sources') or [], from_url)}</p>"
    )
    rows.append(used_by_placeholder(term_id))
    other_label = ui.text("english_term" if other == "en" else "danish_term", lang)
    kind = e(ui.text(f"kind.{term['kind']}", lang))
    return (
        f'<div class="kb-glossary__entry" id="{e(term_id)}" data-kb-term="{e(term_id)}">'
        f'<dt><dfn>{e(term_title(term, lang))}</dfn> <span class="kb-kind">{kind}</span> '
        f'<span class="kb-other-language">{e(other_label)}: '
        f'<span lang="{other}">{e(term_title(term, other))}</span></span></dt>'
        f"<dd>{''.join(rows)}</dd></div>"
    )


def glossary(site: Site, from_url: str) -> str:
    """Markdown for the glossary: letter navigation, a heading per letter (so
    the table of contents lists them) and a definition list per letter."""
    lang = site.lang
    groups = grouped(site.data.entries("terms"), lambda t: term_title(t, lang), lang)
    parts = [letter_nav([letter for letter, _ in groups], lang)]
    for letter, terms in groups:
        parts.append(f"## {letter} {{#{letter_anchor(letter, lang)}}}")
        entries = "".join(entry(site, term, from_url) for term in terms)
        parts.append(f'<dl class="kb-glossary">{entries}</dl>')
    return "\n\n".join(parts) + "\n"


def used_by(site: Site, page_ids: list[str], from_url: str) -> str:
    """The pages that use a term, folded behind their count ("Bruges på 14 sider"):
    on a phone the lists were most of the glossary's length."""
    lang = site.lang
    if not page_ids:
        return (
            f'<p class="kb-meta kb-used-by">{e(ui.text("used_on", lang))}: {e(ui.text("not_used", lang))}</p>'
        )
    ordered = sorted(page_ids, key=lambda i: sort_key(site.pages[i].title, lang))
    count = ui.text("used_on_count" if len(ordered) > 1 else "used_on_one", lang, n=len(ordered))
    links = "".join(f"<li>{page_link(site, i, from_url)}</li>" for i in ordered)
    return (
        f'<details class="kb-fold kb-used-by"><summary>{e(count)}</summary>'
        f'<ul class="kb-used-by__pages">{links}</ul></details>'
    )


def tooltip(term: dict[str, Any], lang: str) -> str:
    definition = term[lang]["definition"]
    if len(definition) > 240:
        definition = definition[:239].rsplit(" ", 1)[0] + " …"
    return f"{term[lang]['term']}: {definition}"


def term_mark(site: Site, term: dict[str, Any], text: str, from_url: str) -> str:
    """A term in running text: a link to its glossary entry with the
    definition as tooltip; abbreviations are wrapped in <abbr>."""
    glossary_page = site.generated["glossary"]
    target = href(site, f"{glossary_page.url}#{term['id']}", from_url)
    inner = f"<abbr>{text}</abbr>" if term["kind"] == "abbreviation" else text
    return (
        f'<a class="kb-term" href="{target}" title="{e(plain_names(site.data, site.lang, tooltip(term, site.lang)))}" '
        f'data-kb-term-ref="{e(term["id"])}">{inner}</a>'
    )
