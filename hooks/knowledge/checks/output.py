"""What every published page must hold, checked on the page as written.

The checks of the content model look at what editors write; these look at
what readers get, so a mistake nobody has thought of yet is still caught by
what it does to the page: Markdown or markup shown as text, invisible
characters, a label with nothing after it, Danish headings or text on an
English page. Each finding carries the text that shows it, so that the build
can name the source file and line that produced it (``locate``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from knowledge.content.html import Heading, PageRecord, Text

# Markdown the site does not render, as it shows when it is published as text.
RAW_MARKDOWN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a footnote marker", re.compile(r"\[\^[^\]\s]{1,40}\]")),
    ("an abbreviation definition", re.compile(r"\*\[[^\]\n]{1,60}\]:")),
    ("a Markdown link", re.compile(r"\[[^\]\n]{1,200}\]\([^)\s]{1,300}\)")),
    # "[text] (address)": a space before the address stops Markdown; "[translation] (n.d.)" is prose.
    (
        "a Markdown link with a space before its address",
        re.compile(
            r"\[[^\]\n]{1,200}\][ \t]\((?:https?://|mailto:|\.{0,2}/|#|[\w.-]+\.(?:md|html?)\b|[\w-]+/)[^)\s]{0,300}\)"
        ),
    ),
    ("a reference link", re.compile(r"\[[^\]\n]{1,200}\]\[[^\]\n]{0,60}\]")),
    ("an attribute list", re.compile(r"\{:?\s*(?:[#.][\w-]+|[\w-]+=)[^{}\n]{0,100}\}")),
    ("a table row", re.compile(r"(?:^|\n)\s*\|?[^|\n]{1,200}\|[^|\n]{0,200}\|")),
    ("a table's header line", re.compile(r"\|\s*:?-{3,}")),
    # GitHub's callouts ("> [!NOTE]") are not Markdown the site knows: the site's boxes are "!!! note".
    ("a GitHub callout marker", re.compile(r"\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.I)),
    ("an admonition marker", re.compile(r"(?:^|\n)\s*(?:!!!|\?\?\?\+?)\s*[a-z]")),
    # A list needs a blank line before it; without one its items stay in the paragraph.
    (
        "a list item inside a paragraph",
        re.compile(r"(?<=[^\n\x00])\n[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\S|$)"),
    ),
    ("a heading marker", re.compile(r"(?:^|\n)\s{0,3}#{1,6}\s+\w")),
    (
        "emphasis markers",
        re.compile(r"(?<![\w*])\*\*[^*\n]{1,200}\*\*(?![\w*])|(?<!\w)__[^_\n]{1,200}__(?!\w)"),
    ),
    ("a code fence", re.compile(r"```|~~~")),
    (
        "a front matter field",
        re.compile(r"(?:^|\n)\s*(?:---\s*\n\s*)?[a-z_]{2,20}:\s+\S[^\n]*\n\s*[a-z_]{2,20}:\s"),
    ),
    ("an embed line", re.compile(r"<!--|-->")),
)
# Markup written as text: a tag a reader sees instead of its effect.
RAW_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z-]+(?:=\S*)?)*\s*/?>")
INVISIBLE = {
    "\u00ad": "a soft hyphen",
    "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner",
    "\u200d": "a zero-width joiner",
    "\u2060": "a word joiner",
    "\ufeff": "a byte order mark",
    "\u202a": "a direction mark",
    "\u202c": "a direction mark",
    "\u200e": "a direction mark",
    "\u200f": "a direction mark",
}
_INVISIBLE = re.compile(f"[{''.join(INVISIBLE)}]")
# Words of Danish sentences that English never uses (whole words, any case).
DANISH_WORDS = frozenset(
    "og af til med ikke det der har kan skal vil fra ved efter eller være blev bliver hvor hvad "
    "hvordan hvis når deres sig sin sit sine denne dette disse som også samt både mellem hos uden "
    "kun meget andre eksempel".split()
)
_DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")


@dataclass(frozen=True)
class Finding:
    """One thing wrong with a published page."""

    code: str  # the message's code (knowledge/content/messages.py)
    values: tuple[tuple[str, str], ...]  # the message's values
    needle: str  # text to look for in the sources to find the line that produced it
    context: str = ""  # the published text around it, to tell apart places that hold the needle

    @property
    def message_values(self) -> dict[str, str]:
        return dict(self.values)


def _shown(text: str, start: int, end: int, width: int = 60) -> str:
    """The offending text with a little context, on one line."""
    snippet = " ".join(text[max(0, start - 10) : end + 10].split())
    return snippet if len(snippet) <= width else snippet[: width - 1] + "…"


def page_findings(record: PageRecord, lang: str) -> list[Finding]:
    """Everything wrong with one published page's text."""
    found = list(_raw_text(record))
    found += _empty_values(record)
    if lang != "da":
        found += _danish_text(record)
    return found


def blocks(runs: Iterable[Text]) -> list[str]:
    """The text of each block (paragraph, list item, cell…) as a reader reads it: its
    runs joined, whatever inline elements (links, terms, emphasis) split it into."""
    joined: dict[int, list[str]] = {}
    for run in runs:
        joined.setdefault(run.block, []).append(run.text)
    return ["".join(parts) for parts in joined.values()]


