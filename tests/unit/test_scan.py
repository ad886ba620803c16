from knowledge.content.html import attributes
from knowledge.content.terms import Matcher
from knowledge.indexes.scan import scan_html

MATCHER = Matcher({"term:o": ["opsporing", "opsporingen"], "term:s": ["spejling"], "org:v": ["VIVE"]})


def mark(key, text):
    return f"<mark>{text}</mark>" if key.startswith("term:") else None


def test_first_occurrence_is_marked_once_per_page():
    html, scan = scan_html("<p>opsporing og opsporingen</p><p>opsporing</p>", MATCHER, mark)
    assert html == "<p><mark>opsporing</mark> og opsporingen</p><p>opsporing</p>"
    assert scan.marked == ["term:o"]


def test_never_inside_headings_links_code_or_abbr():
    source = (
        '<h2 id="x">opsporing</h2><p><a href="../a/">opsporing</a> <code>opsporing</code> '
        "<abbr>opsporing</abbr></p><pre>spejling</pre><p>opsporing</p>"
    )
    html, scan = scan_html(source, MATCHER, mark)
    assert html.count("<mark>") == 1
    assert html.endswith("<p><mark>opsporing</mark></p>")
    assert "spejling" not in scan.mentions.get("term:s", [])
    assert "term:s" not in scan.mentions


def test_heading_mentions_count_for_the_index_but_are_not_marked():
    _, scan = scan_html('<h2 id="sec">Om opsporing</h2><p>tekst</p>', MATCHER, mark)
    assert scan.mentions == {"term:o": ["sec"]}
    assert scan.marked == []


def test_not_inside_the_terms_own_glossary_entry():
    source = (
        '<div data-kb-term="o"><dd>opsporing og spejling</dd></div>'
        '<div data-kb-term="s"><dd>opsporing og spejling</dd></div>'
    )
    html, _ = scan_html(source, MATCHER, mark)
    assert html == (
        '<div data-kb-term="o"><dd>opsporing og <mark>spejling</mark></dd></div>'
        '<div data-kb-term="s"><dd><mark>opsporing</mark> og spejling</dd></div>'
    )


def test_sections_headings_and_links_are_recorded():
    source = (
        '<p>VIVE</p><h2 id="a">Første <a class="headerlink" href="#a">¶</a></h2>'
        '<p><a href="../b/#c">link</a> <a href="#local">same page</a> VIVE</p>'
    )
    _, scan = scan_html(source, MATCHER, mark)
    assert [(h.id, h.level, h.text) for h in scan.headings] == [("a", 2, "Første")]
    assert scan.links == [("../b/#c", "a")]
    assert scan.mentions == {"org:v": ["", "a"]}


def test_skipped_regions_are_neither_marked_nor_counted():
    html, scan = scan_html("<aside data-kb-skip><p>opsporing</p></aside><p>x</p>", MATCHER, mark)
    assert "<mark>" not in html
    assert scan.mentions == {}


def test_mentions_off_still_marks():
    html, scan = scan_html("<p>opsporing</p>", MATCHER, mark, record_mentions=False)
    assert "<mark>" in html
    assert scan.mentions == {}


def test_output_equals_input_when_nothing_matches():
    source = '<p class="a">Tekst &amp; <br/>mere<img src="x.png"></p><!-- c --><ul><li>x</li></ul>'
    assert scan_html(source, MATCHER, mark)[0] == source


def test_attributes():
    assert attributes("<a href=\"../x/\" class='a b' data-kb-skip>") == {
        "href": "../x/",
        "class": "a b",
        "data-kb-skip": "",
    }


def test_passages_in_another_language_are_not_marked():
    html, _scan = scan_html('<p><span lang="da">opsporing</span> and opsporing</p>', MATCHER, mark)
    assert html == '<p><span lang="da">opsporing</span> and <mark>opsporing</mark></p>'


def test_a_headings_text_is_plain_text_so_it_is_escaped_once_where_it_is_shown():
    # A page title is made safe for Markdown with entities: "(" as "&#40;" (UK review 7).
    source = '<h1 id="t">Nære relationer &#40;Socialstyrelsens afgrænsning&#41; &amp; mere</h1>'
    _, scan = scan_html(source, MATCHER, mark)
    assert scan.headings[0].text == "Nære relationer (Socialstyrelsens afgrænsning) & mere"
