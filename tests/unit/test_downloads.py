"""Downloads: the same values as the pages, CSV that Excel opens with æ, ø
and å in columns, and no cell that Excel would run as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from fixtures import core_element, data, generated, module, term
from knowledge.content.index import build_site
from knowledge.outputs import downloads

INITIATIVE = {
    "id": "ini",
    "number": 1,
    "title": {"da": "Første initiativ", "en": "First initiative"},
    "theme": "tema",
    "ministries": ["SBM", "JM"],
    "status": "igang",
    "status_text": {"da": "Det er i gang.", "en": "It is ongoing."},
    "reserve_funded": True,
    "description": {"da": "- punkt ét\n- punkt to", "en": "- item one\n- item two"},
}


def _site(lang: str = "da"):
    content = data(
        terms=[term("t", "æble", "apple"), term("u", "ål", "eel")],
        themes=[{"id": "tema", "title": {"da": "Tema ø", "en": "Theme"}}],
        statuses=[{"id": "igang", "title": {"da": "Igangværende", "en": "Ongoing"}}],
        initiatives=[INITIATIVE],
    )
    content.headers["initiatives.yml"] = {"sources": ["doc-a"]}
    pages = [
        module("modul-x", ["e1"]),
        core_element("e1", phases=[]),
        generated("ordliste", "glossary"),
        generated("handlingsplan", "initiatives"),
        generated("data-og-genbrug", "downloads"),
    ]
    return build_site(pages, content, lang)


CONTEXT = downloads.Context("http://x/", dt.date(2026, 11, 30), {"t": ["e1", "modul-x", "e1"]})


def _csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs for UTF-8
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_every_language_gets_every_file():
    names = set(downloads.files(_site(), CONTEXT))
    assert names == {
        "data/initiativer.csv",
        "data/initiativer.json",
        "data/ordliste.csv",
        "data/ordliste.json",
        "data/sammenhaenge.json",
    }


def test_initiatives_csv_has_labelled_columns_and_one_value_per_line():
    rows = _csv_rows(downloads.files(_site(), CONTEXT)["data/initiativer.csv"])
    header, row = rows
    record = dict(zip(header, row, strict=True))
    assert record["Nummer"] == "1"
    assert record["Tema"] == "Tema ø"
    assert record["Ministerium"] == "SBM\nJM"
    assert record["Finansieret af reserven (*)"] == "Ja"
    assert record["Beskrivelse"] == "'- punkt ét\n- punkt to"  # not a formula in Excel
    assert record["Kilde"] == "Udgiver (2022): Dokument"
    assert record["Adresse"] == "http://x/opslag/handlingsplan/#ini"


def test_an_unreadable_reserve_marker_is_in_the_csv_language_as_on_the_page():
    for lang, expected in (("da", "Kan ikke læses i notatet"), ("en", "Cannot be read in the note")):
        cell = downloads._cell("reserve_funded", "unreadable", lang)
        assert cell.startswith(expected), cell


def test_the_json_keeps_the_values_as_they_are_and_describes_its_fields():
    document = json.loads(downloads.files(_site("en"), CONTEXT)["data/initiativer.json"])
    assert document["language"] == "en" and document["compiled"] == "2026-11-30"
    assert [f["key"] for f in document["fields"]] == list(downloads.INITIATIVES.fields)
    item = document["items"][0]
    assert item["description"] == "- item one\n- item two"
    assert item["reserve_funded"] is True
    assert item["url"] == "http://x/en/opslag/handlingsplan/#ini"
    assert document["about"] == "http://x/en/opslag/data-og-genbrug/"


def test_glossary_lists_where_each_term_is_used_once_per_page():
    document = json.loads(downloads.files(_site(), CONTEXT)["data/ordliste.json"])
    apple, eel = document["items"]
    assert (apple["term"], apple["other_term"], eel["term"]) == ("æble", "apple", "ål")  # Danish order
    assert [p["url"] for p in apple["used_on"]] == [
        "http://x/kerneelementer/e1/",
        "http://x/moduler/modul-x/",
    ]
    assert eel["used_on"] == []
    rows = _csv_rows(downloads.files(_site(), CONTEXT)["data/ordliste.csv"])
    assert rows[1][rows[0].index("Bruges på")] == (
        "Element e1 (http://x/kerneelementer/e1/)\nModul modul-x (http://x/moduler/modul-x/)"
    )


def test_relations_name_every_content_page_with_its_typed_relations():
    document = json.loads(downloads.files(_site(), CONTEXT)["data/sammenhaenge.json"])
    by_id = {item["id"]: item for item in document["items"]}
    assert set(by_id) == {"modul-x", "e1"}  # content pages only
    assert by_id["modul-x"]["relations"]["builds"] == ["e1"]
    assert by_id["e1"]["data"]["sources"] == ["doc-a"]
    builds = next(r for r in document["relation_types"] if r["relation"] == "builds")
    assert builds["from"] == ["module"] and builds["to"] == ["core-element"]


def test_a_value_excel_would_run_as_a_formula_is_disarmed_in_csv_only():
    for value in ("=1+1", "+45 12", "-x", "@SUM(A1)"):
        assert downloads._cell("title", value, "da") == "'" + value
    assert downloads._cell("title", "Æble = frugt", "da") == "Æble = frugt"


def test_descriptions_are_downloaded_in_sentences_without_the_files_line_wrapping():
    from knowledge.outputs.downloads import unwrapped

    written = (
        "Første linje af en\nsætning, der fortsætter.\n\nEn liste:\n- et punkt,\n  der fortsætter\n- to\n"
    )
    assert unwrapped(written) == (
        "Første linje af en sætning, der fortsætter.\n\nEn liste:\n- et punkt, der fortsætter\n- to"
    )


def test_a_build_for_publishing_without_site_url_says_so_once():
    from knowledge.checks.config_guard import shared_without_address
    from knowledge.content.messages import is_catalogued

    local = "http://127.0.0.1:8000/"
    (problem,) = shared_without_address(local, {"CI": "true"})
    assert problem.file == "mkdocs.yml" and "SITE_URL" in problem.reason and is_catalogued(problem.reason)
    assert len(shared_without_address(local, {"KB_PUBLISH": "1"})) == 1
    assert shared_without_address(local, {}) == []  # a local preview
    assert shared_without_address(local, {"CI": "false"}) == []
    assert shared_without_address("https://example.github.io/site/", {"CI": "true"}) == []
