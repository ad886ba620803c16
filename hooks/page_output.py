"""MkDocs hook: finishing touches on each page's HTML (see knowledge/outputs/page_output.py).
Links get their printed addresses in the scan (hooks/cross_references.py)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.content import ui
from knowledge.outputs.page_output import (
    drop_alternate_links,
    not_found_path,
    toc_headings,
    valid_toc_label,
    valid_toggles,
    with_copy_link_button,
)
from knowledge.outputs.render import contents


def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    # "På denne side" after the search index has been built from the page (render/contents.py),
    # with Danish names marked as in the table of contents.
    state = build_state.current(config)
    names = state.scan.names if state.scan else None
    listing = contents.page_contents(
        toc_headings(page.toc), state.lang, names.mark_inline if names else lambda text: text
    )
    output = contents.insert(output, listing)
    output = with_copy_link_button(output, ui.text("copy_link", state.lang))
    return valid_toc_label(valid_toggles(drop_alternate_links(output)))


@event_priority(-250)  # after content_security has added the policy
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """404.html is a theme template, not a page: it carries the same toggles.
    Each language's page-not-found page is kept: every language build writes
    it to the same site/404.html."""
    if not template_name.endswith(".html"):
        return output_content
    # No hreflang links here either: the 404 page is rendered with whatever alternates the
    # previous page left in config.extra (in the English build, the Danish build's last page),
    # and Material fetches a sitemap.xml relative to each of them.
    output_content = valid_toggles(drop_alternate_links(output_content))
    if template_name == "404.html":
        build_state.current(config).not_found_html = output_content
    return output_content


def on_post_build(config: MkDocsConfig) -> None:
    """Each language's page-not-found page in its place (runs after every
    language's build; the last one has overwritten site/404.html)."""
    for state in build_state.all_builds():
        if state.not_found_html:
            target = Path(config.site_dir) / not_found_path(state.lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(state.not_found_html, encoding="utf-8")
