"""When a build fails: one line instead of a traceback (knowledge/checks/crash.py
finds the file and the step), and in `make serve` the failed build's lines at
every address the content has, in each language (knowledge/outputs/preview.py),
instead of a browser left waiting. MkDocs' live reload brings the browser back
to the real page once the next build succeeds."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError

from knowledge.checks.crash import describe
from knowledge.content.load import read_config
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, Problem
from knowledge.outputs.preview import error_page
from state import ContentProblems, Session

log = logging.getLogger("mkdocs.hooks.build_errors")

# Not the "mkdocs" logger: under `mkdocs serve --strict` every warning or error it logs
# would fail the preview build, which must succeed to show the error pages.
_preview_log = logging.getLogger("kb.preview")
if not _preview_log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    _preview_log.addHandler(_handler)
    _preview_log.propagate = False
    _preview_log.setLevel(logging.INFO)

# A hook's message that starts with its own file ("mkdocs.yml: plugins: ...") is printed as it is.
_NAMES_A_FILE = re.compile(r"^[\w./-]+\.(?:md|yml|json|py|html): ")


def one_line(error: Exception, session: Session) -> None:
    """Any failure as one line (file, build step, what failed), then a non-zero exit."""
    if isinstance(error, ContentProblems | Abort | SystemExit | KeyboardInterrupt):
        return  # already printed, one line each (Abort: a nested language build said it)
    failure = describe(error)
    # A step's own PluginError is already one clear sentence; anything else is a crash.
    reason = (
        str(error)
        if isinstance(error, BuildError)
        else say("crash", origin=failure.origin, error=failure.error)
    )
    problem = Problem(failure.file, failure.step, reason)
    log.error(reason if _NAMES_A_FILE.match(reason) else str(problem))
    if session.build is not None:
        session.build.add_problems([problem])  # for the preview's error page
    raise Abort("Aborted with a BuildError!")


def first_build_showing_problems(session: Session) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """`mkdocs serve`'s build function, made to write the error pages when a build fails."""

    def wrap(build: Callable[..., None]) -> Callable[..., None]:
        def build_or_show_problems(config: MkDocsConfig, *args: Any, **kwargs: Any) -> None:
            session.build = None
            try:
                build(config, *args, **kwargs)
            except (Exception, SystemExit) as error:  # MkDocs stops a failed build with SystemExit (Abort)
                show_failure(session, Path(config.site_dir), Path(config.config_file_path), error)

        return build_or_show_problems

    return wrap


def rebuild_showing_problems(
    session: Session, site_dir: Path, config_file: Path
) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """The live-reload server's rebuild, made to write the error pages when it fails
    (a rebuild may fail before any step runs, in reading mkdocs.yml)."""

    def wrap(rebuild: Callable[[], None]) -> Callable[[], None]:
        def rebuild_or_show_problems() -> None:
            session.build = None
            try:
                rebuild()
            except (Exception, SystemExit) as error:
                show_failure(session, site_dir, config_file, error)

        return rebuild_or_show_problems

    return wrap


def show_failure(session: Session, site_dir: Path, config_file: Path, error: BaseException) -> None:
    """The failed build's lines at every address the content has (or had)."""
    lines = [str(p) for p in session.build.problems] if session.build is not None else []
    printed = bool(lines)  # the build printed them, one line each
    if not lines:  # MkDocs could not even read mkdocs.yml: say why, as `make check` does
        lines = [str(p) for p in read_config(config_file)[1]] or [f"{config_file.name}: {error}"]
    for lang, urls in (session.known_urls or {DEFAULT_LANGUAGE: [""]}).items():
        _write_error_pages(site_dir, urls, lines, lang)
    for line in [] if printed else lines:
        _preview_log.error(line)
    _preview_log.info(f"{len(lines)} problem(s): every page of the preview shows them until they are fixed")


def _write_error_pages(site_dir: Path, urls: list[str], lines: list[str], lang: str) -> None:
    """The error page at each address; in the default language also as the 404 page,
    which `mkdocs serve` shows for an address it does not know."""
    html = error_page(lines, lang)
    for url in urls:
        path = site_dir / url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    if lang == DEFAULT_LANGUAGE:
        (site_dir / "404.html").write_text(html, encoding="utf-8")
