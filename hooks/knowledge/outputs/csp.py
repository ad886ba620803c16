"""A Content-Security-Policy for every page, as a <meta> tag.

GitHub Pages cannot send headers, so the policy goes in the page. It allows
scripts, styles, images, fonts and requests from the site itself only;
Material's few inline scripts are allowed by their SHA-256 hash, computed for
each page (one of them contains the page's relative base URL); so is a page's
own <style> element (a course pack's running header and footer for print).
"""

from __future__ import annotations

import base64
import hashlib
import re

from knowledge.content.html import PageRecord, read_page

_CHARSET = re.compile(r'<meta charset="utf-8">', re.IGNORECASE)

BASE_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    # Material's stylesheet draws its icons with data: URIs.
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


class NoPlaceForPolicy(ValueError):
    """A page without <meta charset="utf-8"> would be published without its policy."""


def inline_script_hashes(html: str | PageRecord) -> list[str]:
    """Hashes of the inline scripts that run: not data blocks (JSON) and not
    scripts loaded from a file."""
    record = read_page(html) if isinstance(html, str) else html
    return sorted({_hash(body) for body in record.scripts})


def inline_style_hashes(html: str | PageRecord) -> list[str]:
    """Hashes of the page's <style> elements (style attributes stay forbidden)."""
    record = read_page(html) if isinstance(html, str) else html
    return sorted({_hash(body) for body in record.styles})


def _hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(record: PageRecord) -> str:
    directives = {k: list(v) for k, v in BASE_POLICY.items()}
    directives["script-src"] += inline_script_hashes(record)
    directives["style-src"] += inline_style_hashes(record)
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def add_policy(html: str, record: PageRecord | None = None) -> str:
    """The page with its policy as the first thing after the charset; ``record``
    is the page's reading (knowledge/content/html.py) if it was read already."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(record or read_page(html))}">'
    new, count = _CHARSET.subn(lambda m: m.group(0) + "\n    " + meta, html, count=1)
    if not count:
        raise NoPlaceForPolicy(
            'the page has no <meta charset="utf-8"> to put its Content-Security-Policy after'
        )
    return new
