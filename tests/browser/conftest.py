"""Browser tests: the built site served on 127.0.0.1, driven in Debian's
Chromium. Any request to another host is blocked and recorded, so a test
fails if the site reaches for one."""

from __future__ import annotations

import pytest

from browser_support import serve


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def base_url(built_site):
    with serve(built_site.site) as url:
        yield url


class Visit:
    """A browser page that records console errors and foreign requests."""

    def __init__(self, browser, base_url, **context_options):
        self.base_url = base_url
        self.context = browser.new_context(**context_options)
        self.foreign: list[str] = []
        self.console: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on(
            "console",
            lambda m: self.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None,
        )
        self.page.on("pageerror", lambda exc: self.console.append(f"pageerror: {exc}"))

    def _route(self, route):
        url = route.request.url
        if url.startswith((self.base_url, "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def goto(self, path: str, **kwargs):
        self.page.goto(self.base_url + path, **kwargs)
        return self.page

    def close(self):
        # Routing off first: closing a context while a routed request is in flight
        # (a navigation the test did not wait for) can wait forever for its handler.
        self.context.unroute_all(behavior="ignoreErrors")
        self.context.close()


@pytest.fixture
def visit(browser, base_url):
    visits = []

    def open_visit(**context_options) -> Visit:
        v = Visit(browser, base_url, **context_options)
        visits.append(v)
        return v

    yield open_visit
    for v in visits:
        v.close()
