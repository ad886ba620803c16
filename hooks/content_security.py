"""MkDocs hook: a Content-Security-Policy <meta> tag on every page (see knowledge/outputs/csp.py).

Not in the preview (`make serve`): MkDocs' live reload adds an inline script
to every page it serves, which the policy (hashes of the page's own scripts)
would block, and the preview would never reload. Published pages are built
by `make build`, always with the policy."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.outputs.csp import add_policy


@event_priority(-200)  # last: the policy must cover every inline script other plugins add
def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    return output if build_state.serving else add_policy(output)


@event_priority(-200)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    if build_state.serving or not template_name.endswith(".html"):
        return output_content
    return add_policy(output_content)
