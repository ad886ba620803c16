"""The state of a build, on one object per build (not itself a hook).

mkdocs-static-i18n builds the default language and then every other
language from inside the default language's on_post_build, and `mkdocs
serve` keeps hook modules loaded across rebuilds. So hooks/pipeline.py makes
a new `Build` at the start of every outer build (on_config) and a new
`LanguageBuild` when a language's content is loaded; nothing survives a
build but the `Session` (the parse cache and what the preview needs after a
failed build).

Each field of a `LanguageBuild` is written by one step only (named beside
it); tests/unit/test_event_layer.py checks that in the code. A field a later
step reads is a `Written` field: reading it before its step ran, or writing
it twice, stops the build with a line that names the step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar, cast, overload

from mkdocs.exceptions import PluginError

from knowledge.checks.output import Finding
from knowledge.content.html import Heading
from knowledge.content.index import Site
from knowledge.content.load import ParseCache
from knowledge.content.model import Page, Problem
from knowledge.indexes.aging import Aging
from knowledge.indexes.cross_references import CrossReferences, ReferenceScan
from knowledge.outputs.fragments import Fragments
from knowledge.outputs.search.documents import SearchDoc

T = TypeVar("T")


class Written(Generic[T]):
    """A field that one step writes once per language build and later steps read."""

    def __init__(self, writer: str) -> None:
        self.writer = writer
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Written[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...
    def __get__(self, instance: object | None, owner: type) -> T | Written[T]:
        if instance is None:
            return self
        try:
            return cast(T, instance.__dict__[self.name])
        except KeyError:
            raise PluginError(
                f"{self.name} is not there yet: {self.writer} writes it, and a step that reads it "
                "ran before (see hooks/pipeline.py)"
            ) from None

    def __set__(self, instance: object, value: T) -> None:
        if self.name in instance.__dict__:
            raise PluginError(f"{self.name} is written twice in one build; only {self.writer} writes it")
        instance.__dict__[self.name] = value


class ContentProblems(PluginError):
    """The build stops for problems already printed, one line each."""


class LanguageBuild:
    """One language's results, each written by the step named and read by later ones."""

    references = Written[CrossReferences]("references.gather")
    packs = Written[dict[str, str]]("packs.add_pack_pages")  # pack src_uri -> module id
    pack_pages = Written[dict[str, "PackPage"]]("packs.fill_packs")  # pack src_uri -> what it carries
    downloads = Written[list[str]]("outputs.write_downloads")  # their site-relative URLs
    redirects = Written[dict[str, str]]("urls.write_redirects")  # old URL -> new URL
    not_found_html = Written[str]("page_output.keep_not_found_page")  # this language's 404 page

    def __init__(self, lang: str, site: Site, aging: Aging, scan: ReferenceScan) -> None:
        self.lang = lang
        self.site = site  # content.load_content: the pages of this language, validated and indexed
        self.aging = aging  # content.load_content: review dates, last changes, recent changes, today
        self.scan = scan  # content.load_content: the term matcher; references.scan_page adds each page
        # content.page_markdown, taken back by content.restore_fragments: src_uri -> generated HTML
        self.fragments: dict[str, Fragments] = {}
        self.search_docs: list[SearchDoc] = []  # outputs.add_page_documents, page by page
        self.anchors: dict[str, list[str]] = {}  # published.read_page_output: URL -> its anchors
        # published.read_page_output: URL -> what the checks of published pages need of it
        self.published: dict[str, PublishedPage] = {}

    def record(self, src_uri: str) -> Page | None:
        """The content record of the page built from ``src_uri`` (None: not a content page)."""
        return self.site.by_path.get(src_uri)


@dataclass(frozen=True)
class PublishedPage:
    """What the checks of published pages need of one written page (steps/published.py)."""

    source: str  # repository-relative path of the file the page is built from
    findings: list[Finding]
    headings: list[Heading]


@dataclass(frozen=True)
class PackPage:
    """What a course pack's page carries besides its article."""

    print_style: str  # its running header and footer for print (an @page rule)
    changed: dt.date  # the newest of its pages' last changes


@dataclass
class Build:
    """One run of `mkdocs build` (or one rebuild of `mkdocs serve`), every language."""

    languages: dict[str, LanguageBuild] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # every language's, each once

    def add_problems(self, problems: list[Problem]) -> None:
        self.problems.extend(p for p in problems if p not in self.problems)


@dataclass
class Session:
    """What outlives a build: one per process (`mkdocs build`, or `mkdocs serve` and its rebuilds)."""

    serving: bool = False  # `mkdocs serve`: no Content-Security-Policy, error pages on failure
    parsed_files: ParseCache = field(default_factory=ParseCache)  # pages and data, parsed once per change
    # The addresses of the last build's pages, per language: where a failed preview shows its error page.
    known_urls: dict[str, list[str]] = field(default_factory=dict)
    build: Build | None = None  # the build under way (or the one that just failed)
