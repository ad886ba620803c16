"""The real site: strict build, links, anchors, languages, search indexes."""

from __future__ import annotations

import json
import posixpath
import re
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
        base, path = "", path[len(root_path) :] if path.startswith(root_path) else path.lstrip("/")
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
    """Each language root has its own index, whose documents are that language's pages only."""
    site = built_site.site
    for lang, folder in (("da", site / "search"), ("en", site / "en" / "search")):
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        assert index["lang"] == lang
        urls = [
            row[0]
            for name in index["documentShards"]["files"]
            for row in json.loads((folder / name).read_text(encoding="utf-8"))
        ]
        assert len(urls) == index["documents"] > 100
        assert all(u.startswith("en/") == (lang == "en") for u in urls), lang


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
    missing = [
        p.relative_to(site).as_posix()
        for p in html_pages(site)
        if 'http-equiv="Content-Security-Policy"' not in p.read_text(encoding="utf-8")
    ]
    assert missing == []


def _content_pages(site):
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        if (
            rel == "404.html"
            or rel.startswith("en/")
            or 'http-equiv="refresh"' in page.read_text(encoding="utf-8")[:1000]
        ):
            continue
        yield rel


def test_every_danish_page_has_an_english_counterpart(built_site):
    site = built_site.site
    missing = [rel for rel in _content_pages(site) if not (site / "en" / rel).exists()]
    assert missing == []


def test_every_page_links_the_accessibility_statement_and_hide_your_visit_in_its_footer(built_site):
    site = built_site.site
    wrong = []
    for rel in _content_pages(site):
        for lang_rel, texts in (
            (rel, ("Tilgængelighedserklæring", "Skjul dit besøg")),
            (f"en/{rel}", ("Accessibility statement", "Hide your visit")),
        ):
            html = (site / lang_rel).read_text(encoding="utf-8")
            footer = html[html.find('class="kb-footer-links"') :]
            if not all(f">{t}</a>" in footer for t in texts):
                wrong.append(lang_rel)
    assert wrong == []


def test_every_page_has_an_edit_link_to_its_source_and_a_dated_last_update(built_site):
    site = built_site.site
    wrong = []
    for rel in _content_pages(site):
        if "/kursusmappe/" in rel:
            continue  # a course pack is generated from its module's pages: it has no file of its own
        source = "index" if rel == "index.html" else rel[: -len("/index.html")]
        for lang_rel, suffix, date in (
            (rel, ".md", r"\d{1,2}\. [a-zæøå]+ \d{4}"),
            (f"en/{rel}", ".en.md", r"\d{1,2} [A-Z][a-z]+ \d{4}"),
        ):
            html = (site / lang_rel).read_text(encoding="utf-8")
            edit = re.search(r'<a href="([^"]+)"[^>]*rel="edit"', html)
            if not edit or not re.search(
                rf"/edit/main/docs/{re.escape(source)}(/index)?{re.escape(suffix)}$", edit.group(1)
            ):
                wrong.append(f"{lang_rel}: edit link {edit.group(1) if edit else None}")
            if not re.search(
                rf'md-source-file__fact">[^<]+: <time datetime="\d{{4}}-\d\d-\d\d">{date}</time>', html
            ):
                wrong.append(f"{lang_rel}: no last-updated date in the page's language")
    assert wrong == []
