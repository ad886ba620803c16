"""MkDocs hook: problems shown in the preview's pages (`make serve`).

While the content has problems, the preview builds no page: every address
answers with an error page that lists the same lines as the build, in the
page's language (hooks/content_pages.py writes it). A rebuild that fails for
any other reason (mkdocs.yml, a crash) shows its one line the same way,
instead of leaving every request waiting for a build that never comes.
MkDocs' live reload brings the browser back to the real page once the next
build succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

import build_state
import preview_pages
from knowledge.load import read_config
from knowledge.model import DEFAULT_LANGUAGE


def on_startup(command: str, dirty: bool) -> None:
    build_state.serving = command == "serve"


@event_priority(-300)  # last: over whatever this build wrote
def on_post_build(config: MkDocsConfig) -> None:
    """While the content has problems: the error page at every address of
    this language (the English edition's from its own, nested, build)."""
    state = build_state.finishing(config)
    if state.broken:
        lines = [str(p) for p in build_state.problems()]
        preview_pages.write(
            Path(config.site_dir), build_state.known_urls.get(state.lang, []), lines, state.lang
        )


def on_serve(server: Any, config: MkDocsConfig, builder: Callable[..., None]) -> Any:
    build = server.builder
    config_file = Path(config.config_file_path)

    def build_or_show_problems() -> None:
        build_state.forget_problems()  # a build that fails before on_config must not show old ones
        try:
            build()
        except (Exception, SystemExit) as error:  # MkDocs aborts a build with SystemExit (Abort)
            _show_failure(Path(server.root), config_file, error)

    server.builder = build_or_show_problems
    return server


def _show_failure(site_dir: Path, config_file: Path, error: BaseException) -> None:
    """The failed rebuild's lines at every address the last build had."""
    lines = [str(p) for p in build_state.problems()]
    if not lines:  # MkDocs could not even read mkdocs.yml: say why, as `make check` does
        lines = [str(p) for p in read_config(config_file)[1]] or [f"{config_file.name}: {error}"]
    for lang, urls in (build_state.known_urls or {DEFAULT_LANGUAGE: [""]}).items():
        preview_pages.write(site_dir, urls, lines, lang)
    preview_pages.report(lines)
