"""`make check`: the build's checks without MkDocs, on the real project."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import check
import synthetic

from site_build import copy_project

ROOT = Path(__file__).resolve().parents[2]


def test_make_check_passes_on_the_project_without_importing_mkdocs():
    script = (
        "import sys, check\n"
        "problems = check.problems_of(check.ROOT)\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material', 'mkdocs_static_i18n')]\n"
        "sys.exit(len(problems))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT / "tools"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_make_check_prints_one_line_per_problem_and_fails(tmp_path):
    project = copy_project(tmp_path / "project")
    index = project / "docs" / "index.md"
    index.write_text(
        index.read_text(encoding="utf-8").replace("hide:\n  - toc\n", "hide: toc\n") + "\n# Forside\n"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check.py"), "--root", str(project)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines() == [  # the text's problems first, then the front matter's
        f"docs/index.md: line {len(index.read_text(encoding='utf-8').splitlines())}: an H1 heading (Forside): the "
        "title is the page's only H1; use ## for a section",
        "docs/index.md: hide: must be a list of: navigation, toc, footer, feedback, path, tags",
    ]
    assert "2 problem(s)" in result.stderr


def test_the_benchmark_content_passes_the_checks(tmp_path):
    """`make bench` builds synthetic copies of the content (tools/synthetic.py):
    they must satisfy the content model as it grows, or the benchmark stops."""
    synthetic.generate(tmp_path / "project", 2)
    assert [str(p) for p in check.problems_of(tmp_path / "project")] == []
