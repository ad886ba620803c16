"""Reading the HTML the build writes: one tokenizer, and one pass over each
finished page into a record of what a reader and a browser get from it.

The HTML comes from Python-Markdown, Jinja templates and the site's own
renderers and is well formed, so a small tokenizer (tags, comments, text) is
enough; the standard library's HTMLParser costs several times as much per page.
Every later reading of a written page (the anchors urls.json guards, the
hashes of the Content-Security-Policy, the checks of what is published) uses
the record, so each page is read once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

# A comment, a start or end tag, a declaration, or a run of text.
PIECE = re.compile(
    r"<!--.*?-->|<(?P<close>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9-]*)(?P<attrs>[^>]*)>|<[^>]*>|(?P<text>[^<]+)",
    re.DOTALL,
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_RAW_TEXT_END = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I)}
_RUNNABLE_TYPES = frozenset(["", "text/javascript", "module"])

VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Text inside these is not text a reader reads as prose (code is shown as written on purpose).
NOT_PROSE = frozenset(
    ["code", "kbd", "pre", "samp", "script", "style", "svg", "template", "textarea", "title"]
)
# Elements that label or hold one value: empty, they show a label with nothing after it.
VALUE_ELEMENTS = frozenset(["dd", "li"])
# Elements whose text a reader reads as one piece: a paragraph is read whole, whatever
# inline elements (links, terms, emphasis) split its text into.
BLOCKS = frozenset(
    "address article aside blockquote caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header li main nav ol p pre section summary table td th tr ul".split()
)


def attributes(tag: str) -> dict[str, str]:
    """The attributes of a start tag, names in lower case, entities left as written."""
    body = _TAG.sub("", tag, count=1).rstrip(">").rstrip("/")
    attrs = {}
    for m in _ATTR.finditer(body):
        value = next((g for g in m.groups()[1:] if g is not None), "")
        attrs[m.group(1).lower()] = value
    return attrs


@dataclass(frozen=True, slots=True)
class Text:
    """A run of text a reader sees in the page's article, unescaped."""

    text: str
    lang: str  # the nearest lang attribute ("" where the page's own language holds)
    element: str  # the innermost element it stands in
    block: int = 0  # the block (paragraph, list item, cell, heading…) it stands in, numbered in order


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    id: str
    text: str
    lang: str  # of the heading itself, or of a span that holds all of its text
    own_text: str  # its text outside passages marked with another language


@dataclass
class PageRecord:
    """What one written page holds, from one pass over its HTML."""

    ids: list[tuple[str, str]] = field(default_factory=list)  # (tag, id) inside the article, in order
    scripts: list[str] = field(default_factory=list)  # bodies of the inline scripts that run
    styles: list[str] = field(default_factory=list)  # bodies of <style> elements
    texts: list[Text] = field(default_factory=list)  # prose of the article
    headings: list[Heading] = field(default_factory=list)  # in the article
    empty_values: list[str] = field(default_factory=list)  # VALUE_ELEMENTS with nothing in them
    has_charset: bool = False  # <meta charset="utf-8">, after which the policy goes


@dataclass(slots=True)
class _Open:
    tag: str
    lang: str
    prose: bool
    filled: bool = False  # holds text or another element
    heading: list[tuple[str, str]] | None = None  # (text, lang) runs of a heading
    heading_id: str = ""
    anchor_link: bool = False  # the heading's own "#" link: not part of its text
    block: int = 0


_SCRIPT_OR_STYLE = re.compile(
    r"<(?P<tag>script|style)\b(?P<attrs>[^>]*)>(?P<body>.*?)</(?P=tag)\s*>", re.I | re.S
)
_CHARSET = re.compile(r"<meta\s+charset=", re.I)


def read_page(html: str) -> PageRecord:
    """One reading of a written page. Scripts and styles count wherever they
    are; ids, text and headings only in the first <article> (the page's content
    in Material's layout), the only part that is tokenized: the navigation
    around it is the theme's, the same on every page, and most of the bytes."""
    record = PageRecord(has_charset=_CHARSET.search(html) is not None)
    for m in _SCRIPT_OR_STYLE.finditer(html):
        _raw_text(record, m.group("tag").lower(), attributes(f"<x{m.group('attrs')}>"), m.group("body"))
    start = html.find("<article")
    if start != -1:
        end = html.find("</article>", start)
        _Reader(html[start : len(html) if end == -1 else end + len("</article>")], record).read()
    return record


