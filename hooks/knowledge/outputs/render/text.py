"""Plain text from data files, made safe for HTML and Markdown."""

from __future__ import annotations

from knowledge.outputs.render.common import e

# Characters Markdown or HTML would read as markup in a heading, as entities.
_INLINE_ESCAPES = {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+!|~"}
_INLINE_ESCAPES.update({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def markdown_inline(value: str) -> str:
    """Text for a Markdown heading: HTML markup escaped, Markdown markup disarmed."""
    return "".join(_INLINE_ESCAPES.get(c, c) for c in value)


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
