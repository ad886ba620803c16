"""Relation matrices, generated from front matter: no hand-kept tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.content.model import Page, field_of
from knowledge.outputs.render.boxes import phase_anchor
from knowledge.outputs.render.common import e, href, localized


@dataclass
class Row:
    header: str  # escaped HTML (usually a link)
    label: str  # plain text, for the hidden cell text
    columns: set[str]  # column page ids that are marked because a source says so
    target: str | None  # URL every marked cell links to; None: the column's page
    reading: set[str] = field(default_factory=set)  # marked by the site's own reading


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
            stated = column.id in row.columns
            if stated or column.id in row.reading:
                target = row.target or column.url
                key = "matrix.cell" if stated else "matrix.cell_reading"
                hidden = e(ui.text(key, lang, row=row.label, column=short_title(column)))
                mark, css = ("●", "kb-matrix__yes") if stated else ("○", "kb-matrix__yes kb-matrix__reading")
                cells.append(
                    f'<td class="{css}"><a href="{href(site, target, from_url)}">'
                    f'<span aria-hidden="true">{mark}</span><span class="kb-sr-only">{hidden}</span></a></td>'
                )
            else:
                cells.append("<td></td>")
        body.append(f'<tr><th scope="row">{row.header}</th>{"".join(cells)}</tr>')
    return (
        f'<div class="kb-matrix" role="region" aria-labelledby="{anchor}-caption" tabindex="0">'
        f'<table><caption class="kb-sr-only" id="{anchor}-caption">{e(caption)}</caption>'
        f"<thead><tr><td></td>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        f"{legend(rows, lang)}"
    )


def legend(rows: list[Row], lang: str) -> str:
    """What the two marks mean, under a table that uses the hollow one."""
    if not any(row.reading for row in rows):
        return ""
    kinds = [("●", "matrix.legend_source")] if any(row.columns for row in rows) else []
    kinds.append(("○", "matrix.legend_reading"))
    items = "".join(
        f'<li><span aria-hidden="true">{mark}</span> {e(ui.text(key, lang))}</li>' for mark, key in kinds
    )
    return f'<ul class="kb-matrix-legend" data-kb-skip>{items}</ul>'


def short_title(page: Page) -> str:
    return str(page.meta.get("nav_title") or page.title)


def _page_row(site: Site, page: Page, fields: tuple[str, ...], from_url: str) -> Row:
    """A row marked by the page's relation fields: a source's statements
    apart from the site's own reading (each field's `basis` in the model)."""
    link = f'<a href="{href(site, page.url, from_url)}" title="{e(page.title)}">{e(short_title(page))}</a>'
    stated: set[str] = set()
    reading: set[str] = set()
    for name in fields:
        (reading if field_of(page.type, name).basis == "reading" else stated).update(page.refs(name))
    return Row(link, short_title(page), stated, page.url, reading - stated)


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
        rows = [_page_row(site, p, ("core_elements",), from_url) for p in site.of_type("perspective")]
    elif name == "modules":
        rows = [_page_row(site, m, ("builds", "builds_reading"), from_url) for m in site.of_type("module")]
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
