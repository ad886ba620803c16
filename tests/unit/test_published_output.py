"""The one reading of a written page (knowledge/content/html.py) and the checks
of what is published (knowledge/checks/output.py). Every check has a case that
only it catches, so removing one makes a test fail."""

from __future__ import annotations

import pytest

from knowledge.checks.output import (
    INVISIBLE,
    RAW_MARKDOWN,
    heading_findings,
    locate,
    page_findings,
)
from knowledge.content.html import read_page
from knowledge.content.messages import MESSAGES, say


def page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return f"<html><head>{head}</head><body><nav id='menu'><p>Menu</p></nav><article>{body}</article></body></html>"


def codes(body: str, lang: str = "da") -> list[str]:
    return [f.code for f in page_findings(read_page(page(body)), lang)]


# --- the reading ---------------------------------------------------------------------------------


def test_ids_are_read_in_the_article_only_in_order():
    record = read_page(page('<h1 id="t">T</h1><h2 id="a">A</h2><img id="fig" src="x.png"><p id="b">b</p>'))
    assert record.ids == [("h1", "t"), ("h2", "a"), ("img", "fig"), ("p", "b")]


def test_script_bodies_are_not_read_as_html_and_only_runnable_ones_count():
    html = page(
        "<p>x</p>",
        head='<meta charset="utf-8"><script>if (a<b) { x("</p>") }</script><script src="a.js"></script>'
        '<script type="application/json">{"a": 1}</script><script type="module">m()</script><style>p{}</style>',
    )
    record = read_page(html)
    assert record.scripts == ['if (a<b) { x("</p>") }', "m()"]
    assert record.styles == ["p{}"]
    assert record.has_charset
    assert [t.text for t in record.texts] == ["x"]


def test_headings_leave_out_their_anchor_link_and_know_their_language():
    record = read_page(
        page(
            '<h2 id="a">Work with <span lang="da">Socialstyrelsen</span><a class="headerlink" href="#a">#</a></h2>'
            '<h2 id="b"><span lang="da">Lev Uden Vold</span></h2>'
        ).replace("<html>", '<html lang="en">')
    )
    first, second = record.headings
    assert (first.text, first.own_text, first.lang) == ("Work with Socialstyrelsen", "Work with", "")
    assert (second.text, second.lang) == ("Lev Uden Vold", "da")


def test_text_in_code_and_outside_the_article_is_not_prose():
    record = read_page(page("<p>a <code>[x](y)</code> b</p><pre>## x</pre>"))
    assert [t.text for t in record.texts] == ["a ", " b"]


def test_empty_labelled_values_are_found():
    record = read_page(
        page("<dl><dt>Ministerier</dt><dd> </dd></dl><ul><li><a href='x'>x</a></li><li></li></ul>")
    )
    assert record.empty_values == ["dd", "li"]


# --- the checks ------------------------------------------------------------------------------------

RAW_MARKDOWN_SHOWN = {
    "a footnote marker": "Det viser erfaringerne.[^1] Og mere.",
    "an abbreviation definition": "*[SEL]: Serviceloven",
    "a Markdown link": "Se [kerneelementet](../kerneelementer/opsporing.md) om opsporing.",
    "a Markdown link with a space before its address": "Se [relationsopbygning] (relationsopbygning.md).",
    "a reference link": "Se [kerneelementet][1] om opsporing.",
    "an attribute list": "En tekst {: .kb-note }",
    "a table row": "| Fase | Indsats |\n| Start | Samtale |",
    "a table's header line": "Fase Indsats |---",
    "a GitHub callout marker": "[!WARNING]\nRing 112 ved akut fare.",
    "an admonition marker": '!!! note "Bemærk"',
    "a list item inside a paragraph": "Tre ting:\n- samtale\n- netværk",
    "a heading marker": "## Formål",
    "emphasis markers": "Det er **vigtigt** at tale om det.",
    "a code fence": "```yaml",
    "a front matter field": "title: Opsporing\nsummary: Kort tekst",
    "an embed line": "<!-- embed: list-module -->",
}


def test_every_kind_of_raw_markdown_has_a_case():
    assert {what for what, _ in RAW_MARKDOWN} == set(RAW_MARKDOWN_SHOWN)


@pytest.mark.parametrize("what", RAW_MARKDOWN_SHOWN)
def test_markdown_shown_as_text_is_found_by_its_kind(what):
    escaped = RAW_MARKDOWN_SHOWN[what].replace("<", "&lt;").replace(">", "&gt;")
    (finding,) = page_findings(read_page(page(f"<p>{escaped}</p>")), "da")
    assert finding.code == "published-markdown"
    assert finding.message_values["what"] == what


