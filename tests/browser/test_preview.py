"""`make serve` while the content is broken: every page answers with an error
page in its language that lists the build's lines, and the browser reloads
into the real page once the mistake is fixed (MkDocs' live reload)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from browser_support import free_port
from site_build import copy_project

pytestmark = pytest.mark.slow

SPEJLING = "docs/kerneelementer/spejling.md"
PROBLEM = "docs/kerneelementer/spejling.md: role: 'modnet' is not one of: matured, prerequisite"
# A full rebuild of the site on a busy 2-core machine: generous, it is waited for, not measured.
BUILD_WAIT_MS = 300_000


def _wait_until_served(url: str, server: subprocess.Popen, log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"mkdocs serve stopped: {log.read_text(encoding='utf-8')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise AssertionError(f"{url} did not answer")


@pytest.fixture
def preview(request, tmp_path) -> Iterator[tuple[str, Path]]:
    """`mkdocs serve` of a copy of the project: (its address, the copy). With
    the parameter "broken", the copy has a problem before the preview starts."""
    project = copy_project(tmp_path / "project")
    if getattr(request, "param", "") == "broken":
        _edit(project, "role: matured", "role: modnet")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    log = tmp_path / "serve.log"  # a file, not a pipe: a full pipe would stop the server
    with open(log, "w", encoding="utf-8") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(project / "mkdocs.yml"),
            ],
            cwd=project,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}/"
        try:
            _wait_until_served(base, server, log, time.monotonic() + BUILD_WAIT_MS / 1000)
            yield base, project
        finally:
            server.terminate()
            server.wait(timeout=30)


def _edit(project: Path, old: str, new: str) -> None:
    file = project / SPEJLING
    file.write_text(file.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_the_preview_shows_the_problems_in_every_page_and_reloads_when_they_are_fixed(preview, browser):
    base, project = preview
    # One window each: MkDocs' live reload stops in a tab that is not visible.
    danish_window, english_window = browser.new_context(), browser.new_context()
    danish = danish_window.new_page()
    danish.goto(base + "kerneelementer/opsporing/")
    assert danish.locator("h1").inner_text().startswith("Opsporing")

    _edit(project, "role: matured", "role: modnet")
    # The open page reloads by itself into the error page, in its language.
    danish.wait_for_selector(".kb-preview-problems li", timeout=BUILD_WAIT_MS)
    assert danish.locator(".kb-preview-problems li").all_inner_texts() == [PROBLEM]
    assert danish.locator("html").get_attribute("lang") == "da"
    assert danish.locator("h1").inner_text() == "Indholdet har fejl"
    # Any other address answers at once with the same lines.
    english = english_window.new_page()
    english.goto(base + "en/moduler/")
    assert english.locator("html").get_attribute("lang") == "en"
    assert english.locator("h1").inner_text() == "The content has problems"
    assert english.locator(".kb-preview-problems li").all_inner_texts() == [PROBLEM]

    _edit(project, "role: modnet", "role: matured")
    # Both reload into the real pages once the next build is done.
    danish.wait_for_selector("h1:has-text('Opsporing')", timeout=BUILD_WAIT_MS)
    english_title = (
        (project / "docs" / "moduler" / "index.en.md").read_text(encoding="utf-8").split("\ntitle: ")[1]
    )
    english.wait_for_selector(f"h1:has-text('{english_title.splitlines()[0]}')", timeout=BUILD_WAIT_MS)
    danish_window.close()
    english_window.close()


@pytest.mark.parametrize("preview", ["broken"], indirect=True)
def test_a_preview_started_on_broken_content_shows_the_problems_and_then_the_page(preview, browser):
    base, project = preview
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "kerneelementer/opsporing/")
    assert page.locator(".kb-preview-problems li").all_inner_texts() == [PROBLEM]
    _edit(project, "role: modnet", "role: matured")
    page.wait_for_selector("h1:has-text('Opsporing')", timeout=BUILD_WAIT_MS)
    context.close()
