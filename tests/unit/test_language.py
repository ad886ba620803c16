"""Danish names in English pages: marked as Danish, glossed once (knowledge/indexes/language.py)."""

from __future__ import annotations

from fixtures import data, term
from knowledge.checks.validate import missing_glosses
from knowledge.indexes.language import DanishName, NameMarker, danish_names

SBST = DanishName("org:sbst", ("Social- og Boligstyrelsen", "Social- og Boligstyrelsens"), "Danish Authority")
TITLE = DanishName("source:doc", ("Fælles retning",), "A shared direction")


def marker() -> NameMarker:
    return NameMarker([SBST, TITLE])


def test_every_mention_is_marked_and_the_first_one_in_running_text_is_glossed():
    html = "<p>Social- og Boligstyrelsen runs it. Social- og Boligstyrelsen pays.</p>"
    marked = marker().mark_html(html)
    assert marked.html == (
        '<p><span lang="da">Social- og Boligstyrelsen</span> <span class="kb-gloss" lang="en">'
        '(Danish Authority)</span> runs it. <span lang="da">Social- og Boligstyrelsen</span> pays.</p>'
    )
    assert marked.unglossed == ()


def test_headings_are_marked_but_the_gloss_waits_for_running_text():
    html = "<h2>Fælles retning</h2><p>See Fælles retning.</p>"
    assert marker().mark_html(html).html == (
        '<h2><span lang="da">Fælles retning</span></h2><p>See <span lang="da">Fælles retning</span>'
        ' <span class="kb-gloss" lang="en">[A shared direction]</span>.</p>'
    )


def test_a_gloss_the_text_already_gives_is_not_repeated():
    for html in (
        "<p>Social- og Boligstyrelsen (the Danish Authority) pays.</p>",
        "<p>the Danish Authority (Social- og Boligstyrelsen) pays.</p>",
    ):
        marked = marker().mark_html(html)
        assert "kb-gloss" not in marked.html
        assert '<span lang="da">Social- og Boligstyrelsen</span>' in marked.html
        assert marked.unglossed == ()


def test_no_gloss_between_a_name_and_its_possessive_or_before_another_parenthesis():
    marked = marker().mark_html(
        "<p>Social- og Boligstyrelsen's website (2024) and Social- og Boligstyrelsen (2024).</p>"
    )
    assert "kb-gloss" not in marked.html
    assert marked.unglossed == ("Danish Authority",)
    later = marker().mark_html(
        "<p>Social- og Boligstyrelsen's website. Later, Social- og Boligstyrelsen pays.</p>"
    )
    assert later.html.count("kb-gloss") == 1 and later.unglossed == ()


def test_passages_already_in_a_language_and_code_are_left_alone():
    html = '<p lang="da">Fælles retning</p><code>Fælles retning</code><p>Text</p>'
    assert marker().mark_html(html).html == html


def test_names_glossed_earlier_on_the_page_are_not_glossed_again():
    html = "<aside><a href='x'>Social- og Boligstyrelsen, 2024</a></aside>"
    marked = marker().mark_html(html, glossed=frozenset({"org:sbst"}))
    assert (
        marked.html
        == "<aside><a href='x'><span lang=\"da\">Social- og Boligstyrelsen</span>, 2024</a></aside>"
    )
    assert marker().mark_html(html, gloss=False).html == marked.html
    assert "kb-gloss" in marker().mark_html(html).html


def test_text_from_the_data_is_escaped_and_marked():
    assert marker().mark_text("Social- og Boligstyrelsen & <b>") == (
        '<span lang="da">Social- og Boligstyrelsen</span> &amp; &lt;b&gt;'
    )


def test_names_come_from_organisations_sources_and_official_names():
    site_data = data(
        organisations=[
            {
                "id": "sst",
                "name": "Sundhedsstyrelsen",
                "english": "Danish Health Authority",
                "forms": ["SSTs"],
            },
            {"id": "via", "name": "VIA University College", "name_language": "en"},
        ],
        terms=[
            term("sel", "serviceloven", "Social Services Act", kind="law", official_name=True),
            term("plan", "plan", "plan"),
        ],
    )
    names = {n.key: n for n in danish_names(site_data)}
    assert set(names) == {"org:sst", "source:doc-a", "term:sel"}
    assert names["org:sst"].forms == ("Sundhedsstyrelsen", "SSTs")
    assert names["term:sel"].gloss == "Social Services Act"


def test_a_danish_name_without_a_gloss_is_a_content_problem():
    site_data = data(organisations=[{"id": "lokk", "name": "LOKK"}])
    del site_data.collections["sources"][0]["english"]
    problems = [str(p) for p in missing_glosses(site_data)]
    assert problems == [
        "data/organisations.yml: lokk.english: missing: English pages need a gloss of this Danish name or title",
        "data/sources.yml: doc-a.english: missing: English pages need a gloss of this Danish name or title",
    ]


