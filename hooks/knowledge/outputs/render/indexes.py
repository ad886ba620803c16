"""The subject index (stikordsregister) and the index of organisations.

Both are written in two steps: the entries (known from the data before any
page is rendered) with a placeholder each, then, once every page has been
scanned, the places that mention each entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.content.model import ORGANISATION_FIELDS
from knowledge.outputs.render.common import e, gloss_html, href, localized, site_note, sort_key
from knowledge.outputs.render.glossary import grouped, letter_anchor, letter_nav

SUBJECT_PAGE_TYPES = ("core-element", "perspective", "module")
_PLACEHOLDER = re.compile(r"<!--kb:([a-z-]+):([^>]*?)-->")


def placeholder(kind: str, key: str) -> str:
    return f"<!--kb:{kind}:{key}-->"


def fill_placeholders(html: str, render: Callable[[str, str], str]) -> str:
    """Replace every placeholder in one pass; ``render(kind, key)`` gives the HTML."""
    return _PLACEHOLDER.sub(lambda m: render(m.group(1), m.group(2)), html)


@dataclass(frozen=True)
class Entry:
    anchor: str
    title: str
    kind: str  # a ui "kind." key suffix
    keys: tuple[str, ...]  # mention keys gathered under this entry
    home: str  # site-relative URL of the entry's own description
    lang: str = ""  # the title's language where it differs from the page's
    gloss: str = ""  # the title's English gloss, beside a Danish title on an English page
    gloss_site: bool = False  # no source gives the gloss (an abbreviation's expansion)

    @property
    def no_places(self) -> str:
        """The ui key of the text shown when no page mentions the entry."""
        return "index.only_organisations" if self.kind == "organisation" else "index.only_glossary"


def name_language(org: dict[str, Any], page_lang: str) -> str:
    """The language to mark an organisation's name with on a page in
    ``page_lang`` ('' where it is the page's own)."""
    name_lang = org.get("name_language") or "da"
    return "" if name_lang == page_lang else name_lang


def marked(text: str, lang: str) -> str:
    """Escaped text, in a span marking its language where one is given."""
    return f'<span lang="{lang}">{e(text)}</span>' if lang else e(text)


def subject_entries(site: Site) -> list[Entry]:
    """Every term, organisation, core element, perspective and module."""
    entries = []
    covered: set[str] = set()
    glossary = site.generated.get("glossary")
    for term in site.data.entries("terms"):
        keys = [f"term:{term['id']}"]
        if term.get("page") in site.pages:
            keys.append(f"page:{term['page']}")
            covered.add(term["page"])
        home = f"{glossary.url}#{term['id']}" if glossary else ""
        entries.append(
            Entry(f"stikord-{term['id']}", term[site.lang]["term"], term["kind"], tuple(keys), home)
        )
    organisations = site.generated.get("organisations")
    for org in site.data.entries("organisations"):
        # No source pairs a site-explained name with its abbreviation: the
        # abbreviation is an entry of its own, glossed as the site's explanation.
        site_explained = bool(org.get("site_explanation"))
        paired = org.get("abbreviation") and not site_explained
        title = org["name"] + (f" ({org['abbreviation']})" if paired else "")
        home = f"{organisations.url}#{org['id']}" if organisations else ""
        lang = name_language(org, site.lang)
        gloss = str(org.get("english") or "") if lang == "da" else ""
        # A name that is itself an abbreviation: its English gloss is an expansion.
        gloss_site = site_explained and not org.get("abbreviation")
        entries.append(
            Entry(
                f"stikord-org-{org['id']}",
                title,
                "organisation",
                (f"org:{org['id']}",),
                home,
                lang,
                gloss,
                gloss_site,
            )
        )
    for type_name in SUBJECT_PAGE_TYPES:
        for page in site.of_type(type_name):
            if page.id not in covered:
                kind = {"perspective": "perspective", "module": "module"}.get(type_name, "core-element")
                entries.append(Entry(f"stikord-{page.id}", page.title, kind, (f"page:{page.id}",), page.url))
    return entries


def subject_index(site: Site, from_url: str) -> str:
    lang = site.lang
    groups = grouped(subject_entries(site), lambda entry: entry.title, lang)
    parts = [letter_nav([letter for letter, _ in groups], lang)]
    for letter, entries in groups:
        parts.append(f"## {letter} {{#{letter_anchor(letter, lang)}}}")
        items = []
        for entry in entries:
            title = marked(entry.title, entry.lang)
            if entry.home:
                title = f'<a href="{href(site, entry.home, from_url)}">{title}</a>'
            if entry.gloss:
                title += " " + gloss_html(entry.gloss, lang, entry.gloss_site)
            items.append(
                f'<div class="kb-index__entry" id="{e(entry.anchor)}"><dt>{title} '
                f'<span class="kb-kind">{e(ui.text(f"kind.{entry.kind}", lang))}</span></dt>'
                f"<dd>{placeholder('index', entry.anchor)}</dd></div>"
            )
        parts.append(f'<dl class="kb-index">{"".join(items)}</dl>')
    return "\n\n".join(parts) + "\n"


def locations(
    site: Site,
    places: list[tuple[str, str]],
    headings: dict[str, dict[str, str]],
    from_url: str,
    fold: bool = False,
) -> str:
    """Links to the pages and sections in ``places`` [(page id, section id)],
    one line per page, sections in page order. ``headings``: page id ->
    {section id: heading text}. ``fold``: more than one page folded behind
    their count, like the glossary's "Bruges på" (the subject index was 65
    screens long on a phone)."""
    by_page: dict[str, list[str]] = {}
    for page_id, section in places:
        if page_id in site.pages:
            sections = by_page.setdefault(page_id, [])
            if section not in sections:
                sections.append(section)
    if not by_page:
        return ""
    items = []
    for page_id in sorted(by_page, key=lambda i: sort_key(site.pages[i].title, site.lang)):
        page = site.pages[page_id]
        titles = headings.get(page_id, {})
        section_links = [
            f'<a href="{href(site, f"{page.url}#{s}", from_url)}">{e(titles.get(s) or s)}</a>'
            for s in by_page[page_id]
            if s and s in titles
        ]
        line = f'<a href="{href(site, page.url, from_url)}">{e(page.title)}</a>'
        if section_links:
            line += ": " + ", ".join(section_links)
        items.append(f"<li>{line}</li>")
    listed = f'<ul class="kb-locations">{"".join(items)}</ul>'
    if not fold or len(items) < 2:
        return listed
    count = ui.text("index.on_pages", site.lang, n=len(items))
    return f'<details class="kb-fold kb-used-by"><summary>{e(count)}</summary>{listed}</details>'


def organisations_page(site: Site, from_url: str) -> str:
    lang = site.lang
    kinds = next(f.choices for f in ORGANISATION_FIELDS if f.name == "kind")
    parts = []
    for kind in kinds:
        members = [o for o in site.data.entries("organisations") if o["kind"] == kind]
        if not members:
            continue
        members.sort(key=lambda o: sort_key(o["name"], lang))
        parts.append(f"## {ui.text(f'organisations.kind.{kind}', lang)} {{#{kind}}}")
        items = []
        for org in members:
            name = marked(org["name"], name_language(org, lang))
            extra = []
            if org.get("abbreviation"):
                extra.append(f"<abbr>{e(org['abbreviation'])}</abbr>")
            if org.get("english"):
                gloss = marked(org["english"], "" if lang == "en" else "en")
                extra.append(f'<span class="kb-gloss">{gloss}</span>' if lang == "en" else gloss)
            head = name + (f' <span class="kb-meta">({", ".join(extra)})</span>' if extra else "")
            body = [f"<p>{e(localized(org['role'], lang))}</p>", site_note(org.get("site_explanation"), lang)]
            if org.get("partnership_member"):
                body.append(f'<p><span class="kb-badge">{e(ui.text("partnership_member", lang))}</span></p>')
            body.append(
                f'<p class="kb-meta">{e(ui.text("mentioned_on", lang))}:</p>{placeholder("mentions", "org:" + org["id"])}'
            )
            items.append(
                f'<div class="kb-org" id="{e(org["id"])}"><dt>{head}</dt><dd>{"".join(body)}</dd></div>'
            )
        parts.append(f'<dl class="kb-orgs">{"".join(items)}</dl>')
    return "\n\n".join(parts) + "\n"
