"""Every jump lands with its target visible: after a link to an anchor the
heading is below every sticky element (the header, the glossary's and the
subject index's letter row), on every page type, at 320, 390 and 1280 px, in
both languages, whichever way the reader got there: a link from another page,
the table of contents, a letter, a term, the term popover's link to the full
entry, a search result. And the letter row marks the letter jumped to."""

from __future__ import annotations

import contextlib
import re
from urllib.parse import unquote

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from search_browser import open_search, search

from browser_support import PAGE_TYPES

HEIGHTS = {320: 640, 390: 844, 1280: 900}
LANGS = ["", "en/"]
LETTER_PAGES = ["opslag/ordliste/", "opslag/stikordsregister/"]
TERM_PAGE = "kerneelementer/spejling/"

# The heading of a target and every visible sticky or fixed element over it.
# Material's back-to-top button is left out: it shows only while the reader
# scrolls up, over the middle of the page, by design.
COVERED_JS = r"""
(id) => {
  const t = document.getElementById(id);
  if (!t) return 'missing';
  const head = t.matches('h1,h2,h3,h4,h5,h6,dt,summary') ? t
    : (t.querySelector('h1,h2,h3,h4,h5,h6,dt,summary,caption') || t);
  const r = head.getBoundingClientRect();
  if (r.top < 0 || r.top >= innerHeight) return `outside the screen (top ${Math.round(r.top)})`;
  const over = [];
  for (const el of document.querySelectorAll('body *')) {
    const position = getComputedStyle(el).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    if (el.matches('.md-top') || el.contains(head)) continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const e = el.getBoundingClientRect();
    if (e.width === 0 || e.height === 0 || e.right <= r.left || e.left >= r.right) continue;
    if (e.bottom > r.top + 1 && e.top < r.bottom - 1) over.push(el.className || el.tagName);
  }
  return over.length ? 'under ' + over.join(', ') : '';
}
"""
SCROLLED_JS = """(id) => { const t = document.getElementById(id);
  return t && t.getBoundingClientRect().top >= 0 && t.getBoundingClientRect().top < innerHeight; }"""
OWN_ANCHORS_JS = """() => [...new Set([...document.querySelectorAll(
    'article a[href^="#"]:not(.headerlink), nav.md-nav--secondary a[href^="#"]')]
  .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
  .filter(id => id && document.getElementById(id)))]"""


def open_at(visit, width: int):
    phone = width < 600
    return visit(viewport={"width": width, "height": HEIGHTS[width]}, is_mobile=phone, has_touch=phone)


def landed(page) -> str:
    """'' when the anchor in the address is visible below the sticky elements."""
    anchor = unquote(page.url.split("#", 1)[1])
    page.wait_for_function("() => document.readyState === 'complete'")
    with contextlib.suppress(PlaywrightTimeout):  # reported below
        # a same-page jump may scroll a moment after the address changes
        page.wait_for_function(SCROLLED_JS, arg=anchor, timeout=5_000)
    page.wait_for_timeout(60)  # the letter row's frame
    problem = page.evaluate(COVERED_JS, anchor)
    return f"{page.url}: {problem}" if problem else ""


def press(page, link, width: int) -> None:
    link.tap() if width < 600 else link.click()


@pytest.mark.parametrize("width", HEIGHTS)
def test_links_from_another_page_land_below_the_sticky_elements(visit, width):
    """Every page type in both languages: a middle and the last anchor that
    the page links to itself (contents, letters, entries): the ones a jump
    scrolls to."""
    v = open_at(visit, width)
    problems, checked = [], 0
    for lang in LANGS:
        for path in PAGE_TYPES.values():
            anchors = v.goto(lang + path).evaluate(OWN_ANCHORS_JS)
            for anchor in {anchors[len(anchors) // 2], anchors[-1]} if anchors else ():
                v.page.goto("about:blank")  # a new document, as from a link on another page
                v.goto(f"{lang}{path}#{anchor}")
                checked += 1
                problems.append(landed(v.page))
    assert checked > 60
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("width", HEIGHTS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_letter_lands_below_the_letter_row_and_is_the_one_marked(visit, width, lang):
    v = open_at(visit, width)
    problems = []
    for path in LETTER_PAGES:
        page = v.goto(lang + path)
        for link in page.locator("nav.kb-letters a").all():
            press(page, link, width)
            problems.append(landed(page))
            marked = page.locator("nav.kb-letters a[aria-current]")
            if marked.count() != 1 or marked.inner_text() != link.inner_text():
                problems.append(f"{path}: {link.inner_text()} tapped, {marked.all_inner_texts()} marked")
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_of_contents_lands_below_the_header(visit, lang):
    v = open_at(visit, 1280)
    problems = []
    for path in (PAGE_TYPES["core element"], PAGE_TYPES["module"], PAGE_TYPES["perspective"]):
        page = v.goto(lang + path)
        links = page.locator("nav.md-nav--secondary a.md-nav__link").filter(visible=True)
        assert links.count() >= 2, path
        for i in reversed(range(links.count())):  # upwards too
            links.nth(i).click()
            problems.append(landed(page))
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("width", HEIGHTS)
def test_a_term_and_its_popover_land_at_the_full_entry(visit, width):
    v = open_at(visit, width)
    problems = []
    for lang in LANGS:
        page = v.goto(lang + TERM_PAGE)
        term = page.locator("article a.kb-term").last
        term.scroll_into_view_if_needed()
        press(page, term, width)
        if width < 600:  # a tap opens the definition; its link leads on
            page.locator("#kb-term-popover a.kb-popover__link").tap()
        page.wait_for_url(re.compile(r"/opslag/ordliste/#"))
        problems.append(landed(page))
        letter = page.locator("nav.kb-letters a[aria-current]").inner_text()
        entry = page.evaluate("() => document.querySelector(':target dfn').textContent")
        if not entry.upper().startswith(letter):
            problems.append(f"{page.url}: the entry {entry!r} is under the letter {letter}")
    assert [p for p in problems if p] == []


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize(
    ("lang", "query"), [("", "SARA"), ("", "sikkerhedsplan revurdering"), ("en/", "stalking")]
)
def test_a_search_result_lands_below_the_sticky_elements(visit, width, lang, query):
    v = open_at(visit, width)
    page = v.goto(lang)
    open_search(page)
    results = search(page, query)
    assert results
    link = page.locator(".md-search-result__item a[href*='#']").first
    link.click()
    page.wait_for_url(re.compile("#"))
    assert landed(page) == ""
