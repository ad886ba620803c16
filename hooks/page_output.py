"""MkDocs hook: finishing touches on each page's HTML (see knowledge/page_output.py).
Links get their printed addresses in the scan (hooks/cross_references.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page as MkDocsPage

from knowledge.page_output import drop_alternate_links


def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    return drop_alternate_links(output)
