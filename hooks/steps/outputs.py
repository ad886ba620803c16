"""What each language publishes besides its pages: the downloads of the
structured content, the search index, each page's structured data
(schema.org JSON-LD) and its search documents."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page as MkDocsPage

import framework
from knowledge.content.model import DEFAULT_LANGUAGE, Page
from knowledge.outputs import downloads
from knowledge.outputs.search.analysis import Analyzer
from knowledge.outputs.search.documents import entity_documents, page_documents
from knowledge.outputs.search.indexer import build_index
from knowledge.outputs.structured_data import Crumb, Where, page_nodes, script
from state import LanguageBuild


def _language_root(config: MkDocsConfig, lang: str) -> Path:
    return Path(config.site_dir) / ("" if lang == DEFAULT_LANGUAGE else lang)


# --- downloads -------------------------------------------------------------------------------


def add_download_files(files: Files, config: MkDocsConfig) -> Files:
    """The downloads as files MkDocs knows (empty until write_downloads writes them), so
    that a page's link to one (`../data/initiativer.csv`, EDITING.md) passes MkDocs' link
    check and is made relative in each language like any other link."""
    for dataset in downloads.DATASETS:
        for fmt in dataset.formats:
            if files.get_file_from_path(dataset.file(fmt)) is None:
                files.append(framework.known_file(config, dataset.file(fmt)))
    return files


def write_downloads(config: MkDocsConfig, language: LanguageBuild) -> None:
    """The initiatives and the glossary as CSV and JSON, the relations as JSON, in the
    language's data/ folder (knowledge/outputs/downloads.py). They are published like
    pages: their URLs are guarded by urls.json too (`make urls` adds them)."""
    context = downloads.Context(
        config.site_url or "/", language.aging.today, language.references.term_pages()
    )
    prefix = "" if language.lang == DEFAULT_LANGUAGE else f"{language.lang}/"
    written = []
    for name, content in downloads.files(language.site, context).items():
        path = _language_root(config, language.lang) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(prefix + name)
    language.downloads = written


# --- search ----------------------------------------------------------------------------------


def add_page_documents(page: MkDocsPage, record: Page, language: LanguageBuild) -> None:
    """The page's search documents (the page and its sections), from its final article
    (the generated pages' places are filled in by then)."""
    language.search_docs.extend(page_documents(record, page.content or ""))


def write_search_index(config: MkDocsConfig, language: LanguageBuild) -> None:
    """The language's search index, in <language root>/search/ (see knowledge/outputs/search/)."""
    docs = [*language.search_docs, *entity_documents(language.site)]
    folder = _language_root(config, language.lang) / "search"
    shutil.rmtree(folder, ignore_errors=True)  # shards of an earlier build (mkdocs serve)
    folder.mkdir(parents=True)
    for name, text in build_index(docs, Analyzer(language.lang)).dumps().items():
        (folder / name).write_text(text, encoding="utf-8")


# --- structured data -------------------------------------------------------------------------


def page_structured_data(
    context: dict[str, Any],
    page: MkDocsPage,
    record: Page,
    language: LanguageBuild,
    config: MkDocsConfig,
    nav: Navigation,
) -> None:
    """`kb_jsonld`: the page's schema.org data; its breadcrumbs follow the navigation
    (the front page, the page's sections by their overview pages, the page)."""
    where = Where(
        site_url=config.site_url or "/",
        site_name=config.site_name,
        site_description=config.site_description or "",
        publisher=dict(config.extra.get("publisher") or {}),
        modified=language.aging.last_changed[record.id].isoformat(),
        crumbs=_crumbs(nav, page),
    )
    context["kb_jsonld"] = script(page_nodes(language.site, record, where))


def _crumbs(nav: Navigation, page: MkDocsPage) -> list[Crumb]:
    pages: list[MkDocsPage] = []
    if nav.homepage is not None:
        pages.append(nav.homepage)
    for section in list(page.ancestors)[::-1]:
        index = _index_page(section) if isinstance(section, Section) else None
        if index is not None:
            pages.append(index)
    pages.append(page)
    unique = {p.url: p for p in pages}  # an overview page is its own section's index
    return [Crumb(str(p.title), p.url) for p in unique.values()]


def _index_page(section: Section) -> MkDocsPage | None:
    return next((c for c in section.children if isinstance(c, MkDocsPage) and c.is_index), None)
