"""Checks of the pages' Markdown that need the whole site: embed lines, links
and addresses, and sections without an overview page.

The facts come from knowledge/content/markdown_source.py (one pass per page, cached
with the page); the mistakes a page shows by itself are reported there. These
checks run before MkDocs converts a single page, so a broken link is
reported in the same run as a broken front matter elsewhere.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from knowledge.checks.validate import near
from knowledge.content.load import address_of, split_language
from knowledge.content.markdown_source import Link
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, Page, Problem, SiteData

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_LOOPBACK = re.compile(r"^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])$")
_EMBED_WORD = re.compile(r"^\s*([A-Za-z]+)")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
# Pages whose anchors come from generated HTML as well as from their text:
# links to their anchors are left to MkDocs' own check after the build.
_GENERATED_ANCHORS = frozenset({"generated", "overview", "home"})
_PAGE_ANCHORS = {"core-element": frozenset({"formaal"})}  # the purpose box (render/boxes.py)


@dataclass(frozen=True)
class SourceSettings:
    embeds: frozenset[str]  # the names of <!-- embed: NAME --> lines
    files: frozenset[str]  # every file of docs/, docs-relative
    own_addresses: tuple[str, ...] = ()  # where the site is published ("https://host/path/")
    generated: frozenset[str] = frozenset()  # the addresses the build writes itself (a download, a pack)


@dataclass
class _Site:
    """The pages by path and URL, for resolving links."""

    settings: SourceSettings
    by_path: dict[str, Page] = field(default_factory=dict)
    by_url: dict[str, Page] = field(default_factory=dict)


def source_problems(pages: list[Page], data: SiteData, settings: SourceSettings) -> list[Problem]:
    site = _Site(settings, {p.path: p for p in pages}, {p.url: p for p in pages})
    problems = []
    for page in sorted(pages, key=lambda p: p.path):
        if page.source is None:
            continue
        label = f"docs/{page.path}"
        problems += [Problem(label, f"line {line}", reason) for line, reason in _page_problems(page, site)]
    for file, found in sorted(data.addresses.items()):
        problems += [
            Problem(f"data/{file}", f"line {line}", reason)
            for line, address in found
            if (reason := _address_problem(address, None, site, link=False))
        ]
    problems += _section_problems(pages)
    return problems


def _page_problems(page: Page, site: _Site) -> list[tuple[int, str]]:
    assert page.source is not None
    found = []
    for comment in page.source.comments:
        reason = _embed_problem(comment.text, comment.embed, site.settings.embeds)
        if reason:
            found.append((comment.line, reason))
    for link in page.source.links:
        reason = _link_problem(page, link, site)
        if reason:
            found.append((link.line, reason))
    page_type = str(site.by_path.get(split_language(page.path)[1], page).meta.get("type", ""))
    for anchor in _PAGE_ANCHORS.get(page_type, frozenset()):
        line = page.source.anchor_lines().get(anchor)
        if line is not None:
            found.append((line, say("anchor-generated", anchor=anchor)))
    links = {(link.line, link.target) for link in page.source.links}
    for line, address in page.addresses:
        reason = _address_problem(address, page, site, link=(line, address) in links)
        if reason:
            found.append((line, reason))
    return sorted(set(found))


# --- embed lines ---------------------------------------------------------------------


def _embed_problem(text: str, name: str, known: frozenset[str]) -> str | None:
    if name:
        if name in known:
            return None
        guess = near(name, known)
        return (
            say("embed-unknown-near", name=name, near=guess)
            if guess
            else say("embed-unknown", name=name, known=", ".join(sorted(known)))
        )
    word = _EMBED_WORD.match(text)
    if not word or not near(word.group(1).lower(), ("embed",)):
        return None  # an ordinary comment
    names = _NAME.findall(text[word.end() :])
    wanted = names[-1].lower() if names else "name"
    return say("embed-malformed", line=f"<!-- embed: {near(wanted, known) or wanted} -->")


# --- links ---------------------------------------------------------------------------


def _link_problem(page: Page, link: Link, site: _Site) -> str | None:
    target = link.target.strip()
    scheme = _SCHEME.match(target)
    if scheme:
        return _external_problem(target, scheme.group(1).lower(), link)
    if target.startswith("//"):
        return _external_problem("https:" + target, "https", link)
    if target.startswith("/"):
        return _not_file(target, _page_at(target, site), page)
    path, _, anchor = target.partition("#")
    path = unquote(path.split("?", 1)[0])
    base = split_language(page.path)[1]
    if not path:
        return _anchor_problem(target, page, anchor, site) if anchor else None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(base), path))
    if address_of(resolved) in site.settings.generated and not resolved.endswith(".md"):
        return None  # a download, linked as a file of docs/ (EDITING.md)
    if path.endswith(".md"):
        return _page_link_problem(target, page, resolved, anchor, site)
    if path.endswith("/") or "." not in posixpath.basename(path):
        url_target = posixpath.normpath(posixpath.join(page.url or ".", path))  # as a browser reads it
        return _not_file(target, _page_at(url_target, site) or _page_at(resolved, site), page)
    if resolved not in site.settings.files:  # an image or a download
        return _missing(target, resolved, base, site.settings.files)
    return None


def _external_problem(target: str, scheme: str, link: Link) -> str | None:
    if scheme == "file":
        return say("link-local-file", target=target)
    if scheme in ("http", "https") and link.kind in ("image", "src"):
        host = urlsplit(target).hostname or ""
        if not _LOOPBACK.match(host):  # a preview address is reported as such
            return say("resource-external", url=target)
    return None


def _page_link_problem(target: str, page: Page, resolved: str, anchor: str, site: _Site) -> str | None:
    base = split_language(page.path)[1]
    lang, danish = split_language(resolved)
    if lang != DEFAULT_LANGUAGE:
        return say("link-translation", target=target, near=_relative(danish, base))
    if resolved not in site.by_path:
        return _missing(target, resolved, base, frozenset(site.by_path))
    if anchor:
        return _anchor_problem(target, _in_language(resolved, page.lang, site), anchor, site)
    return None


def _in_language(danish_path: str, lang: str, site: _Site) -> Page:
    """The page a link to ``danish_path`` reaches from a page in ``lang``."""
    if lang != DEFAULT_LANGUAGE:
        stem, ext = posixpath.splitext(danish_path)
        translation = site.by_path.get(f"{stem}.{lang}{ext}")
        if translation is not None:
            return translation
    return site.by_path[danish_path]


def _anchor_problem(target: str, page: Page, anchor: str, site: _Site) -> str | None:
    danish = site.by_path.get(split_language(page.path)[1], page)
    page_type = str(danish.meta.get("type", ""))
    if page.source is None or page_type in _GENERATED_ANCHORS or page.embeds or not danish.meta:
        return None  # anchors made by the build: MkDocs checks these links after it
    if page.source.problems:
        return None  # the page's own text is broken: its line says why, not every link to it
    known = page.source.anchor_ids() | _PAGE_ANCHORS.get(page_type, frozenset())
    if unquote(anchor) in known:
        return None
    guess = near(anchor, known)
    if guess:
        return say("link-anchor-near", target=target, path=page.path, anchor=anchor, near=guess)
    return say("link-anchor", target=target, path=page.path, anchor=anchor)


def _missing(target: str, resolved: str, base: str, known: frozenset[str]) -> str:
    """A link to a file that does not exist, with the one it probably meant: the
    same name in another folder, or a name spelt almost the same in this one."""
    candidates = {p for p in known if split_language(p)[0] == DEFAULT_LANGUAGE}
    name, folder = posixpath.basename(resolved), posixpath.dirname(resolved)
    same_name = sorted(p for p in candidates if posixpath.basename(p) == name)
    here = {
        posixpath.splitext(posixpath.basename(p))[0]: p for p in candidates if posixpath.dirname(p) == folder
    }
    spelt = near(posixpath.splitext(name)[0], here)
    guess = same_name[0] if same_name else here.get(spelt, "")
    if guess:
        return say("link-missing-near", target=target, path=resolved, near=_relative(guess, base))
    return say("link-missing", target=target, path=resolved)


def _not_file(target: str, found: Page | None, page: Page) -> str:
    if found is None:
        return say("link-not-file-unknown", target=target)
    base = split_language(page.path)[1]
    return say("link-not-file", target=target, near=_relative(split_language(found.path)[1], base))


def _page_at(url: str, site: _Site) -> Page | None:
    """The page published at a site path ("/kerneelementer/opsporing/",
    "en/kerneelementer/opsporing", with or without the site's own path)."""
    path = url.split("#", 1)[0].split("?", 1)[0].strip("/")
    for own in site.settings.own_addresses:
        prefix = urlsplit(own).path.strip("/")
        if prefix and (path == prefix or path.startswith(prefix + "/")):
            path = path[len(prefix) :].strip("/")
    path = posixpath.splitext(path)[0] if path.endswith((".md", ".html")) else path
    path = path.removesuffix("/index").removesuffix("index")
    found = site.by_url.get(f"{path}/" if path else "")
    if found is not None and found.lang != DEFAULT_LANGUAGE:
        found = site.by_path.get(split_language(found.path)[1], found)
    return found


def _relative(path: str, from_base: str) -> str:
    return posixpath.relpath(path, posixpath.dirname(from_base) or ".")


# --- absolute addresses ----------------------------------------------------------------


def _address_problem(address: str, page: Page | None, site: _Site, link: bool) -> str | None:
    """A preview address (anywhere: it only works on the editor's computer) or,
    in a link, the site's own published address (it breaks in the other
    language, in the preview and when the site moves)."""
    full = address if "//" in address else f"http://{address}"
    parts = urlsplit(full if full.startswith(("http:", "https:")) else f"http:{full}")
    host = parts.hostname or ""
    if _LOOPBACK.match(host):
        return say("link-preview", url=address, near=_suggestion(parts.path, page, site))
    if not link:
        return None
    for own in site.settings.own_addresses:
        own_parts = urlsplit(own)
        prefix = own_parts.path.rstrip("/") + "/"
        if host == own_parts.hostname and (parts.path + "/").startswith(prefix):
            return say("link-own-site", url=address, near=_suggestion(parts.path, page, site))
    return None


def _suggestion(url_path: str, page: Page | None, site: _Site) -> str:
    found = _page_at(url_path, site)
    if found is None or page is None:
        return ""
    return f", {_relative(split_language(found.path)[1], split_language(page.path)[1])!r}"


# --- sections ----------------------------------------------------------------------------


def _section_problems(pages: list[Page]) -> list[Problem]:
    """A top-level folder of docs/ is a section of the menu: without its
    overview page the menu shows a bare folder name on every page. A page at
    the top of docs/ (other than the front page) is a bare menu entry too."""
    paths = {p.path for p in pages}
    folders = sorted({p.path.split("/", 1)[0] for p in pages if "/" in p.path})
    problems = [
        Problem(f"docs/{folder}/index.md", "file", say("folder-overview", folder=folder))
        for folder in folders
        if f"{folder}/index.md" not in paths
    ]
    problems += [
        Problem(f"docs/{p.path}", "file", say("page-top-level"))
        for p in sorted(pages, key=lambda p: p.path)
        if "/" not in p.path and split_language(p.path)[1] != "index.md" and p.lang == DEFAULT_LANGUAGE
    ]
    return problems
