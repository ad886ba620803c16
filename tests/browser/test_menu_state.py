"""Material's menu and search are checkboxes. A browser restores a checkbox's
state when the reader goes back to a page, which would reopen them; the
toggles opt out validly (knowledge/outputs/page_output.py: valid_toggles)."""

from __future__ import annotations

CHECKED = "[document.getElementById('__drawer').checked, document.getElementById('__search').checked]"


def test_menu_and_search_are_closed_when_the_reader_comes_back(visit):
    v = visit(viewport={"width": 390, "height": 844})
    page = v.goto("om/")
    page.locator("label[for='__drawer'] > button").click()
    page.wait_for_function("document.getElementById('__drawer').checked")
    page.evaluate("document.getElementById('__search').checked = true")
    assert page.evaluate(CHECKED) == [True, True]

    v.goto("definitioner/")
    page.go_back()
    page.wait_for_url("**/om/")
    assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "back_forward"
    assert page.evaluate(CHECKED) == [False, False]
    assert not v.console, v.console
