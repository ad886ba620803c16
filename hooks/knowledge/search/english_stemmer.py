"""The Porter stemmer exactly as the browser runs it.

A line-by-line port of `@orama/stemmers` 3.1.18 `dist/en.js` (Apache-2.0), the
English stemmer the site's search runs in the browser
(docs/assets/javascripts/search/stemmers/en.js). The index is built with this
port so that a word typed in the browser and the same word on a page always get
the same stem; tests/unit/test_search_analysis.py runs both over the site's
vocabulary. Snowball's English stemmer (snowballstemmer) differs from it in
about 5 % of words, which is why it is not used here. The port keeps the
original's quirks (e.g. step 4's "-sion/-tion" branch keeps only the part before
the s/t), because agreement with the browser matters more than the textbook
algorithm.
"""

from __future__ import annotations

import re

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
    "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
    "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
    "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}

_V = "[aeiouy]"
_C = "[^aeiou][^aeiouy]*"
_VV = _V + "[aeiou]*"
_MGR0 = re.compile("^(" + _C + ")?" + _VV + _C)
_MEQ1 = re.compile("^(" + _C + ")?" + _VV + _C + "(" + _VV + ")?$")
_MGR1 = re.compile("^(" + _C + ")?" + _VV + _C + _VV + _C)
_S_V = re.compile("^(" + _C + ")?" + _V)
_CVC = re.compile("^" + _C + _V + "[^aeiouwxy]$")


def _search(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def stem(word: str) -> str:
    if len(word) < 3:
        return word
    first = word[0]
    if first == "y":
        word = first.upper() + word[1:]

    # Step 1a
    if (m := re.match(r"^(.+?)(ss|i)es$", word)) or (m := re.match(r"^(.+?)([^s])s$", word)):
        word = m.group(1) + m.group(2)

    # Step 1b
    if m := re.match(r"^(.+?)eed$", word):
        if _search(_MGR0, m.group(1)):
            word = word[:-1]
    elif m := re.match(r"^(.+?)(ed|ing)$", word):
        stem_part = m.group(1)
        if _search(_S_V, stem_part):
            word = stem_part
            if re.search(r"(at|bl|iz)$", word):
                word += "e"
            elif re.search(r"([^aeiouylsz])\1$", word):
                word = word[:-1]
            elif _search(_CVC, word):
                word += "e"

    # Step 1c
    if m := re.match(r"^(.+?)y$", word):
        stem_part = m.group(1)
        if stem_part and _search(_S_V, stem_part):
            word = stem_part + "i"

    # Step 2
    if m := re.match(
        r"^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|"
        r"iveness|fulness|ousness|aliti|iviti|biliti|logi)$",
        word,
    ):
        stem_part, suffix = m.group(1), m.group(2)
        if stem_part and _search(_MGR0, stem_part):
            word = stem_part + _STEP2[suffix]

    # Step 3
    if m := re.match(r"^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$", word):
        stem_part, suffix = m.group(1), m.group(2)
        if stem_part and _search(_MGR0, stem_part):
            word = stem_part + _STEP3[suffix]

    # Step 4
    if m := re.match(
        r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$", word
    ):
        stem_part = m.group(1)
        if stem_part and _search(_MGR1, stem_part):
            word = stem_part
    elif m := re.match(r"^(.+?)(s|t)(ion)$", word):
        stem_part = m.group(1)  # the original's operator precedence drops the s/t
        if _search(_MGR1, stem_part):
            word = stem_part

    # Step 5
    if m := re.match(r"^(.+?)e$", word):
        stem_part = m.group(1)
        if stem_part and (
            _search(_MGR1, stem_part) or (_search(_MEQ1, stem_part) and not _search(_CVC, stem_part))
        ):
            word = stem_part
    if re.search(r"ll$", word) and _search(_MGR1, word):
        word = word[:-1]

    if first == "y":
        word = first.lower() + word[1:]
    return word
