"""MkDocs hook: finishing touches on each page's HTML (see knowledge/page_output.py)."""

from __future__ import annotations

from knowledge.page_output import add_print_urls, drop_alternate_links


def on_post_page(output, page, config):
    output = drop_alternate_links(output)
    return add_print_urls(output, page.url, config.site_url or "/")
