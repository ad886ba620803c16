"""The content logic's layout is its data flow: each stage of hooks/knowledge/
imports only the stages before it (see hooks/knowledge/__init__.py), and
nothing in it imports MkDocs."""

from __future__ import annotations

import ast
from pathlib import Path

KNOWLEDGE = Path(__file__).resolve().parents[2] / "hooks" / "knowledge"
MAY_IMPORT = {
    "content": {"content"},
    "checks": {"content", "checks"},
    "indexes": {"content", "indexes"},
    "outputs": {"content", "indexes", "outputs"},
}


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; write knowledge.<stage>.<module>"
            found.append(node.module or "")
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


def test_every_module_is_in_a_stage():
    loose = [p.name for p in KNOWLEDGE.glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    assert {p.name for p in KNOWLEDGE.iterdir() if p.is_dir() and p.name != "__pycache__"} == set(MAY_IMPORT)


def test_each_stage_imports_only_the_stages_before_it_and_never_mkdocs():
    wrong = []
    for stage, allowed in MAY_IMPORT.items():
        for path in sorted((KNOWLEDGE / stage).rglob("*.py")):
            for module in imports(path):
                parts = module.split(".")
                if parts[0] == "mkdocs" or (
                    parts[0] == "knowledge" and (len(parts) < 2 or parts[1] not in allowed)
                ):
                    wrong.append(f"{path.relative_to(KNOWLEDGE)} imports {module}")
    assert wrong == []
