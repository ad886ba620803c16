"""MkDocs hook: no traceback reaches an editor. Whatever fails in a build (a
hook, a plugin, Markdown, a template) is printed as one line naming the file
being processed and the build step, and the build stops with a non-zero exit.
See knowledge/checks/crash.py for how the file and the step are found."""

from __future__ import annotations

import logging
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError
from mkdocs.plugins import event_priority

import build_state
from knowledge.checks.crash import describe
from knowledge.content.messages import say
from knowledge.content.model import Problem

log = logging.getLogger("mkdocs.hooks.build_errors")


class _PageErrorLines(logging.Filter):
    """MkDocs logs "Error reading page 'x': ..." before the exception reaches
    on_build_error, which says the same in its one line."""

    kb_page_errors = True

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(("Error reading page '", "Error building page '"))


@event_priority(100)  # first: the filter must be there before any page is read
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(getattr(f, "kb_page_errors", False) for f in logger.filters):
        logger.addFilter(_PageErrorLines())
    return config


@event_priority(-100)  # after any other plugin's handler
def on_build_error(error: Exception) -> None:
    if isinstance(error, build_state.ContentProblems | Abort | SystemExit | KeyboardInterrupt):
        return  # already printed, one line each (Abort: a nested language build said it)
    failure = describe(error)
    # A hook's own PluginError is already one clear sentence; anything else is a crash.
    reason = (
        str(error)
        if isinstance(error, BuildError)
        else say("crash", origin=failure.origin, error=failure.error)
    )
    problem = Problem(failure.file, failure.step, reason)
    log.error(reason if _NAMES_A_FILE.match(reason) else str(problem))
    build_state.add_problems([problem])  # for the preview's error page
    raise Abort("Aborted with a BuildError!")


# A hook's message that starts with its own file ("mkdocs.yml: plugins: ...") is printed as it is.
_NAMES_A_FILE = re.compile(r"^[\w./-]+\.(?:md|yml|json|py|html): ")
