"""MkDocs hook: problems shown in the preview's pages (`make serve`).

A build with problems stops before it writes a page, and `mkdocs serve` would
then leave every request waiting for a build that never succeeds, the
problems visible only in the terminal. Here a failed build (the first one
included) writes an error page at every address the content has, in each
language, listing the same lines as the build (knowledge/outputs/preview.py), and
the preview carries on. MkDocs' live reload brings the browser back to the
real page once the next build succeeds.

MkDocs offers no event around the first build of `mkdocs serve`, so on_startup
wraps the build function that mkdocs.commands.serve calls (its module's
`build`); on_serve wraps the rebuilds, which may fail before they build, in
reading mkdocs.yml.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

import build_state
import preview_pages
from knowledge.content.load import read_config
from knowledge.content.model import DEFAULT_LANGUAGE


def on_startup(command: str, dirty: bool) -> None:
    build_state.serving = command == "serve"
    serve = sys.modules.get("mkdocs.commands.serve")
    build = getattr(serve, "build", None)
    if build_state.serving and build is not None and not getattr(build, "kb_preview", False):
        setattr(serve, "build", _showing_problems(build))  # noqa: B010  (a module's global, not an attribute)


def _showing_problems(build: Callable[..., None]) -> Callable[..., None]:
    def build_or_show_problems(config: MkDocsConfig, *args: Any, **kwargs: Any) -> None:
        build_state.forget_problems()
        try:
            build(config, *args, **kwargs)
        except (Exception, SystemExit) as error:  # MkDocs stops a failed build with SystemExit (Abort)
            _show_failure(Path(config.site_dir), Path(config.config_file_path), error)

    build_or_show_problems.kb_preview = True  # type: ignore[attr-defined]
    return build_or_show_problems


def on_serve(server: Any, config: MkDocsConfig, builder: Callable[..., None]) -> Any:
    rebuild = server.builder
    config_file = Path(config.config_file_path)

    def rebuild_or_show_problems() -> None:
        build_state.forget_problems()  # mkdocs.yml may fail to load before any hook runs
        try:
            rebuild()
        except (Exception, SystemExit) as error:
            _show_failure(Path(server.root), config_file, error)

    server.builder = rebuild_or_show_problems
    return server


def _show_failure(site_dir: Path, config_file: Path, error: BaseException) -> None:
    """The failed build's lines at every address the content has (or had)."""
    lines = [str(p) for p in build_state.problems()]
    printed = bool(lines)  # the build printed them, one line each
    if not lines:  # MkDocs could not even read mkdocs.yml: say why, as `make check` does
        lines = [str(p) for p in read_config(config_file)[1]] or [f"{config_file.name}: {error}"]
    for lang, urls in (build_state.known_urls or {DEFAULT_LANGUAGE: [""]}).items():
        preview_pages.write(site_dir, urls, lines, lang)
    preview_pages.report(lines, printed)
