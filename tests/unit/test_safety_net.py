"""Mistakes `make check` names in one line at their cause (issue 24): dates
the calendar does not have or that cannot be true, a date committed into
mkdocs.yml, invisible characters, emptied lists, problems of urls.json, and
hand-written pages where the build generates one. The same checks run in the
build (tests/site/test_bad_edits.py builds a few of them)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import check
import pytest
from real_content import a_reviewed_page

from knowledge.content.messages import MESSAGES, is_catalogued
from site_build import TEST_TODAY, copy_project

ROOT = Path(__file__).resolve().parents[2]
SP = "docs/kerneelementer/spejling.md"  # a draft (`drafted: 2026-11-22`)
RP, REVIEWED = a_reviewed_page()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("pristine") / "project")


@pytest.fixture
def checked(pristine, tmp_path, monkeypatch) -> Callable[..., list[str]]:
    """`make check`'s lines after ``edits`` (path -> (old, new)) on a copy, on the tests' date."""
    monkeypatch.setenv("KB_TODAY", TEST_TODAY)

    def run(*edits: tuple[str, str, str] | Callable[[Path], None]) -> list[str]:
        project = tmp_path / "project"
        if not project.exists():
            shutil.copytree(pristine, project)
        for edit in edits:
            if callable(edit):
                edit(project)
                continue
            path, old, new = edit
            file = project / path
            text = file.read_text(encoding="utf-8")
            assert old in text, f"{old!r} not in {path}"
            file.write_text(text.replace(old, new, 1), encoding="utf-8")
        lines = [str(p) for p in check.problems_of(project)]
        for line in lines:
            assert is_catalogued(line.split(": ", 2)[2]), line
        return lines

    return run


def written(path: str, text: str) -> Callable[[Path], None]:
    def edit(project: Path) -> None:
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text, encoding="utf-8")

    return edit


def line_of(path: str, text: str) -> int:
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2026-13-01", "there is no month 13"),
        ("2026-02-29", "February 2026 has 28 days"),
        ("2026-00-10", "there is no month 0"),
        ("2026-11-31", "November 2026 has 30 days"),
    ],
)
def test_a_day_the_calendar_does_not_have_is_named_with_its_field_and_line(checked, value, why):
    line = line_of(SP, "drafted:")
    assert checked((SP, "drafted: 2026-11-22", f"drafted: {value}")) == [
        f"{SP}: drafted: {value} (line {line}) is not a day of the calendar: {why}"
    ]


def test_an_impossible_end_of_a_period_in_a_data_file(checked):
    line = line_of("data/periods.yml", "ends: 2024-06-12")
    assert checked(("data/periods.yml", "ends: 2024-06-12", "ends: 2024-06-31")) == [
        f"data/periods.yml: ansoegningsrunden-2024.ends: 2024-06-31 (line {line}) is not a day of the calendar: "
        "June 2024 has 30 days"
    ]


def test_a_review_date_after_the_builds_date(checked):
    assert checked((RP, f"reviewed: {REVIEWED}", "reviewed: 2027-11-22")) == [
        f"{RP}: reviewed: 2027-11-22 is later than the build's date, {TEST_TODAY}: a review cannot have happened yet"
    ]


def test_the_next_review_before_the_last_one(checked):
    assert checked((RP, f"reviewed: {REVIEWED}", f"reviewed: {REVIEWED}\nreview_by: 2026-05-22")) == [
        f"{RP}: review_by: 2026-05-22 is not after `reviewed` ({REVIEWED}): the page would be published as overdue"
    ]


def test_a_date_written_into_mkdocs_yml_is_refused_and_kb_today_is_named(checked):
    lines = checked(("mkdocs.yml", 'today: !ENV [KB_TODAY, ""]', "today: 2026-12-01"))
    assert lines == [
        'mkdocs.yml: extra.today: a date written into mkdocs.yml; it must stay `today: !ENV [KB_TODAY, ""]`'
    ]
    assert "KB_TODAY=" in MESSAGES["config-today-written"].fix  # how to preview another day instead


def test_make_check_prints_no_traceback_for_an_impossible_date(pristine, tmp_path, monkeypatch):
    project = tmp_path / "project"
    shutil.copytree(pristine, project)
    file = project / SP
    file.write_text(file.read_text(encoding="utf-8").replace("drafted: 2026-11-22", "drafted: 2026-13-01"))
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check.py"), "--root", str(project)],
        capture_output=True,
        text=True,
        env={"KB_TODAY": TEST_TODAY, "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        f"{SP}: drafted: 2026-13-01 (line {line_of(SP, 'drafted:')}) is not a day of the calendar: there is no "
        "month 13"
    ]


# --- characters that cannot be seen -------------------------------------------------------

NBSP, SHY, ZWSP = "\u00a0", "\u00ad", "\u200b"
OPSPORING = "docs/kerneelementer/opsporing.md"
RELATIONS = "docs/kerneelementer/relationsopbygning.md"


def test_no_break_spaces_as_indentation_in_a_data_file(checked):
    line = line_of("data/initiatives.yml", "    status: forloeber-planmaessigt")
    assert checked(
        (
            "data/initiatives.yml",
            "    status: forloeber-planmaessigt",
            f"{NBSP * 4}status: forloeber-planmaessigt",
        )
    ) == [
        f"data/initiatives.yml: file: line {line} holds a no-break space (U+00A0) where YAML needs a plain space"
    ]


def test_a_no_break_space_after_a_keys_colon_in_front_matter(checked):
    line = line_of(SP, "order: 6")
    assert checked((SP, "order: 6", f"order:{NBSP}6")) == [
        f"{SP}: front matter: line {line} holds a no-break space (U+00A0) where YAML needs a plain space"
    ]


@pytest.mark.parametrize(
    ("char", "label"), [(SHY, "soft hyphen (U+00AD)"), (ZWSP, "zero-width space (U+200B)")]
)
def test_an_invisible_character_inside_a_glossary_term(checked, char, label):
    line = line_of("data/glossary.yml", "forms: [spejlingen,")
    assert checked(("data/glossary.yml", "forms: [spejlingen,", f"forms: [spej{char}lingen,")) == [
        f"data/glossary.yml: file: line {line} holds a {label}, a character that cannot be seen: the word it is in "
        "no longer matches (ids, glossary terms, search)"
    ]


def test_an_invisible_character_inside_an_id(checked):
    assert checked((SP, "id: spejling", f"id: spej{SHY}ling")) == [
        f"{SP}: front matter: line {line_of(SP, 'id: spejling')} holds a soft hyphen (U+00AD), a character that "
        "cannot be seen: the word it is in no longer matches (ids, glossary terms, search)"
    ]


def test_curly_quotes_around_a_yaml_value(checked):
    title = "title: Spejling i andres oplevelser"
    assert checked((SP, title, "title: \u201cSpejling i andres oplevelser\u201d")) == [
        f"{SP}: front matter: line {line_of(SP, title)} holds a curly quote, left double quotation mark (U+201C), "
        'where YAML needs a straight quote (")'
    ]


def test_curly_quotes_around_a_box_title_are_the_only_line(checked):
    heading = "\n## "
    text = (ROOT / RELATIONS).read_text(encoding="utf-8")
    line = text[: text.index(heading)].count("\n") + 2
    assert checked((RELATIONS, heading, "\n!!! note \u201eBemærk\u201c\n    Tekst.\n" + heading)) == [
        f"{RELATIONS}: text: line {line} holds a curly quote, double low-9 quotation mark (U+201E), where a box's "
        'title needs a straight quote (")'
    ]


def test_no_break_spaces_indenting_a_box_are_the_only_line(checked):
    heading = "\n## "
    text = (ROOT / RELATIONS).read_text(encoding="utf-8")
    line = text[: text.index(heading)].count("\n") + 3
    assert checked((RELATIONS, heading, f'\n!!! note "Bemærk"\n{NBSP * 4}Tekst.\n' + heading)) == [
        f"{RELATIONS}: text: line {line} holds a no-break space (U+00A0) where Markdown needs a plain space"
    ]


def test_a_no_break_space_after_a_heading_marker(checked):
    assert checked((RELATIONS, "\n## ", f"\n##{NBSP}")) == [
        f"{RELATIONS}: text: line {line_of(RELATIONS, '## ')} holds a no-break space (U+00A0) where Markdown needs "
        "a plain space"
    ]


def test_no_break_spaces_inside_sentences_and_danish_quotes_inside_text_are_typography(checked):
    assert (
        checked(
            (
                SP,
                "\nSpejlingen mellem",
                f"\nKl.{NBSP}12 og \u201eSpejling\u201c i teksten.\n\nSpejlingen mellem",
            ),
            ("data/glossary.yml", "forms: [spejlingen,", "forms: [spejlingen,"),
        )
        == []
    )


# --- urls.json ---------------------------------------------------------------------------


def test_a_trailing_comma_in_urls_json_is_found_by_the_check_with_its_line(checked):
    text = (ROOT / "urls.json").read_text(encoding="utf-8")
    last = text.index('"frontpersonale"')  # an anchor in the middle of a list
    end = text.index("]", last)
    line = text[:end].count("\n") + 1  # the `]`; the comma goes on the line before
    edited = text[:end].rstrip() + ",\n  " + text[end:]
    assert checked(("urls.json", text, edited)) == [
        f"urls.json: file: invalid JSON at line {line - 1}: a comma after the last item"
    ]


def test_urls_json_of_another_shape(checked):
    assert checked(("urls.json", '"pages": {', '"sider": {')) == [
        'urls.json: pages: must be {"pages": {"address/": ["anchor", ...]}}'
    ]


# --- addresses the build writes itself ----------------------------------------------------------

PAGE = (
    "---\ntype: page\nid: kursusmappe\ntitle: Kursusmappe\nsummary: Til kurset.\nreviewed: 2026-11-30\n"
    "danish_only: Et udkast.\n---\n\nTekst.\n"
)


@pytest.mark.parametrize(
    ("path", "address", "generator"),
    [
        (
            "docs/moduler/modul-opsporing/kursusmappe.md",
            "moduler/modul-opsporing/kursusmappe/",
            "the course pack of docs/moduler/modul-opsporing.md",
        ),
        (
            "docs/moduler/modul-opsporing/kursusmappe/index.md",
            "moduler/modul-opsporing/kursusmappe/",
            "the course pack of docs/moduler/modul-opsporing.md",
        ),
        ("docs/data/initiativer.csv", "data/initiativer.csv", "the downloads of the data (data/*.yml)"),
        ("docs/search/index.json", "search/index.json", "the search index"),
    ],
)
def test_a_file_where_the_build_writes_its_own_is_one_line_naming_the_generator(
    checked, path, address, generator
):
    lines = checked(written(path, PAGE if path.endswith(".md") else "a,b\n"))
    assert lines == [
        f"{path}: file: {address} is written by the build ({generator}): this file would replace it or be lost"
    ]


def test_a_page_saved_as_markdown_is_checked_like_any_page(checked):
    page = PAGE.replace("id: kursusmappe", "id: Kontakt")
    assert checked(written("docs/om/kontakt.markdown", page)) == [
        "docs/om/kontakt.markdown: id: 'Kontakt' must be lowercase a-z, 0-9 and hyphens"
    ]


# --- required lists ---------------------------------------------------------------------------


def test_a_required_list_emptied_is_refused(checked):
    assert checked(("data/initiatives.yml", "ministries: [SBM]", "ministries: []")) == [
        "data/initiatives.yml: initiatives.kommunale-beredskaber.ministries: empty (required: at least one)"
    ]


def test_a_content_page_without_sources_is_refused(checked):
    text = (ROOT / SP).read_text(encoding="utf-8")
    sources = next(line for line in text.splitlines() if line.startswith("sources:"))
    assert checked((SP, sources, "sources: []")) == [f"{SP}: sources: empty (required: at least one)"]


def test_a_list_the_model_allows_to_be_empty_stays_allowed(checked):
    module = "docs/moduler/modul-opsporing.md"
    assert checked((module, "builds: [opsporing]", "builds: []\nbuilds_reading: [opsporing]")) == []


def test_a_menu_written_into_mkdocs_yml_is_one_line(checked):
    lines = checked(
        lambda project: (
            (project / "mkdocs.yml").open("a", encoding="utf-8").write("nav:\n  - Forside: index.md\n")
        )
    )
    assert lines == [
        "mkdocs.yml: nav: set, but the menu is made from the folders of docs/ and the pages' `order:`: a `nav:` "
        "list would replace it"
    ]


def test_an_address_written_into_mkdocs_yml_is_refused(checked):
    assert checked(
        (
            "mkdocs.yml",
            'site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]',
            "site_url: http://localhost:8000/",
        )
    ) == [
        'mkdocs.yml: site_url: an address written into mkdocs.yml; it must stay `site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]`'
    ]


@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        (
            "title: Spejling i andres oplevelser",
            "title: Spejling: i andres oplevelser",
            "put the text in quotes",
        ),
        ("order: 6", "order: 6\nrelated:\n* opsporing", "YAML lists use a dash and a space"),
    ],
)
def test_the_yaml_parsers_messages_say_what_usually_causes_them(checked, old, new, hint):
    (line,) = checked((SP, old, new))
    assert line.startswith(f"{SP}: front matter: invalid YAML at line ") and hint in line
