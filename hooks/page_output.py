"""MkDocs hook: finishing touches on each page's HTML (see knowledge/page_output.py).
Links get their printed addresses in the scan (hooks/cross_references.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page as MkDocsPage

from knowledge.page_output import drop_alternate_links, valid_toc_label, valid_toggles


def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    return valid_toc_label(valid_toggles(drop_alternate_links(output)))


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html is a theme template, not a page: it carries the same toggles.
    return valid_toggles(output_content) if template_name.endswith(".html") else output_content
