"""Stable URLs: redirects for moved pages and the manifest of published URLs.

Trainers link to the site from course material that lives for years. Every
published URL and anchor is recorded in urls.json; a build fails if one of
them disappears without a redirect (for pages) or without being kept (for
anchors). Redirects are written by the site itself rather than by
mkdocs-redirects: that plugin resolves targets by file name in each language
build, which under mkdocs-static-i18n makes every redirect a strict-build
warning in one of the two languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from knowledge.content.html import PageRecord, read_page
from knowledge.content.index import Site, relative_url
from knowledge.content.load import split_language
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, LANGUAGES, Problem
from knowledge.indexes.changes import DATA_GENERATORS
from knowledge.outputs.course_pack import element_fields, pack_url
from knowledge.outputs.csp import add_policy
from knowledge.outputs.moved_html import SEPARATOR
from knowledge.outputs.render.common import e


def is_published_anchor(anchor: str) -> bool:
    """Anchors a reader may link to: not the site's own box and caption ids,
    nor Material's internal ones, nor a course pack's copies of its pages' ids
    ("part--id", knowledge/outputs/moved_html.py): those follow the pages (and the terms
    they use), whose own anchors are guarded; a pack's parts are guarded."""
    return not (anchor.startswith(("kb-", "__")) or anchor.endswith("-caption") or SEPARATOR in anchor)


def anchors_in(page: str | PageRecord) -> list[str]:
    """The linkable anchors in a page's article, in order. The title's own
    anchor (h1) is left out: it follows the title, which editors may change."""
    record = read_page(page) if isinstance(page, str) else page
    return list(dict.fromkeys(a for tag, a in record.ids if tag != "h1" and is_published_anchor(a)))


def redirect_page(old_url: str, new_url: str, title: str, lang: str) -> str:
    """A page at ``old_url`` that sends the reader on to ``new_url`` (both
    site-relative), keeping the #anchor, with and without JavaScript."""
    target = e(relative_url(new_url, old_url))
    script = f'location.replace("{target}" + location.hash);'
    html = (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(title)}</title>\n"
        f'<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{target}">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f"<script>{script}</script>\n</head>\n"
        f'<body><p><a href="{target}">{e(title)}</a></p></body>\n</html>\n'
    )
    return add_policy(html)


@dataclass(frozen=True)
class Redirect:
    old_url: str  # site-relative, with the language prefix
    new_url: str
    title: str


def redirects(site: Site) -> list[Redirect]:
    """A redirect from each former URL of a page (`redirect_from`) to where it is now."""
    prefix = "" if site.lang == DEFAULT_LANGUAGE else f"{site.lang}/"
    return [
        Redirect(prefix + old, page.url, page.title)
        for page in site.pages.values()
        for old in page.refs("redirect_from")
    ]


@dataclass
class Publication:
    """What one language build published."""

    anchors: dict[str, list[str]] = field(default_factory=dict)  # URL -> anchors, as written
    redirects: dict[str, str] = field(default_factory=dict)  # old URL -> new URL


@dataclass
class Manifest:
    """Published URL -> its anchors."""

    pages: dict[str, list[str]]

    def to_json(self) -> dict[str, Any]:
        return {"pages": {url: sorted(anchors) for url, anchors in sorted(self.pages.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        return cls({str(url): list(anchors) for url, anchors in (data.get("pages") or {}).items()})


def merge(old: Manifest, current: dict[str, list[str]]) -> Manifest:
    """Add what is new; never drop what was published (that is for a person to decide)."""
    pages = {url: set(anchors) for url, anchors in old.pages.items()}
    for url, anchors in current.items():
        pages.setdefault(url, set()).update(anchors)
    return Manifest({url: sorted(anchors) for url, anchors in pages.items()})


def _danish(url: str) -> str:
    """The default language's address of a page: 'en/x/' -> 'x/'."""
    lang, _, rest = url.partition("/")
    return rest if lang in LANGUAGES and lang != DEFAULT_LANGUAGE else url


@dataclass(frozen=True)
class Origin:
    """Where the anchors of a generated page come from: a data file's entries
    (the glossary's terms), or a module's relations (its course pack's parts)."""

    file: str  # "data/glossary.yml", "docs/moduler/modul-opsporing.md"
    fields: str = ""  # the module's fields that name the parts; "" for a data file's entries


def origins(site: Site) -> dict[str, Origin]:
    """URL -> where its anchors come from, for the pages the build generates from
    data: a lost anchor is then blamed on the file an editor changed."""
    found = {}
    for generator, page in site.generated.items():
        data_file = next((f for f, g in DATA_GENERATORS.items() if g == generator), None)
        if data_file is not None:
            found[page.url] = Origin(f"data/{data_file}")
    fields = ", ".join(f"`{name}:`" for name in element_fields())
    for page in site.pages.values():
        if page.type == "module":
            found[pack_url(page.url)] = Origin(f"docs/{split_language(page.path)[1]}", fields)
    return found


def _lost_from(url: str, anchor: str, origin: Origin) -> Problem:
    if origin.fields:
        reason = say("anchor-gone-pack", anchor=anchor, url=url, fields=origin.fields)
        return Problem(origin.file, f"#{anchor}", reason)
    return Problem(origin.file, f"#{anchor}", say("anchor-gone-data", anchor=anchor, url=url))


def check(
    manifest: Manifest,
    current: dict[str, list[str]],
    redirects: dict[str, str],
    sources: dict[str, str],
    generated: dict[str, Origin] | None = None,
) -> list[Problem]:
    """Every URL and anchor of the manifest is still published.

    current: URL -> anchors published by this build; redirects: old URL -> new URL;
    sources: URL -> the docs file that publishes it (for the message); generated:
    URL -> where a generated page's anchors come from (the message names that file).
    """
    generated = generated or {}
    # Ids lost from a page generated from data: other pages' anchors made from the
    # same id (the subject index's `stikord-<id>`) are consequences, not reported again.
    lost_ids = {
        anchor
        for url, anchors in manifest.pages.items()
        if redirects.get(url, url) in generated
        for anchor in set(anchors) - set(current.get(redirects.get(url, url), []))
    }
    problems = []
    gone = {url for url in manifest.pages if url not in current and url not in redirects}
    for url, anchors in sorted(manifest.pages.items()):
        target = url
        if url not in current:
            if url not in redirects:
                # One line per page: the Danish address's redirect_from serves both languages.
                if _danish(url) not in gone or _danish(url) == url:
                    problems.append(Problem("urls.json", url or "/", say("url-gone")))
                continue
            target = redirects[url]
        present = set(current.get(target, []))
        for anchor in sorted(set(anchors) - present):
            origin = generated.get(target)
            if origin is not None:
                # One line per entry or part: the Danish page's line serves both languages.
                danish = _danish(url)
                lost_in_danish = (
                    danish != url
                    and anchor in manifest.pages.get(danish, [])
                    and anchor not in current.get(danish, [])
                )
                if not lost_in_danish:
                    problems.append(_lost_from(url or "/", anchor, origin))
                continue
            if anchor in lost_ids or any(anchor.endswith(f"-{lost}") for lost in lost_ids):
                continue
            file = sources.get(target, "urls.json")
            problems.append(Problem(file, f"#{anchor}", say("anchor-gone", url=url or "/", anchor=anchor)))
    return list(dict.fromkeys(problems))
