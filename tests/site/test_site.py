"""The real site: strict build, links, anchors, languages, search indexes."""

from __future__ import annotations

import json
import posixpath
from urllib.parse import unquote, urlsplit

import pytest
from site_html import html_pages, parse

pytestmark = pytest.mark.slow


def test_strict_build_is_clean(built_site):
    assert built_site.warnings == []


def _target(site, page_path, url, root_path="/"):
    """The file a URL on page_path points to, and its anchor. Absolute paths
    (the 404 page uses them) are read below the site URL's path."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith(("mailto:", "tel:", "data:", "javascript:")):
        return None, None
    rel = posixpath.relpath(page_path, site).replace("\\", "/")
    base = posixpath.dirname(rel)
    path = unquote(parts.path)
    if path.startswith("/"):
        base, path = "", path[len(root_path):] if path.startswith(root_path) else path.lstrip("/")
    if not path:
        return page_path, parts.fragment
    joined = posixpath.normpath(posixpath.join(base, path))
    target = site / joined
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site.site
    root_path = urlsplit(built_site.site_url).path
    parsed = {}
    broken = []
    for page in html_pages(site):
        for tag, url in parse(page).links:
            target, anchor = _target(site, page, url, root_path)
            if target is None:
                continue
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {tag} {url}: no such file")
                continue
            if anchor and target.suffix == ".html":
                if target not in parsed:
                    parsed[target] = parse(target).ids
                ids = parsed[target]
                if unquote(anchor) not in ids:
                    broken.append(f"{page.relative_to(site)}: {url}: no anchor #{anchor}")
    assert broken == []


def test_danish_pages_say_da_and_english_pages_say_en(built_site):
    site = built_site.site
    wrong = []
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        expected = "en" if rel.startswith("en/") else "da"
        if parse(page).lang != expected:
            wrong.append(rel)
    assert wrong == []


def test_each_language_has_its_own_search_index(built_site):
    site = built_site.site
    danish = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert danish["config"]["lang"] == ["da"] and english["config"]["lang"] == ["en"]
    assert danish["docs"] and english["docs"]
    assert not any(d["location"].startswith("en/") for d in danish["docs"])
    assert all(d["location"].startswith("en/") for d in english["docs"])


def test_no_page_loads_anything_from_another_host(built_site):
    """Scripts, styles, images and fonts come from the site itself (links to
    other sites are fine: following one is the reader's choice)."""
    site = built_site.site
    own_host = urlsplit(built_site.site_url).netloc  # canonical and hreflang links name it
    external = []
    for page in html_pages(site):
        for tag, url in parse(page).links:
            if tag != "a" and urlsplit(url).netloc not in ("", own_host):
                external.append(f"{page.relative_to(site)}: {tag} {url}")
    assert external == []


def test_every_page_has_a_content_security_policy(built_site):
    site = built_site.site
    missing = [p.relative_to(site).as_posix() for p in html_pages(site)
               if 'http-equiv="Content-Security-Policy"' not in p.read_text(encoding="utf-8")]
    assert missing == []
