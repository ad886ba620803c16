"""Search documents: what a search result can be.

A content page gives one document for itself (its title, summary, search terms
and the text before its first section) and one per section (each h2/h3 with an
id), so a result opens where the words are. Glossary terms, organisations,
initiatives and sources are documents of their own, made from the data files
and opening at their anchors on the pages that list them; those listing pages
(type `generated`) and the front page contribute only their title and summary,
so a page that merely lists others never outranks them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from knowledge.content.index import Site
from knowledge.content.model import CONTENT_TYPES, PAGE_TYPES, Page
from knowledge.outputs.render.common import localized

# How much a document counts before any word matches: a page about the thing
# beats a section that mentions it, which beats a page that only lists it.
PRIORS = {"content": 1.0, "page": 0.9, "entity": 0.95, "overview": 0.9, "listing": 0.9, "home": 0.5}
# A source is found by its title, but is rarely what a reader is after.
SOURCE_PRIOR = 0.6
SECTION_PRIOR = 0.8
SNIPPET_CHARS = 300

# Parts of a page that are navigation, not content: never searched.
SKIPPED_CLASSES = frozenset(
    {"headerlink", "kb-lead", "kb-cards", "kb-used-by", "kb-locations", "md-source-file"}
)
SKIPPED_TAGS = frozenset({"script", "style", "svg", "nav", "template", "button"})
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
SECTION_HEADINGS = frozenset({"h1", "h2", "h3"})
# Elements whose boundaries separate words; inline ones (a, strong, abbr …) do not.
BLOCK_TAGS = frozenset(
    {
        "p",
        "li",
        "ul",
        "ol",
        "td",
        "th",
        "tr",
        "table",
        "dt",
        "dd",
        "dl",
        "div",
        "section",
        "article",
        "aside",
        "blockquote",
        "details",
        "summary",
        "figure",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "caption",
        "pre",
        "header",
        "footer",
    }
)
_SPACE = re.compile(r"\s+")


@dataclass
class SearchDoc:
    url: str  # site-relative, with #anchor for sections and entities
    title: str
    kind: str  # page, section, term, organisation, initiative, source
    prior: float
    parent: str = ""  # the page a section or entity belongs to (shown as its breadcrumb)
    keywords: list[str] = field(default_factory=list)  # search terms, other forms: matched, never shown
    summary: str = ""
    body: str = ""
    belongs_to: str = ""  # the URL of the page this entity is shown under, if not its own result
    label: str = ""  # the title as the result shows it, if not `title`
    aliases: list[str] = field(default_factory=list)  # other names of the same thing (glossary)

    @property
    def group(self) -> str:
        """Results are grouped per page; entities stand alone, except a glossary
        term that has a page of its own, which is shown under that page."""
        if self.belongs_to:
            return self.belongs_to
        return self.url.split("#", 1)[0] if self.kind in ("page", "section") else self.url

    @property
    def snippet(self) -> str:
        text = self.summary or self.body
        return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def search_terms(meta: dict[str, Any]) -> list[str]:
    value = meta.get("search_terms") or []
    return [str(v) for v in value] if isinstance(value, list) else []


def page_kind(page: Page) -> str:
    if page.type in CONTENT_TYPES:
        return "content"
    if page.type in ("overview", "home", "page"):
        return page.type
    return "listing"


def excluded(page: Page) -> bool:
    """Front matter `search: {exclude: true}` (Material's convention) keeps a page out."""
    setting = page.meta.get("search")
    return isinstance(setting, dict) and bool(setting.get("exclude"))


def boost(page: Page) -> float:
    """Front matter `search: {boost: N}` (Material's convention) multiplies the
    page's ranking weight and its sections'; 1 without it."""
    setting = page.meta.get("search")
    value = setting.get("boost") if isinstance(setting, dict) else None
    return float(value) if isinstance(value, int | float) and value > 0 else 1.0


# --- Pages ---------------------------------------------------------------------------------


@dataclass
class _Section:
    anchor: str
    heading: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)


