"""MkDocs hook: finishing touches on each page's HTML (see knowledge/page_output.py).
Links get their printed addresses in the scan (hooks/cross_references.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.page_output import drop_alternate_links, toc_headings, valid_toc_label, valid_toggles
from knowledge.render import contents


def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    # "På denne side" after the search index has been built from the page (render/contents.py).
    headings = toc_headings(page.toc)
    output = contents.insert(output, contents.page_contents(headings, build_state.language(config)))
    return valid_toc_label(valid_toggles(drop_alternate_links(output)))


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html is a theme template, not a page: it carries the same toggles.
    return valid_toggles(output_content) if template_name.endswith(".html") else output_content
