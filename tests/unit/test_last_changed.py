"""A page's "Senest ændret" / "Last changed" day counts every file it shows:
a generated page changes when the data file it is built from changes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from fixtures import core_element, data, generated
from knowledge.content.index import build_site
from knowledge.indexes.aging import aging_of, page_files

TODAY = dt.date(2027, 1, 15)
PAGE_DAY, DATA_DAY = dt.date(2026, 11, 30), dt.date(2026, 12, 7)


def site():
    pages = [
        core_element("spejling"),
        generated("handlingsplan", "initiatives"),
        generated("kilder", "sources"),
        generated("stikordsregister", "subject-index"),
    ]
    return build_site(pages, data(), "da")


def test_a_generated_page_lists_the_data_files_it_is_built_from():
    s = site()
    assert page_files(s, s.pages["handlingsplan"]) == ("docs/opslag/handlingsplan.md", "data/initiatives.yml")
    assert page_files(s, s.pages["stikordsregister"])[1:] == ("data/glossary.yml", "data/organisations.yml")
    assert page_files(s, s.pages["spejling"]) == ("docs/kerneelementer/spejling.md",)


def test_a_change_to_its_data_file_is_a_change_to_the_generated_page():
    changed = {
        "docs/opslag/handlingsplan.md": PAGE_DAY,
        "docs/opslag/kilder.md": PAGE_DAY,
        "docs/kerneelementer/spejling.md": PAGE_DAY,
        "data/initiatives.yml": DATA_DAY,
        "data/sources.yml": dt.date(2026, 11, 1),  # older than the page: the page's day holds
    }
    last = aging_of(site(), TODAY, None, changed).last_changed
    assert last["handlingsplan"] == DATA_DAY
    assert last["kilder"] == PAGE_DAY
    assert last["spejling"] == PAGE_DAY  # sources.yml is cited, not shown: not its change


def test_the_page_that_shows_the_pathway_changes_with_the_pathway_file():
    s = site()
    s = dataclasses.replace(
        s, data=dataclasses.replace(s.data, headers={**s.data.headers, "pathway.yml": {"page": "spejling"}})
    )
    assert page_files(s, s.pages["spejling"]) == ("docs/kerneelementer/spejling.md", "data/pathway.yml")
    last = aging_of(
        s, TODAY, None, {"docs/kerneelementer/spejling.md": PAGE_DAY, "data/pathway.yml": DATA_DAY}
    )
    assert last.last_changed["spejling"] == DATA_DAY
