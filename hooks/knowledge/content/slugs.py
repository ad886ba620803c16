"""Heading anchors that stay readable and ASCII: "Hvad vil vi opnå?" ->
"hvad-vil-vi-opnaa". Trainers paste these into course material, so Danish
letters are spelled out (æ -> ae, ø -> oe, å -> aa) instead of dropped, as
Python-Markdown's default slugify would do ("opn")."""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def slugify(value: str, separator: str = "-") -> str:
    value = unicodedata.normalize("NFKD", value.translate(_DANISH))
    value = value.encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(rf"[{re.escape(separator)}\s]+", separator, value)
