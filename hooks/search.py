"""MkDocs hook: the site's own search index, one per language (see knowledge/outputs/search/).

Each page's final article HTML is split into search documents once its content
is complete (on_page_context: cross_references has filled the generated pages
in on_env); the data files give the glossary terms, organisations, initiatives
and sources. In this language's on_post_build, before mkdocs-static-i18n starts
the next language (priority -100), the index is written to <language root>/search/.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.content.model import DEFAULT_LANGUAGE
from knowledge.outputs.search.analysis import Analyzer
from knowledge.outputs.search.documents import entity_documents, page_documents
from knowledge.outputs.search.indexer import build_index


def on_page_context(
    context: dict[str, Any], page: MkDocsPage, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    state, record = build_state.page_record(config, page)
    if record is not None:
        state.search_docs.extend(page_documents(record, page.content or ""))
    return context


def on_post_build(config: MkDocsConfig) -> None:
    state = build_state.current(config)
    docs = [*state.search_docs, *entity_documents(state.site)]
    folder = Path(config.site_dir) / ("" if state.lang == DEFAULT_LANGUAGE else state.lang) / "search"
    shutil.rmtree(folder, ignore_errors=True)  # shards of an earlier build (mkdocs serve)
    folder.mkdir(parents=True)
    for name, text in build_index(docs, Analyzer(state.lang)).dumps().items():
        (folder / name).write_text(text, encoding="utf-8")
