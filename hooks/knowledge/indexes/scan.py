"""One pass over a page's rendered HTML: headings, links, mentions, term marks.

The HTML comes from Python-Markdown and is well formed, so a small
tokenizer (tags, comments, text) is enough; it tracks the open elements to
know where a word stands (in a heading, a link, code, a glossary entry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape

from knowledge.content.html import HEADINGS, PIECE, VOID, attributes
from knowledge.content.terms import Matcher

# Words here are never turned into term links (but still count as mentions).
NO_MARK = HEADINGS | frozenset(
    [
        "a",
        "abbr",
        "button",
        "code",
        "dt",
        "figure",
        "kbd",
        "label",
        "option",
        "pre",
        "samp",
        "script",
        "select",
        "style",
        "summary",
        "svg",
        "textarea",
        "th",
        "title",
    ]
)
# Words here are neither marked nor counted.
NO_SCAN = frozenset(["code", "pre", "script", "style", "svg", "textarea"])


@dataclass
class Heading:
    id: str
    level: int
    text: str  # plain text, entities decoded: whoever shows it escapes it once


@dataclass
class PageScan:
    headings: list[Heading] = field(default_factory=list)
    mentions: dict[str, list[str]] = field(default_factory=dict)  # key -> section ids, in order
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, section id)
    marked: list[str] = field(default_factory=list)  # keys marked, in order

    def add_mention(self, key: str, section: str) -> None:
        sections = self.mentions.setdefault(key, [])
        if section not in sections:
            sections.append(section)


Mark = Callable[[str, str], str | None]


@dataclass(slots=True)
class _Open:
    """An element the walk is inside, and what it switched off until it closes."""

    tag: str
    no_mark: bool
    no_scan: bool
    own_term: str | None  # data-kb-term: a glossary entry, where its own term is not marked
    heading: Heading | None


def scan_html(
    html: str,
    matcher: Matcher,
    mark: Mark | None = None,
    record_mentions: bool = True,
    link_extra: Callable[[str], str] | None = None,
) -> tuple[str, PageScan]:
    """Walk ``html`` once.

    ``mark(key, text)`` is asked, for the first markable occurrence of each
    key on the page, for the HTML that replaces ``text``; it returns None to
    leave the word alone (e.g. not a glossary term). ``link_extra(href)``, if
    given, returns attributes to add to each link (e.g. its printed address).
    Returns the new HTML and what was found.
    """
    return _Scanner(matcher, mark, record_mentions, link_extra).walk(html)


class _Scanner:
    """The state of one walk; one method per kind of token (start tag, end
    tag, text), as in MkDocs' own HTMLParser subclasses."""

    def __init__(
        self,
        matcher: Matcher,
        mark: Mark | None,
        record_mentions: bool,
        link_extra: Callable[[str], str] | None,
    ) -> None:
        self.matcher = matcher
        self.mark = mark
        self.record_mentions = record_mentions
        self.link_extra = link_extra
        self.result = PageScan()
        self.out: list[str] = []
        self.open: list[_Open] = []
        self.no_mark = 0  # open elements in which words are not marked
        self.no_scan = 0  # open elements in which words are not even counted
        self.own_terms: list[str] = []
        self.section = ""  # id of the last heading: where a mention or link stands
        self.heading_text: list[str] | None = None  # text of the heading being read
        self.in_headerlink = 0
        self.done: set[str] = set()  # keys already marked or refused on this page

    def walk(self, html: str) -> tuple[str, PageScan]:
        # Bound methods as locals: this loop runs once per token of every page.
        on_text, on_start, on_end, append = self.text, self.start_tag, self.end_tag, self.out.append
        for m in PIECE.finditer(html):
            text, tag = m.group("text", "tag")
            if text is not None:
                on_text(text)
            elif tag is None:  # a comment or a declaration
                append(m.group(0))
            elif m.group("close"):
                on_end(tag.lower(), m.group(0))
            else:
                on_start(tag.lower(), m.group("attrs"), m.group(0))
        return "".join(self.out), self.result

    # --- tags -------------------------------------------------------------

    def start_tag(self, tag: str, raw_attrs: str, piece: str) -> None:
        if tag in VOID or raw_attrs.endswith("/"):
            self.out.append(piece)
            return
        # Attributes matter for a few elements only; parsing them is the costly part.
        needs_attrs = tag == "a" or tag in HEADINGS or "data-kb" in raw_attrs or "lang=" in raw_attrs
        attrs = attributes(piece) if needs_attrs else {}
        skip = "data-kb-skip" in attrs
        element = _Open(
            tag,
            tag in NO_MARK or skip or "lang" in attrs,  # no_mark; lang: a passage in another language
            tag in NO_SCAN or skip,  # no_scan
            attrs.get("data-kb-term"),
            self.start_heading(tag, attrs) if tag in HEADINGS and "id" in attrs else None,
        )
        if tag == "a":
            piece = self.start_link(attrs, piece)
        self.out.append(piece)
        if element.own_term:
            self.own_terms.append(element.own_term)
        self.no_mark += element.no_mark
        self.no_scan += element.no_scan
        self.open.append(element)

    def start_heading(self, tag: str, attrs: dict[str, str]) -> Heading:
        self.section = attrs["id"]
        heading = Heading(self.section, int(tag[1]), "")
        self.result.headings.append(heading)
        self.heading_text = []
        return heading

    def start_link(self, attrs: dict[str, str], piece: str) -> str:
        """Record a link to another page; the tag, with ``link_extra``'s attributes."""
        href = attrs.get("href", "")
        if "headerlink" in attrs.get("class", "").split():
            self.in_headerlink += 1
            return piece
        if not href or href.startswith("#"):
            return piece
        if not self.no_scan:
            self.result.links.append((href, self.section))
        extra = self.link_extra(href) if self.link_extra is not None else ""
        return f"<a {extra}{piece[3:]}" if extra else piece

    def end_tag(self, tag: str, piece: str) -> None:
        """Close ``tag`` and every element left open inside it (the HTML is
        well formed, so that is rare); a stray end tag closes nothing."""
        self.out.append(piece)
        elements = self.open
        if elements and elements[-1].tag == tag:  # the usual case: the innermost element
            self.close(elements.pop())
            return
        for depth in range(len(elements) - 2, -1, -1):
            if elements[depth].tag == tag:
                for element in elements[depth:]:
                    self.close(element)
                del elements[depth:]
                return

    def close(self, element: _Open) -> None:
        self.no_mark -= element.no_mark
        self.no_scan -= element.no_scan
        if element.own_term:
            self.own_terms.pop()
        if element.heading is not None:
            # The page's HTML keeps entities ("&#40;" from a title made safe for
            # Markdown); decoded here, or a list of headings shows them as text.
            element.heading.text = " ".join(unescape("".join(self.heading_text or [])).split())
            self.heading_text = None
        if element.tag == "a" and self.in_headerlink:
            self.in_headerlink -= 1

    # --- text -------------------------------------------------------------

    def text(self, text: str) -> None:
        if self.heading_text is not None and not self.in_headerlink:
            self.heading_text.append(text)
        if self.no_scan or text.isspace():
            self.out.append(text)
            return
        position = 0
        for match in self.matcher.find(text):
            if self.record_mentions:
                for key in match.keys:
                    self.result.add_mention(key, self.section)
            if self.no_mark or self.mark is None:
                continue
            markup = self.mark_first(self.mark, match.keys, text[match.start : match.end])
            if markup is not None:
                self.out.append(text[position : match.start])
                self.out.append(markup)
                position = match.end
        self.out.append(text[position:] if position else text)

    def mark_first(self, mark: Mark, keys: tuple[str, ...], words: str) -> str | None:
        """The markup for the first of ``keys`` not yet marked (or refused) on
        this page and not the term of the glossary entry the words are in."""
        for key in keys:
            if key in self.done or key.split(":", 1)[-1] in self.own_terms:
                continue
            markup = mark(key, words)
            self.done.add(key)
            if markup is not None:
                self.result.marked.append(key)
                return markup
        return None
