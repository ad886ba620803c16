"""What a content page shows around its own text: the lead, the facts, the
purpose callout, and the Related / Referenced from / Sources boxes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.content import ui
from knowledge.content.index import Site, relation_fields
from knowledge.content.model import PAGE_TYPES, Page, fields_of
from knowledge.outputs.render.common import citation, e, href, localized, page_link

PURPOSE_ANCHOR = "formaal"
PACK_SLUG = "kursusmappe"  # a module's course pack is published below it (knowledge/outputs/course_pack.py)
# The module page's link to its pack; the pack leaves it out of its copy of the page.
PACK_LINK = re.compile(r'<p class="kb-pack-link">.*?</p>', re.DOTALL)


def lead(page: Page) -> str:
    return f'<p class="kb-lead">{e(page.summary)}</p>'


def phase_anchor(phase_id: str) -> str:
    return f"fase-{phase_id}"


def _links(site: Site, ids: Iterable[str], from_url: str) -> str:
    return ", ".join(page_link(site, i, from_url) for i in ids if i in site.pages)


def facts(site: Site, page: Page) -> str:
    """The type's key facts, from front matter, as a definition list."""
    lang, rows = site.lang, []
    if page.type == "core-element":
        role = page.meta["role"]
        rows.append((ui.text("role", lang), e(ui.text(f"role.{role}", lang))))
        phases = site.data.by_id("phases")
        pathway_page = site.data.header("phases").get("page")
        names = []
        for phase_id in page.refs("phases"):
            phase = phases.get(phase_id)
            if phase is None:
                continue
            title = e(localized(phase["title"], lang))
            if pathway_page in site.pages:
                target = site.url_of(pathway_page, phase_anchor(phase_id))
                title = f'<a href="{href(site, target, page.url)}">{title}</a>'
            names.append(title)
        if names:
            rows.append((ui.text("phases", lang), ", ".join(names)))
    elif page.type == "module":
        rows += _module_facts(site, page)
    elif page.type == "definition":
        rows.append((ui.text("defined_by", lang), e(page.meta["defined_by"])))
    elif page.type == "violence-form" and page.refs("included_in"):
        rows.append((ui.text("rel.included_in", lang), _links(site, page.refs("included_in"), page.url)))
    if not rows:
        return ""
    items = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return f'<dl class="kb-facts" aria-label="{e(ui.text("facts", lang))}">{items}</dl>'


def _module_facts(site: Site, page: Page) -> list[tuple[str, str]]:
    """Length, audience, and the core elements it builds: those the source
    names apart from those the site links by its own reading."""
    lang = site.lang
    rows = [
        (ui.text("days", lang), e(page.meta["days"])),
        (ui.text("audience", lang), e(page.meta["audience"])),
    ]
    for name in ("builds", "builds_reading"):
        if page.refs(name):
            rows.append((ui.text(name, lang), _links(site, page.refs(name), page.url)))
    return rows


def pack_link(site: Site, page: Page) -> str:
    """A module's link to its course pack, under its facts."""
    target = href(site, f"{page.url}{PACK_SLUG}/", page.url)
    label, text = ui.text("pack.link", site.lang), ui.text("pack.link_text", site.lang)
    return f'<p class="kb-pack-link">{e(label)}: <a href="{target}">{e(text)}</a></p>'


def purpose_callout(page: Page, lang: str) -> str:
    """The boxed purpose statement of a core element, with a stable anchor."""
    title = e(ui.text("purpose", lang))
    return (
        f'<div class="admonition kb-purpose" id="{PURPOSE_ANCHOR}" role="note" aria-label="{title}">'
        f'<p class="admonition-title">{title}</p>'
        f"<p>{e(page.meta['purpose'])}</p></div>"
    )


def _box(kind: str, title: str, groups: list[tuple[str, str]]) -> str:
    if not groups:
        return ""
    body = "".join(f"<dt>{e(label)}</dt><dd>{links}</dd>" for label, links in groups)
    return (
        f'<aside class="kb-box kb-{kind}" aria-labelledby="kb-{kind}-title" data-kb-skip>'
        f'<h2 class="kb-box__title" id="kb-{kind}-title">{e(title)}</h2><dl>{body}</dl></aside>'
    )


