"""MkDocs hook: finishing touches on each page's HTML (see knowledge/page_output.py).
Links get their printed addresses in the scan (hooks/cross_references.py)."""

from __future__ import annotations

from knowledge.page_output import drop_alternate_links


def on_post_page(output, page, config):
    return drop_alternate_links(output)
