"""The editor guide stays in step with the code: its field tables and its
list of error messages are generated, and every message the checks print
comes from the catalogue the guide is generated from."""

from __future__ import annotations

import ast
from pathlib import Path

import editor_guide

from knowledge.messages import MESSAGES, example, is_catalogued, pattern
from knowledge.model import COLLECTIONS, PAGE_TYPES

ROOT = Path(__file__).resolve().parents[2]


CHECKERS = ["validate.py", "load.py", "urls.py"]


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


def test_every_problem_reason_comes_from_the_catalogue():
    """No check may print a message the guide does not list: each Problem's
    reason is say(...) or a reason returned by check_value, whose returns are
    all say(...)."""
    stray = []
    for name in CHECKERS:
        tree = ast.parse((ROOT / "hooks" / "knowledge" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem":
                reason = node.args[2] if len(node.args) > 2 else None
                if not (_is_say(reason) or isinstance(reason, ast.Name)):
                    stray.append(f"{name}:{node.lineno}")
            if isinstance(node, ast.FunctionDef) and node.name in ("check_value", "yaml_error"):
                for ret in ast.walk(node):
                    if (
                        isinstance(ret, ast.Return)
                        and ret.value is not None
                        and not (
                            _is_say(ret.value)
                            or (isinstance(ret.value, ast.Constant) and ret.value.value is None)
                        )
                    ):
                        stray.append(f"{name}:{ret.lineno}")
    assert stray == []


def test_the_catalogue_patterns_recognise_their_examples():
    for code, message in MESSAGES.items():
        assert pattern(message.template).match(message.template.format(**message.example)), code
    assert not is_catalogued("a message nobody wrote")
