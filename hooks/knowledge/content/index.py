"""The content of one language, indexed: pages by id, URL and type, and
relations in both directions.

Built once per language build, in time linear in the number of pages and
relations; every render function reads from here instead of scanning pages.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass, field
from typing import Any

from knowledge.content.load import page_url, split_language
from knowledge.content.model import (
    DEFAULT_LANGUAGE,
    OWN_LANGUAGE_FIELDS,
    PAGE_TYPES,
    TRANSLATABLE_FIELDS,
    Page,
    SiteData,
    fields_of,
)


def localize(pages: list[Page], lang: str) -> list[Page]:
    """The pages as readers of ``lang`` get them: the translation's own fields
    over the Danish page's, or the Danish page itself where no translation
    exists (the i18n plugin then publishes the Danish text under /<lang>/)."""
    translations = {split_language(p.path)[1]: p for p in pages if p.lang == lang}
    result = []
    for page in pages:
        if page.lang != DEFAULT_LANGUAGE:
            continue
        if lang == DEFAULT_LANGUAGE:
            result.append(page)
            continue
        translation = translations.get(page.path)
        meta = dict(page.meta)
        path = page.path
        for name in OWN_LANGUAGE_FIELDS:
            meta.pop(name, None)
        if translation is not None:
            meta.update({k: v for k, v in translation.meta.items() if k in TRANSLATABLE_FIELDS})
            path = translation.path
        result.append(Page(path=path, lang=lang, meta=meta, url=page_url(page.path, lang)))
    return result


def relation_fields(type_name: str) -> list[str]:
    """Front-matter fields of a page type that point to other pages."""
    return [f.name for f in fields_of(type_name) if f.kind in ("pages", "page")]


@functools.lru_cache(maxsize=65536)
def _relative_path(target_path: str, source: str) -> str:
    # Cached: an index page links the same pages many times (posixpath.relpath is slow).
    rel = posixpath.relpath("/" + target_path, "/" + source)
    if target_path.endswith("/") or target_path == "":
        rel = rel.rstrip("/") + "/"
    return rel


def relative_url(target: str, source: str) -> str:
    """Link from the page at site-relative URL ``source`` to ``target``
    (both directory URLs such as 'kerneelementer/opsporing/', '' for the root)."""
    target_path, hash_, anchor = target.partition("#")
    rel = _relative_path(target_path, source)
    if rel == "./" and hash_:
        rel = ""
    return rel + (hash_ + anchor if hash_ else "")


def resolve_href(href: str, source: str) -> tuple[str, str] | None:
    """The site-relative URL and anchor a relative link on page ``source``
    points to, or None for external, mail and asset links."""
    if not href or href.startswith(("#", "/", "mailto:", "tel:", "javascript:")) or "://" in href:
        return None
    path, _, anchor = href.partition("#")
    path = path.split("?", 1)[0]
    joined = posixpath.normpath(posixpath.join("/" + source, path))
    url = joined.lstrip("/")
    if url in ("", "."):
        return "", anchor
    if path.endswith("/") or path == "":
        url += "/"
    return url, anchor


@dataclass
class Site:
    lang: str
    data: SiteData
    pages: dict[str, Page] = field(default_factory=dict)  # id -> page
    by_url: dict[str, Page] = field(default_factory=dict)
    by_path: dict[str, Page] = field(default_factory=dict)  # source path (MkDocs' src_uri) -> page
    by_type: dict[str, list[Page]] = field(default_factory=dict)
    generated: dict[str, Page] = field(default_factory=dict)  # generator -> page
    folders: dict[str, list[Page]] = field(default_factory=dict)  # docs folder -> its pages
    # target id -> [(source id, field)] for every declared relation
    incoming: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)  # the publisher's settings (extra.publisher)

    def url_of(self, page_id: str, anchor: str = "") -> str:
        url = self.pages[page_id].url
        return f"{url}#{anchor}" if anchor else url

    def of_type(self, type_name: str) -> list[Page]:
        return self.by_type.get(type_name, [])

    def referrers(self, page_id: str, field_name: str) -> list[Page]:
        return [self.pages[s] for s, f in self.incoming.get(page_id, []) if f == field_name]


def build_site(pages: list[Page], data: SiteData, lang: str, settings: dict[str, Any] | None = None) -> Site:
    """Index the localized pages of one language. Assumes validated content."""
    site = Site(lang=lang, data=data, settings=dict(settings or {}))
    for page in localize(pages, lang):
        if page.type not in PAGE_TYPES or not page.id:
            continue
        site.pages[page.id] = page
        site.by_url[page.url] = page
        site.by_path[page.path] = page
        site.by_type.setdefault(page.type, []).append(page)
        if page.type == "generated":
            site.generated[str(page.meta.get("generator"))] = page
        site.folders.setdefault(posixpath.dirname(split_language(page.path)[1]), []).append(page)
    for members in [*site.by_type.values(), *site.folders.values()]:
        members.sort(key=lambda p: (p.order, p.title.casefold()))
    for page in site.pages.values():
        for name in relation_fields(page.type):
            for target in page.refs(name) if isinstance(page.meta.get(name), list) else [page.meta.get(name)]:
                if target in site.pages:
                    site.incoming.setdefault(target, []).append((page.id, name))
    return site
