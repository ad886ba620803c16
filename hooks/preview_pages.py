"""The error pages of `make serve` (not itself a hook; hooks/preview.py uses
it): written where the pages would be, and the problems said in the terminal.

Every address answers with the same lines the build prints
(knowledge/outputs/preview.py), in its language, and reloads into the real page once
the next build succeeds.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from knowledge.content.model import DEFAULT_LANGUAGE
from knowledge.outputs.preview import error_page

# Not the "mkdocs" logger: under `mkdocs serve --strict` every warning or error
# it logs would fail the preview build, which must succeed to show these pages.
_log = logging.getLogger("kb.preview")
if not _log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    _log.addHandler(_handler)
    _log.propagate = False
    _log.setLevel(logging.INFO)


def write(site_dir: Path, urls: Iterable[str], lines: list[str], lang: str) -> None:
    """The error page at each address (site-relative, "" for the front page);
    in the default language also as the 404 page, which `mkdocs serve` shows
    for an address it does not know."""
    html = error_page(lines, lang)
    for url in urls:
        path = site_dir / url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    if lang == DEFAULT_LANGUAGE:
        (site_dir / "404.html").write_text(html, encoding="utf-8")


def report(lines: list[str], printed: bool) -> None:
    """The problems in the terminal, as a build prints them (unless it has)."""
    for line in [] if printed else lines:
        _log.error(line)
    _log.info(f"{len(lines)} problem(s): every page of the preview shows them until they are fixed")
