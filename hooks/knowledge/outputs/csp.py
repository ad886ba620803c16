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

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_INLINE_STYLE = re.compile(r"<style[^>]*>(?P<body>.*?)</style>", re.DOTALL)
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


def inline_script_hashes(html: str) -> list[str]:
    """Hashes of the inline scripts that run: not data blocks (JSON) and not
    scripts loaded from a file."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if "src=" in attrs or re.search(r'type="(?!text/javascript|module)[^"]+"', attrs):
            continue
        hashes.append(_hash(match.group("body")))
    return sorted(set(hashes))


def inline_style_hashes(html: str) -> list[str]:
    """Hashes of the page's <style> elements (style attributes stay forbidden)."""
    return sorted({_hash(match.group("body")) for match in _INLINE_STYLE.finditer(html)})


def _hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(html: str) -> str:
    directives = {k: list(v) for k, v in BASE_POLICY.items()}
    directives["script-src"] += inline_script_hashes(html)
    directives["style-src"] += inline_style_hashes(html)
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def add_policy(html: str) -> str:
    """The page with its policy as the first thing after the charset."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    new, count = _CHARSET.subn(lambda m: m.group(0) + "\n    " + meta, html, count=1)
    return new if count else html
