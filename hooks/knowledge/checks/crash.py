"""Where a build failed, from the exception's traceback: the file being
processed, the build step and the code that failed, for one line instead of
a traceback.

MkDocs' build functions hold the page they work on (`_populate_page`,
`_build_page`) or the template (`_build_theme_template`); the innermost
`on_*` function is the event and its module is the hook or plugin that
failed. Nothing here imports MkDocs: frames are read by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import TracebackType
from typing import Any

# MkDocs' build steps that are not plugin events, by function name.
_STEPS = {
    "_populate_page": "markdown",
    "_build_page": "page_template",
    "_build_theme_template": "theme_template",
    "_build_extra_template": "extra_template",
    "get_files": "files",
    "get_navigation": "nav",
    "load_config": "config",
}
_PACKAGE = re.compile(r"/(?:site|dist)-packages/([^/]+)/")


@dataclass(frozen=True)
class Failure:
    file: str  # "docs/kerneelementer/spejling.md", a template, or "mkdocs.yml"
    step: str  # the event ("page_markdown") or MkDocs' step ("markdown")
    origin: str  # "hooks/content_pages.py", or the package: "material", "markdown"
    error: str  # "KeyError: 'x'"


def _origin(filename: str) -> str:
    path = filename.replace("\\", "/")
    if "/hooks/" in path:
        return "hooks/" + path.rsplit("/hooks/", 1)[1]
    package = _PACKAGE.search(path)
    return package.group(1) if package else path.rsplit("/", 1)[-1]


def _frames(traceback: TracebackType | None) -> list[TracebackType]:
    found = []
    while traceback is not None:
        found.append(traceback)
        traceback = traceback.tb_next
    return found


def _file_of(frame_locals: dict[str, Any], step: str) -> str | None:
    page = frame_locals.get("page")
    src_uri = getattr(getattr(page, "file", None), "src_uri", None)
    if src_uri:
        return f"docs/{src_uri}"
    template = frame_locals.get("template_name")
    if step.endswith("template") and isinstance(template, str):
        return template
    return None


def describe(error: BaseException) -> Failure:
    """What failed where. Outside any page or template: "mkdocs.yml"."""
    file, step, origin = "mkdocs.yml", "build", ""
    for tb in _frames(error.__traceback__):
        code = tb.tb_frame.f_code
        if code.co_name in _STEPS and "/mkdocs/" in code.co_filename.replace("\\", "/"):
            step = _STEPS[code.co_name]
            file = _file_of(tb.tb_frame.f_locals, step) or file
        elif code.co_name.startswith("on_") and not code.co_filename.replace("\\", "/").endswith(
            "mkdocs/plugins.py"
        ):
            step, origin = code.co_name.removeprefix("on_"), _origin(code.co_filename)
    # The code that failed: the innermost frame of the site's hooks or of an installed
    # package (a standard-library frame says less: `re`, `json`).
    frames = [_origin(tb.tb_frame.f_code.co_filename) for tb in _frames(error.__traceback__)]
    ours = [f for f in frames if f.startswith("hooks/") or ("/" not in f and "." not in f)]
    origin = (ours or frames or [origin])[-1]
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    text = f"{type(error).__name__}: {message[:200]}" if message else type(error).__name__
    return Failure(file, step, origin or "mkdocs", text)
