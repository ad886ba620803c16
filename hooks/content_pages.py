"""MkDocs hook: read and check the content, and write the parts of each page
that come from front matter and data.

Event layer only: the work is done by the pure functions in knowledge/.
Every problem is printed as one line, `file: field: reason`, and the build
stops before it writes a page. Under `make serve` the same lines become an
error page at every page's address (hooks/preview.py).
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
import event_map
from knowledge.checks.check import by_file, config_lines, content_problems, settings
from knowledge.content import ui
from knowledge.content.index import build_site
from knowledge.content.load import docs_files, load_content, page_templates, read_config
from knowledge.content.model import DEFAULT_LANGUAGE, Page, Problem
from knowledge.content.slugs import slugify
from knowledge.outputs.fragments import Fragments
from knowledge.outputs.page_output import not_found_context
from knowledge.outputs.render.embeds import EMBEDS
from knowledge.outputs.render.page import page_markdown

log = logging.getLogger("mkdocs.hooks.content")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The settings the site relies on are checked first: the i18n plugin
    itself may be what is missing."""
    raw, read_problems = read_config(Path(config.config_file_path))
    problems = config_lines(raw, read_problems, event_map.HOOKS, event_map.PLUGINS)
    _stop_on(problems)
    lang = build_state.start(config)
    # Every language writes its page-not-found page; hooks/page_output.py puts each in its place.
    config.theme.static_templates.add("404.html")
    toc = config.mdx_configs.setdefault("toc", {})
    toc["slugify"] = slugify
    toc["permalink_title"] = ui.text("copy_section_link", lang)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Runs before the i18n plugin (priority 0 > -100), so it sees every
    language's files (page.md and page.en.md)."""
    lang = build_state.language(config)
    docs_dir = Path(config.docs_dir)
    data_dir = Path(config.config_file_path).parent / "data"
    paths = [f.src_uri for f in files.documentation_pages()]
    pages, data, problems = load_content(docs_dir, paths, data_dir, build_state.parsed_files)
    if lang == DEFAULT_LANGUAGE:  # the same content for every language: check it once
        raw, _ = read_config(Path(config.config_file_path))
        templates = page_templates([Path(d) for d in config.theme.dirs])
        problems += content_problems(pages, data, settings(raw, docs_files(docs_dir), templates, EMBEDS))
    for built in build_state.languages(config):  # where the preview shows its error page (hooks/preview.py)
        build_state.known_urls[built] = _urls(pages, built)
    _stop_on(by_file(problems))
    build_state.open_language(lang, build_site(pages, data, lang, config.extra.get("publisher")))
    return files


def _urls(pages: list[Page], lang: str) -> list[str]:
    """The site-relative addresses of this language's pages (the English
    edition is the same tree under en/)."""
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return sorted({prefix + p.url for p in pages if p.lang == DEFAULT_LANGUAGE})


def _stop_on(problems: list[Problem]) -> None:
    """One line per problem, then stop: a site with broken content is never
    written (`make serve` shows the same lines at every address: hooks/preview.py)."""
    if problems:
        build_state.add_problems(problems)
        for problem in problems:
            log.error(str(problem))
        raise build_state.ContentProblems(
            f"{len(problems)} content problem(s), listed above as file: field: reason"
        )


def on_page_context(context: dict, page: MkDocsPage, config: MkDocsConfig, nav: Navigation) -> dict:
    """The page's type and generator, for the templates (the English file does not carry them)."""
    _, record = build_state.page_record(config, page)
    context["kb_type"] = record.type if record else ""
    context["kb_generator"] = record.meta.get("generator", "") if record else ""
    return context


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """The interface strings of this language, for the templates in overrides/;
    the home pages for the language selector of pages that are not pages (404)."""
    state = build_state.current(config)
    env.globals["kb_ui"] = ui.for_language(state.lang)
    env.globals["kb_home_alternates"] = copy.deepcopy(config.extra.get("alternate") or [])
    env.globals.update(not_found_context(state.lang, build_state.languages(config), config.site_url or "/"))
    # Danish names in table-of-contents entries (headings of generated pages), marked.
    names = state.scan.names if state.scan else None
    env.filters["kb_names"] = names.mark_inline if names else (lambda text: text)
    return env


def on_page_markdown(markdown: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    state, record = build_state.page_record(config, page)
    if record is None:
        return markdown
    page.meta["description"] = record.summary
    fragments = state.fragments[page.file.src_uri] = Fragments()
    return page_markdown(state.site, record, markdown, fragments)


@event_priority(10)  # before cross_references scans the page
def on_page_content(html: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    """Put the generated HTML back (see knowledge/outputs/fragments.py) and tell
    MkDocs' anchor check about the anchors it brings."""
    fragments = build_state.current(config).fragments.pop(page.file.src_uri, None)
    if fragments is None:
        return html
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= fragments.anchor_ids()
    return fragments.inject(html)
