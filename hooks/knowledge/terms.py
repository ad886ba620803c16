"""Find glossary terms, organisations and other named things in running text.

One matcher serves every page: the text is split into words once and each
word position is looked up in a dictionary of known forms (longest form
first). The cost is linear in the length of the text and does not grow with
the number of terms, unlike a regular expression per term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word, with inner hyphens and a trailing plus: "SARA-V3", "LGBT+", "mestrings-".
TOKEN = re.compile(r"\w+(?:[-+]\w*)*")


def is_case_sensitive(form: str) -> bool:
    """A form written with a capital (SEL, SARA-V3, Danner, Patriark) matches
    exactly, so that the name "Danner" does not match the verb "danner"; a
    form in lower case matches in any case ("opsporing" finds "Opsporing")."""
    return any(c.isupper() for c in form)


def form_key(form: str) -> tuple[str, ...]:
    """How a form is compared with other forms for duplicates."""
    return tuple(t.casefold() for t in TOKEN.findall(form))


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    keys: tuple[str, ...]  # every entity with this form, e.g. ("term:vive", "org:vive")


class Matcher:
    """Leftmost-longest matching of known forms in text."""

    def __init__(self, forms: dict[str, list[str]]):
        self._exact: dict[tuple[str, ...], list[str]] = {}
        self._folded: dict[tuple[str, ...], list[str]] = {}
        self.max_words = 1
        for key, key_forms in forms.items():
            for form in key_forms:
                tokens = tuple(TOKEN.findall(form))
                if not tokens:
                    continue
                if is_case_sensitive(form):
                    table, lookup = self._exact, tokens
                else:
                    table, lookup = self._folded, tuple(t.casefold() for t in tokens)
                owners = table.setdefault(lookup, [])
                if key not in owners:
                    owners.append(key)
                self.max_words = max(self.max_words, len(tokens))

    def find(self, text: str) -> list[Match]:
        words = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        matches = []
        i = 0
        while i < len(words):
            found = None
            for n in range(min(self.max_words, len(words) - i), 0, -1):
                span = words[i : i + n]
                # A form of several words matches only words separated by spaces.
                if n > 1 and any(
                    not text[span[k][1] : span[k + 1][0]].isspace() for k in range(n - 1)
                ):
                    continue
                tokens = tuple(w[2] for w in span)
                keys = self._exact.get(tokens, []) + self._folded.get(
                    tuple(t.casefold() for t in tokens), []
                )
                if keys:
                    found = Match(span[0][0], span[-1][1], tuple(dict.fromkeys(keys)))
                    i += n
                    break
            if found:
                matches.append(found)
            else:
                i += 1
        return matches
