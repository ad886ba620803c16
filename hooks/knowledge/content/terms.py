"""Find glossary terms, organisations and other named things in running text.

One matcher serves every page: the text is split into words once and each
word position is looked up in a dictionary of known forms (longest form
first). The cost is linear in the length of the text and does not grow with
the number of terms, unlike a regular expression per term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

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


_END = ""  # marks the end of a form in the trie (no token is empty)


class Matcher:
    """Leftmost-longest matching of known forms in text.

    The forms are kept in two word tries, one for forms that match exactly
    and one for forms in lower case (looked up with case-folded words). From
    each word the tries are walked only as far as some form continues, so the
    cost per word is the length of the longest form that starts there.
    """

    def __init__(self, forms: dict[str, list[str]]):
        self._exact: dict[str, Any] = {}
        self._folded: dict[str, Any] = {}
        self.max_words = 1
        for key, key_forms in forms.items():
            for form in key_forms:
                tokens = TOKEN.findall(form)
                if not tokens:
                    continue
                if is_case_sensitive(form):
                    node = self._exact
                else:
                    node, tokens = self._folded, [t.casefold() for t in tokens]
                for token in tokens:
                    node = node.setdefault(token, {})
                owners = node.setdefault(_END, [])
                if key not in owners:
                    owners.append(key)
                self.max_words = max(self.max_words, len(tokens))

    def find(self, text: str) -> list[Match]:
        spans = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        if not spans:
            return []
        words = [text[a:b] for a, b in spans]
        folded = [w.casefold() for w in words]
        matches = []
        count = len(words)
        i = 0
        while i < count:
            exact, lower = self._exact.get(words[i]), self._folded.get(folded[i])
            best_end, best_keys = -1, None
            j = i
            while exact is not None or lower is not None:
                keys = (exact.get(_END, []) if exact else []) + (lower.get(_END, []) if lower else [])
                if keys:
                    best_end, best_keys = j, keys
                j += 1
                # A form of several words matches only words separated by spaces.
                if j >= count or not text[spans[j - 1][1] : spans[j][0]].isspace():
                    break
                exact = exact.get(words[j]) if exact else None
                lower = lower.get(folded[j]) if lower else None
            if best_keys:
                matches.append(Match(spans[i][0], spans[best_end][1], tuple(dict.fromkeys(best_keys))))
                i = best_end + 1
            else:
                i += 1
        return matches
