"""Any failure becomes one line: the file being processed, the build step and
the code that failed, read from the traceback (knowledge/checks/crash.py)."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.checks.crash import describe

# Stand-ins for MkDocs' build functions and a hook, compiled under the paths they
# have in a real run: describe() knows them by function name and file.
_MKDOCS = """
def _populate_page(page, hook):
    hook(page)
def _build_theme_template(template_name, hook):
    hook(template_name)
"""
_HOOK = """
def on_page_markdown(page):
    render(page)
def on_post_template(name):
    {}["x"]
"""
_RENDER = """
def render(page):
    raise KeyError("boom")
"""


def _code(source: str, path: str, names: dict) -> dict:
    exec(compile(source, path, "exec"), names)
    return names


RENDER = _code(_RENDER, "/project/hooks/knowledge/outputs/render/boxes.py", {})
HOOK = _code(_HOOK, "/project/hooks/steps/content.py", {"render": RENDER["render"]})
MKDOCS = _code(_MKDOCS, "/venv/lib/python3.11/site-packages/mkdocs/commands/build.py", {})


def _failure(call) -> BaseException:
    try:
        call()
    except Exception as error:
        return error
    raise AssertionError("no failure")


def test_a_failure_while_a_page_is_read_names_the_page_the_event_and_the_code():
    page = SimpleNamespace(file=SimpleNamespace(src_uri="kerneelementer/spejling.md"))
    error = _failure(lambda: MKDOCS["_populate_page"](page, HOOK["on_page_markdown"]))
    failure = describe(error)
    assert (failure.file, failure.step, failure.origin, failure.error) == (
        "docs/kerneelementer/spejling.md",
        "page_markdown",
        "hooks/knowledge/outputs/render/boxes.py",
        "KeyError: 'boom'",
    )


def test_a_failure_in_a_theme_template_names_the_template():
    error = _failure(lambda: MKDOCS["_build_theme_template"]("404.html", HOOK["on_post_template"]))
    failure = describe(error)
    assert (failure.file, failure.step, failure.origin) == (
        "404.html",
        "post_template",
        "hooks/steps/content.py",
    )


def test_a_failure_outside_any_page_names_the_settings():
    failure = describe(_failure(lambda: int("x")))
    assert failure.file == "mkdocs.yml"
    assert failure.error.startswith("ValueError: invalid literal")
