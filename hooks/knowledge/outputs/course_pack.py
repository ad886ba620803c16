"""Course packs: one page per competence module that gathers what a trainer
hands out, in reading order, and prints as one document.

A pack holds, after its cover, the module's page, the page of every core
element the module builds, the phases of the citizen pathway those elements
belong to, the glossary terms used on those pages, and the sources of all of
them. What belongs in it follows from the content model (``contents``); the
pages' own text is their rendered HTML, moved into the pack
(knowledge/outputs/moved_html.py), so a pack never says anything its pages do not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowledge.content import ui
from knowledge.content.dates import long_date
from knowledge.content.index import Site, relative_url
from knowledge.content.model import Page, fields_of
from knowledge.outputs.moved_html import Locate, move, prefixed
from knowledge.outputs.page_output import print_url_attribute
from knowledge.outputs.render.boxes import PACK_LINK, PACK_SLUG, phase_anchor
from knowledge.outputs.render.common import citation, e, localized, sort_key, source_label
from knowledge.outputs.render.glossary import OTHER_LANGUAGE, term_title
from knowledge.outputs.render.text import paragraphs

SLUG = PACK_SLUG  # the pack's URL below its module's: moduler/<id>/kursusmappe/
# Anchors of the parts that are not pages (a page's part has the page's id).
COVER = "forside"
CONTENTS = "indhold"
PHASES = "faser"
TERMS = "begreber"
SOURCES = "kilder"


def pack_url(module_url: str) -> str:
    """The pack of the module published at ``module_url``."""
    return f"{module_url}{SLUG}/"


def source_uri(url: str) -> str:
    """The (generated) file a pack is built from, so MkDocs publishes it at ``url``."""
    return url.rstrip("/") + ".md"


def element_fields() -> tuple[str, ...]:
    """The module's relations that name the core elements it builds (not
    `related`, which may point to any content page)."""
    return tuple(f.name for f in fields_of("module") if f.kind == "pages" and f.targets == ("core-element",))


@dataclass(frozen=True)
class CoursePack:
    module: str  # page ids, then data ids, each in reading order
    url: str
    elements: tuple[str, ...]
    phases: tuple[str, ...]
    terms: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def pages(self) -> tuple[str, ...]:
        return (self.module, *self.elements)


@dataclass(frozen=True)
class Part:
    anchor: str
    title: str


def contents(site: Site, module: Page, term_pages: Mapping[str, Iterable[str]]) -> CoursePack:
    """What the pack of ``module`` holds. ``term_pages``: glossary term id ->
    ids of the pages it is used on (from the scan of every page)."""
    named = [i for name in element_fields() for i in module.refs(name)]
    elements = sorted(
        (site.pages[i] for i in dict.fromkeys(named) if i in site.pages),
        key=lambda p: (p.order, p.title.casefold()),
    )
    phases_by_id = site.data.by_id("phases")
    phase_ids = {p for element in elements for p in element.refs("phases") if p in phases_by_id}
    phases = sorted(phase_ids, key=lambda p: phases_by_id[p].get("order", 0))
    page_ids = {module.id, *(p.id for p in elements)}
    terms_by_id = site.data.by_id("terms")
    terms = sorted(
        (t for t, used_on in term_pages.items() if t in terms_by_id and page_ids & set(used_on)),
        key=lambda t: sort_key(term_title(terms_by_id[t], site.lang), site.lang),
    )
    named_sources = [
        *module.refs("sources"),
        *(s for p in elements for s in p.refs("sources")),
        *(s for p in phases for s in phases_by_id[p].get("sources") or []),
        *(s for t in terms for s in terms_by_id[t].get("sources") or []),
    ]
    known = site.data.by_id("sources")
    return CoursePack(
        module=module.id,
        url=pack_url(module.url),
        elements=tuple(p.id for p in elements),
        phases=tuple(phases),
        terms=tuple(terms),
        sources=tuple(s for s in dict.fromkeys(named_sources) if s in known),
    )


def parts(site: Site, pack: CoursePack) -> list[Part]:
    """The pack's parts after the cover, in reading order."""
    result = [Part(page_id, site.pages[page_id].title) for page_id in pack.pages]
    if pack.phases:
        result.append(Part(PHASES, ui.text("pack.phases", site.lang)))
    if pack.terms:
        result.append(Part(TERMS, ui.text("pack.terms", site.lang)))
    if pack.sources:
        result.append(Part(SOURCES, ui.text("pack.sources", site.lang)))
    return result


def title(site: Site, module: Page) -> str:
    return ui.text("pack.heading", site.lang, title=module.title)


