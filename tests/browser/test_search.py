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


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_without_javascript_the_search_leads_to_the_subject_index_and_the_glossary(visit, lang, viewport):
    prefix = "" if lang == "da" else "en/"
    page = visit(viewport=viewport, java_script_enabled=False).goto(prefix + "kerneelementer/spejling/")
    assert not page.locator(".md-search__input").is_visible()  # no box that does nothing
    control = page.locator(".kb-search-no-script summary")
    assert control.is_visible()
    control.click()
    links = page.locator(".kb-search-no-script__panel a")
    assert links.count() == 2 and all(links.nth(i).is_visible() for i in range(2))
    width = page.evaluate("() => innerWidth")
    box = page.locator(".kb-search-no-script__panel").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width  # inside the screen
    assert links.nth(1).inner_text() == ("Ordliste A-Å" if lang == "da" else "Glossary A-Z")
    links.nth(0).click()
    page.wait_for_url(re.compile(rf"/{prefix}opslag/stikordsregister/$"))
    page.go_back()
    page.locator(".kb-search-no-script summary").click()
    page.locator(".kb-search-no-script__panel a").nth(1).click()
    page.wait_for_url(re.compile(rf"/{prefix}opslag/ordliste/$"))


def test_every_result_can_be_reached_on_a_phone(visit):
    page = visit(viewport=PHONE).goto("")
    open_search(page)
    first = search(page, "vold")
    status = page.locator(".md-search-result__meta")
    shown = re.search(r"af (\d+)", status.inner_text())
    assert shown, status.inner_text()
    total = int(shown.group(1))
    assert len(first) == 10 < total
    more = page.locator(".kb-search-more")
    while more.is_visible():
        before = page.locator(".md-search-result__item").count()
        more.click()
        page.wait_for_function(
            f"() => document.querySelectorAll('.md-search-result__item').length > {before}"
        )
    links = page.evaluate(
        "() => [...document.querySelectorAll('.md-search-result__item')].map(li => li.querySelector('a').href)"
    )
    assert len(links) == len(set(links)) == total
    assert links[:10] == first
    assert status.inner_text() == f"{total} resultater"


def test_the_answer_shows_the_definition_without_pushing_the_page_down(visit):
    page = visit(viewport=PHONE).goto("")
    open_search(page)
    results = search(page, "kæreste vold")
    assert not results[0].endswith("/opslag/ordliste/#kaerestevold")  # something titled with it comes first
    answer = page.locator(".kb-search-answer a")
    assert answer.get_attribute("href").endswith("/opslag/ordliste/#kaerestevold")
    assert "kærestevold" in answer.inner_text().lower()
    top = page.locator(".md-search-result__item").first.bounding_box()
    assert top and top["y"] + 40 < 844  # the first result is on the phone's first screen too
    answer.click()
    page.wait_for_url(re.compile(r"/opslag/ordliste/#kaerestevold$"))


def test_the_index_starts_loading_when_the_search_opens(visit):
    v = visit(viewport=PHONE)
    requested: list[str] = []
    v.page.on("request", lambda r: requested.append(r.url))
    page = v.goto("kerneelementer/spejling/")
    page.wait_for_load_state("networkidle")
    open_search(page)  # nothing typed yet
    page.wait_for_function("() => true")
    page.wait_for_timeout(300)
    assert any(u.endswith("/search/index.json") for u in requested)
