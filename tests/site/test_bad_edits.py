"""Bad edits an editor could make: each one stops the build (non-zero exit,
so the Pages deploy never runs) with exactly the one-line message the
editor guide lists."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser_support import serve
from site_build import copy_project, mkdocs_build

from knowledge.messages import is_catalogued

pytestmark = pytest.mark.slow

SPEJLING = "docs/kerneelementer/spejling.md"
LOG_LINE = re.compile(r"^(?:ERROR|WARNING)\s+-\s+(.*)$")


def replace(path: str, old: str, new: str):
    def edit(project: Path):
        file = project / path
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def append(path: str, text: str):
    def edit(project: Path):
        with open(project / path, "a", encoding="utf-8") as file:
            file.write(text)
    return edit


def copy(source: str, target: str):
    return lambda project: shutil.copy(project / source, project / target)


def delete(path: str):
    return lambda project: (project / path).unlink()


RELATION_LINE = re.compile(r"^(\s*(?:related|page|connects_to|builds|core_elements|included_in):.*)$", re.M)


def rename_page(old: str, new: str):
    """Rename a page (both languages) and its id, and update what refers to
    it (relations, glossary, links), as an editor would."""
    old_id, new_id = Path(old).name, Path(new).name

    def edit(project: Path):
        for suffix in (".md", ".en.md"):
            source = project / f"docs/{old}{suffix}"
            text = source.read_text(encoding="utf-8").replace(f"id: {old_id}\n", f"id: {new_id}\n")
            (project / f"docs/{new}{suffix}").write_text(text, encoding="utf-8")
            source.unlink()
        for file in [*(project / "docs").rglob("*.md"), *(project / "data").glob("*.yml")]:
            text = file.read_text(encoding="utf-8")
            updated = RELATION_LINE.sub(lambda m: re.sub(rf"\b{old_id}\b", new_id, m.group(1)), text)
            updated = updated.replace(f"{old_id}.md", f"{new_id}.md")
            if updated != text:
                file.write_text(updated, encoding="utf-8")
    return edit


CASES = {
    "invalid YAML in front matter": (
        replace(SPEJLING, "title: Spejling i andres oplevelser", "title: [Spejling i andres oplevelser"),
        "docs/kerneelementer/spejling.md: front matter: invalid YAML at line 4: did not find expected ',' or ']'"),
    "unknown page type": (
        replace(SPEJLING, "type: core-element", "type: kerneelement"),
        "docs/kerneelementer/spejling.md: type: unknown page type 'kerneelement' (known: home, perspective, "
        "core-element, definition, violence-form, module, topic, overview, generated, page)"),
    "wrong value type": (
        replace(SPEJLING, "order: 6", "order: sjette"),
        "docs/kerneelementer/spejling.md: order: must be a whole number, not 'sjette'"),
    "missing required field": (
        replace(SPEJLING, "role: matured\n", ""),
        "docs/kerneelementer/spejling.md: role: missing (required)"),
    "misspelt field": (
        replace(SPEJLING, "role: matured", "role: matured\nsumary: x"),
        "docs/kerneelementer/spejling.md: sumary: unknown field (allowed: connects_to, danish_only, id, nav_title, "
        "order, phases, purpose, redirect_from, related, role, search_terms, sources, summary, title, type)"),
    "unknown id in a relation": (
        replace("docs/moduler/modul-opsporing.md", "builds: [opsporing]", "builds: [opsporingg]"),
        "docs/moduler/modul-opsporing.md: builds: unknown page id 'opsporingg'"),
    "relation to the wrong page type": (
        replace("docs/moduler/modul-opsporing.md", "builds: [opsporing]", "builds: [modul-gruppeforloeb]"),
        "docs/moduler/modul-opsporing.md: builds: 'modul-gruppeforloeb' is a module page; expected core-element"),
    "duplicate id": (
        copy(SPEJLING, "docs/definitioner/spejling.md"),
        "docs/kerneelementer/spejling.md: id: 'spejling' is already used by docs/definitioner/spejling.md"),
    "unknown source": (
        replace(SPEJLING, "sources: [", "sources: [socialstyrelsen-2021, "),
        "docs/kerneelementer/spejling.md: sources: unknown source id 'socialstyrelsen-2021'"),
    "missing translation": (
        delete("docs/kerneelementer/spejling.en.md"),
        "docs/kerneelementer/spejling.md: translation: no en translation: add docs/kerneelementer/spejling.en.md "
        "or set `danish_only: <reason>`"),
    "structural field in a translation": (
        replace("docs/kerneelementer/spejling.en.md", "title:", "role: matured\ntitle:"),
        "docs/kerneelementer/spejling.en.md: role: set it on the Danish page docs/kerneelementer/spejling.md "
        "only (it applies to both languages)"),
    "unknown embed": (
        append(SPEJLING, "\n<!-- embed: pathwy -->\n"),
        "docs/kerneelementer/spejling.md: embed: unknown embed 'pathwy' (known: definitions-comparison, "
        "list-core-element, list-definition, list-module, list-perspective, list-topic, list-violence-form, "
        "matrix-modules, matrix-perspectives, matrix-phases, pathway, publisher-contact, sections)"),
    "broken internal link": (
        append(SPEJLING, "\nSe [opsporing](opsporingg.md).\n"),
        "Doc file 'kerneelementer/spejling.md' contains a link 'opsporingg.md', but the target "
        "'kerneelementer/opsporingg.md' is not found among documentation files."),
    "broken anchor": (
        append(SPEJLING, "\nSe [formålet](opsporing.md#formal).\n"),
        "Doc file 'kerneelementer/spejling.md' contains a link 'opsporing.md#formal', but the doc "
        "'kerneelementer/opsporing.md' does not contain an anchor '#formal'."),
    "unknown related glossary term": (
        replace("data/glossary.yml", "related: [erkendelse-af-volden, gruppeforloeb, retraumatisering]",
                "related: [erkendelse-af-volden, gruppeforloeb, retraumatisering, spejlingsgruppe]"),
        "data/glossary.yml: spejling.related: unknown term id 'spejlingsgruppe'"),
    "a glossary form used by two terms": (
        replace("data/glossary.yml", "forms: [spejlingen, spejle,", "forms: [opsporing, spejlingen, spejle,"),
        "data/glossary.yml: spejling.da.forms: 'opsporing' is also a form of term 'opsporing'"),
    "a glossary term without definition": (
        replace("data/glossary.yml", "    forms: [spejlingen, spejle, spejler, spejles, spejling i andres oplevelser]\n"
                "    definition: >-", "    forms: [spejlingen, spejle, spejler, spejles, spejling i andres oplevelser]\n"
                "    note: >-"),
        "data/glossary.yml: spejling.da: missing `definition`"),
    "invalid YAML in a data file": (
        append("data/glossary.yml", "\n- id: [broken\n"),
        None),  # the line number depends on the file's length; matched by pattern below
    "initiative with an unknown status": (
        replace("data/initiatives.yml", "status: forloeber-planmaessigt", "status: faerdig"),
        "data/initiatives.yml: initiatives.kommunale-beredskaber.status: unknown status id 'faerdig'"),
    "initiative with an unknown ministry": (
        replace("data/initiatives.yml", "ministries: [SBM]", "ministries: [SOM]"),
        "data/initiatives.yml: initiatives.kommunale-beredskaber.ministries: unknown ministry id 'SOM'"),
    "renamed page without a redirect": (
        rename_page("indsatsmodellen/implementering", "indsatsmodellen/implementeringsforudsaetninger"),
        "urls.json: indsatsmodellen/implementering/: this published URL is gone; add it to `redirect_from:` "
        "of the page that replaces it (without the language prefix)"),
    "renamed heading that lost its published anchor": (
        replace("docs/indsatsmodellen/implementering.md", "## Kommunernes medvirken", "## Kommunerne medvirker"),
        "docs/indsatsmodellen/implementering.md: #kommunernes-medvirken: this published anchor of "
        "indsatsmodellen/implementering/ is gone; keep it on its heading with {#kommunernes-medvirken} "
        "(see EDITING.md, 'Stable links')"),
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("pristine") / "project")


def messages_of(build) -> list[str]:
    return [m.group(1).strip() for line in build.output.splitlines() if (m := LOG_LINE.match(line))]


@pytest.mark.parametrize("name", CASES)
def test_bad_edit_stops_the_build_with_its_message(name, pristine, tmp_path):
    edit, expected = CASES[name]
    project = tmp_path / "project"
    shutil.copytree(pristine, project)
    edit(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode != 0, f"{name}: the build passed"
    found = messages_of(build)
    if expected is None:
        assert any(re.match(r"data/glossary\.yml: file: invalid YAML at line \d+: ", m) for m in found), found
    else:
        assert expected in found, "\n".join(found)
    # Every message of the site's own checks is one the editor guide lists.
    ours = [m for m in found if re.match(r"^(docs/|data/|urls\.json)", m)]
    for message in ours:
        reason = message.split(": ", 2)[2]
        assert is_catalogued(reason), message


@pytest.mark.browser
def test_a_renamed_page_with_a_redirect_passes_and_old_links_land_on_it(pristine, tmp_path, browser):
    project = tmp_path / "project"
    shutil.copytree(pristine, project)
    rename_page("indsatsmodellen/implementering", "indsatsmodellen/implementeringsforudsaetninger")(project)
    replace("docs/indsatsmodellen/implementeringsforudsaetninger.md", "order: 9",
            "order: 9\nredirect_from: [indsatsmodellen/implementering/]")(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, "\n".join(messages_of(build))
    for prefix in ("", "en/"):
        stub = (build.site / prefix / "indsatsmodellen/implementering/index.html").read_text(encoding="utf-8")
        assert 'url=../implementeringsforudsaetninger/"' in stub
    # A trainer's old link, anchor and all, lands on the renamed page.
    with serve(build.site) as base:
        page = browser.new_page()
        for prefix, heading in (("", "Kommunernes medvirken"), ("en/", None)):
            page.goto(f"{base}{prefix}indsatsmodellen/implementering/#kommunernes-medvirken")
            page.wait_for_url(re.compile(rf"/{prefix}indsatsmodellen/implementeringsforudsaetninger/#kommunernes-medvirken$"))
            assert page.locator("h1").inner_text().startswith(("Implementeringsforudsætninger", "Conditions for implementation"))
            if heading:
                assert page.locator("#kommunernes-medvirken").inner_text().startswith(heading)