def locator(site: Site, pack: CoursePack) -> Locate:
    """Where a link goes inside the pack: a page of the pack, a term of its
    glossary part or a phase of its phases part."""
    pages = {site.pages[i].url: i for i in pack.pages}
    glossary = site.generated.get("glossary")
    pathway = site.pages.get(str(site.data.header("phases").get("page")))
    phases = {phase_anchor(p): p for p in pack.phases}

    def locate(url: str, anchor: str) -> str | None:
        if url in pages:
            return prefixed(pages[url], anchor) if anchor else pages[url]
        if glossary is not None and url == glossary.url and anchor in pack.terms:
            return prefixed(TERMS, anchor)
        if pathway is not None and url == pathway.url and anchor in phases:
            return prefixed(PHASES, phases[anchor])
        return None

    return locate


@dataclass(frozen=True)
class Published:
    """Where and when the pack is published, for its cover and print footer."""

    site_url: str  # absolute, ending in "/"
    date: dt.date

    def address(self, url: str) -> str:
        return self.site_url.rstrip("/") + "/" + url


def pack_html(site: Site, pack: CoursePack, articles: Mapping[str, str], published: Published) -> str:
    """The pack's article: the cover, then every part. ``articles``: page id ->
    that page's rendered HTML (as MkDocs wrote it, with its own H1)."""
    locate = locator(site, pack)
    html = [_cover(site, pack, published)]
    for page_id in pack.pages:
        page = site.pages[page_id]
        article = PACK_LINK.sub("", articles.get(page_id, ""))  # the pack itself
        moved = move(article, from_url=page.url, to_url=pack.url, prefix=page_id, locate=locate)
        heading_end = moved.find("</h2>") + len("</h2>") if "</h2>" in moved else 0
        online = _online(site, page, pack, published)
        html.append(_part(page_id, moved[:heading_end] + online + moved[heading_end:]))
    if pack.phases:
        html.append(_part(PHASES, _phases(site, pack, locate)))
    if pack.terms:
        html.append(_part(TERMS, _terms(site, pack)))
    if pack.sources:
        html.append(_part(SOURCES, _sources(site, pack, published)))
    return "".join(html)


def _part(anchor: str, body: str) -> str:
    return f'<section class="kb-pack__part" id="{e(anchor)}">{body}</section>'


def _link(site: Site, target: str, pack: CoursePack, published: Published, text: str) -> str:
    """A link from the pack to a page of the site, with its address for print."""
    href = relative_url(target, pack.url)
    return f'<a {print_url_attribute(href, pack.url, published.site_url)}href="{e(href)}">{e(text)}</a>'


def _cover(site: Site, pack: CoursePack, published: Published) -> str:
    lang = site.lang
    module = site.pages[pack.module]
    facts = [
        (ui.text("days", lang), e(module.meta.get("days", ""))),
        (ui.text("audience", lang), e(module.meta.get("audience", ""))),
        (
            ui.text("pack.compiled", lang),
            f'<time datetime="{published.date.isoformat()}">{e(long_date(published.date, lang))}</time>',
        ),
        (ui.text("pack.address", lang), _address_link(published.address(pack.url))),
        (ui.text("pack.site", lang), _address_link(published.site_url)),
    ]
    rows = "".join(f"<dt>{e(label)}</dt><dd>{value}</dd>" for label, value in facts)
    items = "".join(f'<li><a href="#{e(p.anchor)}">{e(p.title)}</a></li>' for p in parts(site, pack))
    return (
        f'<section class="kb-pack__cover" id="{COVER}">'
        f"<h1>{e(title(site, module))}</h1>"
        f'<p class="kb-lead">{e(module.summary)}</p>'
        f'<dl class="kb-facts" aria-label="{e(ui.text("facts", lang))}">{rows}</dl>'
        f"<p>{e(ui.text('pack.about', lang))}</p>"
        f'<p class="kb-pack__screen-only">{e(ui.text("pack.print_hint", lang))}</p>'
        f'<h2 id="{CONTENTS}">{e(ui.text("pack.contents", lang))}</h2>'
        f'<ol class="kb-pack__contents">{items}</ol></section>'
    )


def _address_link(address: str) -> str:
    # The address is the link text: print adds nothing (no data-print-url).
    return f'<a href="{e(address)}">{e(address)}</a>'


def _online(site: Site, page: Page, pack: CoursePack, published: Published) -> str:
    link = _link(site, page.url, pack, published, page.title)
    return f'<p class="kb-pack__online">{e(ui.text("pack.online", site.lang))}: {link}</p>'


