"""Language analysis for search, identical at index time (here) and at query
time (docs/assets/javascripts/search/engine.js).

A word becomes an index *key* in four steps: lower-case (after Unicode NFC),
apostrophes dropped ("K'er" -> "ker"), stemmed with the language's stemmer on
the real spelling (the Danish stemmer needs æ, ø and å), then *folded*:
æ -> ae, ø -> oe, å -> aa and accents dropped. Readers who type "ae" or "oe"
hit the same keys; readers who type a plain "a" or "o" are matched through the
*loose* form (ae, oe, aa -> a, o, a) that the browser derives from the keys.
The browser repeats these steps with the same rules, and the stop words and
tokenisation come from here (they are written into the index).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from knowledge.outputs.search import english_stemmer

# Letters and digits of the Latin script (the same class as the browser's TOKEN).
TOKEN = re.compile(r"[a-z0-9\u00c0-\u024f]+")
APOSTROPHES = re.compile(r"['\u2019]")
_FOLD = {"æ": "ae", "ø": "oe", "å": "aa"}
_LOOSE = re.compile(r"ae|oe|aa")
_COMBINING = re.compile("[\u0300-\u036f]")

# Snowball's stop-word lists, with the question and filler words readers type
# in front of what they look for ("hvordan laver man …", "how do I …"). A stop
# word is never searched as a prefix and is dropped from a query that has other
# words.
STOP_WORDS = {
    "da": frozenset(
        """
        ad af alle alt anden at blev blive bliver da de dem den denne der deres det dette dig din
        disse dog du efter eller en end er et for fra ham han hans har havde have hende hendes her
        hos hun hvad hvis hvor i ikke ind jeg jer jo kunne man mange med meget men mig min mine mit
        mod ned noget nogle nu når og også om op os over på selv sig sin sine sit skal skulle som
        sådan thi til ud under var vi vil ville vor være været hvordan hvorfor hvornår hvilke
        hvilken hvilket hvem kan kunne må bør får får gør laver finder jeg mit mig man sker betyder
        """.split()
    ),
    "en": frozenset(
        """
        a about above after again against all am an and any are as at be because been before being
        below between both but by can did do does doing down during each few for from further had
        has have having he her here hers herself him himself his how i if in into is it its itself
        me more most my myself no nor not of off on once only or other our ours ourselves out over
        own same she should so some such than that the their theirs them themselves then there
        these they this those through to too under until up very was we were what when where which
        while who whom why with would you your yours yourself yourselves could may might must shall
        will get make find mean means happens
        """.split()
    ),
}

# US spellings written the UK way before stemming (the English pages are in UK
# English), at index and query time alike: a reader who types "centers",
# "behavior", "organize" or "counseling" meets "centres", "behaviour",
# "organise", "counselling". Rules over word endings and a few stems, not
# single words from a query set; the browser gets them from index.json.
SPELLINGS: dict[str, list[tuple[str, str]]] = {
    "da": [],
    "en": [
        (r"^(cent|theat|fib|lit|somb|spect|meag)er(s|ed)?$", r"\1re\2"),
        (
            r"^(behavi|col|fav|hon|lab|neighb|harb|hum|rum|endeav|vig|flav|arm|savi)or(s|ed|ing|ful|ite|ites|able)?$",
            r"\1our\2",
        ),
        (r"([a-z]{2})([iy])z(e|es|ed|ing|er|ers|ation|ations|ational)$", r"\1\2s\3"),
        (r"^(cata|dia|ana|mono|epi|prolo|ana)log(s)?$", r"\1logue\2"),
        (r"^program(s)?$", r"programme\1"),
        (r"^(defen|licen|offen|preten)se(s)?$", r"\1ce\2"),
        (r"^(counse|trave|mode|labe|cance|fue|signa|leve|channe)l(ing|ed|er|ers)$", r"\1ll\2"),
        (r"^(enrol|fulfil|instal)(ment|ments)$", r"\1l\2"),
        (r"^judgment(s)?$", r"judgement\1"),
        (r"^(an)?(a|e)?(p)?edi(atric|atrician|atricians)$", r"\1\2\3aedi\4"),
        (r"^aging$", r"ageing"),
        (r"^practic(e|es|ed|ing)$", r"practis\1"),
    ],
}
_SPELLING_RULES = {lang: [(re.compile(a), b) for a, b in rules] for lang, rules in SPELLINGS.items()}


def spelling(lang: str, token: str) -> str:
    """A token in the spelling the index uses (UK for English); the first rule that matches."""
    for pattern, replacement in _SPELLING_RULES[lang]:
        changed, n = pattern.subn(replacement, token)
        if n:
            return changed
    return token


# Question words that say what kind of page the reader is after: "hvem er
# indsatsen for" asks for the target group, "how many …" for the extent. The
# words on the right count, weakly, only where a title or search terms have them
# (as stop words do), so they order the results and never add one of their own.
QUESTION_CUES: dict[str, list[tuple[str, str]]] = {
    # Patterns over the query's words joined by single spaces, with a space at
    # either end (JavaScript's \b does not know æ, ø and å).
    "da": [
        (r" hvem .*(for|til) | hvem kan ", "målgruppe"),
        (r" hvor (mange|stor|ofte|udbredt) ", "omfang forekomst"),
        (r" hvornår ", "frist"),
    ],
    "en": [
        (r" who .*for | who (can|may) ", "target group"),
        (r" how (many|much|common|often|widespread) ", "extent prevalence scale"),
        (r" when ", "deadline"),
    ],
}

_STEMMERS: dict[str, Callable[[str], str]] = {
    "da": snowballstemmer.stemmer("danish").stemWord,
    "en": english_stemmer.stem,
}


def normalise(text: str) -> str:
    return APOSTROPHES.sub("", unicodedata.normalize("NFC", text).lower())


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower-cased; single letters are dropped, digits kept."""
    return [t for t in TOKEN.findall(normalise(text)) if len(t) > 1 or t.isdigit()]


def fold(word: str) -> str:
    """æ -> ae, ø -> oe, å -> aa, other accents dropped (é -> e, ü -> u)."""
    word = "".join(_FOLD.get(ch, ch) for ch in word)
    return _COMBINING.sub("", unicodedata.normalize("NFD", word))


def loose(key: str) -> str:
    """The form in which "økonomisk", "oekonomisk" and "okonomisk" meet."""
    return _LOOSE.sub(lambda m: m.group(0)[0], key)


@dataclass(frozen=True)
class Analyzer:
    lang: str

    @property
    def stop_words(self) -> frozenset[str]:
        return STOP_WORDS[self.lang]

    def is_stop_word(self, key: str) -> bool:
        """Whether an index key is a stop word's (stemmed and folded)."""
        return key in _stop_keys(self.lang)

    def key(self, token: str) -> str:
        return _key(self.lang, token)

    def surface(self, token: str) -> str:
        """A token as written (folded, in the index's spelling, not stemmed)."""
        return fold(spelling(self.lang, token))

    def keys(self, text: str) -> Iterator[str]:
        """The index keys of ``text``, stop words included (they are indexed so a
        query of only stop words still finds something)."""
        for token in tokens(text):
            yield self.key(token)


@lru_cache(maxsize=4)
def _stop_keys(lang: str) -> frozenset[str]:
    return frozenset(_key(lang, word) for word in STOP_WORDS[lang])


@lru_cache(maxsize=200_000)
def _key(lang: str, token: str) -> str:
    return fold(_STEMMERS[lang](spelling(lang, token)))
