"""Generated fragments an editor places inside a page's text with a line
``<!-- embed: NAME -->``: the pathway diagram, the definitions comparison,
a relation matrix or an overview of one page type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.content.model import Page
from knowledge.outputs.render.boxes import phase_anchor
from knowledge.outputs.render.common import e, href, localized
from knowledge.outputs.render.matrices import MATRICES, matrix, short_title
from knowledge.outputs.render.overview import cards
from knowledge.outputs.render.text import paragraphs


def pathway(site: Site, page: Page) -> str:
    """Figure 2 of the model description, rebuilt from its surviving labels:
    the main sequence of phases, the individual alternative beside the group
    course, and coordination and relation-building across the whole pathway."""
    lang = site.lang
    phases = sorted(site.data.entries("phases"), key=lambda p: p["order"])
    elements: dict[str, list[Page]] = {}
    for element in site.of_type("core-element"):
        for phase_id in element.refs("phases"):
            elements.setdefault(phase_id, []).append(element)

    def block(phase: dict[str, Any], css: str) -> str:
        links = ", ".join(
            f'<a href="{href(site, el.url, page.url)}">{e(short_title(el))}</a>'
            for el in elements.get(phase["id"], [])
        )
        extra = (
            f'<p class="kb-pathway__elements">{e(ui.text("pathway.core_elements", lang))}: {links}</p>'
            if links
            else ""
        )
        return (
            f'<div class="kb-pathway__phase {css}" id="{phase_anchor(phase["id"])}">'
            f'<p class="kb-pathway__title">{e(localized(phase["title"], lang))}</p>'
            f"{paragraphs(localized(phase['description'], lang))}{extra}</div>"
        )

    steps = []
    for phase in (p for p in phases if p["track"] == "main"):
        alternatives = [p for p in phases if p["track"] == "alternative" and p["order"] == phase["order"]]
        alt = "".join(
            f'<p class="kb-pathway__or">{e(ui.text("pathway.or", lang))}</p>{block(a, "kb-pathway__phase--alt")}'
            for a in alternatives
        )
        steps.append(f'<li class="kb-pathway__step">{block(phase, "")}{alt}</li>')
    spanning = "".join(
        f'<div class="kb-pathway__span"><p class="kb-pathway__label">{e(ui.text("pathway.throughout", lang))}</p>'
        f"{block(p, 'kb-pathway__phase--span')}</div>"
        for p in phases
        if p["track"] == "spanning"
    )
    caption = site.data.header("phases").get("caption")
    caption_html = f"<figcaption>{e(localized(caption, lang))}</figcaption>" if caption else ""
    # Start and end labels around the steps, in reading order: a phone shows them
    # above and below the steps, which run top to bottom; a wide screen puts both
    # above the steps, which run left to right.
    return (
        f'<figure class="kb-pathway" id="figur-2">'
        f'<p class="kb-pathway__start" aria-hidden="true">{e(ui.text("pathway.start", lang))}</p>'
        f'<ol class="kb-pathway__steps">{"".join(steps)}</ol>'
        f'<p class="kb-pathway__end" aria-hidden="true">{e(ui.text("pathway.end", lang))}</p>'
        f"{spanning}{caption_html}</figure>"
    )


def definitions_comparison(site: Site, page: Page) -> str:
    """Which forms of violence each definition names, from `included_in`."""
    lang = site.lang
    forms = site.of_type("violence-form")
    used = {d for f in forms for d in f.refs("included_in")}
    definitions = [d for d in site.of_type("definition") if d.id in used]
    head = "".join(
        f'<th scope="col"><a href="{href(site, d.url, page.url)}">{e(d.title)}</a></th>' for d in definitions
    )
    rows = []
    for form in forms:
        cells = []
        for definition in definitions:
            listed = definition.id in form.refs("included_in")
            label = ui.text("definitions.listed" if listed else "definitions.not_listed", lang)
            mark = "●" if listed else "–"
            cells.append(
                f'<td class="kb-compare--{"yes" if listed else "no"}"><span aria-hidden="true">{mark}</span> {e(label)}</td>'
            )
        rows.append(
            f'<tr><th scope="row"><a href="{href(site, form.url, page.url)}">{e(form.title)}</a></th>{"".join(cells)}</tr>'
        )
    return (
        f'<div class="kb-table-scroll" role="region" aria-label="{e(ui.text("definitions.form", lang))}" tabindex="0">'
        f'<table class="kb-compare"><thead><tr><th scope="col">{e(ui.text("definitions.form", lang))}</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _overview_of(type_name: str) -> Callable[[Site, Page], str]:
    return lambda site, page: cards(site, site.of_type(type_name), page.url)


def _matrix(name: str) -> Callable[[Site, Page], str]:
    return lambda site, page: matrix(site, name, page.url)


def sections(site: Site, page: Page) -> str:
    """Cards for every section of the site (its overview pages), in order."""
    return cards(site, list(site.of_type("overview")), page.url)


PUBLISHER_FIELDS = ("name", "email", "phone", "statement_date")


def publisher_contact(site: Site, page: Page) -> str:
    """The publishing organisation's contact details from mkdocs.yml
    (extra.publisher); a missing one is shown as a marked gap to fill in."""
    rows = []
    for key in PUBLISHER_FIELDS:
        value = site.settings.get(key)
        shown = (
            e(value)
            if value
            else (f'<mark class="kb-todo">{e(ui.text("publisher.missing", site.lang, key=key))}</mark>')
        )
        rows.append(f"<dt>{e(ui.text(f'publisher.{key}', site.lang))}</dt><dd>{shown}</dd>")
    return f'<dl class="kb-facts kb-publisher">{"".join(rows)}</dl>'


EMBEDS: dict[str, Callable[[Site, Page], str]] = {
    "sections": sections,
    "publisher-contact": publisher_contact,
    "pathway": pathway,
    "definitions-comparison": definitions_comparison,
    **{f"matrix-{name}": _matrix(name) for name in MATRICES},
    **{
        f"list-{t}": _overview_of(t)
        for t in ("core-element", "perspective", "module", "definition", "violence-form", "topic")
    },
}
