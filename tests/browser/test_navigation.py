"""Glossary tooltips, letter navigation and index links, in Chromium."""

from __future__ import annotations

import re

from browser_support import tab_to

# Material moves a term's title into a tooltip element while it is open.
VISIBLE_TOOLTIPS = """[...document.querySelectorAll('.md-tooltip2--active')]
    .filter(t => getComputedStyle(t).visibility === 'visible')"""
TERM_FOCUSED = "document.activeElement.classList.contains('kb-term')"


def wait_for_tooltip(page, text: str) -> None:
    """Until a visible tooltip shows ``text``."""
    page.wait_for_function(
        f"start => {VISIBLE_TOOLTIPS}.some(t => t.textContent.trim().startsWith(start))",
        arg=text[:40],
        timeout=5000,
    )


def wait_for_no_visible_tooltip(page) -> None:
    page.wait_for_function(f"() => {VISIBLE_TOOLTIPS}.length === 0", timeout=5000)


def first_term(visit):
    """A core element page on a desktop screen, its first marked term and that term's definition."""
    page = visit(viewport={"width": 1280, "height": 900}).goto("kerneelementer/spejling/")
    term = page.locator("article a.kb-term").first
    return page, term, term.get_attribute("title")


def test_a_marked_term_shows_its_definition_on_hover(visit):
    page, term, definition = first_term(visit)
    term.hover()
    wait_for_tooltip(page, definition)


def test_a_marked_term_shows_its_definition_on_keyboard_focus(visit):
    page, _, definition = first_term(visit)
    tab_to(page, TERM_FOCUSED, 200, "a glossary term")
    wait_for_tooltip(page, definition)


def test_escape_closes_a_hover_tooltip_until_the_pointer_leaves_its_term(visit):
    """WCAG 1.4.13: dismissible without moving the pointer."""
    page, term, definition = first_term(visit)
    term.hover()
    wait_for_tooltip(page, definition)
    page.keyboard.press("Escape")
    wait_for_no_visible_tooltip(page)
    box = term.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2)  # still on the term
    page.wait_for_timeout(500)
    wait_for_no_visible_tooltip(page)
    page.mouse.move(0, 0)
    page.wait_for_function("() => !document.querySelector('.md-tooltip2--active')", timeout=5000)
    term.hover()
    wait_for_tooltip(page, definition)


def test_escape_closes_a_focus_tooltip_until_focus_leaves_its_term(visit):
    """WCAG 1.4.13: dismissible without moving the focus."""
    page, _, definition = first_term(visit)
    tab_to(page, TERM_FOCUSED, 200, "a glossary term")
    wait_for_tooltip(page, definition)
    page.keyboard.press("Escape")
    wait_for_no_visible_tooltip(page)
    assert page.evaluate(TERM_FOCUSED)
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    wait_for_tooltip(page, definition)


def test_a_marked_term_leads_to_its_glossary_entry(visit):
    page = visit().goto("kerneelementer/spejling/")
    term = page.locator("article a.kb-term").first
    term_id = term.get_attribute("data-kb-term-ref")
    term.click()
    page.wait_for_url(re.compile(rf"/opslag/ordliste/#{term_id}$"))
    assert page.locator(f"#{term_id}").is_visible()
    assert page.locator(f"#{term_id} dfn").inner_text().strip()


def _in_viewport(page, selector):
    return page.evaluate(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }",
        selector,
    )


def test_glossary_letter_navigation_lands_on_the_letter(visit):
    page = visit(viewport={"width": 1280, "height": 800}).goto("opslag/ordliste/")
    letters = page.locator("nav.kb-letters a")
    assert letters.count() >= 10
    last = letters.last
    target = last.get_attribute("href")
    last.click()
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert _in_viewport(page, target)
    assert page.locator(target).inner_text().strip().startswith(last.inner_text().strip())


def test_subject_index_links_land_on_the_sections_that_mention_the_entry(visit):
    page = visit(viewport={"width": 1280, "height": 800}).goto("opslag/stikordsregister/")
    fold = page.locator("#stikord-spejling details.kb-fold")
    if fold.count():  # more than one page: folded behind their count
        fold.locator("summary").click()
    link = page.locator("#stikord-spejling .kb-locations a[href*='#']").first
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(re.escape("#" + anchor) + "$"))
    assert _in_viewport(page, f"#{anchor}")
    assert page.locator(f"#{anchor}").evaluate("el => /^H[1-6]$/.test(el.tagName)")


def test_navigation_and_next_page_follow_the_content_order(visit):
    page = visit(viewport={"width": 1280, "height": 800}).goto("kerneelementer/koordineret-samarbejde/")
    page.locator(".md-footer__link--next").click()
    page.wait_for_url(re.compile(r"/kerneelementer/relationsopbygning/$"))
    assert page.locator("h1").inner_text().startswith("Relationsopbygning")
