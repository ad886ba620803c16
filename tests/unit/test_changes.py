"""What changed: git log output parsed into commits, commits into the changes
of each language, and the page and Atom feed made from them."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from fixtures import core_element, data, generated, page
from knowledge.content.history import (
    FIELD,
    RECORD,
    TRAILER,
    Commit,
    FileChange,
    parse_last_changed,
    parse_log,
)
from knowledge.content.index import build_site
from knowledge.indexes import changes
from knowledge.indexes.aging import aging_of
from knowledge.outputs.render import changes as changes_html


def log_record(sha: str, date: str, subject: str, diff: str, trailers: str = "") -> str:
    return f"{RECORD}{sha}{FIELD}{date}{FIELD}{subject}{FIELD}{trailers}\n{diff}"


LOG = (
    log_record(
        "b" * 40,
        "2026-11-30",
        "Correct the attribution",
        "\ndiff --git a/docs/kerneelementer/a.md b/docs/kerneelementer/a.md\n"
        "--- a/docs/kerneelementer/a.md\n+++ b/docs/kerneelementer/a.md\n"
        "@@ -3 +3,2 @@\n-reviewed: 2026-11-22\n+reviewed: 2026-11-30\n"
        '+change_note: "Rettet: kilden."\n'
        "@@ -9 +10 @@\n-Gammel tekst.\n+Ny tekst.\n"
        "diff --git a/docs/kerneelementer/a.en.md b/docs/kerneelementer/a.en.md\n"
        "--- a/docs/kerneelementer/a.en.md\n+++ b/docs/kerneelementer/a.en.md\n"
        "@@ -2 +2,3 @@\n+change_note: >-\n+  Corrected: the\n+  source.\n"
        "diff --git a/docs/kerneelementer/b.md b/docs/kerneelementer/b.md\n"
        "--- a/docs/kerneelementer/b.md\n+++ b/docs/kerneelementer/b.md\n"
        "@@ -3 +3 @@\n-reviewed: 2026-11-22\n+reviewed: 2026-11-30\n",
    )
    + log_record(
        "a" * 40,
        "2026-11-22",
        "Glossary: two new terms",
        "\ndiff --git a/data/glossary.yml b/data/glossary.yml\n--- a/data/glossary.yml\n+++ b/data/glossary.yml\n"
        "@@ -1 +1 @@\n-x\n+y\n",
        f"Change-note-da: To nye ord: stalking og  spejling.{TRAILER}Change-note-en: Two new terms.",
    )
    + log_record(
        "9" * 40,
        "2026-11-20",
        "Search: boost sections; README figures",  # about the code: never shown to readers
        "\ndiff --git a/docs/kerneelementer/a.md b/docs/kerneelementer/a.md\n"
        "--- a/docs/kerneelementer/a.md\n+++ b/docs/kerneelementer/a.md\n@@ -9 +9 @@\n-Tekst.\n+Tekst!\n"
        "diff --git a/data/glossary.yml b/data/glossary.yml\n--- a/data/glossary.yml\n+++ b/data/glossary.yml\n"
        "@@ -1 +1 @@\n-y\n+z\n",
    )
)


def test_git_log_output_becomes_commits():
    first, second, third = parse_log(LOG)
    assert first.sha == "b" * 40 and first.date == dt.date(2026, 11, 30)
    assert first.subject == "Correct the attribution" and first.notes == ()
    danish, english, review_only = first.files
    assert danish == FileChange("docs/kerneelementer/a.md", True, "Rettet: kilden.")
    assert english.note == "Corrected: the source."  # a folded value, joined
    assert review_only == FileChange("docs/kerneelementer/b.md", False, "")
    assert second.files == (FileChange("data/glossary.yml", True, ""),)
    assert second.note("da") == "To nye ord: stalking og spejling." and second.note("en") == "Two new terms."
    assert third.notes == () and third.note("da") == ""
    assert parse_log("") == [] and parse_log("not a log") == []


def test_marking_a_page_as_a_draft_is_not_a_change_of_its_content():
    diff = log_record(
        "c" * 40,
        "2026-12-08",
        "Pages never reviewed say so",
        "\ndiff --git a/docs/kerneelementer/a.md b/docs/kerneelementer/a.md\n"
        "--- a/docs/kerneelementer/a.md\n+++ b/docs/kerneelementer/a.md\n"
        "@@ -3 +3 @@\n-reviewed: 2026-11-22\n+drafted: 2026-11-22\n",
    )
    (commit,) = parse_log(diff)
    assert commit.files == (FileChange("docs/kerneelementer/a.md", False, ""),)


def site(lang: str = "da"):
    pages = [
        core_element("a"),
        core_element("b"),
        page("kerneelementer/a.en.md", title="Element a (en)", summary="S."),
        generated("ordliste", "glossary"),
        generated("nyt", "changes"),
    ]
    return build_site(pages, data(), lang)


def test_each_language_lists_only_the_editors_notes_in_its_language():
    commits = parse_log(LOG)
    danish = changes.recent_changes(commits, site("da"))
    assert [(c.page.id, c.note) for c in danish] == [
        ("a", "Rettet: kilden."),  # b changed its review date only: not a change
        ("ordliste", "To nye ord: stalking og spejling."),  # a data file: the commit's trailer
    ]  # the third commit has no note: its subject is about the code and never reaches readers
    english = changes.recent_changes(commits, site("en"))
    assert [(c.page.id, c.note) for c in english] == [
        ("a", "Corrected: the source."),
        ("ordliste", "Two new terms."),
    ]
    subjects = {commit.subject for commit in commits}
    assert not subjects & {c.note for c in danish + english}
    assert len(changes.recent_changes(commits, site("da"), limit=1)) == 1


def test_one_change_per_page_and_commit_the_note_first():
    commit = Commit(
        "c" * 40,
        dt.date(2026, 12, 1),
        "Both files",
        (FileChange("data/glossary.yml", True), FileChange("docs/opslag/ordliste.md", True, "Ny note.")),
    )
    found = changes.recent_changes([commit], site("da"))
    assert [(c.page.id, c.note) for c in found] == [("ordliste", "Ny note.")]


def test_a_trailer_names_only_changes_to_data_files():
    commit = parse_log(
        log_record(
            "d" * 40,
            "2026-12-02",
            "Both",
            "\ndiff --git a/docs/kerneelementer/b.md b/docs/kerneelementer/b.md\n"
            "--- a/docs/kerneelementer/b.md\n+++ b/docs/kerneelementer/b.md\n@@ -9 +9 @@\n-x\n+y\n",
            "Change-note-da: Ny term.",
        )
    )
    assert changes.recent_changes(commit, site("da")) == []


def test_the_list_shows_the_notes_and_degrades_without_history():
    current = site("da")
    found = changes.recent_changes(parse_log(LOG), current)
    html = changes_html.changes_list(current, found, "opslag/nyt/", "opslag/nyt/atom.xml")
    assert "To nye ord: stalking og spejling.</li>" in html and "Glossary" not in html
    assert "Rettet: kilden." in html and "30. november 2026" in html
    assert 'href="atom.xml"' in html and " id=" not in html  # no anchors that would have to stay
    assert "uden ændringshistorik" in changes_html.changes_list(
        current, None, "opslag/nyt/", "opslag/nyt/atom.xml"
    )
    assert "Ingen ændringer" in changes_html.changes_list(current, [], "opslag/nyt/", "opslag/nyt/atom.xml")


NS = {"a": "http://www.w3.org/2005/Atom"}


def child(element: ET.Element, path: str) -> ET.Element:
    found = element.find(path, NS)
    assert found is not None, path
    return found


def test_the_atom_feed_is_valid_and_its_ids_do_not_depend_on_the_host():
    current = site("da")
    found = changes.recent_changes(parse_log(LOG), current)

    def feed(site_url):
        return changes_html.atom_feed(
            current, found, site_url, "opslag/nyt/", "opslag/nyt/atom.xml", "Redaktionen", dt.date(2027, 1, 1)
        )

    root = ET.fromstring(feed("https://example.org/site/"))
    assert child(root, "a:updated").text == "2026-11-30T00:00:00Z"
    assert child(root, "a:link[@rel='self']").get("href") == "https://example.org/site/opslag/nyt/atom.xml"
    entries = root.findall("a:entry", NS)
    assert [child(e, "a:link").get("href") for e in entries] == [
        "https://example.org/site/kerneelementer/a/",
        "https://example.org/site/opslag/ordliste/",
    ]
    ids = [child(e, "a:id").text for e in entries]
    local = ET.fromstring(feed("http://127.0.0.1:8000/")).findall("a:entry", NS)
    assert ids == [child(e, "a:id").text for e in local]
    empty = ET.fromstring(
        changes_html.atom_feed(
            current, None, "/", "opslag/nyt/", "opslag/nyt/atom.xml", "R", dt.date(2027, 1, 1)
        )
    )
    assert empty.findall("a:entry", NS) == [] and child(empty, "a:updated").text == "2027-01-01T00:00:00Z"


def test_the_day_each_file_last_changed_comes_from_its_newest_commit():
    newest, older = 1796068852, 1795000000  # 2026-11-30 and 2026-11-18 (UTC)
    output = f"{RECORD}{newest}\n\ndocs/om/index.md\n{RECORD}{older}\n\ndocs/om/index.md\ndata/glossary.yml\n"
    assert parse_last_changed(output) == {
        "docs/om/index.md": dt.date(2026, 11, 30),
        "data/glossary.yml": dt.date(2026, 11, 18),
    }


def test_a_page_git_does_not_know_changed_on_the_builds_today():
    site = build_site([core_element("spejling"), generated("nyt", "changes")], data(), "da")
    today = dt.date(2027, 1, 15)
    known = aging_of(site, today, None, {"docs/kerneelementer/spejling.md": dt.date(2026, 11, 30)})
    assert known.last_changed["spejling"] == dt.date(2026, 11, 30)
    assert aging_of(site, today, None, None).last_changed["spejling"] == today
