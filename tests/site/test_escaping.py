"""Markup in the data files is shown as text: a build with `<script>` and
`"onmouseover=` in every data file's texts contains them only escaped."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from site_build import copy_project, mkdocs_build

pytestmark = pytest.mark.slow

EVIL = '<script>alert("x")</script>" onmouseover="alert(1)'
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def poison(path, entry_index, *keys):
    """Put EVIL into data[...entry][keys...] for both languages."""

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
                last[lang] = EVIL + " " + last[lang]
        else:
            target[keys[-1]] = EVIL + " " + last
        file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    return edit


EDITS = [
    poison(("glossary.yml", None), 0, "da", "definition"),
    poison(("glossary.yml", None), 0, "en", "definition"),
    poison(("initiatives.yml", "initiatives"), 0, "title"),
    poison(("initiatives.yml", "initiatives"), 0, "description"),
    poison(("initiatives.yml", "themes"), 0, "title"),
    poison(("initiatives.yml", "statuses"), 0, "title"),
    poison(("initiatives.yml", "ministries"), 2, "name"),
    poison(("initiatives.yml", "ministries"), 0, "site_explanation"),
    poison(("glossary.yml", None), 82, "site_explanation"),
    poison(("organisations.yml", None), 29, "site_explanation"),
    poison(("periods.yml", None), 0, "banner"),
    poison(("organisations.yml", None), 0, "name"),
    poison(("organisations.yml", None), 0, "role"),
    poison(("sources.yml", None), 0, "title"),
    poison(("sources.yml", None), 0, "note"),
    poison(("pathway.yml", "phases"), 1, "title"),
    poison(("pathway.yml", "phases"), 1, "description"),
]


def test_markup_in_data_is_shown_as_text(tmp_path):
    project = copy_project(tmp_path / "project")
    for edit in EDITS:
        edit(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output[-3000:]
    pages = {p: p.read_text(encoding="utf-8") for p in build.site.rglob("*.html")}
    # JSON-LD data blocks hold the text as JSON ("\"" is a quote inside a string, "<" is
    # written \u003c): checked apart, by parsing them.
    data_blocks = {p: JSON_LD.findall(html) for p, html in pages.items()}
    pages = {p: JSON_LD.sub("", html) for p, html in pages.items()}
    injected = [
        p for p, html in pages.items() if '<script>alert("x")' in html or re.search(r'"\s*onmouseover=', html)
    ]
    assert injected == []
    glossary_data = json.loads(data_blocks[build.site / "opslag/ordliste/index.html"][0])
    definitions = [t["description"] for t in glossary_data["@graph"][0]["hasDefinedTerm"]]
    assert any(d.startswith(EVIL) for d in definitions)
    shown = [
        p.relative_to(build.site).as_posix()
        for p, html in pages.items()
        if "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
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
