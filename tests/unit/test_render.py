import re

from fixtures import core_element, data, generated, module, page, term
from knowledge.content.index import build_site
from knowledge.outputs.render import (
    boxes,
    common,
    embeds,
    glossary,
    indexes,
    initiatives,
    matrices,
    overview,
    sources,
)
from knowledge.outputs.render.common import first_letter, sort_key
from knowledge.outputs.render.text import markdown_inline, paragraphs

EVIL = '<script>alert(1)</script>" onmouseover="x'


def site_with(pages=(), lang="da", **collections):
    return build_site(list(pages), data(**collections), lang)


def test_danish_and_english_alphabetical_order():
    words = ["ørn", "zebra", "ål", "æble", "Abe"]
    assert sorted(words, key=lambda w: sort_key(w, "da")) == ["Abe", "zebra", "æble", "ørn", "ål"]
    assert sorted(words, key=lambda w: sort_key(w, "en")) == ["Abe", "æble", "ål", "ørn", "zebra"]
    assert first_letter("Ørn", "da") == "Ø"
    assert first_letter("Ørn", "en") == "O"
    assert first_letter("§ 109") == "#"


def test_glossary_has_letter_navigation_headings_and_stable_anchors():
    site = site_with(
        [generated("ordliste", "glossary")],
        terms=[term("b", "ørn", "eagle"), term("a", "abe", "ape"), term("c", "zebra", "zebra")],
    )
    markdown = glossary.glossary(site, "opslag/ordliste/")
    assert re.findall(r"^## (\S+) \{#(\S+)\}", markdown, re.M) == [
        ("A", "bogstav-a"),
        ("Z", "bogstav-z"),
        ("Ø", "bogstav-oe"),
    ]
    assert '<a href="#bogstav-oe">Ø</a>' in markdown
    assert 'id="b" data-kb-term="b"' in markdown
    assert '<span lang="en">eagle</span>' in markdown
    assert glossary.used_by_placeholder("b") in markdown


def test_english_glossary_shows_the_danish_term():
    site = site_with([generated("ordliste", "glossary")], lang="en", terms=[term("b", "ørn", "eagle")])
    markdown = glossary.glossary(site, "en/opslag/ordliste/")
    assert "## E {#letter-e}" in markdown
    assert '<span lang="da">ørn</span>' in markdown


def test_term_mark_links_to_the_glossary_with_the_definition_as_tooltip():
    site = site_with(
        [generated("ordliste", "glossary")], terms=[term("sel", "SEL", "SEL", kind="abbreviation")]
    )
    mark = glossary.term_mark(site, site.data.entries("terms")[0], "SEL", "kerneelementer/a/")
    assert mark == (
        '<a class="kb-term" href="../../opslag/ordliste/#sel" title="SEL: Definition af SEL." '
        'data-kb-term-ref="sel"><abbr>SEL</abbr></a>'
    )


def test_data_text_is_escaped_everywhere():
    evil_term = term("x", EVIL, EVIL, site_explanation={"da": EVIL, "en": EVIL})
    evil_term["da"]["definition"] = evil_term["en"]["definition"] = EVIL
    pages = [
        generated("ordliste", "glossary"),
        generated("stikord", "subject-index"),
        generated("org", "organisations"),
        generated("kilder", "sources"),
        generated("plan", "initiatives"),
        core_element("a", title=EVIL, summary=EVIL, purpose=EVIL),
        module("m", ["a"], days=EVIL, audience=EVIL),
    ]
    site = site_with(
        pages,
        terms=[evil_term],
        organisations=[
            {
                "id": "o",
                "name": EVIL,
                "kind": "ngo",
                "role": {"da": EVIL, "en": EVIL},
                "sources": ["doc-a"],
                "english": EVIL,
                "abbreviation": EVIL,
                "site_explanation": {"da": EVIL, "en": EVIL},
            }
        ],
        themes=[{"id": "t", "title": {"da": EVIL, "en": EVIL}}],
        ministries=[
            {"id": "XM", "name": {"da": EVIL, "en": EVIL}},
            {"id": "YM", "site_explanation": {"da": EVIL, "en": EVIL}},
        ],
        statuses=[{"id": "s", "title": {"da": EVIL, "en": EVIL}}],
        initiatives=[
            {
                "id": "i",
                "number": 1,
                "title": {"da": EVIL, "en": EVIL},
                "theme": "t",
                "ministries": ["XM", "YM"],
                "status": "s",
                "status_text": {"da": EVIL, "en": EVIL},
                "reserve_funded": True,
                "description": {"da": EVIL + "\n\n- " + EVIL, "en": EVIL},
            }
        ],
    )
    a, m = site.pages["a"], site.pages["m"]
    outputs = [
        glossary.glossary(site, "opslag/ordliste/"),
        glossary.term_mark(site, evil_term, "x", "a/"),
        indexes.subject_index(site, "opslag/stikord/"),
        indexes.organisations_page(site, "opslag/org/"),
        sources.sources_page(site, "opslag/kilder/"),
        initiatives.initiatives_page(site, "opslag/plan/"),
        boxes.facts(site, m),
        boxes.purpose_callout(a, "da"),
        boxes.lead(a),
        boxes.related_box(site, m),
        overview.cards(site, [a, m], ""),
        matrices.matrices(site, "x/"),
    ]
    for html in outputs:
        assert "<script>" not in html
        assert '" onmouseover=' not in html
    assert "&lt;script&gt;" in outputs[0]


