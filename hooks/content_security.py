"""MkDocs hook: a Content-Security-Policy <meta> tag on every page (see knowledge/csp.py)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page as MkDocsPage

from knowledge.csp import add_policy


@event_priority(-200)  # last: the policy must cover every inline script other plugins add
def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    return add_policy(output)


@event_priority(-200)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return add_policy(output_content) if template_name.endswith(".html") else output_content
