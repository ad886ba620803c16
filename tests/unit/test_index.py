import pytest

from fixtures import core_element, data, module, page
from knowledge.content.index import build_site, localize, relative_url, resolve_href
from knowledge.content.load import expected_id, page_url, split_language


@pytest.mark.parametrize(
    ("target", "source", "expected"),
    [
        ("opslag/ordliste/", "kerneelementer/opsporing/", "../../opslag/ordliste/"),
        ("", "a/b/", "../../"),
        ("a/b/#x", "a/b/", "#x"),
        ("a/", "", "a/"),
        ("en/a/", "en/", "a/"),
        ("a/c/#y", "a/b/", "../c/#y"),
    ],
)
def test_relative_url(target, source, expected):
    assert relative_url(target, source) == expected


@pytest.mark.parametrize(
    ("href", "source", "expected"),
    [
        ("../opsporing/#formaal", "kerneelementer/spejling/", ("kerneelementer/opsporing/", "formaal")),
        ("../../", "a/b/", ("", "")),
        ("https://example.org/", "a/", None),
        ("mailto:x@y.dk", "a/", None),
        ("#local", "a/", None),
        ("../assets/x.pdf", "a/b/", ("a/assets/x.pdf", "")),
    ],
)
def test_resolve_href(href, source, expected):
    assert resolve_href(href, source) == expected


def test_paths_urls_and_ids():
    assert split_language("a/b.en.md") == ("en", "a/b.md")
    assert split_language("a/b.md") == ("da", "a/b.md")
    assert page_url("index.md", "da") == ""
    assert page_url("index.md", "en") == "en/"
    assert page_url("a/index.md", "en") == "en/a/"
    assert page_url("a/b.md", "da") == "a/b/"
    assert expected_id("index.md") == "forside"
    assert expected_id("kerneelementer/index.md") == "kerneelementer"
    assert expected_id("kerneelementer/spejling.md") == "spejling"


def test_english_pages_take_translated_fields_and_fall_back_to_danish():
    da = core_element("a", title="Dansk titel")
    en = page("kerneelementer/a.en.md", title="English title", summary="English.", purpose="P.")
    other = core_element("b", title="Kun dansk")
    pages = {p.id: p for p in localize([da, en, other], "en")}
    assert pages["a"].title == "English title"
    assert pages["a"].meta["role"] == "matured"
    assert pages["a"].url == "en/kerneelementer/a/"
    assert pages["a"].path == "kerneelementer/a.en.md"
    assert pages["b"].title == "Kun dansk"
    assert pages["b"].path == "kerneelementer/b.md"


def test_relations_are_indexed_both_ways_once():
    pages = [
        core_element("a", order=2),
        core_element("b", order=1, connects_to=["a"]),
        module("m", ["a", "b"]),
    ]
    site = build_site(pages, data(), "da")
    assert [p.id for p in site.of_type("core-element")] == ["b", "a"]
    assert sorted(site.incoming["a"]) == [("b", "connects_to"), ("m", "builds")]
    assert [p.id for p in site.referrers("a", "builds")] == ["m"]
    assert site.by_url["moduler/m/"].id == "m"
    assert [p.id for p in site.folders["kerneelementer"]] == ["b", "a"]
