"""The page-not-found page in both languages, served as GitHub Pages serves it:
one /404.html, with status 404, for every missing address."""

from __future__ import annotations

import pytest


def _open(visit, path: str, first: str = "", **options):
    v = visit(**options)
    if first:
        v.page.goto(v.base_url + first)
    response = v.page.goto(v.base_url + path)
    assert response is not None and response.status == 404
    v.page.wait_for_load_state("load")
    return v, v.page


def test_a_missing_danish_address_gets_the_danish_page(visit):
    v, page = _open(visit, "findes-ikke")
    assert page.evaluate("document.documentElement.lang") == "da"
    assert page.locator("h1").inner_text() == "Siden findes ikke"
    assert page.locator(".kb-exit__button").inner_text().strip() == "Forlad siden"
    assert page.url == v.base_url + "findes-ikke"
    english = page.locator('article p[lang="en"] a')
    assert english.get_attribute("href") == "/en/"
    assert [c for c in v.console if "status of 404" not in c] == [] and v.foreign == [], v.console


def test_a_missing_english_address_gets_the_english_page_at_the_same_address(visit):
    v, page = _open(visit, "en/does-not-exist?x=1#part", first="en/")
    page.wait_for_function("document.documentElement.lang === 'en'")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.title().startswith("Page not found")
    exit_button = page.locator(".kb-exit__button")
    assert exit_button.inner_text().strip() == "Leave site"
    assert page.locator(".kb-exit-skip").inner_text().startswith("Leave this site quickly")
    assert page.locator(".kb-exit__hide").get_attribute("href") == "/en/om/skjul-dit-besoeg/"
    # The reader still sees the address they asked for, and Back does not lead to a detour.
    assert page.url == v.base_url + "en/does-not-exist?x=1#part"
    assert page.locator("article a").first.get_attribute("href") == "/en/"
    danish = page.locator('article p[lang="da"] a')
    assert danish.get_attribute("href") == "/"
    assert [c for c in v.console if "status of 404" not in c] == [] and v.foreign == [], v.console
    page.go_back()
    page.wait_for_url(v.base_url + "en/")


@pytest.mark.parametrize(("path", "lang"), [("findes-ikke", "da"), ("en/does-not-exist", "en")])
def test_the_language_selector_leads_to_the_home_pages(visit, path, lang):
    _, page = _open(visit, path)
    page.wait_for_function(f"document.documentElement.lang === '{lang}'")
    links = page.locator(".md-select__link")
    found = {
        links.nth(i).get_attribute("lang"): links.nth(i).get_attribute("href") for i in range(links.count())
    }
    assert found == {"da": "/", "en": "/en/"}


def test_without_javascript_the_page_names_both_languages(visit):
    _, page = _open(visit, "en/does-not-exist", java_script_enabled=False)
    html = page.content()
    assert '<html lang="da"' in html
    assert '<p lang="en"><a href="/en/">Looking for the English pages?' in html


def test_the_quick_exit_works_from_the_english_page(visit):
    v = visit()
    v.page.route(
        "https://www.dmi.dk/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Vejret</title>"),
    )
    v.page.goto(v.base_url + "en/does-not-exist")
    v.page.wait_for_function("document.documentElement.lang === 'en'")
    for _ in range(3):
        v.page.keyboard.press("Shift")
    v.page.wait_for_url("https://www.dmi.dk/")
