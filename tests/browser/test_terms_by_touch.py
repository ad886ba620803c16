"""Glossary terms by touch, mouse and keyboard, in Chromium: a tap opens the
definition in a small dialog with a link to the full entry; a click or Enter
follows the link; without JavaScript a tap follows the link too."""

from __future__ import annotations

import re

from browser_support import settle, tab_to

PAGE = "kerneelementer/spejling/"
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
POPOVER = "#kb-term-popover"
TERM_FOCUSED = "document.activeElement.classList.contains('kb-term')"


def tap_first_term(visit, path: str = PAGE, **options):
    page = visit(**{**PHONE, **options}).goto(path)
    settle(page)
    term = page.locator("article a.kb-term").first
    term.scroll_into_view_if_needed()
    expected = {
        "href": term.evaluate("a => a.href"),
        "title": term.get_attribute("title"),
        "ref": term.get_attribute("data-kb-term-ref"),
    }
    term.tap()
    return page, term, expected


def popover_open(page) -> bool:
    return page.locator(POPOVER).is_visible()


def test_a_tap_opens_the_definition_with_a_link_to_the_full_entry(visit):
    page, term, expected = tap_first_term(visit)
    page.locator(POPOVER).wait_for(state="visible")
    settle(page)
    assert page.url.endswith("/" + PAGE), "the tap must not follow the link"
    name, definition = expected["title"].split(": ", 1)
    popover = page.locator(POPOVER)
    assert popover.get_attribute("role") == "dialog"
    assert popover.locator(".kb-popover__title").inner_text() == name
    assert popover.locator(".kb-popover__text").inner_text() == definition
    # Named by its title, focus moved into it, the term says it is expanded.
    labelled_by = popover.get_attribute("aria-labelledby")
    assert page.locator(f"#{labelled_by}").inner_text() == name
    assert page.evaluate(f"document.activeElement === document.querySelector('{POPOVER}')")
    assert term.get_attribute("aria-expanded") == "true"
    # Under the term, inside the screen, and not under Material's tooltip.
    box, term_box = popover.bounding_box(), term.bounding_box()
    assert box["y"] >= term_box["y"] + term_box["height"] - 1 or box["y"] + box["height"] <= term_box["y"] + 1
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    visible_tooltips = page.evaluate(
        "[...document.querySelectorAll('.md-tooltip2')].filter(t => t.checkVisibility()).length"
    )
    assert visible_tooltips == 0
    # The link leads to the full entry.
    link = popover.locator("a.kb-popover__link")
    assert link.evaluate("a => a.href") == expected["href"]
    link.tap()
    page.wait_for_url(re.compile(rf"/opslag/ordliste/#{expected['ref']}$"))
    assert page.locator(f"#{expected['ref']} dfn").is_visible()


def test_a_second_tap_on_the_term_closes_the_definition(visit):
    page, term, _ = tap_first_term(visit)
    page.locator(POPOVER).wait_for(state="visible")
    term.tap()
    page.locator(POPOVER).wait_for(state="hidden")
    assert page.url.endswith("/" + PAGE)
    assert term.get_attribute("aria-expanded") is None


def test_a_tap_outside_closes_the_definition(visit):
    page, _, _ = tap_first_term(visit)
    page.locator(POPOVER).wait_for(state="visible")
    page.locator("article h1").tap()
    page.locator(POPOVER).wait_for(state="hidden")


def test_escape_and_the_close_button_close_the_definition_and_return_focus(visit):
    page, _, _ = tap_first_term(visit)
    page.locator(POPOVER).wait_for(state="visible")
    page.keyboard.press("Escape")
    page.locator(POPOVER).wait_for(state="hidden")
    assert page.evaluate(TERM_FOCUSED)
    term = page.locator("article a.kb-term").first
    term.tap()
    page.locator(POPOVER).wait_for(state="visible")
    page.locator(f"{POPOVER} .kb-popover__close").tap()
    page.locator(POPOVER).wait_for(state="hidden")
    assert page.evaluate(TERM_FOCUSED)


def test_the_close_button_and_the_link_are_large_enough_to_tap(visit):
    page, _, _ = tap_first_term(visit)
    page.locator(POPOVER).wait_for(state="visible")
    for selector in (".kb-popover__close", ".kb-popover__link"):
        box = page.locator(f"{POPOVER} {selector}").bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, (selector, box)


def test_a_tap_without_javascript_follows_the_link(visit):
    page = visit(**PHONE, java_script_enabled=False).goto(PAGE)  # no evaluate() without JavaScript
    term = page.locator("article a.kb-term").first
    ref = term.get_attribute("data-kb-term-ref")
    term.tap()
    page.wait_for_url(re.compile(rf"/opslag/ordliste/#{ref}$"))


def test_a_mouse_click_follows_the_link_and_opens_no_dialog(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto(PAGE)
    term = page.locator("article a.kb-term").first
    ref = term.get_attribute("data-kb-term-ref")
    term.hover()
    page.locator(".md-tooltip2--active").first.wait_for()
    assert not popover_open(page)
    term.click()
    page.wait_for_url(re.compile(rf"/opslag/ordliste/#{ref}$"))


def test_enter_on_a_focused_term_follows_the_link_and_opens_no_dialog(visit):
    page = visit(viewport={"width": 1280, "height": 900}).goto(PAGE)
    tab_to(page, TERM_FOCUSED, 200, "a glossary term")
    ref = page.evaluate("document.activeElement.getAttribute('data-kb-term-ref')")
    page.locator(".md-tooltip2--active").first.wait_for()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/opslag/ordliste/#{ref}$"))


def test_a_tap_on_a_phone_in_english_opens_the_english_definition(visit):
    page, _, expected = tap_first_term(visit, path="en/" + PAGE)
    page.locator(POPOVER).wait_for(state="visible")
    assert page.locator(f"{POPOVER} .kb-popover__close").inner_text() == "Close"
    assert page.locator(f"{POPOVER} .kb-popover__link").inner_text() == "Full entry in the glossary"
    assert page.locator(f"{POPOVER} .kb-popover__text").inner_text() == expected["title"].split(": ", 1)[1]
