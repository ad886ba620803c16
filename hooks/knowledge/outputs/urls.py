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

from knowledge.content.html import PageRecord, read_page
from knowledge.content.index import Site, relative_url
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, LANGUAGES, Problem
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

    def to_json(self) -> dict:
        return {"pages": {url: sorted(anchors) for url, anchors in sorted(self.pages.items())}}

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
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


def check(
    manifest: Manifest, current: dict[str, list[str]], redirects: dict[str, str], sources: dict[str, str]
) -> list[Problem]:
    """Every URL and anchor of the manifest is still published.

    current: URL -> anchors published by this build; redirects: old URL -> new URL;
    sources: URL -> the docs file that publishes it (for the message).
    """
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
            file = sources.get(target, "urls.json")
            problems.append(Problem(file, f"#{anchor}", say("anchor-gone", url=url or "/", anchor=anchor)))
    return problems
