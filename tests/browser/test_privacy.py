"""Privacy and security on every built page, both languages: no request to
any other host, no cookies, no Content-Security-Policy violation, and data
from the YAML files shown as text, never as markup."""

from __future__ import annotations

from search_browser import open_search, search

from site_html import html_pages


def page_paths(site) -> list[str]:
    paths = []
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        if rel == "404.html" or 'http-equiv="refresh"' in page.read_text(encoding="utf-8")[:1000]:
            continue
        paths.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return paths


def test_no_page_requests_another_host_sets_a_cookie_or_breaks_its_policy(built_site, visit):
    v = visit(viewport={"width": 1280, "height": 900})
    paths = page_paths(built_site.site)
    assert len(paths) > 100
    for path in paths:
        v.goto(path, wait_until="load")
    # The search engine and the lazily loaded index run under the policy too.
    for start in ("", "en/"):
        page = v.goto(start)
        open_search(page)
        assert search(page, "vold")
    assert v.foreign == []
    assert v.context.cookies() == []
    violations = [m for m in v.console if "Content Security Policy" in m or "Refused to" in m]
    assert violations == []
    assert v.console == []
