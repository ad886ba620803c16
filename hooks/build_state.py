"""Per-build state shared by the hook modules (not itself a hook).

mkdocs-static-i18n runs the whole build once per language (the other
languages from inside the default language's on_post_build), and
`mkdocs serve` keeps the hook modules loaded across rebuilds. So the state is
dropped at the start of every build (the outer on_config) and kept per
language. Each language's results are typed and written by one phase each
(see hooks/event_map.py for who writes and reads what).

The hooks learn which language is being built from mkdocs-static-i18n's
attributes. They are internals, not an API: if they are missing the build
fails with one line instead of quietly building every language as Danish.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

import event_map
from knowledge.content.index import Site
from knowledge.content.load import ParseCache
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, LANGUAGES, Page, Problem
from knowledge.indexes.aging import Aging
from knowledge.indexes.cross_references import CrossReferences, ReferenceScan
from knowledge.outputs.fragments import Fragments
from knowledge.outputs.search.documents import SearchDoc
from knowledge.outputs.urls import Publication

T = TypeVar("T")

_log = logging.getLogger("mkdocs.hooks.build_state")

# What the hooks read of the i18n plugin (mkdocs-static-i18n 1.3.1).
I18N_ATTRIBUTES = ("current_language", "default_language", "build_languages", "building")


@dataclass
class LanguageBuild:
    """One language's results, each written by the phase named and read by later ones."""

    lang: str
    site: Site  # content_pages.on_files: the pages of this language, indexed
    # content_pages.on_page_markdown, taken back by its on_page_content: src_uri -> generated HTML
    fragments: dict[str, Fragments] = field(default_factory=dict)
    scan: ReferenceScan | None = None  # cross_references.on_files, one page at a time in on_page_content
    references: CrossReferences | None = None  # cross_references.on_env, from all the scans
    publication: Publication = field(default_factory=Publication)  # stable_urls: URLs, anchors, redirects
    aging: Aging | None = None  # review_and_changes.on_files: review dates, today, recent changes
    search_docs: list[SearchDoc] = field(default_factory=list)  # search.on_page_context, page by page
    packs: dict[str, str] = field(default_factory=dict)  # course_packs.on_files: pack src_uri -> module id
    pack_styles: dict[str, str] = field(default_factory=dict)  # course_packs.on_env: src_uri -> print style
    pack_changed: dict[str, dt.date] = field(default_factory=dict)  # course_packs.on_env: src_uri -> day
    not_found_html: str = ""  # page_output.on_post_template: this language's page-not-found page

    def record(self, src_uri: str) -> Page | None:
        """The content record of the page built from ``src_uri`` (None: not a content page)."""
        return self.site.by_path.get(src_uri)


class ContentProblems(PluginError):
    """The build stops for problems already printed, one line each."""


_builds: dict[str, LanguageBuild] = {}
# Parsed pages and data files: kept across builds on purpose (see ParseCache).
parsed_files = ParseCache()
# `mkdocs serve` (hooks/preview.py): a failed build shows its problems at every address.
serving = False
# This build's problems, every language's (dropped at the start of the outer build).
_problems: list[Problem] = []
# The addresses of the last build's pages, per language: where a failed preview shows its error page.
known_urls: dict[str, list[str]] = {}


def _i18n(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError(
            "mkdocs.yml: plugins: the hooks need mkdocs-static-i18n ('i18n'): it builds each language in turn"
        )
    missing = [name for name in I18N_ATTRIBUTES if not hasattr(plugin, name)]
    if missing:
        raise PluginError(
            f"mkdocs-static-i18n has no {', '.join(missing)}: hooks/build_state.py reads it to know "
            "which language is being built; install the version in requirements.txt or update build_state.py"
        )
    return plugin


def language(config: MkDocsConfig) -> str:
    """The language being built. Before the plugin's own first on_config it has
    no current language yet and starts with its default, as here."""
    plugin = _i18n(config)
    lang = plugin.current_language or plugin.default_language
    if lang not in LANGUAGES:
        raise PluginError(
            f"mkdocs-static-i18n is building {lang!r}, a language the content model does not know "
            f"({', '.join(LANGUAGES)}; hooks/knowledge/content/model.py)"
        )
    return str(lang)


def languages(config: MkDocsConfig) -> tuple[str, ...]:
    """Every language this build publishes."""
    return tuple(_i18n(config).build_languages)


def is_nested_build(config: MkDocsConfig) -> bool:
    """True in the build of a language that mkdocs-static-i18n runs from
    inside the default language's on_post_build."""
    return bool(_i18n(config).building)


def start(config: MkDocsConfig) -> str:
    """A build begins (on_config): forget the previous build's state (all
    languages in the outer build, this language in a nested one)."""
    lang = language(config)
    if is_nested_build(config):
        _builds.pop(lang, None)
    else:
        _builds.clear()
        _problems.clear()
    return lang


def add_problems(problems: list[Problem]) -> list[Problem]:
    """Keep this build's problems (each once); return all of them so far."""
    _problems.extend(p for p in problems if p not in _problems)
    return list(_problems)


def forget_problems() -> None:
    _problems.clear()


def problems() -> list[Problem]:
    """Every problem this build has found so far."""
    return list(_problems)


def open_language(lang: str, site: Site) -> LanguageBuild:
    """The content of ``lang`` is loaded (on_files): its state starts here."""
    _builds[lang] = LanguageBuild(lang, site)
    return _builds[lang]


def current(config: MkDocsConfig) -> LanguageBuild:
    lang = language(config)
    if lang not in _builds:
        # The hook that loads it is not in mkdocs.yml (content_pages.py's own guard did not run).
        hook = "hooks/content_pages.py"
        problem = Problem(
            "mkdocs.yml", "hooks", say("config-hook-missing", hook=hook, purpose=event_map.HOOKS[hook])
        )
        _log.error(str(problem))
        raise ContentProblems(f"no content loaded for {lang!r}, listed above as file: field: reason")
    return _builds[lang]


def finishing(config: MkDocsConfig) -> LanguageBuild:
    """The state of the build whose on_post_build is running. The i18n plugin
    leaves `current_language` at the last language it built, so the outer
    (final) on_post_build is told apart by the plugin's `building` flag."""
    return current(config) if is_nested_build(config) else _builds[DEFAULT_LANGUAGE]


def page_record(config: MkDocsConfig, page: Any) -> tuple[LanguageBuild, Page | None]:
    """This language's state and the content record of an MkDocs page (None
    for a page the content model does not know)."""
    state = current(config)
    return state, state.record(page.file.src_uri)


def all_builds() -> list[LanguageBuild]:
    """The state of every language built in this run."""
    return list(_builds.values())


def required(value: T | None, what: str) -> T:
    """A phase's result that a later phase reads; a clear error if the order broke."""
    if value is None:
        raise PluginError(f"{what} is not there yet: a hook ran out of order (see hooks/event_map.py)")
    return value
