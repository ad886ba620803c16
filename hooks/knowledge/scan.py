"""One pass over a page's rendered HTML: headings, links, mentions, term marks.

The HTML comes from Python-Markdown and is well formed, so a small
tokenizer (tags, comments, text) is enough; it tracks the open elements to
know where a word stands (in a heading, a link, code, a glossary entry).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .terms import Matcher

_PIECE = re.compile(
    r"<!--.*?-->|<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>[^>]*)>|<[^>]*>|(?P<text>[^<]+)",
    re.DOTALL,
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")

VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
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


def attributes(tag: str) -> dict[str, str]:
    body = _TAG.sub("", tag, count=1).rstrip(">").rstrip("/")
    attrs = {}
    for m in _ATTR.finditer(body):
        value = next((g for g in m.groups()[1:] if g is not None), "")
        attrs[m.group(1).lower()] = value
    return attrs


@dataclass
class Heading:
    id: str
    level: int
    text: str


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


def scan_html(
    html: str,
    matcher: Matcher,
    mark: Callable[[str, str], str | None] | None = None,
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
    result = PageScan()
    out: list[str] = []
    # Open elements: (tag, no_mark, no_scan, own_term, heading)
    stack: list[tuple[str, bool, bool, str | None, Heading | None]] = []
    no_mark = no_scan = 0
    own_terms: list[str] = []
    section = ""
    heading_text: list[str] | None = None
    in_headerlink = 0
    done: set[str] = set()  # keys already marked or refused on this page
    append = out.append

    for m in _PIECE.finditer(html):
        text = m.group("text")
        if text is None:
            piece = m.group(0)
            tag = m.group("tag")
            if tag is None:  # a comment
                append(piece)
                continue
            tag = tag.lower()
            if m.group("close"):
                append(piece)
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == tag:
                        for name, item_no_mark, item_no_scan, own_term, heading in stack[depth:]:
                            no_mark -= item_no_mark
                            no_scan -= item_no_scan
                            if own_term:
                                own_terms.pop()
                            if heading is not None:
                                heading.text = " ".join("".join(heading_text or []).split())
                                heading_text = None
                            if name == "a" and in_headerlink:
                                in_headerlink -= 1
                        del stack[depth:]
                        break
                continue
            raw_attrs = m.group("attrs")
            if tag in VOID or raw_attrs.endswith("/"):
                append(piece)
                continue
            # Attributes matter for a few elements only; parsing them is the costly part.
            needs_attrs = tag == "a" or tag in HEADINGS or "data-kb" in raw_attrs or "lang=" in raw_attrs
            attrs = attributes(piece) if needs_attrs else {}
            skip = "data-kb-skip" in attrs
            item_no_mark = tag in NO_MARK or skip or "lang" in attrs  # lang: a passage in another language
            item_no_scan = tag in NO_SCAN or skip
            own_term = attrs.get("data-kb-term")
            heading = None
            if tag in HEADINGS and "id" in attrs:
                section = attrs["id"]
                heading = Heading(section, int(tag[1]), "")
                result.headings.append(heading)
                heading_text = []
            if tag == "a":
                href = attrs.get("href", "")
                if "headerlink" in attrs.get("class", "").split():
                    in_headerlink += 1
                elif href and not href.startswith("#"):
                    if not no_scan:
                        result.links.append((href, section))
                    if link_extra is not None:
                        extra = link_extra(href)
                        if extra:
                            piece = f"<a {extra}{piece[3:]}"
            append(piece)
            if own_term:
                own_terms.append(own_term)
            no_mark += item_no_mark
            no_scan += item_no_scan
            stack.append((tag, item_no_mark, item_no_scan, own_term, heading))
            continue

        # A text node.
        if heading_text is not None and not in_headerlink:
            heading_text.append(text)
        if no_scan or text.isspace():
            append(text)
            continue
        position = 0
        for match in matcher.find(text):
            if record_mentions:
                for key in match.keys:
                    result.add_mention(key, section)
            if no_mark or mark is None:
                continue
            for key in match.keys:
                if key in done or key.split(":", 1)[-1] in own_terms:
                    continue
                markup = mark(key, text[match.start : match.end])
                done.add(key)
                if markup is not None:
                    append(text[position : match.start])
                    append(markup)
                    position = match.end
                    result.marked.append(key)
                    break
        append(text[position:] if position else text)
    return "".join(out), result
