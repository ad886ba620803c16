"""Plain text from data files, made safe for HTML and Markdown."""

from __future__ import annotations

from .common import e

# Characters Markdown would read as markup in a heading, as numeric entities.
_MARKDOWN_SPECIALS = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+!|~"}


def markdown_inline(value: str) -> str:
    """Text for a Markdown heading: HTML-escaped, Markdown markup disarmed."""
    return "".join(_MARKDOWN_SPECIALS.get(c, c) for c in e(value))


def paragraphs(value: str) -> str:
    """Plain text to HTML: blank lines separate paragraphs, lines starting
    with "- " form a list. Everything is escaped; nothing else is markup."""
    blocks = [b.strip("\n") for b in value.strip().split("\n\n") if b.strip()]
    html = []
    for block in blocks:
        lines = block.splitlines()
        if all(line.lstrip().startswith("- ") for line in lines):
            items = "".join(f"<li>{e(line.lstrip()[2:].strip())}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{e(' '.join(line.strip() for line in lines))}</p>")
    return "".join(html)