def test_markdown_headings_from_data_cannot_inject_markup():
    assert markdown_inline("Lev Uden Vold *") == "Lev Uden Vold &#42;"
    assert markdown_inline("<b>[x](y)</b>") == "&lt;b&gt;&#91;x&#93;&#40;y&#41;&lt;/b&gt;"


def test_paragraphs_and_lists_from_plain_text():
    assert paragraphs("Første\nlinje.\n\n- a\n- b & c\n\nSidste.") == (
        "<p>Første linje.</p><ul><li>a</li><li>b &amp; c</li></ul><p>Sidste.</p>"
    )


def test_matrix_marks_related_cells_with_links_and_hidden_text():
    pages = [core_element("a", order=1), core_element("b", order=2), module("m", ["b"])]
    site = site_with(pages)
    html = matrices.matrix(site, "modules", "opslag/sammenhaenge/")
    assert html.count('<td class="kb-matrix__yes">') == 1
    assert (
        '<a href="../../moduler/m/"><span aria-hidden="true">●</span><span class="kb-sr-only">Modul m: Element b</span>'
        in html
    )
    assert '<th scope="col"><a href="../../kerneelementer/a/">Element a</a></th>' in html
    assert '<th scope="row"><a href="../../moduler/m/" title="Modul m">Modul m</a></th>' in html


def test_related_and_referenced_from_boxes():
    pages = [core_element("a"), core_element("b", connects_to=["a"]), module("m", ["a"])]
    site = site_with(pages)
    related = boxes.related_box(site, site.pages["b"])
    assert "Hænger sammen med" in related
    assert 'href="../a/"' in related
    referenced = boxes.referenced_from_box(site, site.pages["a"], linked_from={"m"})
    assert referenced.count("<dt>") == 2  # one group per referring page type
    assert boxes.related_box(site, site.pages["a"]) == ""


def test_referenced_from_keeps_the_mark_of_a_relation_to_a_core_element():
    """Issue 26: on a core element, a module the source says builds it carries
    ●, one the site reads into the source ○, a link in the text no mark."""
    pages = [
        core_element("a"),
        module("m", ["a"]),
        module("r", [], builds_reading=["a"]),
        module("t", []),
    ]
    site = site_with(pages)
    html = boxes.referenced_from_box(site, site.pages["a"], linked_from={"t"})
    m, r, t = (html.index(f'href="../../moduler/{x}/"') for x in "mrt")
    assert html[m:r].count("●") == 1 and "○" not in html[m:r]
    assert '<span aria-hidden="true">○</span><span class="kb-sr-only">(sitets læsning)</span>' in html[r:]
    assert "●" not in html[t : html.index("</dd>", t)] and "○" not in html[t : html.index("</dd>", t)]
    assert '<ul class="kb-matrix-legend">' in html and "sitets egen læsning" in html


def test_placeholders_are_filled_in_one_pass():
    html = "<p>" + indexes.placeholder("used-by", "x") + indexes.placeholder("index", "y") + "</p>"
    assert (
        indexes.fill_placeholders(html, lambda kind, key: f"[{kind}:{key}]") == "<p>[used-by:x][index:y]</p>"
    )


