"""The site's search in Chromium, as a reader uses it: each language searches
its own index, results open where the words are, the keyboard works, the index
loads only when the reader searches, and no search term is left anywhere."""

from __future__ import annotations

import re

import pytest
from search_browser import PHONE, open_search, search

DESKTOP = {"width": 1280, "height": 900}


def test_the_index_loads_only_when_the_reader_starts_to_search(visit):
    v = visit(viewport=PHONE)
    requested: list[str] = []
    v.page.on("request", lambda r: requested.append(r.url))
    page = v.goto("kerneelementer/spejling/")
    page.wait_for_load_state("networkidle")
    index_files = lambda: [u for u in requested if re.search(r"/search/[^/]+\.json$", u)]  # noqa: E731
    assert index_files() == []
    open_search(page)
    search(page, "spejling")
    fetched = index_files()
    assert any(u.endswith("/search/index.json") and "/en/" not in u for u in fetched)
    assert any(re.search(r"/search/p\d+\.[0-9a-f]+\.json$", u) for u in fetched)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_language_searches_its_own_pages(visit, lang):
    page = visit(viewport=DESKTOP).goto("en/" if lang == "en" else "")
    open_search(page)
    results = search(page, "mirroring" if lang == "en" else "spejling")
    assert results[0].endswith(("/en" if lang == "en" else "") + "/kerneelementer/spejling/")
    assert all(("/en/" in r) == (lang == "en") for r in results)


def test_a_glossary_term_opens_at_its_entry(visit):
    page = visit(viewport=PHONE).goto("")
    open_search(page)
    assert search(page, "SARA")[0].endswith("/opslag/ordliste/#sara-v3")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(re.compile(r"/opslag/ordliste/#sara-v3$"))
    assert page.evaluate(
        "() => { const r = document.getElementById('sara-v3').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }"
    )


def test_sections_of_a_page_are_offered_under_it(visit):
    page = visit(viewport=DESKTOP).goto("")
    open_search(page)
    search(page, "sikkerhedsplan revurdering")
    sections = page.locator(".md-search-result__item").first.locator(".kb-search-result__sections a")
    assert sections.count() >= 1
    assert "#" in sections.first.get_attribute("href")


def test_matched_words_are_marked_in_the_results(visit):
    page = visit(viewport=DESKTOP).goto("")
    open_search(page)
    search(page, "økonomisk")
    marks = page.locator(".md-search-result__item").first.locator("mark").all_inner_texts()
    assert marks and all(m.lower().startswith("økonomisk") for m in marks)


def test_search_by_keyboard_shortcut_arrows_enter_and_escape(visit):
    page = visit(viewport=DESKTOP).goto("moduler/")
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("risikovurdering")
    page.wait_for_function(
        "() => document.querySelector('[data-kb-search]').dataset.kbQuery === 'risikovurdering'"
    )
    page.keyboard.press("ArrowDown")
    first = page.evaluate("() => document.activeElement.href")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.href") != first
    page.keyboard.press("Escape")
    assert page.evaluate("() => !document.getElementById('__search').checked")
    page.keyboard.press("/")
    page.wait_for_function(
        "() => document.querySelector('[data-kb-search]').dataset.kbQuery === 'risikovurdering'"
    )
    first = page.locator(".md-search-result__item a").first.get_attribute("href")
    page.keyboard.press("Enter")  # Enter in the field opens the first result
    page.wait_for_url(first)
    page.wait_for_load_state("load")


def test_no_search_term_is_left_in_the_address_history_or_storage(visit):
    v = visit(viewport=PHONE)
    page = v.goto("")
    start, entries = page.url, page.evaluate("() => history.length")
    open_search(page)
    search(page, "voldtægt")
    assert page.url == start and page.evaluate("() => history.length") == entries  # typing adds no entry
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state("load")
    assert page.url.split("#")[0].endswith("/definitioner/seksuel-vold/")
    assert "?" not in page.url and "volde" not in page.url.lower()
    stored = page.evaluate("() => JSON.stringify([{...localStorage}, {...sessionStorage}, document.cookie])")
    assert "voldt" not in stored.lower()
    page.evaluate("() => history.back()")
    page.wait_for_url(start)
    assert page.locator("input.md-search__input").input_value() == ""  # not even from the back cache
    assert v.context.cookies() == []


def test_without_javascript_there_is_no_search_box_that_does_nothing(visit):
    page = visit(viewport=PHONE, java_script_enabled=False).goto("")
    assert not page.locator(".kb-search-toggle").is_visible()
    assert not page.locator(".md-search__input").is_visible()
