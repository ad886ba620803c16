"""Markup in the data files' texts: a tag (`<script>`) stops the build, each
data file named once at its line (knowledge/checks/output.py), and text that
only looks like markup (`1<2`, `"onmouseover=`) is published escaped."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from site_build import copy_project, mkdocs_build

pytestmark = pytest.mark.slow

EVIL = '<script>alert("x")</script>" onmouseover="alert(1)'
# Not a tag, so published: it must come out as text, never as markup or an attribute.
LOOKS_LIKE_MARKUP = '1<2 & 3>1 "x" onmouseover="alert(1)" \'y\''
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def poison(path, entry_index, *keys, text=EVIL):
    """Put ``text`` into data[...entry][keys...] for both languages."""

    def edit(project):
        file = project / "data" / path[0]
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        entries = data[path[1]] if path[1] else data
        target = entries[entry_index]
        for key in keys[:-1]:
            target = target[key]
        last = target[keys[-1]]
        if isinstance(last, dict):
            for lang in last:
                last[lang] = text + " " + last[lang]
        else:
            target[keys[-1]] = text + " " + last
        file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    return edit


EDIT_PLACES = [
    (("glossary.yml", None), 0, ("da", "definition")),
    (("glossary.yml", None), 0, ("en", "definition")),
    (("initiatives.yml", "initiatives"), 0, ("title",)),
    (("initiatives.yml", "initiatives"), 0, ("description",)),
    (("initiatives.yml", "themes"), 0, ("title",)),
    (("initiatives.yml", "statuses"), 0, ("title",)),
    (("initiatives.yml", "ministries"), 2, ("site_explanation",)),
    (("initiatives.yml", "ministries"), 0, ("site_explanation",)),
    (("glossary.yml", None), 82, ("site_explanation",)),
    (("organisations.yml", None), 29, ("site_explanation",)),
    (("periods.yml", None), 0, ("banner",)),
    (("organisations.yml", None), 6, ("name",)),  # a name no heading holds
    (("organisations.yml", None), 0, ("role",)),
    (("sources.yml", None), 0, ("title",)),
    (("sources.yml", None), 0, ("note",)),
    (("pathway.yml", "phases"), 1, ("title",)),
    (("pathway.yml", "phases"), 1, ("description",)),
]
EDITS = [poison(path, index, *keys) for path, index, keys in EDIT_PLACES]


def test_a_tag_in_data_stops_the_build_naming_each_data_file_once(tmp_path):
    project = copy_project(tmp_path / "project")
    for edit in EDITS:
        edit(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode != 0
    assert "Traceback" not in build.output
    errors = [line for line in build.output.splitlines() if line.startswith("ERROR") and ": line " in line]
    files = sorted({line.split()[2].rstrip(":") for line in errors})
    assert files == [f"data/{name}" for name in sorted({path[0] for path, *_ in EDIT_PLACES})], errors
    assert all("the published page shows HTML markup as text" in line for line in errors), errors
    assert len(errors) == len(files)  # one line per file, "(and N more like it in this file)"


def test_text_that_looks_like_markup_is_shown_as_text(tmp_path):
    project = copy_project(tmp_path / "project")
    for path, index, keys in EDIT_PLACES:
        poison(path, index, *keys, text=LOOKS_LIKE_MARKUP)(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output[-3000:]
    pages = {p: p.read_text(encoding="utf-8") for p in build.site.rglob("*.html")}
    # JSON-LD data blocks hold the text as JSON ("\"" is a quote inside a string, "<" is
    # written \u003c): checked apart, by parsing them.
    data_blocks = {p: JSON_LD.findall(html) for p, html in pages.items()}
    pages = {p: JSON_LD.sub("", html) for p, html in pages.items()}
    injected = [p for p, html in pages.items() if re.search(r'(?<!&quot;x&quot;)\s*onmouseover="alert', html)]
    assert injected == []
    glossary_data = json.loads(data_blocks[build.site / "opslag/ordliste/index.html"][0])
    definitions = [t["description"] for t in glossary_data["@graph"][0]["hasDefinedTerm"]]
    assert any(d.startswith(LOOKS_LIKE_MARKUP) for d in definitions)
    shown = [
        p.relative_to(build.site).as_posix()
        for p, html in pages.items()
        if "1&lt;2 &amp; 3&gt;1 &quot;x&quot; onmouseover=&quot;alert(1)&quot;" in html
    ]
    for expected in (
        "opslag/ordliste/index.html",
        "en/opslag/ordliste/index.html",
        "handlingsplan/index.html",
        "opslag/organisationer/index.html",
        "opslag/kilder/index.html",
        "indsatsmodellen/borgerforloeb/index.html",
    ):
        assert expected in shown
