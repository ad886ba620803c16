"""Reading and checking the content, and the parts of each page that come
from front matter and data.

Every problem is printed as one line, `file: field: reason`, and the build
stops before it writes a page; under `make serve` the same lines become an
error page at every address (steps/preview.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page as MkDocsPage

import framework
from knowledge.checks.check import by_file, config_lines, content_problems, settings
from knowledge.checks.config_guard import shared_without_address
from knowledge.content import ui
from knowledge.content.dates import build_date
from knowledge.content.index import build_site
from knowledge.content.load import (
    docs_files,
    load_content,
    load_history,
    load_last_changed,
    page_templates,
    read_config,
    read_manifest,
)
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, Page, Problem
from knowledge.content.slugs import slugify
from knowledge.content.terms import Matcher
from knowledge.indexes import review
from knowledge.indexes.aging import aging_of
from knowledge.indexes.cross_references import ReferenceScan, matcher_forms
from knowledge.indexes.language import NameMarker, danish_names
from knowledge.outputs.addresses import generated_addresses
from knowledge.outputs.fragments import Fragments
from knowledge.outputs.page_output import not_found_context
from knowledge.outputs.render.embeds import EMBEDS
from knowledge.outputs.render.page import page_markdown as page_parts
from state import Build, ContentProblems, LanguageBuild, Session

log = logging.getLogger("mkdocs.hooks.content")


def check_settings(config: MkDocsConfig, build: Build) -> None:
    """The settings the site relies on, first: the i18n plugin itself may be what is missing."""
    raw, read_problems = read_config(Path(config.config_file_path))
    stop_on(config_lines(raw, read_problems), build)


def configure_markdown(config: MkDocsConfig, lang: str) -> None:
    """Every language writes its page-not-found page (steps/page_output.py puts each in
    its place); headings get the site's slugs and a permalink title in the language."""
    config.theme.static_templates.add("404.html")
    toc = config.mdx_configs.setdefault("toc", {})
    toc["slugify"] = slugify
    toc["permalink_title"] = ui.text("copy_section_link", lang)


def load(files: Files, config: MkDocsConfig, session: Session, build: Build) -> LanguageBuild:
    """The language's content, validated and indexed, with its dates and its term
    matcher. Runs before the i18n plugin keeps one language's files, so it sees
    every language's (page.md and page.en.md)."""
    lang = framework.language(config)
    docs_dir = Path(config.docs_dir)
    repo = Path(config.config_file_path).parent
    paths = [f.src_uri for f in files.documentation_pages()]
    pages, data, problems = load_content(docs_dir, paths, repo / "data", session.parsed_files)
    if lang == DEFAULT_LANGUAGE:  # the same content for every language: check it once
        raw, _ = read_config(Path(config.config_file_path))
        templates = page_templates([Path(d) for d in config.theme.dirs])
        problems += content_problems(
            pages,
            data,
            settings(
                raw, docs_files(docs_dir), templates, EMBEDS, dt.date.today(), generated_addresses(pages)
            ),
        )
        problems += read_manifest(repo / "urls.json")[1]
    for built in framework.languages(config):  # where the preview shows its error page
        session.known_urls[built] = _urls(pages, built)
    stop_on(by_file(problems), build)
    site = build_site(pages, data, lang, config.extra.get("publisher"))
    today = _today(config, build)
    history = load_history(repo) if "changes" in site.generated else None
    aging = aging_of(site, today, history, load_last_changed(repo))
    # Other languages write established English names, and keep other Danish names in Danish,
    # marked and glossed (knowledge/indexes/language.py).
    names = (
        NameMarker(danish_names(site.data), ui.text("site_explanation_inline", lang))
        if lang != DEFAULT_LANGUAGE
        else None
    )
    scan = ReferenceScan(Matcher(matcher_forms(site.data, lang)), names=names)
    if lang == DEFAULT_LANGUAGE:  # reported, never a reason to fail a build
        framework.warn_uncounted(str(p) for p in review.overdue_problems(list(aging.reviews.values())))
        framework.warn_uncounted(str(p) for p in shared_without_address(config.site_url or "", os.environ))
    return LanguageBuild(lang, site, aging, scan)


def _today(config: MkDocsConfig, build: Build) -> dt.date:
    setting = config.extra.get("today")  # `!ENV [KB_TODAY, ""]`: tests and previews pin the date
    today = build_date(setting, dt.date.today())
    if today is None:
        stop_on([Problem("mkdocs.yml", "extra.today (KB_TODAY)", say("date", value=setting))], build)
    assert today is not None
    return today


def _urls(pages: list[Page], lang: str) -> list[str]:
    """The site-relative addresses of this language's pages (the English
    edition is the same tree under en/)."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return sorted({prefix + p.url for p in pages if p.lang == DEFAULT_LANGUAGE})


def stop_on(problems: list[Problem], build: Build) -> None:
    """One line per problem, then stop: a site with broken content is never written."""
    if problems:
        build.add_problems(problems)
        for problem in problems:
            log.error(str(problem))
        raise ContentProblems(f"{len(problems)} content problem(s), listed above as file: field: reason")


def template_globals(env: Environment, config: MkDocsConfig, language: LanguageBuild) -> None:
    """The interface strings of this language for the templates in overrides/; the home
    pages for the language selector of pages that are not pages (404); a filter that
    marks Danish names in table-of-contents entries (headings of generated pages)."""
    env.globals["kb_ui"] = ui.for_language(language.lang)
    # Where the search control leads without JavaScript: the subject index and the glossary.
    env.globals["kb_lookup"] = [
        {"url": found.url, "title": found.title, "generator": generator}
        for generator in ("subject-index", "glossary")
        if (found := language.site.generated.get(generator)) is not None
    ]
    env.globals["kb_home_alternates"] = copy.deepcopy(config.extra.get("alternate") or [])
    env.globals.update(not_found_context(language.lang, framework.languages(config), config.site_url or "/"))
    names = language.scan.names
    env.filters["kb_names"] = names.mark_inline if names else (lambda text: text)


def page_type(context: dict[str, Any], record: Page | None) -> None:
    """The page's type and generator, for the templates (the English file does not carry them)."""
    context["kb_type"] = record.type if record else ""
    context["kb_generator"] = record.meta.get("generator", "") if record else ""


def page_markdown(markdown: str, page: MkDocsPage, record: Page, language: LanguageBuild) -> str:
    """The page's own H1, lead, facts, embeds and generated body; the generated HTML
    is kept aside until the Markdown is converted (knowledge/outputs/fragments.py)."""
    names = language.scan.names  # the description names bodies as the page does
    page.meta["description"] = names.plain(record.summary) if names else record.summary
    fragments = language.fragments[page.file.src_uri] = Fragments()
    return page_parts(language.site, record, markdown, fragments)


def restore_fragments(html: str, page: MkDocsPage, language: LanguageBuild) -> str:
    """The generated HTML back in place, and its anchors made known to MkDocs' link check."""
    fragments = language.fragments.pop(page.file.src_uri, None)
    if fragments is None:
        return html
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= fragments.anchor_ids()
    return fragments.inject(html)