def test_titles_with_punctuation_and_names_in_lower_case_are_found():
    title = DanishName("source:m", ("Modelbeskrivelse: Indsats til kvinder",), "Model description")
    law = DanishName("term:sel", ("lov om social service",), "Social Services Act")
    html = "<p>See Modelbeskrivelse: Indsats til kvinder and Lov om social service.</p>"
    marked = NameMarker([title, law]).mark_html(html).html
    assert '<span lang="da">Modelbeskrivelse: Indsats til kvinder</span>' in marked
    assert '<span lang="da">Lov om social service</span>' in marked
    # Whole words only: a longer word is not the name.
    assert (
        "<span" not in NameMarker([title]).mark_html("<p>Modelbeskrivelse: Indsats til kvindernes</p>").html
    )


def test_a_name_broken_over_two_lines_is_found_and_glossaries_are_not_glosses():
    html = '<dl class="kb-glossary"><dd>Social- og\nBoligstyrelsen runs it.</dd></dl>'
    marked = marker().mark_html(html).html
    assert '<span lang="da">Social- og\nBoligstyrelsen</span> <span class="kb-gloss"' in marked


BOARD = DanishName(
    "org:board",
    ("Socialstyrelsen", "Socialstyrelsens"),
    "National Board of Social Services",
    english=True,
    article=True,
)
SIRI = DanishName(
    "org:siri",
    ("Styrelsen for International Rekruttering", "SIRI"),
    "Danish Agency",
    english=True,
    article=True,
    abbreviations=("SIRI",),
)
KL = DanishName("org:kl", ("KL",), "Local Government Denmark", site=True)


def english_marker() -> NameMarker:
    return NameMarker([BOARD, SIRI, KL])


def test_an_established_english_name_is_written_in_english_with_the_danish_once():
    html = "<p>Socialstyrelsen runs it. Later, Socialstyrelsen pays.</p>"
    assert english_marker().mark_html(html).html == (
        '<p>The National Board of Social Services (<span lang="da">Socialstyrelsen</span>) runs it. '
        "Later, the National Board of Social Services pays.</p>"
    )


def test_the_english_name_takes_the_possessive_and_no_article_as_a_citations_author():
    html = "<p>See Socialstyrelsen's guide (Socialstyrelsen, 2018).</p><ul><li>Socialstyrelsen (2022): T</li></ul>"
    out = english_marker().mark_html(html).html
    assert "See the National Board of Social Services' guide (National Board of Social Services, 2018)" in out
    assert "<li>National Board of Social Services (2022): T</li>" in out


def test_an_abbreviation_stays_and_is_glossed_with_the_english_name():
    out = english_marker().mark_html("<p>SIRI pays.</p>").html
    assert (
        out
        == '<p><span lang="da">SIRI</span> <span class="kb-gloss" lang="en">(Danish Agency)</span> pays.</p>'
    )


def test_a_gloss_no_source_gives_is_marked_as_the_sites_explanation():
    out = english_marker().mark_html("<p>KL pays.</p>").html
    assert 'class="kb-gloss kb-gloss--site"' in out
    # The gloss reads first, the short mark after it (UK editor's review 3).
    assert (
        '(Local Government Denmark; <span class="kb-site-note__label">the site\'s explanation</span>)' in out
    )


def test_no_gloss_inside_the_sites_own_note_nor_in_a_bold_lead_in():
    note = '<p class="kb-site-note"><span class="kb-site-note__label">The site\'s explanation:</span> KL pays.</p>'
    out = english_marker().mark_html(note).html
    assert "kb-gloss" not in out and '<span lang="da">KL</span>' in out
    out = english_marker().mark_html("<ul><li><strong>KL</strong>: KL pays.</li></ul>").html
    assert out.count("kb-gloss--site") == 1
    assert out.index("kb-gloss") > out.index("</strong>")


def test_no_gloss_inside_an_in_text_citation():
    out = english_marker().mark_html("<p>Many (KL, 2022). KL pays.</p>").html
    assert out.count('class="kb-gloss ') == 1 and out.index("kb-gloss") > out.index("2022")
    assert '(<span lang="da">KL</span>, 2022)' in out


def test_an_english_name_with_its_abbreviation_after_it_is_not_glossed_again():
    out = english_marker().mark_html("<p>Styrelsen for International Rekruttering (SIRI) pays. SIRI</p>").html
    assert out == '<p>The Danish Agency (<span lang="da">SIRI</span>) pays. <span lang="da">SIRI</span></p>'
