"""Typing queries into the site's real search box in Chromium and reading the
results as a reader sees them (phone width by default).

Works for the site's own search and for Material's built-in search (the
baseline): both render Material's result markup, one `li.md-search-result__item`
per result with its main link first. The site's own search marks the results
container with `data-kb-query` once it has rendered a query, so the runner
waits for exactly that; for other engines it waits until the list is stable.
"""

from __future__ import annotations

import time

from search_quality import Query, site_path

PHONE = {"width": 390, "height": 844}
RESULT_LINKS = (
    "() => [...document.querySelectorAll('.md-search-result__item')].map(li => li.querySelector('a').href)"
)


def open_search(page) -> None:
    """Open the search the way a reader on a phone does: the magnifier in the header."""
    toggle = page.locator(".md-header__button[for='__search']").first
    if toggle.is_visible() and not page.evaluate("() => document.getElementById('__search').checked"):
        toggle.click()  # phone: the magnifier opens the search overlay
    page.locator("input.md-search__input").click()


def _wait_stable(page, timeout: float = 5.0, quiet: float = 0.35) -> None:
    end = time.monotonic() + timeout
    last, since = None, time.monotonic()
    while time.monotonic() < end:
        now = page.evaluate(RESULT_LINKS), page.locator(".md-search-result__meta").inner_text()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        page.wait_for_timeout(50)


def search(page, text: str) -> list[str]:
    """Type ``text`` into the open search box (replacing what was there) and
    return the result links in order."""
    box = page.locator("input.md-search__input")
    # All but the last character at once, the last as a real keystroke: the
    # engine answers every keystroke, and typing each letter of 227 queries
    # would only measure the machine.
    box.fill(text[:-1])
    box.press_sequentially(text[-1:])
    if page.evaluate("() => !!document.querySelector('[data-kb-search]')"):
        page.wait_for_function(
            "q => document.querySelector('[data-kb-search]').dataset.kbQuery === q", arg=text, timeout=10_000
        )
    else:
        _wait_stable(page)
    return page.evaluate(RESULT_LINKS)


ANSWER_LINK = "() => { const a = document.querySelector('.kb-search-answer:not([hidden]) a'); return a ? a.href : null; }"


def runner(page, lang: str):
    """A function Query -> (result paths, the answer's path or None), for search_quality.evaluate."""

    def run(query: Query) -> tuple[list[str], str | None]:
        results = [site_path(url, lang) for url in search(page, query.text)]
        answer = page.evaluate(ANSWER_LINK)
        return results, site_path(answer, lang) if answer else None

    return run