def _phases(site: Site, pack: CoursePack, locate: Locate) -> str:
    lang = site.lang
    phases = site.data.by_id("phases")
    html = [f"<h2>{e(ui.text('pack.phases', lang))}</h2><p>{e(ui.text('pack.phases_about', lang))}</p>"]
    for phase_id in pack.phases:
        phase = phases[phase_id]
        elements = [
            f'<a href="#{e(str(locate(site.pages[i].url, "")))}">{e(site.pages[i].title)}</a>'
            for i in pack.elements
            if phase_id in site.pages[i].refs("phases")
        ]
        html.append(
            f'<h3 id="{e(prefixed(PHASES, phase_id))}">{e(localized(phase["title"], lang))}</h3>'
            f"{paragraphs(localized(phase.get('description'), lang))}"
            f'<p class="kb-meta">{e(ui.text("pack.phase_elements", lang))}: {", ".join(elements)}</p>'
            f'<p class="kb-meta">{e(ui.text("source", lang))}: {_source_names(site, phase.get("sources"))}</p>'
        )
    return "".join(html)


def _terms(site: Site, pack: CoursePack) -> str:
    lang, other = site.lang, OTHER_LANGUAGE[site.lang]
    terms = site.data.by_id("terms")
    other_label = e(ui.text("english_term" if other == "en" else "danish_term", lang))
    entries = []
    for term_id in pack.terms:
        term = terms[term_id]
        entries.append(
            f'<div class="kb-glossary__entry" id="{e(prefixed(TERMS, term_id))}">'
            f"<dt><dfn>{e(term_title(term, lang))}</dfn> "
            f'<span class="kb-other-language">{other_label}: '
            f'<span lang="{other}">{e(term_title(term, other))}</span></span></dt>'
            f"<dd><p>{e(term[lang]['definition'])}</p>"
            f'<p class="kb-meta">{e(ui.text("source", lang))}: {_source_names(site, term.get("sources"))}</p>'
            f"</dd></div>"
        )
    return (
        f"<h2>{e(ui.text('pack.terms', lang))}</h2><p>{e(ui.text('pack.terms_about', lang))}</p>"
        f'<dl class="kb-glossary">{"".join(entries)}</dl>'
    )


def _source_names(site: Site, ids: object) -> str:
    sources = site.data.by_id("sources")
    names = [
        f'<a href="#{e(prefixed(SOURCES, s))}">{source_label(sources[s], site.lang)}</a>'
        for s in (ids if isinstance(ids, list) else [])
        if s in sources
    ]
    return ", ".join(names)


def _sources(site: Site, pack: CoursePack, published: Published) -> str:
    lang = site.lang
    sources = site.data.by_id("sources")
    listing = site.generated.get("sources")
    items = []
    for source_id in pack.sources:
        source = sources[source_id]
        # English in the one Harvard style of the site's pages; Danish as it was.
        parts = [
            citation(source, lang)
            if lang != "da"
            else f"{source_label(source, lang)}: <cite>{e(source.get('title', ''))}</cite>"
        ]
        if source.get("url"):
            parts.append(f"<br>{e(ui.text('sources.link', lang))}: <code>{e(source['url'])}</code>")
        if listing is not None:
            parts.append(
                "<br>"
                + _link(
                    site, f"{listing.url}#{source_id}", pack, published, ui.text("pack.source_entry", lang)
                )
            )
        items.append(f'<li id="{e(prefixed(SOURCES, source_id))}">{"".join(parts)}</li>')
    return (
        f"<h2>{e(ui.text('pack.sources', lang))}</h2><p>{e(ui.text('pack.sources_about', lang))}</p>"
        f'<ul class="kb-pack__sources">{"".join(items)}</ul>'
    )


def _css_string(value: str) -> str:
    """A CSS string literal that cannot end the <style> element or the string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ").replace("<", "\\3C ")
    return f'"{escaped}"'


def print_style(site: Site, module: Page, pack: CoursePack, published: Published) -> str:
    """The pack's running header and footer on paper: its title, its address and page numbers."""
    page_label = ui.text("pack.page_of", site.lang)
    before, _, after = page_label.partition("{n}")
    middle, _, end = after.partition("{total}")
    numbers = f"{_css_string(before)} counter(page) {_css_string(middle)} counter(pages) {_css_string(end)}"
    return (
        "<style>@page{"
        f"@top-left{{content:{_css_string(title(site, module))}}}"
        f"@bottom-left{{content:{_css_string(published.address(pack.url))}}}"
        f"@bottom-right{{content:{numbers}}}"
        "}</style>"
    )
