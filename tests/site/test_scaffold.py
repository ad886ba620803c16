"""`make new` scaffolds every type so that a build right after it passes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import new
from site_build import TEST_TODAY, copy_project, mkdocs_build

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

CASES = [
    ("perspective", "nyt-perspektiv", None),
    ("core-element", "nyt-kerneelement", None),
    ("definition", "ny-definition", None),
    ("violence-form", "ny-voldsform", None),
    ("module", "modul-nyt", None),
    ("topic", "nyt-emne", "indsatsmodellen"),
    ("page", "ny-side", "om"),
    ("overview", "nyt-afsnit", None),
    ("term", "nyt-begreb", None),
    ("organisation", "ny-organisation", None),
    ("initiative", "nyt-initiativ", None),
    ("source", "ny-kilde", None),
    ("phase", "ny-fase", None),
]


def test_every_type_scaffolds_into_a_passing_strict_build(tmp_path, monkeypatch):
    # `make new` dates a new page's draft with the build's today: the tests' pinned date.
    monkeypatch.setenv("KB_TODAY", TEST_TODAY)
    project = copy_project(tmp_path / "project")
    written = []
    for kind, new_id, section in CASES:
        written += new.scaffold(project, kind, new_id, section)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, "\n".join(build.warnings) or build.output[-3000:]
    assert build.warnings == []
    for _, new_id, _ in CASES[:8]:  # the page types: a Danish page and its English one
        pages = sorted(p.relative_to(build.site).as_posix() for p in build.site.rglob(f"{new_id}/index.html"))
        danish = min(pages, key=len)
        assert sorted(pages) == sorted([danish, f"en/{danish}"]), (new_id, pages)
    glossary = yaml.safe_load((project / "data" / "glossary.yml").read_text(encoding="utf-8"))
    assert glossary[-1]["id"] == "nyt-begreb"
    assert len(written) == 2 * 8 + 5
    # a new page is a draft until someone checks it against its sources
    danish = yaml.safe_load(written[0].read_text(encoding="utf-8").split("---")[1])
    assert "drafted" in danish and "reviewed" not in danish


def test_scaffolding_refuses_what_would_break():
    with pytest.raises(new.ScaffoldError, match="lowercase"):
        new.scaffold(ROOT, "topic", "Ny Side", "om")
    with pytest.raises(new.ScaffoldError, match="SECTION"):
        new.scaffold(ROOT, "topic", "ny-side", None)
    with pytest.raises(new.ScaffoldError, match="already exists"):
        new.scaffold(ROOT, "core-element", "opsporing")
    with pytest.raises(new.ScaffoldError, match="TYPE must be one of"):
        new.scaffold(ROOT, "artikel", "x")
