"""Finishing touches on each written page: "På denne side", the copy-link
button, valid HTML (no hreflang links that make Material fetch sitemaps that
do not exist, valid toggles) and, last, the Content-Security-Policy with the
hashes of the page's own inline scripts (knowledge/outputs/page_output.py,
knowledge/outputs/csp.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page as MkDocsPage

from knowledge.content import ui
from knowledge.content.html import PageRecord
from knowledge.content.messages import say
from knowledge.content.model import Problem
from knowledge.outputs.csp import NoPlaceForPolicy, add_policy
from knowledge.outputs.page_output import (
    drop_alternate_links,
    not_found_path,
    toc_headings,
    valid_toc_label,
    valid_toggles,
    with_copy_link_button,
)
from knowledge.outputs.render import contents
from state import ContentProblems, LanguageBuild

log = logging.getLogger("mkdocs.hooks.page_output")


def finish_page(output: str, page: MkDocsPage, language: LanguageBuild) -> str:
    """ "På denne side" after the search documents were taken from the page, with Danish
    names marked as in the table of contents; the copy-link button; valid HTML."""
    names = language.scan.names
    listing = contents.page_contents(
        toc_headings(page.toc), language.lang, names.mark_inline if names else lambda text: text
    )
    output = contents.insert(output, listing)
    output = with_copy_link_button(output, ui.text("copy_link", language.lang))
    return valid_toc_label(valid_toggles(drop_alternate_links(output)))


def content_security_policy(output: str, record: PageRecord | None, serving: bool, page_url: str = "") -> str:
    """Not in the preview: MkDocs' live reload adds an inline script to every page it
    serves, which the policy would block, and the preview would never reload.
    ``record``: the page as read once (steps/published.py), if it was."""
    if serving:
        return output
    try:
        return add_policy(output, record)
    except NoPlaceForPolicy:
        problem = Problem("overrides/main.html", "template", say("csp-no-place", page=page_url or "404.html"))
        log.error(str(problem))
        raise ContentProblems("a page would be published without its Content-Security-Policy") from None


def finish_theme_page(output: str, template_name: str, language: LanguageBuild, serving: bool) -> str:
    """404.html is a theme template, not a page: the same policy and toggles. No hreflang
    links either: it is rendered with whatever alternates the previous page left."""
    output = content_security_policy(valid_toggles(drop_alternate_links(output)), None, serving)
    if template_name == "404.html":
        keep_not_found_page(output, language)
    return output


def keep_not_found_page(output: str, language: LanguageBuild) -> None:
    """Every language build writes its 404 page to the same site/404.html: keep each."""
    language.not_found_html = output


def write_not_found_pages(languages: list[LanguageBuild], config: MkDocsConfig) -> None:
    """Each language's page-not-found page in its place, once every language is built."""
    for language in languages:
        target = Path(config.site_dir) / not_found_path(language.lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(language.not_found_html, encoding="utf-8")
