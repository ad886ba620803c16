"""Serving the built site on 127.0.0.1 and driving Debian's Chromium with
Playwright (its own browser download does not work here)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import shutil
import socket
import threading
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
# One page of each type (Danish paths; English under en/), for the accessibility
# tests and the screenshots.
PAGE_TYPES = {
    "front page": "",
    "overview": "kerneelementer/",
    "core element": "kerneelementer/risikovurdering-og-sikkerhedsplan/",
    "module": "moduler/modul-gruppeforloeb/",
    "definition": "definitioner/vold-i-naere-relationer/",
    "definitions with comparison": "definitioner/",
    "form of violence": "definitioner/psykisk-vold/",
    "perspective": "perspektiver/opsporing-for-fagpersoner/",
    "pathway diagram": "indsatsmodellen/borgerforloeb/",
    "glossary": "opslag/ordliste/",
    "subject index": "opslag/stikordsregister/",
    "organisations": "opslag/organisationer/",
    "matrices": "opslag/sammenhaenge/",
    "sources": "opslag/kilder/",
    "initiatives": "handlingsplan/",
    "course pack": "moduler/modul-opsporing/kursusmappe/",
    "data and reuse": "opslag/data-og-genbrug/",
    "accessibility statement": "om/tilgaengelighed/",
    "hide your visit": "om/skjul-dit-besoeg/",
    "what's new": "om/nyt-og-aendret/",
    "time-bound page with its banner": "beredskaber/ansoegningsrunden-2024/",
}

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass

    def send_error(self, code, message=None, explain=None):
        """A missing address gets the site's own 404.html with status 404, as on GitHub Pages."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(_QuietHandler):
    """Serves text files gzip-compressed to clients that accept it, as GitHub
    Pages does, so that measured transfer sizes are the real ones."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (
            "gzip" not in self.headers.get("Accept-Encoding", "")
            or path.suffix not in COMPRESSIBLE
            or not path.is_file()
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(directory: Path, compress: bool = False):
    """Serve ``directory`` in a thread; yields the base URL ('http://127.0.0.1:PORT/')."""
    handler = functools.partial(GzipHandler if compress else _QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def chromium_missing_message() -> str:
    return (
        f"{CHROMIUM} not found: install Debian's Chromium (sudo apt-get install -y chromium); "
        "the browser tests need it. CI installs it in .ci/run."
    )


@contextlib.contextmanager
def launch(**kwargs):
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        raise RuntimeError(chromium_missing_message())
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **kwargs)
        try:
            yield browser
        finally:
            browser.close()


def tab_to(page, condition: str, limit: int, what: str) -> None:
    """Press Tab until the JavaScript ``condition`` (about document.activeElement)
    holds, as a keyboard user would reach an element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return
    raise AssertionError(f"{what} is not reachable with Tab within {limit} presses")


def settle(page, timeout: int = 5_000) -> None:
    """Wait until no CSS transition or animation is running (results fading in,
    a drawer sliding open): a measurement taken mid-transition sees colours
    and positions that no reader sees once the page is still."""
    page.wait_for_function(
        "() => document.getAnimations().every(a => a.playState !== 'running')", timeout=timeout
    )