def _needle(text: str, start: int, end: int) -> str:
    """What to look for in the sources: the match with the words before it (a bare
    "- " or "|" is everywhere; "kan foregå:\n- " is in one place)."""
    before = text[max(0, start - 24) : start]
    return (before[before.find(" ") + 1 :] if " " in before else before).lstrip() + text[start:end].rstrip()


def _raw_text(record: PageRecord) -> Iterator[Finding]:
    texts = blocks(record.texts)
    # Most pages hold none of it: one search over all of the page's text decides
    # whether its blocks are looked at one by one (a hit across two blocks only costs time).
    if not _ANY_RAW.search(_JOIN.join(texts)):
        return
    for text in texts:
        for what, pattern in RAW_MARKDOWN:
            m = pattern.search(text)
            if m:
                yield Finding(
                    "published-markdown",
                    (("what", what), ("text", _shown(text, m.start(), m.end()))),
                    _needle(text, m.start(), m.end()),
                    text[:400],
                )
                break
        else:
            m = RAW_MARKUP.search(text)
            if m:
                shown = _shown(text, m.start(), m.end())
                yield Finding("published-markup", (("text", shown),), m.group(0), text[:400])
        m = _INVISIBLE.search(text)
        if m:
            words = re.search(r"\S*" + re.escape(m.group(0)) + r"\S*", text)
            shown = (words.group(0) if words else m.group(0)).replace(m.group(0), "·")
            point = f"U+{ord(m.group(0)):04X}"
            yield Finding(
                "published-invisible",
                (("name", INVISIBLE[m.group(0)]), ("point", point), ("text", shown)),
                words.group(0) if words else m.group(0),
                text[:400],
            )


def _empty_values(record: PageRecord) -> Iterator[Finding]:
    for tag in record.empty_values:
        yield Finding("published-empty", (("tag", tag),), "")


_ANY_RAW = re.compile(
    "|".join(f"(?:{pattern.pattern})" for _, pattern in RAW_MARKDOWN)
    + f"|(?:{RAW_MARKUP.pattern})|{_INVISIBLE.pattern}"
)
# Between runs: each run starts a line, as it does on its own.
_JOIN = "\x00\n"


def danish_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.casefold() in DANISH_WORDS]


def _danish_text(record: PageRecord) -> Iterator[Finding]:
    """Running text of an English page that reads as Danish but is not marked so:
    two or more Danish words in one run (names are marked lang="da" by the build)."""
    english = blocks(run for run in record.texts if not run.lang.startswith("da"))
    if len({w.casefold() for w in _WORD.findall(_JOIN.join(english))} & DANISH_WORDS) < 2:
        return
    for text in english:
        words = danish_words(text)
        if len({w.casefold() for w in words}) >= 2:
            first = text.find(words[0])
            yield Finding(
                "published-danish-text",
                (("text", _shown(text, first, first + 40)),),
                text[first : first + 40].strip(),
                text[:400],
            )


def heading_findings(english: Iterable[Heading], danish: Iterable[Heading]) -> list[Finding]:
    """An English page's title and headings left in Danish: the same as the Danish
    page's, or with Danish letters or words, and not marked lang="da"."""
    danish_texts = {h.text.casefold() for h in danish if any(c.isalpha() for c in h.text)}
    found = []
    for heading in english:
        if heading.lang.startswith("da") or not heading.text:
            continue
        text, own = heading.text, heading.own_text
        # One word may be the same in both languages ("Stalking", "1. Motivation").
        # Abbreviations and codes ("(SEL)", "(R01)") are not words of either language.
        words = [w for w in text.split() if any(c.islower() for c in w)]
        same = text.casefold() in danish_texts and len(words) > 1 and not _is_name_only(text)
        if same or _DANISH_LETTERS.search(own) or danish_words(own):
            what = "title" if heading.level == 1 else "heading"
            found.append(Finding("published-danish-heading", (("what", what), ("text", text)), text))
    return found


def _is_name_only(text: str) -> bool:
    """An abbreviation or a code ("VIVE", "LOKK", "SEL § 109"): the same in both languages."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def locate(needle: str, sources: dict[str, str], context: str = "") -> tuple[str, int] | None:
    """The source file and line holding ``needle`` (or the longest start of it that a
    file holds: a published run may join lines). Where several places hold it (the same
    mistake pasted twice), the one whose neighbourhood shares most words with
    ``context``, the published text around the finding; then the first in the order given."""
    if not needle.strip():
        return None
    words = {w for w in _WORD.findall(context) if len(w) > 4}
    for length in (len(needle), 40, 20, 10):
        part = needle[:length].strip()
        if len(part) < 4 and length != len(needle):
            continue
        found = [(path, text, index) for path, text in sources.items() for index in _all(text, part)]
        if found:
            best = max(found, key=lambda place: _shared(place[1], place[2], words)) if words else found[0]
            return best[0], best[1].count("\n", 0, best[2]) + 1
    return None


def _all(text: str, part: str) -> Iterator[int]:
    index = text.find(part)
    while index != -1:
        yield index
        index = text.find(part, index + 1)


def _shared(text: str, index: int, words: set[str]) -> int:
    """How many of ``words`` stand within a few lines of ``index`` (ties go to the first place)."""
    start = max(0, index - 400)
    return len(words & set(_WORD.findall(text[start : index + 600])))
