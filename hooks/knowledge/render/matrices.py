"""Relation matrices, generated from front matter: no hand-kept tables."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ui
from ..index import Site
from ..model import Page
from .boxes import phase_anchor
from .common import e, href, localized


@dataclass
class Row:
    header: str  # escaped HTML (usually a link)
    label: str  # plain text, for the hidden cell text
    columns: set[str]  # column page ids that are marked
    target: str | None  # URL every marked cell links to; None: the column's page


def table(site: Site, anchor: str, caption: str, rows: list[Row], columns: list[Page], from_url: str) -> str:
    lang = site.lang
    head = "".join(
        f'<th scope="col"><a href="{href(site, c.url, from_url)}">{e(short_title(c))}</a></th>'
        for c in columns
    )
    body = []
    for row in rows:
        cells = []
        for column in columns:
            if column.id in row.columns:
                target = row.target or column.url
                hidden = e(ui.text("matrix.cell", lang, row=row.label, column=short_title(column)))
                cells.append(
                    f'<td class="kb-matrix__yes"><a href="{href(site, target, from_url)}">'
                    f'<span aria-hidden="true">●</span><span class="kb-sr-only">{hidden}</span></a></td>'
                )
            else:
                cells.append("<td></td>")
        body.append(f'<tr><th scope="row">{row.header}</th>{"".join(cells)}</tr>')
    return (
        f'<div class="kb-matrix" role="region" aria-labelledby="{anchor}-caption" tabindex="0">'
        f'<table><caption class="kb-sr-only" id="{anchor}-caption">{e(caption)}</caption>'
        f"<thead><tr><td></td>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def short_title(page: Page) -> str:
    return str(page.meta.get("nav_title") or page.title)


def _page_row(site: Site, page: Page, field: str, from_url: str) -> Row:
    link = f'<a href="{href(site, page.url, from_url)}" title="{e(page.title)}">{e(short_title(page))}</a>'
    return Row(link, short_title(page), set(page.refs(field)), page.url)


def _phase_rows(site: Site, core_elements: list[Page], from_url: str) -> list[Row]:
    pathway_page = site.data.header("phases").get("page")
    marked: dict[str, set[str]] = {}
    for element in core_elements:
        for phase_id in element.refs("phases"):
            marked.setdefault(phase_id, set()).add(element.id)
    rows = []
    for phase in sorted(site.data.entries("phases"), key=lambda p: p["order"]):
        title = localized(phase.get("short_title") or phase["title"], site.lang)
        header = e(title)
        if pathway_page in site.pages:
            target = site.url_of(pathway_page, phase_anchor(phase["id"]))
            header = f'<a href="{href(site, target, from_url)}">{header}</a>'
        rows.append(Row(header, title, marked.get(phase["id"], set()), None))
    return rows


MATRICES = ("perspectives", "modules", "phases")


def matrix_anchor(name: str) -> str:
    return f"matrix-{name}"


def matrix(site: Site, name: str, from_url: str) -> str:
    core_elements = site.of_type("core-element")
    if name == "perspectives":
        rows = [_page_row(site, p, "core_elements", from_url) for p in site.of_type("perspective")]
    elif name == "modules":
        rows = [_page_row(site, m, "builds", from_url) for m in site.of_type("module")]
    else:
        rows = _phase_rows(site, core_elements, from_url)
    caption = ui.text(f"matrix.{name}", site.lang)
    return table(site, matrix_anchor(name), caption, rows, core_elements, from_url)


def matrices(site: Site, from_url: str) -> str:
    """Markdown: a heading (listed in the table of contents) and a table per matrix."""
    parts = []
    for name in MATRICES:
        parts.append(f"## {ui.text(f'matrix.{name}', site.lang)} {{#{matrix_anchor(name)}}}")
        parts.append(matrix(site, name, from_url))
    return "\n\n".join(parts) + "\n"
