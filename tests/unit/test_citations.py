"""Sources cited in the reader's language: Danish titles kept and marked on
English pages, with a gloss; page numbers as s. / p. / pp."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.content.load import load_data
from knowledge.outputs.render.common import citation, page_reference, source_label

ROOT = Path(__file__).resolve().parent.parent.parent

DANISH = {
    "id": "uip",
    "publisher": "Social- og Ældreministeriet",
    "year": 2021,
    "title": "Aftaledokumentet",
    "english": "The agreement document",
    "pages": "19",
}
ENGLISH = {
    "id": "thomsen",
    "publisher": "Thomsen et al.",
    "year": 2019,
    "title": "Homicide in Denmark",
    "title_language": "en",
    "published_in": "Synergy",
    "pages": "275-282",
}
NOTE = {
    "id": "note",
    "publisher": "Statusnotat (afsender ikke angivet)",
    "publisher_en": "Status note (sender not stated)",
    "title": "Status",
    "english": "Status",
    "title_note": {"da": "titlen er ikke angivet", "en": "the title is not given"},
}


def test_page_references_in_each_language():
    assert page_reference("19", "da") == "s. 19"
    assert page_reference("19", "en") == "p. 19"
    assert page_reference("275-282", "en") == "pp. 275–282"


def test_a_danish_title_on_an_english_page_is_marked_and_glossed():
    assert citation(DANISH, "en") == (
        'Social- og Ældreministeriet (2021) <cite lang="da">Aftaledokumentet</cite> '
        '<span class="kb-gloss">[The agreement document]</span>, p. 19'
    )
    assert (
        citation(DANISH, "da") == "Social- og Ældreministeriet (2021): <cite>Aftaledokumentet</cite>, s. 19"
    )


def test_an_english_title_on_a_danish_page_is_marked_as_english():
    assert citation(ENGLISH, "da") == (
        'Thomsen et al. (2019): <cite lang="en">Homicide in Denmark</cite>. I: Synergy, s. 275-282'
    )
    assert (
        citation(ENGLISH, "en")
        == "Thomsen et al. (2019) ‘Homicide in Denmark’, <cite>Synergy</cite>, pp. 275–282"
    )


def test_a_described_publisher_and_an_editorial_note_are_translated():
    assert source_label(NOTE, "en") == "Status note (sender not stated) (n.d.)"
    assert source_label(NOTE, "da") == "Statusnotat (afsender ikke angivet) (u.å.)"
    assert citation(NOTE, "en").endswith(
        '<cite lang="da">Status</cite> <span class="kb-gloss">[Status]</span> (the title is not given)'
    )


UNSIGNED = {"id": "unsigned", "title": "Status for initiativer", "english": "Status of the initiatives"}
# Harvard (UK): Author (year) Title [translation]; no author: Title [translation] (year).
HARVARD = re.compile(
    r"^(?:(?P<author>[^<]+?) \((?:\d{4}|n\.d\.)\) (?:<cite[^>]*>|‘|\[)"
    r"|<cite[^>]*>[^<]+</cite>(?: <span class=\"kb-gloss\">\[[^\]]+\]</span>)? \((?:\d{4}|n\.d\.)\))"
)


def test_a_source_with_no_publisher_is_cited_by_its_title_in_english():
    assert citation(UNSIGNED, "en") == (
        '<cite lang="da">Status for initiativer</cite> <span class="kb-gloss">[Status of the initiatives]</span> (n.d.)'
    )
    assert source_label(UNSIGNED, "da") == "Afsender ikke angivet (u.å.)"


def test_every_source_is_cited_in_one_harvard_style_in_english():
    data, problems = load_data(ROOT / "data")
    assert problems == []
    sources: list[dict] = [DANISH, ENGLISH, NOTE, UNSIGNED, *data.entries("sources")]
    for source in sources:
        html = citation(source, "en")
        assert HARVARD.match(html), html
        assert ", n.d.:" not in html and "In: " not in html and "Sender not stated" not in html
        assert " (" + str(source.get("english")) + ")" not in html  # translations in square brackets
