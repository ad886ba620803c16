"""What a page's Markdown says, read from its source text: headings, anchors,
links, embed lines and the mistakes that only the text shows.

MkDocs turns a broken page into a published page without a word: an
unclosed `<div>` swallows the rest of the page as raw HTML, an unindented
admonition is an empty box, a second H1 or a repeated anchor is simply
there. One pass over the lines (code blocks and comments set aside) records
what the cross-page checks need (knowledge/checks/source_checks.py) and the
mistakes visible in the page alone. The result is cached with the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import get_close_matches

from knowledge.content.messages import say
from knowledge.content.slugs import slugify

# Elements whose end tag Markdown authors must write: an unclosed one takes the
# rest of the page with it. (p, li, td ... may be left open in HTML.)
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "main",
        "nav",
        "ol",
        "section",
        "summary",
        "table",
        "ul",
    ]
)
# Elements content must not bring: scripts, styles and frames run or load
# things the Content-Security-Policy and the privacy promise do not allow.
FORBIDDEN_TAGS = frozenset(
    ["script", "style", "iframe", "frame", "object", "embed", "link", "meta", "base", "form"]
)
# Material's admonition types and their aliases.
ADMONITION_TYPES = frozenset(
    [
        "note",
        "abstract",
        "summary",
        "tldr",
        "info",
        "todo",
        "tip",
        "hint",
        "important",
        "success",
        "check",
        "done",
        "question",
        "help",
        "faq",
        "warning",
        "caution",
        "attention",
        "failure",
        "fail",
        "missing",
        "danger",
        "error",
        "bug",
        "example",
        "quote",
        "cite",
    ]
)
# Extra classes Material knows after an admonition's type.
ADMONITION_CLASSES = frozenset({"inline", "end"})

# A line that is exactly an embed comment; render/page.py expands these.
EMBED = re.compile(r"^<!--\s*embed:\s*(\S+?)\s*-->[ \t]*$", re.MULTILINE)
_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})")
_ATX = re.compile(r"^[ \t]*(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_ATX_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_SETEXT_H1 = re.compile(r"^ {0,3}=+[ \t]*$")
_ATTR_LIST = re.compile(r"\{:?([^{}\n]*)\}")
_ANCHOR_IN_ATTRS = re.compile(r"(?:^|\s)#([^\s}]+)")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s[^<>]*?)?)(/?)>")
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_INLINE_LINK = re.compile(
    r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(?:<([^<>\n]*)>|([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*))"
)
_LINK_END = re.compile(r"""[ \t]*(?:[ \t](?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*\)""")
_REFERENCE = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$")
_REFERENCE_USE = re.compile(r"(?<![\]\\])\[([^\[\]]+)\]\[([^\[\]]*)\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|file|mailto):[^\s<>]*)>")
_ADMONITION = re.compile(r"^([ \t]*)(!!!|\?\?\?\+?)(.*)$")
# Python-Markdown's admonition syntax (a type, optional classes, an optional quoted title);
# pymdownx.details (???) also takes a title alone.
_ADMONITION_HEAD = re.compile(r'^ ?([\w-]+)((?: +[\w-]+)*)(?: +"[^"]*")? *$')
_DETAILS_TITLE_ONLY = re.compile(r'^ ?"[^"]*" *$')
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"
_LOOKS_LIKE_MARKDOWN = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]+\S|\d+\.[ \t]+\S|\|.*\|[ \t]*$)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*"
)


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    explicit: str | None  # its {#id}, if it has one


@dataclass(frozen=True)
class Link:
    line: int
    target: str
    kind: str  # "link", "image" (Markdown), "href", "src" (HTML), "reference"


@dataclass(frozen=True)
class Comment:
    line: int
    text: str  # between <!-- and -->
    embed: str = ""  # the name, if the line is an embed line (what render/page.py expands)


@dataclass
class SourceFacts:
    title: str = ""  # the page's title: its H1, the first heading MkDocs' toc gives an anchor
    headings: list[Heading] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)  # explicit ids -> first line
    links: list[Link] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    _anchor_lines: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def anchor_lines(self) -> dict[str, int]:
        """The anchors the page's own text brings, with their lines: explicit ids,
        and each heading's anchor as Python-Markdown's toc makes it (the slug of
        its text, made unique against every id on the page, the title's first,
        with _1, _2, ...). Worked out when asked: most pages never are."""
        if self._anchor_lines is None:
            lines = dict(self.anchors)
            used = set(self.anchors) | {self.title_anchor()}
            for heading in self.headings:
                anchor = heading.explicit or _unique(slugify(_plain(heading.text)), used)
                used.add(anchor)
                lines.setdefault(anchor, heading.line)
            self._anchor_lines = lines
        return self._anchor_lines

    def title_anchor(self) -> str:
        return slugify(_plain(self.title))

    def anchor_ids(self) -> set[str]:
        """Every anchor a link to the page may name (the title's H1 included)."""
        return set(self.anchor_lines()) | {self.title_anchor()}


@dataclass
class _Open:
    tag: str
    line: int
    markdown: bool  # has the `markdown` attribute (md_in_html renders what is inside)
    flagged: bool = False


class _Reader:
    """One pass over a page body; ``first_line`` is the body's line in the file."""

    def __init__(self, first_line: int, title: str) -> None:
        self.first_line = first_line
        self.facts = SourceFacts(title=title)
        self.fence: tuple[str, int, int] | None = None  # marker, its length, line
        self.comment_line = 0  # > 0: inside a comment opened on that line
        self.comment_text: list[str] = []
        self.open: list[_Open] = []
        self.admonition: tuple[int, int] | None = None  # (line, indent) awaiting its body
        self.previous = ""  # the previous line, for setext headings
        self.last_level = 1  # the title is the H1
        self.references: set[str] = set()  # labels of [label]: target lines
        self.reference_uses: list[tuple[int, str, str]] = []  # [text][label]: line, label, as written

    def problem(self, line: int, reason: str) -> None:
        self.facts.problems.append((line, reason))

    def read(self, body: str) -> SourceFacts:
        for number, line in enumerate(body.split("\n"), start=self.first_line):
            self.line(number, line)
        self.finish()
        return self.facts

    # --- one line ------------------------------------------------------------------

    def line(self, number: int, line: str) -> None:
        if self.fence is not None:
            self.in_fence(line)
            return
        if self.comment_line:
            line = self.continue_comment(number, line)
            if self.comment_line:
                return
        elif fence := _FENCE.match(line):
            self.fence = (fence.group(2)[0], len(fence.group(2)), number)
            return
        self.awaiting_admonition(number, line)
        text = self.without_comments(number, line)
        if "`" in text:
            text = _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)
        self.text_line(number, text)

    def text_line(self, number: int, text: str) -> None:
        """A line outside code blocks and comments, code spans blanked out."""
        stripped = text.lstrip()
        if stripped.startswith("#"):
            self.atx_heading(number, text)
        elif _SETEXT_H1.match(text) and self.previous.strip() and not self.previous.lstrip().startswith("#"):
            self.heading(number, 1, self.previous.strip(), None)
        if stripped.startswith(("!!!", "???")):
            self.admonition_head(number, text)
        if "<" in text:
            self.tags(number, text)
        if "[^" in text or stripped.startswith("*["):
            self.unsupported(number, stripped)
        if "](" in text or "]:" in text or "][" in text:
            self.markdown_links(number, text)
        if "{" in text:
            self.attr_lists(number, text)
        self.markdown_in_raw_html(number, text)
        self.previous = text

    def unsupported(self, number: int, stripped: str) -> None:
        """Footnotes and abbreviation definitions: extensions the site does not switch on,
        whose text would be published as written (or a footnote as a broken link)."""
        if match := _FOOTNOTE.search(stripped):
            self.problem(number, say("markdown-unsupported", what="a footnote", text=match.group(0)))
        elif match := _ABBREVIATION.match(stripped):
            self.problem(
                number, say("markdown-unsupported", what="an abbreviation definition", text=match.group(0))
            )

    def in_fence(self, line: str) -> None:
        assert self.fence is not None
        char, length, _ = self.fence
        stripped = line.strip()
        if stripped and set(stripped) == {char} and len(stripped) >= length:
            self.fence = None

    def continue_comment(self, number: int, line: str) -> str:
        end = line.find(_COMMENT_CLOSE)
        if end < 0:
            self.comment_text.append(line)
            return ""
        self.comment_text.append(line[:end])
        self.facts.comments.append(Comment(self.comment_line, "\n".join(self.comment_text)))
        self.comment_line = 0
        return " " * (end + 3) + line[end + 3 :]

    def without_comments(self, number: int, line: str) -> str:
        """The line with its comments blanked out; a comment left open carries on."""
        if _COMMENT_OPEN not in line:
            return line
        parts = []
        rest = line
        while (start := rest.find(_COMMENT_OPEN)) >= 0:
            parts.append(rest[:start])
            end = rest.find(_COMMENT_CLOSE, start + 4)
            if end < 0:
                self.comment_line = number
                self.comment_text = [rest[start + 4 :]]
                return "".join(parts)
            embed = EMBED.match(line)
            self.facts.comments.append(
                Comment(number, rest[start + 4 : end], embed.group(1) if embed else "")
            )
            parts.append(" " * (end + 3 - start))
            rest = rest[end + 3 :]
        parts.append(rest)
        return "".join(parts)

    # --- headings and anchors ----------------------------------------------------------

    def atx_heading(self, number: int, text: str) -> None:
        match = _ATX.match(text)
        if not match or (self.open and not self.open[-1].markdown):  # raw HTML: printed as is
            return
        level, content = len(match.group(1)), _ATX_CLOSING.sub("", match.group(2) or "")
        if not content.strip():
            self.problem(number, say("heading-empty"))
            return
        explicit = None
        attrs = _ATTR_LIST.search(content)
        if attrs and content.rstrip().endswith("}"):
            ids = _ANCHOR_IN_ATTRS.findall(attrs.group(1))
            explicit = ids[0] if ids else None
            content = content[: attrs.start()].rstrip()
        self.heading(number, level, content, explicit)

    def heading(self, number: int, level: int, text: str, explicit: str | None) -> None:
        if level == 1:
            self.problem(number, say("h1-second", text=text[:60]))
        elif level > self.last_level + 1:
            self.problem(number, say("heading-skip", level=level, previous=self.last_level))
        self.last_level = level
        self.facts.headings.append(Heading(number, level, text, explicit))

    def attr_lists(self, number: int, text: str) -> None:
        for match in _ATTR_LIST.finditer(text):
            for anchor in _ANCHOR_IN_ATTRS.findall(match.group(1)):
                self.anchor(number, anchor)

    def anchor(self, number: int, anchor: str) -> None:
        first = self.facts.anchors.get(anchor)
        if first is not None:
            self.problem(number, say("anchor-twice", anchor=anchor, first=first))
        else:
            self.facts.anchors[anchor] = number

    # --- HTML --------------------------------------------------------------------------

    def tags(self, number: int, text: str) -> None:
        for match in _TAG.finditer(text):
            closing, name, attributes, self_closing = match.groups()
            name = name.lower()
            if closing:
                self.close(number, name)
                continue
            attrs = _attributes(attributes)
            if name in FORBIDDEN_TAGS:
                self.problem(number, say("html-forbidden", tag=name))
                continue  # its addresses do not matter: it goes
            if attrs.get("id"):
                self.anchor(number, attrs["id"])
            for attribute in ("href", "src"):
                if attrs.get(attribute):
                    self.facts.links.append(Link(number, attrs[attribute], attribute))
            if name == "h1":
                self.problem(number, say("h1-second", text="<h1>"))
            if name in BLOCK_TAGS and not self_closing:
                self.open.append(_Open(name, number, "markdown" in attrs))
        autolinks = _AUTOLINK.findall(text)
        self.facts.links.extend(Link(number, target, "link") for target in autolinks)

    def close(self, number: int, name: str) -> None:
        if name not in BLOCK_TAGS:
            return
        if not any(o.tag == name for o in self.open):
            self.problem(number, say("html-stray-close", tag=name))
            return
        while self.open:
            opened = self.open.pop()
            if opened.tag == name:
                return
            self.problem(opened.line, say("html-unclosed", tag=opened.tag, line=number, closing=name))

    def markdown_in_raw_html(self, number: int, text: str) -> None:
        """Inside a <div> without `markdown`, Markdown is printed as it is written."""
        if not self.open or self.open[-1].markdown or self.open[-1].flagged:
            return
        innermost = self.open[-1]
        if innermost.line != number and _LOOKS_LIKE_MARKDOWN.search(text):
            innermost.flagged = True
            self.problem(innermost.line, say("html-no-markdown", tag=innermost.tag, line=number))

    # --- links ---------------------------------------------------------------------------

    def markdown_links(self, number: int, text: str) -> None:
        reference = _REFERENCE.match(text)
        if reference and not reference.group(1).startswith("^"):
            self.references.add(_label(reference.group(1)))
            self.facts.links.append(Link(number, reference.group(2), "reference"))
            return
        for match in _INLINE_LINK.finditer(text):
            target = match.group(2) if match.group(2) is not None else match.group(3)
            if not _LINK_END.match(text, match.end()):  # `[text](target` : printed as it is written
                self.problem(number, say("link-unclosed", target=target))
                continue
            kind = "image" if match.group(1) else "link"
            self.facts.links.append(Link(number, target, kind))
        for use in _REFERENCE_USE.finditer(text):
            self.reference_uses.append((number, _label(use.group(2) or use.group(1)), use.group(0)))

    # --- admonitions -------------------------------------------------------------------

    def admonition_head(self, number: int, text: str) -> None:
        match = _ADMONITION.match(text)
        if not match:
            return
        indent, rest = _width(match.group(1)), match.group(3)
        head = _ADMONITION_HEAD.match(rest)
        if head:
            kind, classes = head.group(1), head.group(2).split()
            if kind not in ADMONITION_TYPES:
                near = _near(kind, ADMONITION_TYPES)
                reason = (
                    say("admonition-type-near", kind=kind, near=near)
                    if near
                    else say("admonition-type", kind=kind)
                )
                self.problem(number, reason)
            stray = [c for c in classes if c not in ADMONITION_CLASSES]
            if stray:
                self.problem(number, say("admonition-title", words=" ".join(stray)))
        elif not (match.group(2).startswith("???") and _DETAILS_TITLE_ONLY.match(rest)):
            self.problem(number, say("admonition-syntax", marker=match.group(2)[:3]))
        self.admonition = (number, indent)

    def awaiting_admonition(self, number: int, line: str) -> None:
        if self.admonition is None or not line.strip():
            return
        opened, indent = self.admonition
        self.admonition = None
        if _width(line[: len(line) - len(line.lstrip())]) < indent + 4:
            self.problem(opened, say("admonition-empty", line=number))

    # --- the end of the page ---------------------------------------------------------------

    def finish(self) -> None:
        if self.fence is not None:
            self.problem(self.fence[2], say("fence-unclosed", marker=self.fence[0] * self.fence[1]))
        if self.comment_line:
            self.problem(self.comment_line, say("comment-unclosed"))
        for opened in self.open:
            self.problem(opened.line, say("html-unclosed-end", tag=opened.tag))
        if self.admonition is not None:
            self.problem(self.admonition[0], say("admonition-empty-end"))
        for number, label, written in self.reference_uses:
            if label not in self.references:
                self.problem(number, say("link-reference-undefined", link=written))
        self.facts.problems.sort()


_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,40}\]:?")
_ABBREVIATION = re.compile(r"\*\[[^\]]{1,60}\]:")


def _unique(slug: str, used: set[str]) -> str:
    count = 0
    candidate = slug
    while candidate in used or not candidate:
        count += 1
        candidate = f"{slug}_{count}"
    return candidate


def _label(text: str) -> str:
    """Reference labels match regardless of case and spacing, as in Markdown."""
    return " ".join(text.split()).casefold()


def _attributes(text: str) -> dict[str, str]:
    return {
        m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTRIBUTE.finditer(text)
    }


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


_INLINE_MARKUP = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|<[^>]+>|[*_`]")


def _plain(text: str) -> str:
    """A heading's text as the table of contents sees it: links and emphasis
    reduced to their words."""
    return _INLINE_MARKUP.sub(lambda m: m.group(1) or "", text)


def _near(word: str, known: frozenset[str] | set[str]) -> str:
    found = get_close_matches(word.lower(), sorted(known), n=1, cutoff=0.6)
    return found[0] if found else ""


def read_source(body: str, first_line: int = 1, title: str = "") -> SourceFacts:
    """The facts and local mistakes of a page body that starts on ``first_line``
    (``title``: the page's title, which becomes its H1)."""
    return _Reader(first_line, title).read(body)
