"""Builds in one process, as `mkdocs serve` runs them: the hook modules stay
loaded, the configuration is loaded afresh for every build, and nothing of
one build may leak into the next (glossary "used on" lists, mentions,
published anchors, languages)."""

from __future__ import annotations

import filecmp
import logging
import subprocess
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from site_build import copy_project

pytestmark = pytest.mark.slow


def committed_copy(target: Path) -> Path:
    """A copy of the project in a git repository of its own: the pages' dates
    come from its commit, not from the build time, so two builds can be compared."""
    project = copy_project(target)
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "."], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "content"], cwd=project, check=True)
    return project


def build_in_process(project: Path, site_dir: Path) -> Any:
    """Build; the build's state (the hook module as MkDocs loaded it keeps it)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    build(config)
    pipeline: Any = config.plugins["hooks/pipeline.py"]
    return pipeline.session.build


def differing_files(first: Path, second: Path) -> list[str]:
    found: list[str] = []

    def walk(comparison: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        found.extend(prefix + name for name in comparison.diff_files)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(first, second), "")
    return found


def test_a_second_build_in_the_same_process_writes_the_same_site(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("DISABLE_MKDOCS_2_WARNING", "true")
    monkeypatch.setattr(logging.getLogger("mkdocs"), "level", logging.ERROR)
    project = committed_copy(tmp_path / "project")
    monkeypatch.chdir(project)
    first_build = build_in_process(project, tmp_path / "first")
    second_build = build_in_process(project, tmp_path / "second")
    assert first_build is not None and second_build is not None and second_build is not first_build
    first_states, second_states = first_build.languages, second_build.languages

    assert sorted(first_states) == sorted(second_states) == ["da", "en"]
    assert all(second_states[lang] is not first_states[lang] for lang in second_states)
    assert differing_files(tmp_path / "first", tmp_path / "second") == []
