"""Every internal of MkDocs and mkdocs-static-i18n the build relies on, in one
place (not itself a hook).

Each is something the framework does not promise: an attribute of the i18n
plugin, the attributes it gives its own files, the function `mkdocs serve`
builds with, the priorities of the plugin's handlers, MkDocs' strict-mode
counter and its log lines. tests/unit/test_framework.py checks each one
against the locked versions (a contract test per internal), so an upgrade
that changes one fails there, naming it, instead of somewhere in a build.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import CountHandler

from knowledge.content.model import LANGUAGES

# --- mkdocs-static-i18n ----------------------------------------------------------------------

# The priority of the plugin's handlers of config, files, nav, post_page and post_build (its
# page_markdown and page_context run at 50, before ours at the default 0). The pipeline's own
# priorities are set relative to it.
I18N_PRIORITY = -100
BEFORE_I18N = I18N_PRIORITY + 100
AFTER_I18N = I18N_PRIORITY - 100
LAST = AFTER_I18N - 100

# What the build reads of the plugin (mkdocs-static-i18n 1.3.1): which language it is building,
# which it builds, and whether the build running is one it started from its on_post_build.
I18N_ATTRIBUTES = ("current_language", "default_language", "build_languages", "building")


def _i18n(config: MkDocsConfig) -> Any:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError(
            "mkdocs.yml: plugins: the hooks need mkdocs-static-i18n ('i18n'): it builds each language in turn"
        )
    missing = [name for name in I18N_ATTRIBUTES if not hasattr(plugin, name)]
    if missing:
        raise PluginError(
            f"mkdocs-static-i18n has no {', '.join(missing)}: hooks/framework.py reads it to know which "
            "language is being built; install the version in requirements.txt or update framework.py"
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
    """True in a language build that the plugin runs from inside the default
    language's on_post_build; its `current_language` stays at the last language
    it built, so only this flag tells the outer post_build apart. (Without the
    plugin no build is nested: the check of the settings says it is missing.)"""
    return bool(getattr(config.plugins.get("i18n"), "building", False))


def known_file(config: MkDocsConfig, src_uri: str) -> File:
    """A file MkDocs knows (links to it pass its link check and are made relative)
    but never writes: a step writes it after the pages (the downloads)."""
    file = File.generated(config, src_uri, content=b"")
    file.copy_file = lambda dirty=False: None  # type: ignore[method-assign]
    return file


def as_language_file(file: File, lang: str, alternates: dict[str, File]) -> File:
    """A file generated after the plugin's on_files, with the attributes the
    plugin gives its own files (suffix.create_i18n_file), so that the language
    switcher links each language's version."""
    file.locale = lang  # type: ignore[attr-defined]
    file.locale_alternate_of = lang  # type: ignore[attr-defined]
    file.alternates = {lang: file, **alternates}  # type: ignore[attr-defined]
    return file


# --- mkdocs serve ----------------------------------------------------------------------------


def wrap_serve_build(wrap: Callable[[Callable[..., None]], Callable[..., None]]) -> None:
    """Have `mkdocs serve` build through ``wrap(build)``, the first build too:
    MkDocs offers no event around it, so the module's `build` function, which
    mkdocs.commands.serve calls, is replaced (once per process)."""
    serve = sys.modules.get("mkdocs.commands.serve")
    build = getattr(serve, "build", None)
    if build is not None and not getattr(build, "kb_wrapped", False):
        wrapped = wrap(build)
        wrapped.kb_wrapped = True  # type: ignore[attr-defined]
        setattr(serve, "build", wrapped)  # noqa: B010  (a module's global, not an attribute)


def wrap_rebuilds(server: Any, wrap: Callable[[Callable[[], None]], Callable[[], None]]) -> None:
    """Have the live-reload server rebuild through ``wrap(rebuild)`` (its `builder`)."""
    server.builder = wrap(server.builder)


# --- MkDocs' log -----------------------------------------------------------------------------


class _PageErrorLines(logging.Filter):
    """MkDocs logs "Error reading page 'x': ..." before the exception reaches
    on_build_error, whose one line says the same."""

    kb_page_errors = True

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Error reading page '", "Error building page '"))


def drop_page_error_lines() -> None:
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(getattr(f, "kb_page_errors", False) for f in logger.filters):
        logger.addFilter(_PageErrorLines())


# Warnings that must never fail a build (`--strict` turns every warning of the "mkdocs"
# loggers into a failure): printed through MkDocs' console handler, not its strict-mode counter.
_uncounted = logging.getLogger("kb.review")
_uncounted.propagate = False


def warn_uncounted(lines: Iterable[str]) -> None:
    _uncounted.handlers = [h for h in logging.getLogger("mkdocs").handlers if not isinstance(h, CountHandler)]
    for line in lines:
        _uncounted.warning(line)