def _group_by_type(site: Site, ids: Iterable[str]) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    for page_id in ids:
        if page_id in site.pages:
            groups.setdefault(site.pages[page_id].type, []).append(page_id)
    order = list(PAGE_TYPES)
    return [
        (PAGE_TYPES[t].label(site.lang, plural=True), members)
        for t, members in sorted(groups.items(), key=lambda item: order.index(item[0]))
    ]


def _ordered(site: Site, ids: Iterable[str]) -> list[str]:
    return sorted(
        dict.fromkeys(ids), key=lambda i: (site.pages[i].type, site.pages[i].order, site.pages[i].title)
    )


def related_box(site: Site, page: Page) -> str:
    """The page's declared relations, one group per relation (`related` split by type)."""
    groups = []
    for name in relation_fields(page.type):
        targets = [t for t in page.refs(name) if t in site.pages]
        if not targets:
            continue
        if name == "related":
            for label, members in _group_by_type(site, targets):
                groups.append((label, _links(site, members, page.url)))
        else:
            groups.append((ui.text(f"rel.{name}", site.lang), _links(site, targets, page.url)))
    return _box("related", ui.text("related", site.lang), groups)


def relation_basis(site: Site, source_id: str, target_id: str) -> str:
    """How ``source_id`` relates to the core element ``target_id``: "source"
    where a source states it, "reading" where it is only the site's reading,
    "" where no relation to core elements is declared (a link in the text)."""
    kinds = set()
    for source, name in site.incoming.get(target_id, []):
        if source != source_id or source not in site.pages:
            continue
        declared = next(f for f in fields_of(site.pages[source].type) if f.name == name)
        if declared.targets == ("core-element",):
            kinds.add(declared.basis)
    return "source" if "source" in kinds else ("reading" if kinds else "")


RELATION_MARKS = {"source": ("●", "rel.mark_source"), "reading": ("○", "rel.mark_reading")}


def _marked_links(site: Site, ids: Iterable[str], page: Page) -> tuple[str, set[str]]:
    """Links to the pages that declare a relation here, each with the ● / ○
    of the relation (issue 26: the mark was lost on the way from the map)."""
    links, used = [], set()
    for source_id in ids:
        if source_id not in site.pages:
            continue
        link = page_link(site, source_id, page.url)
        basis = relation_basis(site, source_id, page.id)
        if basis:
            mark, key = RELATION_MARKS[basis]
            used.add(basis)
            link += f' <span aria-hidden="true">{mark}</span><span class="kb-sr-only">({e(ui.text(key, site.lang))})</span>'
        links.append(link)
    return ", ".join(links), used


def referenced_from_box(site: Site, page: Page, linked_from: Iterable[str]) -> str:
    """Every page that links here or declares a relation here, grouped by type;
    a relation to a core element carries its mark, with a legend."""
    sources = set(linked_from) | {source for source, _ in site.incoming.get(page.id, [])}
    sources.discard(page.id)
    sources = {s for s in sources if s in site.pages and PAGE_TYPES[site.pages[s].type].content}
    groups, used = [], set()
    for label, members in _group_by_type(site, sources):
        links, kinds = _marked_links(site, _ordered(site, members), page)
        groups.append((label, links))
        used |= kinds
    box = _box("referenced-from", ui.text("referenced_from", site.lang), groups)
    if used and box:
        legend = "".join(
            f'<li><span aria-hidden="true">{RELATION_MARKS[basis][0]}</span> '
            f"{e(ui.text(f'matrix.legend_{basis}', site.lang))}</li>"
            for basis in ("source", "reading")
            if basis in used
        )
        box = box.replace("</dl></aside>", f'</dl><ul class="kb-matrix-legend">{legend}</ul></aside>', 1)
    return box


def sources_box(site: Site, page: Page) -> str:
    sources = site.data.by_id("sources")
    ids = [s for s in page.refs("sources") if s in sources]
    if not ids:
        return ""
    listing = site.generated.get("sources")
    items = []
    for source_id in ids:
        source = sources[source_id]
        label = citation(source, site.lang)
        if listing is not None:
            label = f'<a href="{href(site, f"{listing.url}#{source_id}", page.url)}">{label}</a>'
        items.append(f"<li>{label}</li>")
    title = e(ui.text("source_of_page", site.lang))
    return (
        f'<aside class="kb-box kb-sources" aria-labelledby="kb-sources-title" data-kb-skip>'
        f'<h2 class="kb-box__title" id="kb-sources-title">{title}</h2><ul>{"".join(items)}</ul></aside>'
    )