def test_pathway_diagram_places_alternatives_beside_their_phase():
    phases = [
        {
            "id": "span",
            "order": 0,
            "track": "spanning",
            "title": {"da": "Hele vejen", "en": "x"},
            "description": {"da": "D.", "en": "D."},
            "sources": ["doc-a"],
        },
        {
            "id": "one",
            "order": 1,
            "track": "main",
            "title": {"da": "Et", "en": "x"},
            "description": {"da": "D.", "en": "D."},
            "sources": ["doc-a"],
        },
        {
            "id": "alt",
            "order": 1,
            "track": "alternative",
            "title": {"da": "Alternativ", "en": "x"},
            "description": {"da": "D.", "en": "D."},
            "sources": ["doc-a"],
        },
    ]
    site = site_with(
        [
            core_element("a", phases=["one"]),
            page("x/forloeb.md", type="topic", id="forloeb", title="F", summary="S.", sources=["doc-a"]),
        ],
        phases=phases,
    )
    site.data.headers["pathway.yml"] = {"page": "forloeb"}
    html = embeds.pathway(site, site.pages["forloeb"])
    assert html.index('id="fase-one"') < html.index('id="fase-alt"') < html.index('id="fase-span"')
    assert html.count('<li class="kb-pathway__step">') == 1
    assert 'href="../../kerneelementer/a/"' in html
    # In reading order (a phone shows it top to bottom): start, the steps, end, the spanning phase.
    start, steps, end = (
        html.index("kb-pathway__start"),
        html.index("kb-pathway__steps"),
        html.index("kb-pathway__end"),
    )
    assert start < steps < end < html.index('id="fase-span"')


def test_markdown_headings_show_their_text_as_written():
    from html import unescape

    import markdown

    title = "Close relations (Socialstyrelsen's delimitation) & <more> *"
    html = markdown.markdown("# " + markdown_inline(title))
    assert html.startswith("<h1>")
    assert unescape(html[4:-5]) == title


def _plan_site(lang="da"):
    def initiative(number, theme, ministries, status, description, reserve=False):
        return {
            "id": f"i{number}",
            "number": number,
            "title": {"da": f"Initiativ {number}", "en": f"Initiative {number}"},
            "theme": theme,
            "ministries": ministries,
            "status": status,
            "status_text": {"da": "Initiativet er gennemført.", "en": "The initiative has been completed."},
            "reserve_funded": reserve,
            "description": {"da": description, "en": description},
        }

    long_first = " ".join(["ord"] * (initiatives.CLAMP_WORDS + 1))
    return site_with(
        [generated("plan", "initiatives")],
        lang=lang,
        themes=[
            {"id": "t1", "title": {"da": "Tema 1", "en": "Theme 1"}},
            {"id": "t2", "title": {"da": "Tema 2", "en": "Theme 2"}},
        ],
        ministries=[
            {"id": "AM", "name": {"da": "A-ministeriet", "en": "Ministry A"}},
            {"id": "BM", "name": {"da": "B-ministeriet (BM i notatet)", "en": "Ministry B (BM in the note)"}},
            {"id": "CM", "name": {"da": "C-ministeriet", "en": "Ministry C"}},
        ],
        statuses=[
            {"id": "done", "title": {"da": "Gennemført", "en": "Completed"}},
            {"id": "never", "title": {"da": "Aldrig", "en": "Never"}},
        ],
        initiatives=[
            initiative(1, "t1", ["AM", "BM"], "done", "Kort.", reserve=True),
            initiative(2, "t2", ["BM"], "done", long_first + "\n\nAndet afsnit.\n\n- punkt"),
        ],
    )


def test_initiatives_are_cards_with_their_facts_and_the_rest_of_the_text_folded():
    markdown = initiatives.initiatives_page(_plan_site(), "opslag/plan/")
    # Each card opens before its Markdown heading (anchor unchanged) and closes after it.
    assert re.findall(r"^### (.+) \{#(i\d)\}$", markdown, re.M) == [
        ("1. Initiativ 1 &#42;", "i1"),
        ("2. Initiativ 2", "i2"),
    ]
    card, second = markdown.split("data-kb-theme=")[1:]
    assert 'data-kb-ministry="AM BM" data-kb-status="done"' in card
    assert (
        '<dt>Status i statusnotatet</dt><dd><span class="kb-status kb-status--done">Gennemført</span></dd>'
        in card
    )
    assert (
        "<dd>A-ministeriet (<abbr>AM</abbr>), B-ministeriet (<abbr>BM</abbr> i notatet)</dd>" in card
    )  # the abbreviation once
    assert "<dt>Finansieret af reserven (*)</dt><dd>Ja</dd>" in card
    assert '<div class="kb-initiative__lead"><p>Kort.</p></div>' in card
    assert (
        'Læs hele teksten</summary><p class="kb-initiative__status-text">Initiativet er gennemført.</p></details>'
        in card
    )
    assert '<div class="kb-initiative" data-kb-theme="t1"' in markdown
    # A long first paragraph is clamped until the rest is opened.
    assert '<div class="kb-initiative kb-initiative--clamp" data-kb-theme="t2"' in markdown
    more = second[second.index("<details") :]
    assert "<p>Andet afsnit.</p><ul><li>punkt</li></ul>" in more and "ord ord" not in more


