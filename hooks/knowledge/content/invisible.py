"""Characters an editor cannot see, or cannot tell from the ones they meant,
found where they break the syntax or the words: text pasted from Word or a
web page brings no-break spaces, soft hyphens, zero-width characters and
curly quotes. YAML and Markdown read them as text, so the message that
follows names what the editor believes they wrote; these lines name the
character itself.

- A soft hyphen or a zero-width character anywhere in the content: it
  splits the word for the glossary's links, the search and ids, and has no
  use in this site's text.
- A space other than the plain one where the syntax needs a space: the
  indentation, after a Markdown block marker (`##`, `-`, `1.`, `>`, `!!!`),
  around a YAML key's colon or after a YAML list's dash. (A no-break space
  inside a sentence is typography, and is left alone.)
- Curly quotes where the syntax needs straight ones: around a YAML value,
  around an admonition's title.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.content.messages import say

# Invisible in an editor, and never wanted in this site's content.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_NAMES = {
    "\u00a0": "no-break space",
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space",
    "\u202f": "narrow no-break space",
    "\u2007": "figure space",
    "\u3000": "ideographic space",
}
# Spaces that look like the plain one.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_CURLY = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb"

_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_S = f"[ \t{_SPACES}]"  # any space, as the editor sees it
# YAML: the indentation, a list's dash and a key's colon, with the spaces around them.
_YAML_SYNTAX = re.compile(rf"^({_S}*)((?:-{_S}+)*)(?:([^:#'\"{{\[]*?)({_S}*):(?:({_S}+)|$))?")
# Markdown: the indentation and a block marker with the space after it.
_MD_SYNTAX = re.compile(rf"^({_S}*)((?:#{{1,6}}|[-*+]|\d+[.)]|>|!!!|\?\?\?\+?)({_S}+))?")
_YAML_CURLY = re.compile(rf"^{_S}*(?:-{_S}+)*(?:[^:#'\"]+:{_S}+)?([{_CURLY}]).*[{_CURLY}]{_S}*$")
_ADMONITION_CURLY = re.compile(rf"^{_S}*(?:!!!|\?\?\?\+?){_S}+[\w-]+(?:{_S}+[\w-]+)*{_S}+([{_CURLY}])")


def name(char: str) -> str:
    """'no-break space (U+00A0)'."""
    label = _NAMES.get(char) or unicodedata.name(char, "character").lower()
    return f"{label} (U+{ord(char):04X})"


def _invisible(number: int, line: str) -> list[tuple[int, str]]:
    found = _INVISIBLE_RE.search(line)
    return [(number, say("invisible-character", line=number, char=name(found.group(0))))] if found else []


def _odd_space(number: int, parts: tuple[str | None, ...], syntax: str) -> list[tuple[int, str]]:
    for part in parts:
        odd = next((c for c in part or "" if c in _SPACES), None)
        if odd:
            return [(number, say("invisible-space", line=number, char=name(odd), syntax=syntax))]
    return []


def yaml_problems(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, reason) for each line of YAML ``text`` that holds such a character
    where it breaks the YAML or the words (``first_line``: the text's first line
    in its file). One reason per line."""
    if text.isascii():
        return []
    found = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.isascii() or line.lstrip().startswith("#"):
            continue
        match = _YAML_SYNTAX.match(line)
        assert match is not None  # every part is optional
        spaces = match.group(1, 2, 4, 5)
        problems = _invisible(number, line) or _odd_space(number, spaces, "YAML")
        curly = _YAML_CURLY.match(line)
        if not problems and curly:
            problems = [(number, say("curly-quotes", line=number, char=name(curly.group(1)), syntax="YAML"))]
        found += problems
    return found


def markdown_problems(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(line, reason) for each line of Markdown ``text`` that holds such a
    character where it breaks the Markdown or the words."""
    if text.isascii():
        return []
    found = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.isascii():
            continue
        match = _MD_SYNTAX.match(line)
        assert match is not None
        problems = _invisible(number, line) or _odd_space(number, match.group(1, 3), "Markdown")
        curly = _ADMONITION_CURLY.match(line)
        if not problems and curly:
            char = name(curly.group(1))
            problems = [(number, say("curly-quotes", line=number, char=char, syntax="a box's title"))]
        found += problems
    return found
