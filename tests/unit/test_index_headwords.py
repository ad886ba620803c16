"""The subject index's organisation headwords claim no more than the sources:
an abbreviation no source pairs with the name is not shown beside it, and an
expansion no source gives is marked as the site's explanation (fact check F8, F10)."""

from __future__ import annotations

from fixtures import data, generated
from knowledge.content.index import build_site
from knowledge.outputs.render import indexes

ORGS = [
    {
        "id": "jm",
        "name": "Justitsministeriet",
        "abbreviation": "JM",
        "english": "Ministry of Justice",
        "kind": "ministry",
        "role": {"da": "R.", "en": "R."},
        "sources": ["doc-a"],
        "site_explanation": {"da": "Den står for Justitsministeriet.", "en": "It stands for it."},
    },
    {
        "id": "kl",
        "name": "KL",
        "english": "Local Government Denmark",
        "kind": "other",
        "role": {"da": "R.", "en": "R."},
        "sources": ["doc-a"],
        "site_explanation": {"da": "KL står for Kommunernes Landsforening.", "en": "KL is its Danish name."},
    },
    {
        "id": "maerk",
        "name": "Nationalt Center mod Æresrelaterede Konflikter",
        "abbreviation": "MÆRK",
        "english": "National Centre against Honour-related Conflicts",
        "kind": "other",
        "role": {"da": "R.", "en": "R."},
        "sources": ["doc-a"],
    },
]


def index(lang: str) -> str:
    site = build_site([generated("stikord", "subject-index")], data(organisations=ORGS), lang)
    return indexes.subject_index(site, "opslag/stikord/")


def test_a_pairing_no_source_gives_is_left_out_and_a_sourced_one_stays():
    html = index("da")
    assert "Justitsministeriet (JM)" not in html and "<dt>Justitsministeriet <" in html
    assert "Nationalt Center mod Æresrelaterede Konflikter (MÆRK)" in html


def test_an_expansion_no_source_gives_is_marked_in_english_and_a_translation_is_not():
    html = index("en")
    mark = '<span class="kb-site-note__label">the site&#x27;s explanation</span>'
    assert f"(Local Government Denmark; {mark})" in html
    assert '<span class="kb-gloss">(Ministry of Justice)</span>' in html
