from knowledge.csp import add_policy, inline_script_hashes
from knowledge.page_output import add_print_urls, drop_alternate_links
from knowledge.search_index import split_index


def test_alternate_links_are_dropped_and_nothing_else():
    head = ('<link rel="canonical" href="https://x/a/">\n      <link rel="alternate" href="/a/" hreflang="da">'
            '\n      <link rel="alternate" href="/en/a/" hreflang="en">\n<link rel="icon" href="i.svg">')
    assert drop_alternate_links(head) == '<link rel="canonical" href="https://x/a/">\n<link rel="icon" href="i.svg">'


def test_links_in_the_article_get_their_absolute_address_for_print():
    html = ('<nav><a href="../x/">nav</a></nav><article><a href="../b/#c">b</a> <a class="k" href="https://e.dk/">e</a>'
            ' <a href="#top">top</a> <a href="mailto:a@b.dk">m</a></article>')
    out = add_print_urls(html, "kerneelementer/a/", "https://site.dk/vinr/")
    assert '<nav><a href="../x/">nav</a></nav>' in out
    assert '<a data-print-url="https://site.dk/vinr/kerneelementer/b/#c" href="../b/#c">b</a>' in out
    assert '<a class="k" data-print-url="https://e.dk/" href="https://e.dk/">e</a>' in out
    assert '<a href="#top">top</a>' in out and '<a href="mailto:a@b.dk">m</a>' in out
    assert add_print_urls(out, "kerneelementer/a/", "https://site.dk/vinr/") == out


def test_policy_allows_the_pages_own_inline_scripts_by_hash_only():
    html = ('<head><meta charset="utf-8"><script>var a=1</script><script src="x.js"></script>'
            '<script id="__config" type="application/json">{}</script></head>')
    hashes = inline_script_hashes(html)
    assert hashes == ["'sha256-WazVQOu5lmXfSreSrMJd1CsaQ4c00fUQpJfBYCuMSIw='"]
    out = add_policy(html)
    assert out.index('http-equiv="Content-Security-Policy"') < out.index("<script>")
    assert "script-src 'self' 'sha256-" in out and "'unsafe-inline'" not in out
    assert "default-src 'self'" in out and "object-src 'none'" in out


def test_search_index_is_split_by_language():
    merged = {"config": {"lang": ["da", "en"], "separator": "x"},
              "docs": [{"location": "a/"}, {"location": "en/a/"}, {"location": "en/"}, {"location": ""}]}
    split = split_index(merged, ("da", "en"), "da")
    assert split["da"] == {"config": {"lang": ["da"], "separator": "x"}, "docs": [{"location": "a/"}, {"location": ""}]}
    assert [d["location"] for d in split["en"]["docs"]] == ["en/a/", "en/"]
