"""The editor guide stays in step with the code: its field tables and its
list of error messages are generated, and every message the checks print
comes from the catalogue the guide is generated from."""

from __future__ import annotations

import ast
from pathlib import Path

import editor_guide

from knowledge.checks.validate import CHECKERS as FIELD_CHECKERS
from knowledge.content.messages import MESSAGES, example, is_catalogued, pattern
from knowledge.content.model import COLLECTIONS, PAGE_TYPES

ROOT = Path(__file__).resolve().parents[2]


# Every module that may report a problem to an editor.
CHECKERS = sorted((ROOT / "hooks" / "knowledge").rglob("*.py"))
CHECK_FUNCTIONS = list(FIELD_CHECKERS.values())


def test_the_guide_is_up_to_date_run_make_guide_if_not():
    text = (ROOT / "EDITING.md").read_text(encoding="utf-8")
    assert editor_guide.render(text) == text


def test_the_guide_shows_every_message_with_an_example_and_every_type_and_file():
    text = (ROOT / "EDITING.md").read_text(encoding="utf-8")
    for code in MESSAGES:
        assert example(code) in text.replace("\\|", "|"), code
    for name in PAGE_TYPES:
        assert f"`type: {name}`" in text
    for collection in COLLECTIONS.values():
        assert f"data/{collection.file}" in text


def _is_say(node) -> bool:
    """say(...), or yaml_error(...), whose every return is say(...)."""
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("say", "yaml_error")


def _is_reason_function(name: str) -> bool:
    """Functions that return a reason: check_value, the field checkers
    (validate.CHECKERS, all named _check_*) and yaml_error."""
    return name in ("check_value", "yaml_error") or name.startswith("_check_")


def _is_reason(node) -> bool:
    """A returned value that is a catalogued reason or None: say(...), None,
    ``a if c else b`` of those, or a call to another reason function
    (``checker`` in check_value: a row of validate.CHECKERS)."""
    if _is_say(node) or (isinstance(node, ast.Constant) and node.value is None):
        return True
    if isinstance(node, ast.IfExp):
        return _is_reason(node.body) and _is_reason(node.orelse)
    name = getattr(getattr(node, "func", None), "id", "")
    return isinstance(node, ast.Call) and (_is_reason_function(name) or name == "checker")


def test_every_field_checker_returns_a_reason():
    assert CHECK_FUNCTIONS and all(_is_reason_function(f.__name__) for f in CHECK_FUNCTIONS)


def test_every_problem_reason_comes_from_the_catalogue():
    """No check may print a message the guide does not list: each Problem's
    reason is say(...) or a reason returned by a reason function, whose
    returns are all say(...) (or None: no problem)."""
    stray = []
    for path in CHECKERS:
        name = path.name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem":
                reason = node.args[2] if len(node.args) > 2 else None
                if not (_is_say(reason) or isinstance(reason, ast.Name)):
                    stray.append(f"{name}:{node.lineno}")
            if isinstance(node, ast.FunctionDef) and _is_reason_function(node.name):
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None and not _is_reason(ret.value):
                        stray.append(f"{name}:{ret.lineno}")
    assert stray == []


def test_the_catalogue_patterns_recognise_their_examples():
    for code, message in MESSAGES.items():
        assert pattern(message.template).match(message.template.format(**message.example)), code
    assert not is_catalogued("a message nobody wrote")
