""" "På denne side" at the top of long pages, for phones.

Material shows a page's table of contents beside the text on wide screens and
only inside the menu on narrow ones, so a long page on a phone gave no
overview at its top. This folding list of the page's sections follows the
lead; the stylesheet shows it only where the sidebar is hidden. It is put in
after the search index is built (a marker in the Markdown, replaced in the
finished page), so the search does not index it as text of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from html import unescape

from knowledge.content import ui
from knowledge.outputs.render.common import e

MARKER = "<!--kb:page-contents-->"
# A page with fewer sections than this fits its own overview on a screen or two.
MIN_SECTIONS = 3
# Pages whose own navigation is their letters (glossary, subject index) or the front page.
SKIP_GENERATORS = frozenset({"glossary", "subject-index"})


def wanted(page_type: str, generator: str | None) -> bool:
    """Whether a page of this type gets the marker."""
    return page_type != "home" and generator not in SKIP_GENERATORS


def page_contents(
    headings: list[tuple[int, str, str]], lang: str, mark: Callable[[str], str] = lambda text: text
) -> str:
    """The folding list of the page's second-level headings, given as
    (level, anchor, title) in page order; empty for a short page. Titles come
    as MkDocs gives them (HTML text); ``mark`` marks the Danish names in them
    (English pages), as the table of contents does."""
    sections = [(anchor, e(unescape(title))) for level, anchor, title in headings if level == 2]
    if len(sections) < MIN_SECTIONS:
        return ""
    label = e(ui.text("on_this_page", lang))
    items = "".join(f'<li><a href="#{e(anchor)}">{mark(title)}</a></li>' for anchor, title in sections)
    # data-kb-skip: the site's furniture, not the page's own text (as the boxes).
    return (
        f'<details class="kb-fold kb-page-contents" data-kb-skip><summary>{label}</summary>'
        f'<nav aria-label="{label}"><ol>{items}</ol></nav></details>'
    )


def insert(html: str, contents: str) -> str:
    """The finished page with its contents in place of its marker. A page that
    gathers other pages' text (a course pack) carries their markers too; they
    are dropped."""
    head, found, tail = html.partition(MARKER)
    return head + contents + tail.replace(MARKER, "") if found else html
