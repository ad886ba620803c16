"""The quick exit ("Forlad siden hurtigt"), in Chromium. The neutral site it
leaves for (extra.quick_exit.url) is answered by a local stub."""

from __future__ import annotations

import re

import pytest

from browser_support import settle, tab_to

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


PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
# Pages with the most links, in both languages, and a page of running text.
SAMPLE_PAGES = [
    "",
    "handlingsplan/",
    "opslag/ordliste/",
    "kerneelementer/spejling/",
    "en/handlingsplan/",
    "en/opslag/ordliste/",
]

# The interactive elements whose visible part overlaps an exit control, at the
# current scroll position. Content that has scrolled under the (opaque, sticky)
# header is not visible there, so the part of it above the header's lower edge
# does not count; the header's own controls and the search (which live in the
# header) count in full.
OVERLAPS = """() => {
  // The exit controls as the reader sees them: visible and on top (the in-flow
  // "hide your visit" link may itself be under the open search or menu).
  const onTop = e => { const b = e.getBoundingClientRect(), hit = document.elementFromPoint(
    b.left + b.width / 2, b.top + b.height / 2); return !!hit && e.contains(hit); };
  const exits = [...document.querySelectorAll('.kb-exit__button, .kb-exit__hide')]
    .filter(e => e.checkVisibility({opacityProperty: true, visibilityProperty: true}) && onTop(e));
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const vw = document.documentElement.clientWidth, vh = window.innerHeight;
  const interactive = 'a[href], button, input:not([type=hidden]), select, textarea, summary, ' +
    'label[for], [tabindex]:not([tabindex="-1"])';
  // The boxes that clip an element: its ancestors that hide their overflow (the
  // root's and the body's overflow belong to the viewport, clipped below).
  const clips = el => {
    const boxes = [];
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') boxes.push(a.getBoundingClientRect());
    }
    return boxes;
  };
  const found = [];
  for (const el of document.querySelectorAll(interactive)) {
    if (el.matches('.md-overlay, .md-search__overlay')) continue;  // full-screen backdrops, not targets
    if (exits.some(x => x === el || x.contains(el) || el.contains(x))) continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const inHeader = !!el.closest('.md-header');
    const boxes = clips(el);
    for (const r of el.getClientRects()) {
      let top = Math.max(r.top, 0, inHeader ? 0 : header.bottom), bottom = Math.min(r.bottom, vh);
      let left = Math.max(r.left, 0), right = Math.min(r.right, vw);
      for (const c of boxes) {
        top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom);
        left = Math.max(left, c.left); right = Math.min(right, c.right);
      }
      if (bottom <= top || right <= left) continue;
      for (const x of exits) {
        const b = x.getBoundingClientRect();
        if (left < b.right && right > b.left && top < b.bottom && bottom > b.top) {
          found.push(`${el.tagName}.${el.className} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`
                     + ` under ${x.className} at y=${Math.round(window.scrollY)}`);
        }
      }
    }
  }
  // The exit button itself is on top: nothing covers it.
  if (!onTop(document.querySelector('.kb-exit__button'))) found.push('the exit button is covered');
  return found;
}"""


def overlaps_while_scrolling(page, scroller: str = "document.scrollingElement") -> list[str]:
    """Scroll ``scroller`` down and up again in steps of half a screen; the
    overlaps met on the way."""
    found: list[str] = []
    height = page.evaluate(f"({scroller}).scrollHeight - ({scroller}).clientHeight")
    step = page.evaluate("window.innerHeight") // 2
    positions = [*range(0, height + step, step)]
    for y in [*positions, *reversed(positions[:-1:3])]:  # back up in bigger steps (Material's top button)
        page.evaluate(f"y => ({scroller}).scrollTo(0, y)", min(y, height))
        settle(page)
        found += page.evaluate(OVERLAPS)
    return found


@pytest.mark.parametrize("path", SAMPLE_PAGES)
def test_no_link_or_control_is_ever_under_the_exit_controls_on_a_phone(exit_visit, path):
    page = exit_visit(**PHONE).goto(path)
    settle(page)
    assert overlaps_while_scrolling(page) == []


def test_search_results_on_a_phone_are_never_under_the_exit(exit_visit):
    page = exit_visit(**PHONE).goto("")
    page.locator("label[for='__search'] > button").click()
    page.keyboard.type("vold")
    page.locator(".md-search-result__item").first.wait_for()
    settle(page)
    assert page.locator(".kb-exit__button").is_visible()
    assert overlaps_while_scrolling(page, "document.querySelector('.md-search__scrollwrap')") == []


def test_the_exit_stays_on_top_of_the_open_menu_on_a_phone(exit_visit):
    page = exit_visit(**PHONE).goto("moduler/")
    page.locator("label[for='__drawer'] > button").click()
    page.wait_for_function("document.getElementById('__drawer').checked")
    settle(page)
    assert page.evaluate(OVERLAPS) == []


@pytest.mark.parametrize("path", ["", "en/moduler/modul-opsporing/"])
@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_exit_controls_are_large_enough_and_the_exit_stays_on_screen(exit_visit, path, width):
    v = exit_visit(viewport={"width": width, "height": 800}, has_touch=width < 1000)
    page = v.goto(path)
    settle(page)
    button = page.locator(".kb-exit__button")
    hide = page.locator(".kb-exit__hide")
    label = "Leave site" if path.startswith("en/") else "Forlad siden"
    assert button.inner_text().strip() == label
    assert button.get_attribute("href") == EXIT_URL
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box  # WCAG 2.5.5 (AAA) size, as the issue asks
    hide_box = hide.bounding_box()
    assert hide_box["height"] >= 24 and hide_box["width"] >= 24, hide_box  # WCAG 2.5.8
    page.mouse.wheel(0, 4000)
    page.wait_for_function("() => window.scrollY > 0")
    settle(page)
    box = button.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 800, "the exit control scrolled out of view"
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert page.evaluate(OVERLAPS) == []


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


def test_a_tap_on_the_exit_in_the_header_leaves_without_a_back_entry(exit_visit):
    v = exit_visit(**PHONE)
    page = v.goto("kerneelementer/opsporing/")
    page.goto(v.base_url + "handlingsplan/")
    page.mouse.wheel(0, 3000)  # anywhere on the page: the button stays in the header
    settle(page)
    page.locator(".kb-exit__button").tap()
    page.wait_for_url(EXIT_URL)
    page.go_back()
    page.wait_for_load_state("load")
    assert page.url.endswith("/kerneelementer/opsporing/")


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
