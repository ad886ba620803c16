from knowledge.outputs.csp import add_policy, inline_script_hashes
from knowledge.outputs.page_output import (
    TOGGLE_FORM_ID,
    drop_alternate_links,
    print_url_attribute,
    valid_toc_label,
    valid_toggles,
    with_copy_link_button,
)


def test_alternate_links_are_dropped_and_nothing_else():
    head = (
        '<head><link rel="canonical" href="https://x/a/">\n      <link rel="alternate" href="/a/" hreflang="da">'
        '\n      <link rel="alternate" href="/en/a/" hreflang="en">\n<link rel="icon" href="i.svg"></head>'
        '<body><a href="/en/a/" hreflang="en">English</a></body>'
    )
    assert drop_alternate_links(head) == (
        '<head><link rel="canonical" href="https://x/a/">\n<link rel="icon" href="i.svg">'
        '</head><body><a href="/en/a/" hreflang="en">English</a></body>'
    )


MATERIAL_TOGGLES = (
    '<body dir="ltr">\n'
    '    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
    '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
    '    <label class="md-overlay" for="__drawer"></label>\n'
    '<input type="text" class="md-search__input" name="query" autocomplete="off" required>'
)


def test_toggles_keep_autocomplete_off_through_a_form_and_stay_in_place():
    out = valid_toggles(MATERIAL_TOGGLES)
    assert out == (
        '<body dir="ltr">\n'
        f'    <form id="{TOGGLE_FORM_ID}" autocomplete="off" hidden></form>'
        f'<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" form="{TOGGLE_FORM_ID}">\n'
        f'    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" form="{TOGGLE_FORM_ID}">\n'
        '    <label class="md-overlay" for="__drawer"></label>\n'
        # a text input may (and should) keep its own autocomplete="off"
        '<input type="text" class="md-search__input" name="query" autocomplete="off" required>'
    )
    assert valid_toggles(out) == out, "applying it twice changes nothing"
    assert valid_toggles("<p>no toggles</p>") == "<p>no toggles</p>"


TOC_TITLE = '<label class="md-nav__title" for="__toc">\n<span class="md-nav__icon md-icon"></span>'


def test_the_contents_title_points_at_its_toggle_only_where_the_toggle_exists():
    # A section's overview page (navigation.indexes) has no __toc checkbox.
    assert valid_toc_label(f"<nav>{TOC_TITLE}</nav>") == (
        '<nav><label class="md-nav__title">\n<span class="md-nav__icon md-icon"></span></nav>'
    )
    with_toggle = f'<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc"><nav>{TOC_TITLE}</nav>'
    assert valid_toc_label(with_toggle) == with_toggle


def test_links_get_their_absolute_address_for_print():
    site = "https://site.dk/vinr/"
    assert print_url_attribute("../b/#c", "kerneelementer/a/", site) == (
        'data-print-url="https://site.dk/vinr/kerneelementer/b/#c" '
    )
    assert (
        print_url_attribute("https://e.dk/?a=1&b=2", "x/", site)
        == 'data-print-url="https://e.dk/?a=1&amp;b=2" '
    )
    assert print_url_attribute("mailto:a@b.dk", "x/", site) == ""
    assert print_url_attribute("#top", "x/", site) == ""


def test_the_scan_adds_print_addresses_to_links():
    from knowledge.content.terms import Matcher
    from knowledge.indexes.scan import scan_html

    html, _ = scan_html(
        '<p><a href="../b/">b</a> <a class="headerlink" href="#x">#</a></p>',
        Matcher({}),
        link_extra=lambda href: print_url_attribute(href, "a/", "https://s.dk/"),
    )
    assert (
        html
        == '<p><a data-print-url="https://s.dk/b/" href="../b/">b</a> <a class="headerlink" href="#x">#</a></p>'
    )


def test_policy_allows_the_pages_own_inline_scripts_by_hash_only():
    html = (
        '<head><meta charset="utf-8"><script>var a=1</script><script src="x.js"></script>'
        '<script id="__config" type="application/json">{}</script></head>'
    )
    hashes = inline_script_hashes(html)
    assert hashes == ["'sha256-WazVQOu5lmXfSreSrMJd1CsaQ4c00fUQpJfBYCuMSIw='"]
    out = add_policy(html)
    assert out.index('http-equiv="Content-Security-Policy"') < out.index("<script>")
    assert "script-src 'self' 'sha256-" in out
    assert "'unsafe-inline'" not in out
    assert "default-src 'self'" in out
    assert "object-src 'none'" in out


def test_published_anchors_leave_out_the_title_and_the_sites_own_ids():
    from knowledge.outputs.urls import anchors_in

    html = (
        '<nav id="n"></nav><article><h1 id="titel">T</h1><div id="formaal"></div><h2 id="i-praksis">x</h2>'
        '<aside><h2 id="kb-related-title">R</h2></aside><caption id="matrix-x-caption"></caption></article>'
    )
    assert anchors_in(html) == ["formaal", "i-praksis"]


def test_manifest_check_names_the_lost_url_and_anchor():
    from knowledge.outputs.urls import Manifest, check, merge

    manifest = Manifest({"a/": ["x", "y"], "b/": [], "c/": ["z"]})
    current = {"a/": ["x"], "d/": ["z"]}
    problems = [str(p) for p in check(manifest, current, {"c/": "d/"}, {"a/": "docs/a.md"})]
    assert problems == [
        "docs/a.md: #y: this published anchor of a/ is gone; keep it on its heading with {#y} "
        "(see EDITING.md, 'Stable links')",
        "urls.json: b/: this published URL is gone; add it to `redirect_from:` of the page that replaces it "
        "(without the language prefix)",
    ]
    assert merge(manifest, {"a/": ["w"], "e/": ["v"]}).pages == {
        "a/": ["w", "x", "y"],
        "b/": [],
        "c/": ["z"],
        "e/": ["v"],
    }


def test_a_redirect_page_keeps_the_anchor_and_works_without_javascript():
    from knowledge.outputs.urls import redirect_page

    html = redirect_page("kerneelementer/gammel/", "kerneelementer/ny/", "Ny", "da")
    assert '<meta http-equiv="refresh" content="0; url=../ny/">' in html
    assert 'location.replace("../ny/" + location.hash);' in html
    assert 'http-equiv="Content-Security-Policy"' in html
    assert '<html lang="da">' in html


def test_the_copy_link_button_follows_the_article_title_where_the_script_is_loaded():
    page = (
        '<h1>Site</h1><article class="md-content__inner"><h1 id="t">Titel &amp; mere</h1><p>Tekst</p></article>'
        '<script src="../assets/javascripts/copy-link.js"></script>'
    )
    assert with_copy_link_button(page, "Kopiér <link>") == page.replace(
        "mere</h1>",
        'mere</h1><button type="button" class="kb-copy-link md-button">Kopiér &lt;link&gt;</button>',
    )
    without_script = '<article><h1 id="t">Titel</h1></article>'
    assert with_copy_link_button(without_script, "Kopiér link") == without_script
