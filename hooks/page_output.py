"""MkDocs hook: finishing touches on each page's HTML (see knowledge/page_output.py).
Links get their printed addresses in the scan (hooks/cross_references.py)."""

from __future__ import annotations

import build_state
from knowledge.page_output import drop_alternate_links
from knowledge.render import contents


def _headings(items, found=None):
    """MkDocs' table of contents as (level, anchor, title), in page order."""
    found = [] if found is None else found
    for item in items or []:
        found.append((item.level, item.id, item.title))
        _headings(item.children, found)
    return found


def on_post_page(output, page, config):
    lang = build_state.current(config).lang
    output = contents.insert(output, contents.page_contents(_headings(page.toc), lang))
    return drop_alternate_links(output)