class SectionParser(HTMLParser):
    """Splits a page's article HTML at its h1-h3 headings with an id, one
    method per token kind (as MkDocs' own search parser does)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: list[_Section] = [_Section("")]
        self._skip_depth = 0  # > 0 inside a skipped element
        self._stack: list[tuple[str, bool]] = []  # open tags, and whether each started a skip
        self._in_heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            if tag == "br":
                self._space()
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        skip = tag in SKIPPED_TAGS or bool(classes & SKIPPED_CLASSES) or "data-search-exclude" in values
        self._stack.append((tag, skip))
        if skip:
            self._skip_depth += 1
        elif self._skip_depth == 0 and tag in SECTION_HEADINGS and (tag == "h1" or values.get("id")):
            if tag != "h1":
                self.sections.append(_Section(values.get("id") or ""))
            self._in_heading = True  # a heading without an id is text of the section it is in
        elif tag in BLOCK_TAGS:
            self._space()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._space()

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        while self._stack:
            open_tag, skip = self._stack.pop()
            if skip:
                self._skip_depth -= 1
            if open_tag in SECTION_HEADINGS:
                self._in_heading = False
            if open_tag == tag:
                break
        if tag in BLOCK_TAGS:
            self._space()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        section = self.sections[-1]
        (section.heading if self._in_heading else section.text).append(data)

    def _space(self) -> None:
        if not self._skip_depth:
            self.sections[-1].text.append(" ")


def page_documents(page: Page, html: str) -> list[SearchDoc]:
    """The documents of one rendered page (its article HTML)."""
    if excluded(page):
        return []
    kind = page_kind(page)
    prior = PRIORS[kind] * boost(page)
    parser = SectionParser()
    parser.feed(html)
    parser.close()
    intro, *sections = parser.sections
    whole_page = kind in ("content", "page", "overview")
    docs = [
        SearchDoc(
            url=page.url,
            title=page.title,
            kind="page",
            prior=prior,
            keywords=[
                *search_terms(page.meta),
                *PAGE_TYPES[page.type].search_terms.get(page.lang, ()),
                *([page.meta["nav_title"]] if page.meta.get("nav_title") else []),
            ],
            summary=page.summary,
            body=clean("".join(intro.text)) if whole_page else "",
        )
    ]
    if whole_page:
        for section in sections:
            heading = clean("".join(section.heading))
            body = clean("".join(section.text))
            if heading or body:
                docs.append(
                    SearchDoc(
                        url=f"{page.url}#{section.anchor}",
                        title=heading,
                        kind="section",
                        prior=prior * SECTION_PRIOR,
                        parent=page.title,
                        body=body,
                    )
                )
    return docs


# --- Entities from the data files ------------------------------------------------------------


def _listing(site: Site, generator: str) -> Page | None:
    page = site.generated.get(generator)
    return None if page is None or excluded(page) else page


def _entity(
    page: Page, anchor: str, title: str, kind: str, prior: float = PRIORS["entity"], **fields: Any
) -> SearchDoc:
    return SearchDoc(
        url=f"{page.url}#{anchor}", title=title, kind=kind, prior=prior, parent=page.title, **fields
    )


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _localized_list(value: object, lang: str) -> list[str]:
    """A list, or a {da: [...], en: [...]} mapping of lists."""
    if isinstance(value, dict):
        return _strings(value.get(lang))
    return _strings(value)


def term_documents(site: Site) -> Iterator[SearchDoc]:
    page = _listing(site, "glossary")
    if page is None:
        return
    other = "en" if site.lang == "da" else "da"
    for term in site.data.entries("terms"):
        own, foreign = term.get(site.lang) or {}, term.get(other) or {}
        yield _entity(
            page,
            str(term["id"]),
            str(own.get("term", "")),
            "term",
            # A term with a page of its own (`page:`) is that page's subject: it is
            # listed under the page, which comes first.
            belongs_to=site.pages[str(term["page"])].url if str(term.get("page")) in site.pages else "",
            keywords=[
                *_strings(own.get("forms")),
                *_strings(own.get("search_terms")),
                str(foreign.get("term", "")),
            ],
            body=clean(str(own.get("definition", ""))),
            # Its names: the term, its forms and abbreviations among its search
            # terms (capitals); other search terms are related words, not names.
            aliases=[
                str(own.get("term", "")),
                *_strings(own.get("forms")),
                *(t for t in _strings(own.get("search_terms")) if t.isupper()),
            ],
        )


def organisation_documents(site: Site) -> Iterator[SearchDoc]:
    page = _listing(site, "organisations")
    if page is None:
        return
    for org in site.data.entries("organisations"):
        keywords = [*_strings(org.get("forms")), *_localized_list(org.get("search_terms"), site.lang)]
        if org.get("abbreviation"):
            keywords.append(str(org["abbreviation"]))
        if org.get("english"):
            keywords.append(str(org["english"]))
        name = str(org.get("name", ""))
        # The English gloss is found as a keyword, not a title: it often describes
        # rather than names ("a member organisation of the National Partnership").
        label = f"{name} ({org['english']})" if site.lang != "da" and org.get("english") else ""
        yield _entity(
            page,
            str(org["id"]),
            name,
            "organisation",
            label=label,
            keywords=keywords,
            body=clean(localized(org.get("role"), site.lang)),
        )


def initiative_documents(site: Site) -> Iterator[SearchDoc]:
    page = _listing(site, "initiatives")
    if page is None:
        return
    ministries = site.data.by_id("ministries")
    statuses = site.data.by_id("statuses")
    for initiative in site.data.entries("initiatives"):
        names = [ministries[m] for m in _strings(initiative.get("ministries")) if m in ministries]
        status = statuses.get(str(initiative.get("status")), {})
        yield _entity(
            page,
            str(initiative["id"]),
            f"{initiative.get('number')}. {localized(initiative.get('title'), site.lang)}",
            "initiative",
            keywords=[
                *_localized_list(initiative.get("search_terms"), site.lang),
                *(str(m.get("id", "")) for m in names),
            ],
            summary=clean(
                " · ".join(
                    filter(
                        None,
                        [
                            localized(status.get("title"), site.lang),
                            *(localized(m.get("name"), site.lang) for m in names),
                        ],
                    )
                )
            ),
            body=clean(
                f"{localized(initiative.get('description'), site.lang)} "
                f"{localized(initiative.get('status_text'), site.lang)}"
            ),
        )


def source_documents(site: Site) -> Iterator[SearchDoc]:
    page = _listing(site, "sources")
    if page is None:
        return
    for source in site.data.entries("sources"):
        yield _entity(
            page,
            str(source["id"]),
            localized(source.get("title"), site.lang),
            "source",
            prior=SOURCE_PRIOR,
            keywords=[str(source.get("publisher", "")), str(source.get("year", ""))],
            body=clean(localized(source.get("note"), site.lang)),
        )


def entity_documents(site: Site) -> list[SearchDoc]:
    return [
        *term_documents(site),
        *organisation_documents(site),
        *initiative_documents(site),
        *source_documents(site),
    ]
