"""The English edition and search, in Chromium: the language switcher keeps
the page, each language searches its own index with its own stemming."""

from __future__ import annotations

import re


def search(page, query: str) -> list[str]:
    """Type a query into Material's search and return the result links (paths)."""
    page.locator("input[data-md-component='search-query']").click()
    page.keyboard.type(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    hrefs = page.locator(".md-search-result__item > a").evaluate_all(
        "els => els.map(e => new URL(e.href).pathname)"
    )
    return list(dict.fromkeys(hrefs))


def switch_language(page, target: str):
    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang='{target}']").click()


def test_language_switch_lands_on_the_same_core_element(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto("kerneelementer/spejling/")
    switch_language(page, "en")
    page.wait_for_url(re.compile(r"/en/kerneelementer/spejling/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().startswith("Mirroring")
    switch_language(page, "da")
    page.wait_for_url(re.compile(r"/kerneelementer/spejling/$"))
    assert page.locator("html").get_attribute("lang") == "da"


def test_english_search_finds_the_core_element_in_english_only(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto("en/kerneelementer/opsporing/")
    results = search(page, "mirroring")
    assert results[0].endswith("/en/kerneelementer/spejling/")
    assert all("/en/" in r for r in results)


def test_english_search_stems_english_words(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto("en/")
    assert any(
        r.endswith("/en/kerneelementer/risikovurdering-og-sikkerhedsplan/")
        for r in search(page, "safety plans")
    )


def test_danish_search_finds_inflected_forms(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto("")
    results = search(page, "sikkerhedsplaner")
    assert results[0].endswith("/kerneelementer/risikovurdering-og-sikkerhedsplan/")
    assert not any("/en/" in r for r in results)


def test_danish_search_finds_the_target_group(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto("")
    assert any(r.endswith("/indsatsmodellen/maalgruppe/") for r in search(page, "voldsudsatte"))


def test_danish_search_finds_glossary_terms(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto("")
    assert any(r.endswith("/opslag/ordliste/") for r in search(page, "SARA-V3"))


def test_search_index_is_loaded_only_when_the_reader_searches(visit):
    v = visit(viewport={"width": 1280, "height": 900})
    requested = []
    v.page.on("request", lambda r: requested.append(r.url))
    page = v.goto("kerneelementer/spejling/")
    page.wait_for_load_state("networkidle")
    assert not any("search_index.json" in u for u in requested)
    search(page, "spejling")
    assert any(u.endswith("/search/search_index.json") and "/en/" not in u for u in requested)
