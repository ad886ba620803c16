"""Building the site (or a changed copy of it) in a subprocess, for tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("docs", "data", "hooks", "overrides", "sources", "mkdocs.yml", "urls.json")
# The date test builds treat as today (KB_TODAY): what a test sees must not change with the
# calendar. Overdue reviews are `make review`'s business, and never a reason to fail a build.
TEST_TODAY = "2026-11-30"


@dataclass
class Build:
    returncode: int
    output: str
    site: Path

    @property
    def site_url(self) -> str:
        """The site_url the build used (from the sitemap it wrote)."""
        sitemap = self.site / "sitemap.xml"
        match = (
            re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8"))
            if sitemap.exists()
            else None
        )
        return match.group(1) if match else "/"

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.output.splitlines() if line.startswith(("WARNING", "ERROR"))]


def mkdocs_build(
    project: Path,
    site_dir: Path,
    *extra: str,
    env: dict[str, str] | None = None,
    today: str = TEST_TODAY,
    wrapper: tuple[str, ...] = (),
) -> Build:
    """``wrapper``: a command the build runs under (e.g. faketime and its arguments)."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
        "KB_TODAY": today,
        # A test build is not for sharing: no "SITE_URL is not set" line where CI=true.
        "CI": "",
        "KB_PUBLISH": "",
        **(env or {}),
    }
    result = subprocess.run(
        [
            *wrapper,
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site_dir),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=project,
    )
    return Build(result.returncode, result.stdout + result.stderr, site_dir)


def make_build(project: Path, site_dir: Path, env: dict[str, str] | None = None) -> Build:
    """As `make build` runs it: mkdocs.yml checked first (tools/check.py), then the build."""
    check = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check.py"), "--config-only", "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    if check.returncode != 0:
        return Build(check.returncode, check.stdout + check.stderr, site_dir)
    return mkdocs_build(project, site_dir, env=env)


def copy_project(target: Path) -> Path:
    """A copy of the project's site sources, to change and build."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target
