"""WCAG 2.1 AA with axe-core (from npm, injected into Chromium) on every page
type, both languages, phone and desktop (WCAG 2.2 AA rules included); and
keyboard use with visible focus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from search_browser import open_search, search

from browser_support import PAGE_TYPES, settle, tab_to

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def axe_violations(page) -> list[str]:
    assert AXE.exists(), "axe-core is missing: run `npm ci` (make test does)"
    settle(page)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_page_type_has_no_axe_violations(visit, lang, viewport):
    v = visit(viewport=VIEWPORTS[viewport], bypass_csp=True)  # axe is injected inline
    found = {}
    for name, path in PAGE_TYPES.items():
        page = v.goto(("en/" if lang == "en" else "") + path)
        violations = axe_violations(page)
        if violations:
            found[name] = violations
    assert found == {}, json.dumps(found, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_search_with_results_open_has_no_axe_violations(visit, lang):
    v = visit(viewport=VIEWPORTS["desktop"], bypass_csp=True)
    page = v.goto("en/" if lang == "en" else "")
    open_search(page)
    search(page, "vold")
    assert axe_violations(page) == []


FOCUS_STYLE = """() => {
  const el = document.activeElement, s = getComputedStyle(el), r = el.getBoundingClientRect();
  return {tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
          shadow: s.boxShadow !== 'none', visible: r.width > 0 && r.height > 0};
}"""


@pytest.mark.parametrize("path", ["kerneelementer/spejling/", "en/opslag/ordliste/"])
def test_keyboard_focus_is_always_visible(visit, path):
    page = visit(viewport=VIEWPORTS["desktop"]).goto(path)
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STYLE)
        if state["tag"] == "BODY":
            continue
        seen.append(state)
        assert state["visible"], state
        assert state["outline"] or state["shadow"], f"no visible focus on {state}"
    assert len(seen) >= 40


def test_search_works_by_keyboard_alone_on_a_phone(visit):
    page = visit(viewport=VIEWPORTS["phone"]).goto("moduler/")
    page.keyboard.press("/")  # the shortcut opens search
    page.keyboard.type("spejling")
    page.wait_for_function("() => document.querySelector('[data-kb-search]').dataset.kbQuery === 'spejling'")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/kerneelementer/spejling/"))
    assert page.locator("h1").inner_text().startswith("Spejling")


def test_the_navigation_menu_opens_and_is_followed_by_keyboard_on_a_phone(visit):
    page = visit(viewport=VIEWPORTS["phone"]).goto("moduler/")
    menu = page.locator("label[for='__drawer'] > button")
    assert menu.is_visible()
    assert menu.get_attribute("aria-label") == "Menu"
    assert menu.get_attribute("aria-expanded") == "false"
    tab_to(
        page, "document.activeElement.parentElement.getAttribute('for') === '__drawer'", 15, "the menu button"
    )
    page.keyboard.press("Enter")
    page.wait_for_function("document.getElementById('__drawer').checked")
    assert menu.get_attribute("aria-expanded") == "true"
    link = page.locator(".md-nav--primary a.md-nav__link[href$='kerneelementer/']").first
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/kerneelementer/$"))


def test_tables_are_real_tables_with_headers(visit):
    v = visit()
    for path in ("opslag/sammenhaenge/", "definitioner/", "en/opslag/sammenhaenge/"):
        page = v.goto(path)
        tables = page.locator("article table")
        assert tables.count() >= 1, path
        for i in range(tables.count()):
            table = tables.nth(i)
            assert table.locator("thead th[scope=col]").count() >= 2, path
            rows = table.locator("tbody tr")
            assert rows.count() == table.locator("tbody tr > th[scope=row]").count(), path


def test_mixed_language_passages_carry_their_language(visit):
    v = visit()
    page = v.goto("en/definitioner/vold-i-naere-relationer/")
    danish = page.locator("article blockquote [lang=da]").first
    assert "Vold er en handling eller trussel" in danish.inner_text()
    page = v.goto("en/opslag/ordliste/")
    assert page.locator("#spejling .kb-other-language [lang=da]").inner_text() == "spejling"
    page = v.goto("opslag/ordliste/")
    assert page.locator("#spejling .kb-other-language [lang=en]").inner_text() == "mirroring"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_open_navigation_drawer_on_a_phone_has_no_axe_violations(visit, lang):
    page = visit(viewport=VIEWPORTS["phone"], bypass_csp=True).goto(
        ("en/" if lang == "en" else "") + "moduler/"
    )
    page.locator("label[for='__drawer'] > button").click()
    page.wait_for_function("document.getElementById('__drawer').checked")
    page.wait_for_timeout(300)
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_page_type_reflows_at_320_css_pixels(visit, lang):
    """WCAG 1.4.10: no horizontal scrolling of the page at 320 px (wide tables
    scroll inside their own box, which the criterion allows), and no heading
    wider than its column (long Danish compounds break)."""
    v = visit(viewport={"width": 320, "height": 640})
    found = {}
    for name, path in PAGE_TYPES.items():
        page = v.goto(("en/" if lang == "en" else "") + path)
        overflow = page.evaluate("""() => {
            const root = document.documentElement;
            const wide = [...document.querySelectorAll('.md-typeset h1, .md-typeset h2, .md-typeset h3')]
                .filter(h => h.scrollWidth > h.clientWidth + 1).map(h => h.textContent.trim());
            return {page: root.scrollWidth - root.clientWidth, headings: wide};
        }""")
        if overflow["page"] > 0 or overflow["headings"]:
            found[name] = overflow
    assert found == {}, found


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_phone_controls_in_use_have_no_axe_violations(visit, lang):
    """The states the page types above do not show: a term's definition opened
    by a tap, the initiative filters in use with a group and a card opened, the
    glossary's letters stuck under the header with a 'used on' list open."""
    prefix = "en/" if lang == "en" else ""
    v = visit(viewport=VIEWPORTS["phone"], has_touch=True, bypass_csp=True)
    page = v.goto(prefix + "kerneelementer/spejling/")
    page.locator("article a.kb-term").first.tap()
    page.locator("#kb-term-popover").wait_for(state="visible")
    assert axe_violations(page) == []

    page = v.goto(prefix + "handlingsplan/")
    page.locator("form.kb-filter").wait_for(state="visible")
    page.locator("#efter-status + .kb-groups summary").first.tap()  # hidden once a filter is chosen
    page.locator("details.kb-page-contents summary").tap()
    assert axe_violations(page) == []
    page.locator("select[data-kb-filter='status']").select_option("gennemfoert")
    page.locator(".kb-initiative:not([hidden]) details summary").first.tap()
    assert axe_violations(page) == []
    # A choice with no match: the box that says so and offers to widen it.
    page.locator("select[data-kb-filter='theme']").select_option(index=1)
    page.locator("select[data-kb-filter='status']").select_option("delvist-gennemfoert")
    page.locator("[data-kb-filter-empty]").wait_for(state="visible")
    assert axe_violations(page) == []

    page = v.goto(prefix + "opslag/ordliste/")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 3)")
    page.locator("details.kb-used-by summary").first.tap()
    assert axe_violations(page) == []
