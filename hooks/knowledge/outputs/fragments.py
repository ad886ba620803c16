"""Generated HTML kept out of Markdown.

Python-Markdown and MkDocs each run an HTML parser over every raw HTML block
of a page's Markdown (three passes in all), which made generated pages (the
glossary, the indexes) the slowest part of the build. Generated HTML is
therefore put in the Markdown as a placeholder comment and put back into the
HTML after conversion. Headings stay Markdown, so that the table of contents
and heading anchors work as for any page.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"<!--kb-fragment:(\d+)-->")
_ID = re.compile(r'\sid="([^"]+)"')


class Fragments:
    """The generated HTML of one page, in order."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, html: str) -> str:
        """Keep ``html``; return the Markdown that stands in for it."""
        self.items.append(html)
        return f"\n\n<!--kb-fragment:{len(self.items) - 1}-->\n\n"

    def lift(self, markdown: str) -> str:
        """Generated Markdown with every raw HTML block replaced by a placeholder."""
        blocks = re.split(r"\n\s*\n", markdown)
        return "\n\n".join(self.add(b).strip() if b.lstrip().startswith("<") else b for b in blocks)

    def inject(self, html: str) -> str:
        """The converted page with the generated HTML back in place."""
        if not self.items:
            return html
        return _PLACEHOLDER.sub(lambda m: self.items[int(m.group(1))], html)

    def anchor_ids(self) -> set[str]:
        """The ids the generated HTML brings, for MkDocs' check of links to anchors."""
        return {anchor for item in self.items for anchor in _ID.findall(item)}
