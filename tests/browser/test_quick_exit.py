"""The quick exit ("Forlad siden hurtigt"), in Chromium. The neutral site it
leaves for (extra.quick_exit.url) is answered by a local stub."""

from __future__ import annotations

import re

import pytest

from browser_support import tab_to

EXIT_URL = "https://www.dmi.dk/"
STUB = "<!doctype html><html lang='da'><title>Vejret</title><p>Stub for the neutral site</p></html>"


@pytest.fixture
def exit_visit(visit):
    def open_visit(**options):
        v = visit(**options)
        v.page.route(
            EXIT_URL + "**", lambda route: route.fulfill(status=200, content_type="text/html", body=STUB)
        )
        return v

    return open_visit


def press_shift(page, times: int):
    for _ in range(times):
        page.keyboard.press("Shift")


@pytest.mark.parametrize("path", ["", "kerneelementer/spejling/", "en/moduler/modul-opsporing/"])
def test_the_exit_control_is_visible_on_every_page_type_and_stays_on_screen(exit_visit, path):
    page = exit_visit(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True).goto(path)
    button = page.locator(".kb-exit__button")
    assert button.is_visible()
    page.mouse.wheel(0, 4000)
    page.wait_for_timeout(200)
    box = button.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 844, "the exit control scrolled out of view"
    label = "Leave site" if path.startswith("en/") else "Forlad siden"
    assert button.inner_text().strip() == label
    assert button.get_attribute("href") == EXIT_URL


def test_the_exit_link_works_without_javascript(exit_visit):
    v = exit_visit(java_script_enabled=False)
    page = v.goto("kerneelementer/spejling/")
    page.locator(".kb-exit__button").click()
    page.wait_for_url(EXIT_URL)
    assert page.title() == "Vejret"


def test_three_shift_presses_leave_and_back_does_not_return(exit_visit):
    v = exit_visit()
    page = v.goto("kerneelementer/opsporing/")
    page.goto(v.base_url + "kerneelementer/spejling/")
    page.wait_for_load_state("load")
    press_shift(page, 3)
    page.wait_for_url(EXIT_URL)
    page.go_back()
    page.wait_for_load_state("load")
    # The page that was open when leaving is gone from history: Back lands on the one before.
    assert page.url.endswith("/kerneelementer/opsporing/")
    assert not page.evaluate("document.documentElement.classList.contains('kb-leaving')")
    assert page.locator("h1").is_visible()


def test_shift_together_with_a_letter_does_not_count(exit_visit):
    page = exit_visit().goto("kerneelementer/spejling/")
    for _ in range(4):
        page.keyboard.press("Shift+A")
    press_shift(page, 2)
    page.wait_for_timeout(400)
    assert page.url.endswith("/kerneelementer/spejling/")
    press_shift(page, 1)
    page.wait_for_url(EXIT_URL)


def test_presses_spread_over_more_than_three_seconds_do_not_leave(exit_visit):
    page = exit_visit().goto("kerneelementer/spejling/")
    press_shift(page, 2)
    page.wait_for_timeout(3300)
    press_shift(page, 1)
    page.wait_for_timeout(400)
    assert page.url.endswith("/kerneelementer/spejling/")


def test_the_count_is_announced(exit_visit):
    page = exit_visit().goto("kerneelementer/spejling/")
    status = page.locator("#kb-exit-status")
    assert status.get_attribute("aria-live") == "assertive"
    assert status.get_attribute("role") == "status"
    assert "kb-sr-only" in status.get_attribute("class")
    press_shift(page, 1)
    assert status.inner_text() == "Shift trykket 1 af 3 gange. Tryk igen for at forlade siden."
    press_shift(page, 1)
    assert status.inner_text() == "Shift trykket 2 af 3 gange. Tryk igen for at forlade siden."


# Points the exit at "#left" before quick-exit.js reads it: leaving is then a jump
# within the page, which stays open to be looked at.
KEEP_PAGE_OPEN = """
new MutationObserver(() => document.querySelectorAll('[data-kb-quick-exit]')
  .forEach(a => a.setAttribute('href', '#left'))).observe(document, {childList: true, subtree: true});
"""


def test_leaving_blanks_the_page_and_clears_the_title_at_once(exit_visit):
    v = exit_visit()
    v.page.add_init_script(KEEP_PAGE_OPEN)
    page = v.goto("en/kerneelementer/spejling/")
    assert page.title()
    press_shift(page, 3)
    page.wait_for_function("location.hash === '#left'")
    assert page.evaluate("document.documentElement.classList.contains('kb-leaving')")
    assert page.evaluate("document.title") == ""
    assert page.evaluate("getComputedStyle(document.body).visibility") == "hidden"
    assert page.locator("#kb-exit-status").text_content() == "Leaving this site."


def test_the_hidden_skip_link_at_the_top_leaves_too(exit_visit):
    page = exit_visit().goto("kerneelementer/spejling/")
    tab_to(page, "document.activeElement.classList.contains('kb-exit-skip')", 3, "the quick-exit skip link")
    skip = page.locator(".kb-exit-skip")
    assert skip.is_visible(), "the skip link shows when it has focus"
    page.keyboard.press("Enter")
    page.wait_for_url(EXIT_URL)


def test_hide_your_visit_is_linked_beside_the_exit_and_in_the_footer(exit_visit):
    page = exit_visit().goto("en/kerneelementer/spejling/")
    beside = page.locator(".kb-exit__hide")
    footer = page.locator(".kb-footer-links a", has_text="Hide your visit")
    assert beside.inner_text() == "Hide your visit"
    assert footer.count() == 1
    beside.click()
    page.wait_for_url(re.compile(r"/en/om/skjul-dit-besoeg/$"))
    text = page.locator("article").inner_text()
    assert "does not delete your browsing history" in text.lower() or "not delete" in text.lower()
