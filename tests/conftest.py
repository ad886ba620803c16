"""Shared test set-up: the hook package on the path, and helpers that build
small content fixtures in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_build import mkdocs_build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The real site, built once per test session with `mkdocs build --strict`."""
    build = mkdocs_build(ROOT, tmp_path_factory.mktemp("site") / "site")
    assert build.returncode == 0, build.output[-4000:]
    return build


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole session (Playwright's sync API allows one at a time)."""
    from browser_support import launch

    with launch() as chromium:
        yield chromium
