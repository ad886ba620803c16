"""A page's rendered HTML moved into another page (a course pack).

Three things change when a page's article becomes one part of a longer page:
its ids must not collide with the other parts' (each id gets the part's
prefix), its relative links must start from the new page's address, and a link
to something the new page contains must stay inside it (a core element's page
becomes an anchor in the pack). Headings go down one level, so that the new
page keeps a single h1. Addresses for print (``data-print-url``) are absolute
and stay as they are: on paper, a link still names its page on the web.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.content.index import relative_url, resolve_href

# Finds where a link goes inside the new page: (site URL, anchor) -> an id of
# the new page, or None for a target the new page does not contain.
Locate = Callable[[str, str], str | None]

# Tags only: text never holds a raw "<" (it is escaped), so attributes are
# rewritten only where they are attributes.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>")
_ID_ATTRIBUTE = re.compile(r'(\s)(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
_LINK_ATTRIBUTE = re.compile(r'(\s)(href|src)="([^"]*)"')
_HEADING = re.compile(r"h([1-6])")
SEPARATOR = "--"  # page ids never contain it (model.ID_PATTERN), so prefixed ids are new


def prefixed(prefix: str, anchor: str) -> str:
    return f"{prefix}{SEPARATOR}{anchor}"


def move(html: str, *, from_url: str, to_url: str, prefix: str, locate: Locate) -> str:
    """``html`` of the page at ``from_url`` as a part of the page at ``to_url``
    (both site-relative), its ids prefixed with ``prefix``."""

    def id_attribute(m: re.Match[str]) -> str:
        space, name, value = m.groups()
        ids = " ".join(prefixed(prefix, v) for v in value.split())
        return f'{space}{name}="{ids}"'

    def link_attribute(m: re.Match[str]) -> str:
        space, name, value = m.groups()
        return f'{space}{name}="{_moved_link(value, from_url, to_url, prefix, locate)}"'

    def tag(m: re.Match[str]) -> str:
        close, name, attrs = m.groups()
        heading = _HEADING.fullmatch(name.lower())
        if heading:
            name = f"h{min(int(heading.group(1)) + 1, 6)}"
        if not close:
            attrs = _LINK_ATTRIBUTE.sub(link_attribute, _ID_ATTRIBUTE.sub(id_attribute, attrs))
        return f"<{close}{name}{attrs}>"

    return _TAG.sub(tag, html)


def _moved_link(href: str, from_url: str, to_url: str, prefix: str, locate: Locate) -> str:
    if href.startswith("#"):
        inside = locate(from_url, href[1:])
        return f"#{inside or prefixed(prefix, href[1:])}" if len(href) > 1 else href
    resolved = resolve_href(href, from_url)
    if resolved is None:  # another site, mail, or an absolute path: the same from anywhere
        return href
    url, anchor = resolved
    inside = locate(url, anchor)
    if inside is not None:
        return f"#{inside}"
    return relative_url(f"{url}#{anchor}" if anchor else url, to_url)
