"""Danish names in English pages: written the GOV.UK way.

A body with an established English name (``english_in_text`` in the data) is
written in English, with its Danish name in brackets once, at the first
mention in running text: "the National Board of Social Services
(Socialstyrelsen)". Other Danish names (organisations with no English form,
the Danish titles of sources, the official Danish names of laws and plans)
stay Danish, because that is what a reader will find in Denmark, and get the
English gloss once per page, at the first mention in running text. Screen
readers must read Danish with a Danish voice (WCAG 2.1, 3.1.2 Language of
Parts), so each Danish occurrence is wrapped in ``<span lang="da">``. A gloss
no source gives (what an abbreviation stands for) is marked as the site's
explanation.

The names and glosses come from the data (organisations, sources, glossary
terms marked ``official_name``); nothing here is written by hand per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape, unescape

from knowledge.content.html import PIECE, VOID
from knowledge.content.model import SiteData
from knowledge.content.terms import is_case_sensitive

_LANG = re.compile(r"""\slang\s*=""", re.IGNORECASE)
# Text here is never touched: code, scripts, and anything already marked with a language.
SKIP = frozenset(["code", "kbd", "pre", "samp", "script", "style", "svg", "textarea", "title"])
# Names here are marked, but the gloss waits for a mention in running text.
# <strong> is a list item's lead-in label ("**MÆRK**: the National Centre ... (MÆRK)"):
# glossed there, the name would be explained twice in one sentence.
NO_GLOSS = frozenset(
    ["h1", "h2", "h3", "h4", "h5", "h6", "th", "caption", "summary", "button", "label", "abbr", "strong"]
)
# The site's own note already explains its names: a gloss inside it would say it twice.
NO_GLOSS_CLASSES = frozenset(["kb-site-note"])
# "Socialstyrelsen's": a gloss between the name and its possessive would break the phrase.
# A new block starts a new sentence.
_BLOCK = frozenset(
    "p li td th dd dt h1 h2 h3 h4 h5 h6 div section article aside caption figcaption "
    "blockquote summary ul ol table tr br nav header footer".split()
)
_POSSESSIVE = re.compile(r"^(?:'|’|&#39;|&#x27;|&rsquo;)s\b")
_OPEN = " ("
# No "the" after these, nor before a year: an author's name in a citation takes no article,
# and in an in-text citation ("(Socialstyrelsen, 2018)") no gloss either.
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"])
_CITATION_AFTER = re.compile(r"^(?:\s*\(\s*(?:\d{4}|n\.d\.)|,\s*(?:\d{4}|n\.d\.))")
_DANISH_SPAN = re.compile(r'<span lang="da">(.*?)</span>', re.DOTALL)
_CLASS = re.compile(r"""\sclass\s*=\s*["']([^"']*)["']""")


def _in_text_citation(before: str, after: str) -> bool:
    return before.rstrip().endswith("(") and _CITATION_AFTER.match(after) is not None


def _is_gloss(attrs: str) -> bool:
    match = _CLASS.search(attrs)
    return match is not None and "kb-gloss" in match.group(1).split()


def _no_gloss_class(attrs: str) -> bool:
    match = _CLASS.search(attrs)
    return match is not None and not NO_GLOSS_CLASSES.isdisjoint(match.group(1).split())


@dataclass(frozen=True)
class DanishName:
    key: str  # "org:<id>", "source:<id>" or "term:<id>"
    forms: tuple[str, ...]  # every way the name is written
    gloss: str  # the English gloss, or the English name where ``english``
    english: bool = False  # an established English name, written in place of the Danish
    article: bool = False  # the English name takes "the" in running text
    abbreviations: tuple[str, ...] = ()  # forms kept as written, glossed with the English name
    site: bool = False  # no source gives the gloss: it is marked as the site's explanation


def danish_names(data: SiteData) -> list[DanishName]:
    """Every Danish name the data knows, with its English gloss."""
    names = []
    for org in data.entries("organisations"):
        if org.get("name_language") == "en" or not org.get("english"):
            continue
        forms = [str(org["name"]), *(str(f) for f in org.get("forms") or [])]
        abbreviations = (str(org["abbreviation"]),) if org.get("abbreviation") else ()
        names.append(
            DanishName(
                f"org:{org['id']}",
                (*forms, *abbreviations),
                str(org["english"]),
                english=bool(org.get("english_in_text")),
                article=bool(org.get("english_article")),
                abbreviations=abbreviations,
                site=bool(org.get("site_explanation")),
            )
        )
    for source in data.entries("sources"):
        if source.get("title_language") == "en" or not source.get("english") or not source.get("title"):
            continue
        names.append(DanishName(f"source:{source['id']}", (str(source["title"]),), str(source["english"])))
    for term in data.entries("terms"):
        if (
            term.get("official_name")
            and isinstance(term.get("da"), dict)
            and isinstance(term.get("en"), dict)
        ):
            forms = [str(term["da"]["term"]), *(str(f) for f in term["da"].get("forms") or [])]
            names.append(DanishName(f"term:{term['id']}", tuple(forms), str(term["en"]["term"])))
    return names


def _parenthesis_after(text: str) -> str:
    """The text of a parenthesis that directly follows, or ''."""
    if not text.startswith(_OPEN):
        return ""
    end = text.find(")")
    return text[2:end] if end > 0 else text[2:]


def _parenthesis_before(text: str) -> str:
    """The words before an opening parenthesis that directly precedes, or ''."""
    stripped = text.rstrip()
    return stripped[:-1].rstrip() if stripped.endswith("(") else ""


@dataclass(frozen=True)
class Marked:
    html: str
    glossed: frozenset[str]  # keys of the names glossed (here or before)
    # Glosses of names the HTML mentions but never glossed: only in headings,
    # or always before a possessive or another parenthesis. The text should change.
    unglossed: tuple[str, ...]


class NameMatcher:
    """Leftmost-longest matching of names, punctuation included ("Modelbeskrivelse:
    Indsats til …"), as whole words: a name with a capital letter matches exactly,
    one in lower case matches in any case (as in knowledge/content/terms.py)."""

    def __init__(self, forms: dict[str, list[str]]):
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        alternatives = []
        for key, key_forms in forms.items():
            for form in key_forms:
                # A name may be broken over two lines of the page's source.
                pattern = re.escape(form).replace(r"\ ", r"\s+")
                if is_case_sensitive(form):
                    self._exact.setdefault(form, key)
                    alternatives.append((form, pattern))
                else:
                    self._folded.setdefault(form.casefold(), key)
                    alternatives.append((form, f"(?i:{pattern})"))
        alternatives.sort(key=lambda item: -len(item[0]))  # the longest form at a position wins
        body = "|".join(pattern for _, pattern in alternatives) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?!\w)")

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every name in ``text``."""
        found = []
        for m in self._pattern.finditer(text):
            name = " ".join(m.group(0).split())
            key = self._exact.get(name) or self._folded.get(name.casefold())
            if key:
                found.append((m.start(), m.end(), key))
        return found


class NameMarker:
    """Marks the Danish names of one language build's data in English HTML."""

    def __init__(self, names: list[DanishName], site_label: str = "the site's explanation"):
        self.names = {name.key: name for name in names}
        self.glosses = {name.key: name.gloss for name in names}
        self.matcher = NameMatcher({name.key: list(name.forms) for name in names})
        self.site_label = site_label

    def _is_glossed(self, key: str, before: str, after: str) -> bool:
        gloss = self.glosses[key].casefold()
        return gloss in _parenthesis_after(after).casefold() or _parenthesis_before(
            before
        ).casefold().endswith(gloss)

    def _gloss(self, key: str) -> str:
        name = self.names[key]
        if name.site:
            # The gloss reads first; the short mark after it says it is the site's.
            label = f'<span class="kb-site-note__label">{escape(self.site_label, quote=False)}</span>'
            return f' <span class="kb-gloss kb-gloss--site" lang="en">({escape(name.gloss, quote=False)}; {label})</span>'
        # A translated title goes in square brackets, as in the citations (Harvard, UK).
        gloss = f"[{escape(name.gloss)}]" if key.startswith("source:") else f"({escape(name.gloss)})"
        return f' <span class="kb-gloss" lang="en">{gloss}</span>'

    def _english(self, name: DanishName, before: str, after: str) -> tuple[str, int]:
        """The English name for a Danish one in running text, with "the" where
        English needs it and the possessive carried over; and how many
        characters of ``after`` it took (the possessive's)."""
        english = name.gloss
        possessive = _POSSESSIVE.match(after)
        if possessive:
            english += "'" if english.endswith("s") else "'s"
        previous = before.rstrip()
        last_word = previous.rsplit(None, 1)[-1].casefold() if previous else ""
        author = _CITATION_AFTER.match(after) and (not previous or previous.endswith(("(", ";")))
        if name.article and last_word not in _DETERMINERS and not author:
            line = previous.rsplit("\n", 1)[-1].strip()  # plain text: a list item's "- "
            start = line in ("", "-", "*") or previous.endswith((".", "!", "?"))
            english = ("The " if start else "the ") + english
        return escape(english, quote=False), possessive.end() if possessive else 0

    def _text(
        self,
        text: str,
        glossed: set[str] | None,
        matches: list[tuple[int, int, str]] | None = None,
        context: str = "",
    ) -> str:
        """One text node: every name wrapped or written in English; the gloss
        (or the Danish name in brackets) after a key's first mention where
        ``glossed`` (keys glossed so far) is given. ``matches``: the names in
        it, when the caller has found them already; ``context``: the text of
        the block before this node (to tell a sentence's start)."""
        if matches is None:
            matches = self.matcher.find(text)
        if not matches:
            return text
        out, position = [], 0
        for start, end, key in matches:
            if start < position:  # inside a possessive already taken
                continue
            out.append(text[position:start])
            html, taken = self._mention(
                self.names[key], text[start:end], context + text[:start], text[end:], glossed
            )
            out.append(html)
            position = end + taken
        out.append(text[position:])
        return "".join(out)

    def _mention(
        self, name: DanishName, found: str, before: str, after: str, glossed: set[str] | None
    ) -> tuple[str, int]:
        """One mention as HTML, and how many characters of ``after`` it took."""
        danish = f'<span lang="da">{found}</span>'
        key = name.key
        if name.english and " ".join(found.split()) not in name.abbreviations:
            english, taken = self._english(name, before, after)
            rest = after[taken:]
            if glossed is not None and _parenthesis_after(rest).strip() in name.abbreviations:
                # "Nationalt Center ... (MÆRK)": the English name explains the abbreviation after it.
                glossed.add(key)
            if (
                glossed is None
                or key in glossed
                or taken
                or rest.startswith(_OPEN)
                or _in_text_citation(before, rest)
            ):
                return english, taken
            glossed.add(key)
            return f"{english} ({danish})", taken
        if glossed is None or key in glossed:
            return danish, 0
        if self._is_glossed(key, before, after):
            glossed.add(key)
        elif (
            not _POSSESSIVE.match(after)
            and not after.startswith(_OPEN)
            and not _in_text_citation(before, after)
        ):
            glossed.add(key)
            return danish + self._gloss(key), 0
        return danish, 0

    def mark_html(self, html: str, gloss: bool = True, glossed: frozenset[str] = frozenset()) -> Marked:
        """Every Danish name in ``html`` outside code and outside elements that
        already carry a ``lang``, wrapped; with ``gloss``, the gloss once per
        name, except for names in ``glossed`` (glossed earlier on the page)."""
        out: list[str] = []
        stack: list[tuple[str, bool, bool]] = []  # (tag, skip, no gloss)
        skip = no_gloss = 0
        found: set[str] = set()
        done: set[str] = set(glossed)
        context = ""  # the block's text so far: where a sentence starts
        for m in PIECE.finditer(html):
            text = m.group("text")
            piece = m.group(0)
            if text is not None:
                if skip or text.isspace():
                    out.append(text)
                    continue
                matches = self.matcher.find(text)  # the costly part: once per text node
                found.update(key for _, _, key in matches)
                out.append(self._text(text, done if gloss and not no_gloss else None, matches, context))
                context = (context + text)[-80:]
                continue
            out.append(piece)
            tag = m.group("tag")
            if tag is None:
                continue
            tag = tag.lower()
            context = "" if tag in _BLOCK else context
            if m.group("close"):
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == tag:
                        for _, item_skip, item_no_gloss in stack[depth:]:
                            skip -= item_skip
                            no_gloss -= item_no_gloss
                        del stack[depth:]
                        break
                continue
            attrs = m.group("attrs")
            if tag in VOID or attrs.endswith("/"):
                continue
            # A gloss may contain a name ("the Danner House"): it is English as a whole.
            item_skip = tag in SKIP or bool(_LANG.search(attrs)) or _is_gloss(attrs)
            item_no_gloss = tag in NO_GLOSS or _no_gloss_class(attrs)
            stack.append((tag, item_skip, item_no_gloss))
            skip += item_skip
            no_gloss += item_no_gloss
        unglossed = tuple(sorted(self.glosses[key] for key in found - done)) if gloss else ()
        return Marked("".join(out), frozenset(done), unglossed)

    def plain(self, text: str) -> str:
        """Plain text from the data as plain text (a download): established
        English names written in English, other names as they are."""
        html = self._text(escape(text, quote=False), None)
        return unescape(_DANISH_SPAN.sub(r"\1", html))

    def mark_text(self, text: str) -> str:
        """Plain text from the data as HTML: escaped, names wrapped, no gloss."""
        return self._text(escape(text, quote=True), None)

    def mark_inline(self, html_text: str) -> str:
        """A line of HTML text without tags (a table-of-contents entry): names
        wrapped, no gloss."""
        return self._text(html_text, None)


# One marker per language build's data; the data is kept so that its id is not reused.
_MARKERS: dict[int, tuple[SiteData, NameMarker]] = {}


def plain_names(data: SiteData, lang: str, text: str) -> str:
    """Plain text from the data (a tooltip, a description, a download) with each
    body named as the pages of ``lang`` name it; Danish text unchanged."""
    if lang == "da":
        return text
    cached = _MARKERS.get(id(data))
    if cached is None or cached[0] is not data:
        if len(_MARKERS) > 8:  # a long-running preview rebuilds: keep the recent ones only
            _MARKERS.clear()
        cached = _MARKERS[id(data)] = (data, NameMarker(danish_names(data)))
    return cached[1].plain(text)