class _Reader:
    """The state of one pass over an article; one method per kind of token."""

    def __init__(self, html: str, record: PageRecord) -> None:
        self.html = html
        self.record = record
        self.stack: list[_Open] = []
        self.in_article = True
        self.blocks = 0

    def read(self) -> PageRecord:
        html, position, match = self.html, 0, PIECE.match
        while position < len(html):
            m = match(html, position)
            if m is None:  # a lone "<" in text: read it as text up to the next "<"
                end = html.find("<", position + 1)
                end = len(html) if end == -1 else end
                _text(self.record, self.stack, unescape(html[position:end]), self.in_article)
                position = end
                continue
            position = m.end()
            text, tag = m.group("text", "tag")
            if text is not None:
                _text(self.record, self.stack, unescape(text) if "&" in text else text, self.in_article)
            elif tag is not None and m.group("close"):
                self.end_tag(tag.lower())
            elif tag is not None:
                position = self.start_tag(tag.lower(), m.group("attrs"), m.group(0), position)
        return self.record

    def start_tag(self, tag: str, raw: str, piece: str, position: int) -> int:
        """Open ``tag``; returns where reading goes on (after a script's or style's body)."""
        stack, record = self.stack, self.record
        if stack:
            stack[-1].filled = True
        if tag in _RAW_TEXT_END:  # script and style bodies are not HTML (read above)
            end = _RAW_TEXT_END[tag].search(self.html, position)
            return end.end() if end else len(self.html)
        attrs = attributes(piece) if "=" in raw else {}
        if attrs.get("id"):
            record.ids.append((tag, attrs["id"]))
        if tag in VOID or raw.endswith("/"):
            return position
        if tag in BLOCKS:
            self.blocks += 1
        element = _Open(
            tag,
            attrs.get("lang", stack[-1].lang if stack else ""),
            tag not in NOT_PROSE and (not stack or stack[-1].prose),
            anchor_link=tag == "a" and "headerlink" in attrs.get("class", "").split(),
            block=self.blocks if tag in BLOCKS or not stack else stack[-1].block,
        )
        if tag in HEADINGS:
            element.heading, element.heading_id = [], attrs.get("id", "")
        stack.append(element)
        return position

    def end_tag(self, tag: str) -> None:
        _close(self.record, self.stack, tag, self.in_article)


def _raw_text(record: PageRecord, tag: str, attrs: dict[str, str], body: str) -> None:
    if tag == "style":
        record.styles.append(body)
    elif "src" not in attrs and attrs.get("type", "").lower() in _RUNNABLE_TYPES:
        record.scripts.append(body)


def _text(record: PageRecord, stack: list[_Open], text: str, in_article: bool) -> None:
    if not stack or text.isspace():
        return
    innermost = stack[-1]
    innermost.filled = True
    for element in reversed(stack):
        if element.anchor_link:  # a heading's "#": neither its text nor prose
            return
        if element.heading is not None:
            element.heading.append((text, innermost.lang))
            break
    if in_article and innermost.prose:
        record.texts.append(Text(text, innermost.lang, innermost.tag, innermost.block))


def _close(record: PageRecord, stack: list[_Open], tag: str, in_article: bool) -> None:
    """Close ``tag`` and whatever was left open inside it; a stray end tag closes nothing."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].tag != tag:
            continue
        for element in reversed(stack[depth:]):
            _finish(record, element, in_article)
        del stack[depth:]
        return


def _finish(record: PageRecord, element: _Open, in_article: bool) -> None:
    if element.tag in VALUE_ELEMENTS and not element.filled and in_article:
        record.empty_values.append(element.tag)
    if element.heading is not None:
        langs = {lang for _, lang in element.heading}
        lang = next(iter(langs)) if len(langs) == 1 else element.lang
        text = " ".join("".join(t for t, _ in element.heading).split())
        own = " ".join("".join(t for t, run_lang in element.heading if run_lang == lang).split())
        record.headings.append(Heading(int(element.tag[1]), element.heading_id, text, lang, own))
