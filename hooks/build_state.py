"""Per-build state shared by the hook modules (not itself a hook).

mkdocs-static-i18n runs the whole build once per language, and `mkdocs serve`
keeps the hook modules loaded across rebuilds, so the state is created afresh
in every build's on_config and kept per language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.index import Site
from knowledge.model import DEFAULT_LANGUAGE, Page, SiteData
from knowledge.scan import PageScan
from knowledge.search.documents import SearchDoc
from knowledge.terms import Matcher


@dataclass
class LanguageBuild:
    lang: str
    pages: list[Page] = field(default_factory=list)  # every file, every language
    data: SiteData = field(default_factory=SiteData)
    site: Site | None = None  # the pages of this language, indexed
    by_source: dict[str, Page] = field(default_factory=dict)  # MkDocs src_uri -> page
    matcher: Matcher | None = None
    scans: dict[str, PageScan] = field(default_factory=dict)  # page id -> what its HTML contains
    linked_from: dict[str, set[str]] = field(default_factory=dict)  # page id -> ids linking to it
    mentions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # key -> [(page id, section)]
    fragments: dict[str, object] = field(default_factory=dict)  # src_uri -> Fragments until injected
    published: dict[str, list[str]] = field(default_factory=dict)  # URL -> anchors, as written
    redirects: dict[str, str] = field(default_factory=dict)  # old URL -> new URL
    search_docs: list[SearchDoc] = field(default_factory=list)  # this language's search documents


_builds: dict[str, LanguageBuild] = {}
# Parsed files by path, with the (mtime, size) they were parsed at: each language build
# and each `mkdocs serve` rebuild reads only what changed.
_files: dict[Path, tuple[tuple[int, int], object]] = {}


def cached(path: Path, parse: Callable[[], object]) -> object:
    """``parse()``'s result for ``path``, parsed again only when the file changed."""
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    hit = _files.get(path)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    value = parse()
    _files[path] = (stamp, value)
    return value


def cached_group(paths: list[Path], parse: Callable[[], object]) -> object:
    """Like cached(), for a result read from several files (the data files)."""
    stamp = tuple((p, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
    hit = _files.get(Path("<group>"))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    value = parse()
    _files[Path("<group>")] = (stamp, value)
    return value


def language(config) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or DEFAULT_LANGUAGE


def languages(config) -> tuple[str, ...]:
    i18n = config.plugins.get("i18n")
    return tuple(getattr(i18n, "build_languages", None) or (DEFAULT_LANGUAGE,))


def start(config) -> LanguageBuild:
    lang = language(config)
    _builds[lang] = LanguageBuild(lang)
    return _builds[lang]


def current(config) -> LanguageBuild:
    return _builds[language(config)]


def is_nested_build(config) -> bool:
    """True in the on_post_build of a language that mkdocs-static-i18n builds
    from inside the default language's on_post_build."""
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))


def finishing(config) -> LanguageBuild:
    """The state of the build whose on_post_build is running. The i18n plugin
    leaves `current_language` at the last language it built, so the outer
    (final) on_post_build is told apart by the plugin's `building` flag."""
    return current(config) if is_nested_build(config) else _builds[DEFAULT_LANGUAGE]


def page_record(config, page) -> tuple[LanguageBuild, Page | None]:
    """This language's state and the content record of an MkDocs page (None
    for a page the content model does not know)."""
    state = current(config)
    return state, state.by_source.get(page.file.src_uri)


def all_builds() -> list[LanguageBuild]:
    """The state of every language built in this run."""
    return list(_builds.values())
