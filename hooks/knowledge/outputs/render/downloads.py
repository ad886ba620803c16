"""Links to the downloads (knowledge/outputs/downloads.py) on the pages that show the
data, and the "Data og genbrug" page's description of every file and field."""

from __future__ import annotations

from knowledge.content import ui
from knowledge.content.index import Site, relative_url
from knowledge.content.model import DEFAULT_LANGUAGE
from knowledge.outputs.downloads import CSV_DELIMITER, DATASETS, Dataset, field_about, field_label
from knowledge.outputs.render.common import e, page_link


def _file_url(site: Site, dataset: Dataset, fmt: str) -> str:
    prefix = "" if site.lang == DEFAULT_LANGUAGE else f"{site.lang}/"
    return prefix + dataset.file(fmt)


def _file_links(site: Site, dataset: Dataset, from_url: str) -> str:
    return " · ".join(
        f'<a href="{e(relative_url(_file_url(site, dataset, fmt), from_url))}" download>'
        f"{e(ui.text(f'data.format.{fmt}', site.lang))}</a>"
        for fmt in dataset.formats
    )


def download_links(site: Site, generator: str, from_url: str) -> str:
    """The "Download the data" line of a page that shows a dataset ('' on other pages)."""
    lang = site.lang
    lines = []
    about = site.generated.get("downloads")
    for dataset in DATASETS:
        if dataset.page != generator:
            continue
        line = f"<strong>{e(ui.text('data.download', lang))}:</strong> {_file_links(site, dataset, from_url)}"
        if about is not None:
            line += " · " + page_link(
                site, about.id, from_url, ui.text("data.about_link", lang), dataset.name
            )
        lines.append(f'<p class="kb-downloads">{line}</p>')
    return "".join(lines)


def _fields_table(site: Site, dataset: Dataset) -> str:
    lang = site.lang
    head = "".join(
        f'<th scope="col">{e(ui.text(key, lang))}</th>' for key in ("data.field", "data.key", "data.meaning")
    )
    rows = "".join(
        f'<tr><th scope="row">{e(field_label(dataset, key, lang))}</th><td><code>{e(key)}</code></td>'
        f"<td>{e(field_about(dataset, key, lang))}</td></tr>"
        for key in dataset.fields
    )
    return (
        f'<div class="kb-table-scroll" role="region" aria-labelledby="{e(dataset.name)}" tabindex="0">'
        f'<table class="kb-grouping"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )


def downloads_page(site: Site, from_url: str) -> str:
    """Markdown for the data page: per dataset, where it is shown, its files and its fields."""
    lang = site.lang
    parts = []
    for dataset in DATASETS:
        parts.append(f"## {ui.text(f'data.{dataset.name}', lang)} {{#{dataset.name}}}")
        facts = [(ui.text("data.files", lang), _file_links(site, dataset, from_url))]
        page = site.generated.get(dataset.page)
        if page is not None:
            facts.insert(0, (ui.text("data.shown_on", lang), page_link(site, page.id, from_url)))
        rows = "".join(f"<dt>{e(label)}</dt><dd>{value}</dd>" for label, value in facts)
        parts.append(f'<dl class="kb-facts">{rows}</dl>')
        parts.append(_fields_table(site, dataset))
    parts.append(f"## {ui.text('data.csv', lang)} {{#csv}}")
    parts.append(f"<p>{e(ui.text('data.csv_format', lang, delimiter=CSV_DELIMITER))}</p>")
    return "\n\n".join(parts) + "\n"