def test_initiatives_overview_lists_fold_open_by_status_and_ministry_without_tables():
    markdown = initiatives.initiatives_page(_plan_site(), "opslag/plan/")
    assert "<table" not in markdown
    assert '<h3 id="efter-status">' in markdown and '<h3 id="efter-ministerium">' in markdown
    assert (
        '<summary><span class="kb-group__name">Gennemført</span> <span class="kb-group__count">2</span></summary>'
        '<ul><li><a href="#i1">1. Initiativ 1 *</a></li><li><a href="#i2">2. Initiativ 2</a></li></ul>'
    ) in markdown
    assert '<span class="kb-group__name">Aldrig</span>' not in markdown  # no empty group
    assert '<span class="kb-group__name">C-ministeriet (CM)</span>' not in markdown


def test_initiative_filters_are_hidden_until_the_script_shows_them_and_offer_used_values_only():
    markdown = initiatives.initiatives_page(_plan_site("en"), "en/opslag/plan/")
    form = markdown[markdown.index("<form") : markdown.index("</form>")]
    assert "data-kb-filters hidden" in form
    assert 'data-count="Showing {n} of {total} initiatives."' in form
    assert re.findall(r'<select data-kb-filter="(\w+)">', form) == ["theme", "ministry", "status"]
    assert '<option value="">All</option><option value="t1">Theme 1</option>' in form
    assert '<option value="CM">' not in form and '<option value="never">' not in form
    # The filter sits right before the first theme, so its results follow it.
    assert markdown.index("</form>") < markdown.index("## Theme 1 {#t1}")


def test_used_by_folds_the_pages_behind_their_count():
    site = site_with(
        [
            generated("ordliste", "glossary"),
            core_element("b", title="Bravo"),
            core_element("a", title="Alfa"),
        ],
        terms=[term("x", "x", "x")],
    )
    html = glossary.used_by(site, ["b", "a"], "opslag/ordliste/")
    assert html.startswith('<details class="kb-fold kb-used-by"><summary>Bruges på 2 sider</summary>')
    assert html.index(">Alfa<") < html.index(">Bravo<")
    assert glossary.used_by(site, ["a"], "opslag/ordliste/").count("Bruges på 1 side<") == 1
    assert "<details" not in glossary.used_by(site, [], "opslag/ordliste/")
    site.lang = "en"
    assert "Used on 2 pages" in glossary.used_by(site, ["a", "b"], "en/opslag/ordliste/")


def test_page_contents_lists_the_sections_of_long_pages_only():
    from knowledge.outputs.render import contents

    headings = [(1, "t", "Title"), (2, "a", "One &amp; two"), (3, "a1", "Sub"), (2, "b", "B"), (2, "c", "C")]
    html = contents.page_contents(headings, "da")
    assert html.startswith(
        '<details class="kb-fold kb-page-contents" data-kb-skip><summary>På denne side</summary>'
    )
    assert re.findall(r'<li><a href="#(\w+)">([^<]+)</a></li>', html) == [
        ("a", "One &amp; two"),
        ("b", "B"),
        ("c", "C"),
    ]
    assert contents.page_contents(headings[:3], "da") == ""
    assert "On this page" in contents.page_contents(headings, "en")
    assert contents.insert(f"<p>x</p>{contents.MARKER}<p>y</p>", html) == f"<p>x</p>{html}<p>y</p>"
    gathered = f"{contents.MARKER}<p>x</p>{contents.MARKER}<p>y</p>"
    assert contents.insert(gathered, html) == f"{html}<p>x</p><p>y</p>"
    assert contents.wanted("core-element", None) and contents.wanted("generated", "initiatives")
    assert not contents.wanted("home", None) and not contents.wanted("generated", "glossary")


