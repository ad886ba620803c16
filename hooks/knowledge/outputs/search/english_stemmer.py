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


def _step1ab(word: str) -> str:
    """Plurals, then -ed and -ing."""
    if (m := re.match(r"^(.+?)(ss|i)es$", word)) or (m := re.match(r"^(.+?)([^s])s$", word)):
        word = m.group(1) + m.group(2)
    if m := re.match(r"^(.+?)eed$", word):
        return word[:-1] if _search(_MGR0, m.group(1)) else word
    m = re.match(r"^(.+?)(ed|ing)$", word)
    if not m or not _search(_S_V, m.group(1)):
        return word
    word = m.group(1)
    if re.search(r"(at|bl|iz)$", word):
        return word + "e"
    if re.search(r"([^aeiouylsz])\1$", word):
        return word[:-1]
    return word + "e" if _search(_CVC, word) else word


def _step1c(word: str) -> str:
    """A final y after a vowel-containing stem becomes i."""
    m = re.match(r"^(.+?)y$", word)
    return m.group(1) + "i" if m and _search(_S_V, m.group(1)) else word


def _replace_suffix(word: str, suffixes: dict[str, str]) -> str:
    """Steps 2 and 3: a suffix from the table, replaced if the stem is long enough."""
    m = re.match(r"^(.+?)(" + "|".join(suffixes) + ")$", word)
    if m and _search(_MGR0, m.group(1)):
        return m.group(1) + suffixes[m.group(2)]
    return word


def _step4(word: str) -> str:
    if m := re.match(
        r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$", word
    ):
        return m.group(1) if _search(_MGR1, m.group(1)) else word
    if m := re.match(r"^(.+?)(s|t)(ion)$", word):
        return m.group(1) if _search(_MGR1, m.group(1)) else word  # the original drops the s/t
    return word


def _step5(word: str) -> str:
    if m := re.match(r"^(.+?)e$", word):
        stem_part = m.group(1)
        if _search(_MGR1, stem_part) or (_search(_MEQ1, stem_part) and not _search(_CVC, stem_part)):
            word = stem_part
    if re.search(r"ll$", word) and _search(_MGR1, word):
        word = word[:-1]
    return word


def stem(word: str) -> str:
    if len(word) < 3:
        return word
    # An initial y is a consonant: written Y while the steps run, as the original does.
    initial_y = word[0] == "y"
    if initial_y:
        word = "Y" + word[1:]
    word = _step1c(_step1ab(word))
    word = _replace_suffix(word, _STEP2)
    word = _replace_suffix(word, _STEP3)
    word = _step5(_step4(word))
    return "y" + word[1:] if initial_y else word