def test_a_list_item_before_an_element_is_found():
    html = "<p>Opsporingen kan foregå:\n- <strong>Systematisk</strong> med redskaber.</p>"
    assert codes(html) == ["published-markdown"]


def test_markup_shown_as_text_is_found():
    assert codes("<p>se &lt;b&gt;kerneelementet&lt;/b&gt; om</p>") == ["published-markup"]


@pytest.mark.parametrize("char", INVISIBLE)
def test_every_invisible_character_is_named(char):
    (finding,) = page_findings(read_page(page(f"<p>Fokus på spej{char}ling er væsentligt.</p>")), "da")
    assert finding.code == "published-invisible"
    assert finding.message_values["text"] == "spej·ling"
    assert finding.needle == f"spej{char}ling"


def test_an_empty_field_is_found():
    assert codes("<dl><dt>Ministerier</dt><dd></dd></dl>") == ["published-empty"]


def test_danish_running_text_on_an_english_page_is_found_unless_marked():
    assert codes("<p>Indsatsen skal tage afsæt i borgerens og familiens behov.</p>", "en") == [
        "published-danish-text"
    ]
    assert codes('<p>The plan <span lang="da">skal tage afsæt i og med</span>.</p>', "en") == []
    assert codes("<p>Indsatsen skal tage afsæt i borgerens og familiens behov.</p>", "da") == []


def test_an_english_heading_left_in_danish_is_found():
    danish = read_page(
        page(
            '<h1 id="t">Spejling i andres oplevelser</h1><h2 id="s">Stalking</h2><h2 id="r">Stalking (R01)</h2>'
        )
    ).headings
    english = read_page(
        page(
            '<h1 id="t">Spejling i andres oplevelser</h1><h2 id="s">Stalking</h2><h2 id="v">VIVE og KL</h2>'
            '<h2 id="r">Stalking (R01)</h2>'
            '<h2 id="x">Work with <span lang="da">Lev Uden Vold</span></h2>'
        )
    ).headings
    found = heading_findings(english, danish)
    assert [f.message_values["text"] for f in found] == ["Spejling i andres oplevelser", "VIVE og KL"]


def test_clean_pages_have_no_findings():
    body = (
        "<h1 id='t'>Opsporing</h1><p>Tekst med <a href='x/'>et link</a> og (parentes) | én streg.</p>"
        "<p>Se § 109 og 22. november 2026.</p><dl><dt>Status</dt><dd>Gennemført</dd></dl>"
        "<p>Rapport [title not given in the source] (n.d.)</p>"
    )
    assert codes(body) == []


def test_a_finding_is_located_at_its_source_line():
    sources = {
        "docs/a.md": "---\ntitle: A\n---\nText [^1] here.\n",
        "data/x.yml": "a:\n  b: see [et](https://x.dk/)\n",
    }
    assert locate("[^1]", sources) == ("docs/a.md", 4)
    assert locate("[et](https://x.dk/)", sources) == ("data/x.yml", 2)
    assert locate("nowhere at all", sources) is None


def test_the_same_mistake_in_two_files_is_located_by_the_text_around_it():
    sources = {
        "data/a.yml": "x:\n  title: <b>Tovholder</b> for forløbet\n",
        "data/b.yml": "y:\n  title: <b>Risikovurdering</b> i kommunen\n",
    }
    assert locate("<b>", sources, "<b>Risikovurdering</b> i kommunen") == ("data/b.yml", 2)
    assert locate("<b>", sources) == ("data/a.yml", 2)


def test_each_finding_has_its_message():
    for code in (
        "published-markdown",
        "published-markup",
        "published-invisible",
        "published-empty",
        "published-danish-text",
        "published-danish-heading",
    ):
        assert code in MESSAGES
        assert say(code, **MESSAGES[code].example)


def test_a_paragraph_is_checked_whole_whatever_inline_elements_split_it():
    html = '<p>Se [<a class="kb-term" href="#x">relationsopbygning</a>] (relationsopbygning.md) om det.</p>'
    (finding,) = page_findings(read_page(page(html)), "da")
    assert finding.message_values["what"] == "a Markdown link with a space before its address"


def test_a_finding_is_looked_for_with_the_words_before_it():
    html = "<p>Opsporingen kan foregå:\n- <strong>Systematisk</strong> med redskaber.</p>"
    (finding,) = page_findings(read_page(page(html)), "da")
    sources = {
        "docs/kerneelementer/index.md": "Kort om borgeren.\n- [Opsporing](opsporing.md)\n",
        "docs/kerneelementer/opsporing.md": "---\ntitle: x\n---\nOpsporingen kan foregå:\n- **Systematisk** med redskaber.\n",
    }
    assert locate(finding.needle, sources, finding.context) == ("docs/kerneelementer/opsporing.md", 4)