def test_matrix_tells_what_a_source_states_from_the_sites_reading():
    pages = [
        core_element("a", order=1),
        core_element("b", order=2),
        module("m", ["b"], builds_reading=["a"]),
    ]
    html = matrices.matrix(site_with(pages), "modules", "opslag/sammenhaenge/")
    assert html.count('class="kb-matrix__yes"') == 1
    assert html.count('class="kb-matrix__yes kb-matrix__reading"') == 1
    assert (
        '<span aria-hidden="true">○</span><span class="kb-sr-only">Modul m: Element a (sitets læsning)'
        in html
    )
    assert "kb-matrix-legend" in html and "sitets egen læsning" in html
    stated_only = matrices.matrix(site_with([*pages[:2], module("m", ["b"])]), "modules", "x/")
    assert "kb-matrix-legend" not in stated_only


def test_module_facts_name_the_sites_reading_apart():
    pages = [core_element("a"), core_element("b"), module("m", [], builds_reading=["a"])]
    facts = boxes.facts(site_with(pages), site_with(pages).pages["m"])
    assert "Kerneelementer efter sitets læsning" in facts
    assert "<dt>Kerneelementer</dt>" not in facts


def test_sources_without_title_year_or_publisher_say_so():
    source = {"id": "s", "kind": "cited", "note": {"da": "N.", "en": "N."}}
    assert common.source_label(source, "da") == "Afsender ikke angivet (u.å.)"
    assert common.source_label({**source, "publisher": "VIVE", "year": 2022}, "en") == "VIVE (2022)"
    # Harvard (UK): a source with no publisher is cited by its title.
    assert common.source_label(source, "en") == "[title not given in the source] (n.d.)"
    assert common.source_title(source, "da") == "[titel ikke angivet i kilden]"
    note = {**source, "title": "Status for initiativer"}
    assert common.source_name(note, "da") == "<cite>Status for initiativer</cite> (u.å.)"  # by its title
    cited = {**source, "title": "T", "title_language": "en", "published_in": "Journal", "pages": "275-282"}
    assert common.source_title(cited, "da") == '<cite lang="en">T</cite>. I: Journal, s. 275-282'
    assert common.source_title(cited, "en") == "‘T’, <cite>Journal</cite>, pp. 275–282"
    assert common.source_title({**cited, "pages": "19"}, "en") == "‘T’, <cite>Journal</cite>, p. 19"


def test_the_sites_own_explanation_stands_apart_from_the_definition_and_its_source():
    site = site_with(
        [generated("ordliste", "glossary"), generated("kilder", "sources")],
        terms=[
            term("kl", "KL", "KL", kind="abbreviation", site_explanation={"da": "Forklaring.", "en": "E."})
        ],
    )
    html = glossary.glossary(site, "opslag/ordliste/")
    definition, explanation, source = (
        html.index("Definition af KL."),
        html.index("Sitets forklaring:</span> Forklaring."),
        html.index("Kilde:"),
    )
    assert definition < explanation < source


def test_initiatives_say_whose_status_and_what_cannot_be_read():
    site = site_with(
        [generated("plan", "initiatives")],
        themes=[{"id": "t", "title": {"da": "Tema", "en": "Theme"}}],
        ministries=[
            {"id": "SBM", "name": {"da": "Social- og Boligministeriet", "en": "S"}},
            {"id": "SUM", "site_explanation": {"da": "Kun forkortelsen.", "en": "Only the abbreviation."}},
        ],
        statuses=[{"id": "s", "title": {"da": "Igangværende", "en": "Ongoing"}}],
        initiatives=[
            {
                "id": f"i{n}",
                "number": n,
                "title": {"da": f"Initiativ {n}", "en": f"Initiative {n}"},
                "theme": "t",
                "ministries": [ministry],
                "status": "s",
                "status_text": {"da": "Status.", "en": "Status."},
                "reserve_funded": reserve,
                "description": {"da": "Beskrivelse.", "en": "Description."},
            }
            for n, ministry, reserve in ((1, "SBM", True), (2, "SUM", "unreadable"))
        ],
    )
    html = initiatives.initiatives_page(site, "plan/")
    assert "Status i statusnotatet" in html and "Efter status i statusnotatet" in html
    assert "### 1. Initiativ 1 &#42;" in html and "### 2. Initiativ 2 {#i2}" in html
    assert "Kan ikke læses i notatet" in html
    assert "<dd>Social- og Boligministeriet (<abbr>SBM</abbr>)</dd>" in html
    assert "<dd><abbr>SUM</abbr></dd>" in html and '<option value="SUM">SUM</option>' in html  # no "SUM ()"
    assert "SUM ()" not in html and "Sitets forklaring:</span> Kun forkortelsen." in html
