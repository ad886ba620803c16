"""The English edition in Chromium: the language switcher keeps the page.
(Search in both languages: tests/browser/test_search.py and test_search_quality.py.)"""

from __future__ import annotations

import re


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
