"""Reading the built site: pages, their text, links and anchors."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


class PageParser(HTMLParser):
    """Ids, links and the visible text of the article (without the generated boxes)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.lang = ""
        self.article_text: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, article, skip)
        self._in_article = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) is not None:
                self.links.append((tag, attrs[key]))
        if tag in ("br", "img", "input", "meta", "link", "hr", "source", "wbr"):
            return
        article = tag == "article"
        classes = attrs.get("class") or ""
        # Not the page's own text: generated boxes, icons, permalinks, the "last updated" date.
        skip = (
            "data-kb-skip" in attrs
            or tag in ("script", "style", "svg")
            or "headerlink" in classes
            or "md-source-file" in classes
        )
        self._stack.append((tag, article, skip))
        self._in_article += article
        self._skip += skip

    def handle_endtag(self, tag):
        while self._stack:
            name, article, skip = self._stack.pop()
            self._in_article -= article
            self._skip -= skip
            if name == tag:
                break

    def handle_data(self, data):
        if self._in_article and not self._skip:
            self.article_text.append(data)


def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html"))


def article_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(parse(path).article_text)).strip()
