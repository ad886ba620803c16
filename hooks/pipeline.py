"""The build, in the order it runs: the project's one MkDocs hook.

Each MkDocs event below calls the project's named steps (hooks/steps/) in
the order they run; this file is the whole order of the build, and nothing
else registers a handler. What each step reads and writes of the build's
state is said in hooks/state.py (every field has one writer, checked by
tests/unit/test_event_layer.py); the MkDocs and plugin internals the steps
rely on are in hooks/framework.py; the work itself is done by the pure
functions of hooks/knowledge/.

MkDocs runs one build's events in this order: config, files, nav,
page_markdown and page_content for every page, env, post_template (the
theme's own pages: 404.html), page_context and post_page for every page,
post_build. mkdocs-static-i18n builds the default language, then every other
language from inside its own on_post_build: a nested build that runs all of
these events again, so the state is kept per language. Priorities are only
relative to the plugin's handlers (framework.I18N_PRIORITY).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

import framework
from framework import AFTER_I18N, BEFORE_I18N, LAST
from state import Build, LanguageBuild, Session
from steps import (
    aging,
    content,
    failures,
    navigation,
    outputs,
    packs,
    page_output,
    published,
    references,
    urls,
)

session = Session()  # outlives builds: the parse cache, what a failed preview needs


def _build() -> Build:
    assert session.build is not None, "on_config starts every build"
    return session.build


def _language(config: MkDocsConfig) -> LanguageBuild:
    return _build().languages[framework.language(config)]


# --- once per process ------------------------------------------------------------------------


def on_startup(*, command: str, dirty: bool) -> None:
    """`mkdocs serve`: a failed build, the first one too, writes an error page at every address."""
    session.serving = command == "serve"
    if session.serving:
        framework.wrap_serve_build(failures.first_build_showing_problems(session))


def on_serve(server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
    """A rebuild that fails before it builds (in reading mkdocs.yml) shows its line too."""
    site_dir, config_file = Path(server.root), Path(config.config_file_path)
    framework.wrap_rebuilds(server, failures.rebuild_showing_problems(session, site_dir, config_file))
    return server


# --- config and files ------------------------------------------------------------------------


@event_priority(BEFORE_I18N)  # the settings are checked first: the plugin itself may be missing
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    framework.drop_page_error_lines()
    if not framework.is_nested_build(config):
        session.build = Build()
    content.check_settings(config, _build())
    content.configure_markdown(config, framework.language(config))
    return config


def _load_content(files: Files, *, config: MkDocsConfig) -> Files:
    """Before the plugin keeps this language's files: every language's are read and checked."""
    language = content.load(files, config, session, _build())
    _build().languages[language.lang] = language
    return files


def _add_course_packs(files: Files, *, config: MkDocsConfig) -> Files:
    """After the plugin has kept this language's files: a generated page per module, and
    the downloads, so that pages may link to them."""
    files = packs.add_pack_pages(files, config, _language(config))
    return outputs.add_download_files(files, config)


on_files = CombinedEvent(
    event_priority(BEFORE_I18N)(_load_content),
    event_priority(AFTER_I18N)(_add_course_packs),
)


@event_priority(AFTER_I18N)  # the plugin builds this language's navigation first
def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    return navigation.order(nav, _language(config))


# --- every page's Markdown and HTML ----------------------------------------------------------


def on_page_markdown(markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    """After the plugin (50) has translated admonition titles."""
    language = _language(config)
    record = language.record(page.file.src_uri)
    if record is None:
        return markdown
    markdown = content.page_markdown(markdown, page, record, language)
    return aging.page_notices(markdown, page.file.src_uri, record, language)


def on_page_content(html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    language = _language(config)
    html = content.restore_fragments(html, page, language)
    record = language.record(page.file.src_uri)
    return references.scan_page(html, record, language, config) if record is not None else html


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Every page is rendered to HTML, none written yet."""
    language = _language(config)
    content.template_globals(env, config, language)
    references.gather(files, language)
    packs.fill_packs(files, config, language)
    aging.set_update_dates(files, language)
    return env


@event_priority(LAST)  # after every plugin: the policy covers every inline script
def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if not template_name.endswith(".html"):
        return output_content
    return page_output.finish_theme_page(output_content, template_name, _language(config), session.serving)


def on_page_context(
    context: dict[str, Any], *, page: MkDocsPage, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    """After the plugin (50) has set up the language switcher."""
    language = _language(config)
    record = language.record(page.file.src_uri)
    content.page_type(context, record)
    aging.page_dates(context, record, language, config)
    references.page_boxes(context, record, language)
    packs.pack_context(context, page, language)
    if record is not None:
        outputs.page_structured_data(context, page, record, language, config, nav)
        outputs.add_page_documents(page, record, language)
    return context


@event_priority(LAST)  # after every plugin: the policy covers every inline script
def on_post_page(output: str, *, page: MkDocsPage, config: MkDocsConfig) -> str:
    language = _language(config)
    output = page_output.finish_page(output, page, language)
    record = published.read_page_output(output, page, language)  # the one reading of the page
    return page_output.content_security_policy(output, record, session.serving, page.url)


# --- after the pages -------------------------------------------------------------------------


def _write_language_outputs(config: MkDocsConfig) -> None:
    """Before the plugin starts the next language's build."""
    language = _language(config)
    outputs.write_downloads(config, language)
    outputs.write_search_index(config, language)
    urls.write_redirects(config, language)


def _finish_site(config: MkDocsConfig) -> None:
    """After the plugin has built every language (in the outer build only)."""
    if framework.is_nested_build(config):
        return
    languages = list(_build().languages.values())
    page_output.write_not_found_pages(languages, config)
    aging.write_feeds(languages, config)
    published.check_published(languages, config, _build())
    urls.guard_manifest(languages, config)


on_post_build = CombinedEvent(
    event_priority(BEFORE_I18N)(_write_language_outputs),
    event_priority(AFTER_I18N)(_finish_site),
)


@event_priority(LAST)  # after any other plugin's handler
def on_build_error(*, error: Exception) -> None:
    failures.one_line(error, session)
