"""No Danish in the English edition except names, titles and quotations, and
those always marked lang="da" (WCAG 2.1, 3.1.2) and glossed on the page.

Scans every built English page, the page-not-found page included: its text
and the attributes a screen reader reads, outside elements marked as Danish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from knowledge.content.load import load_data
from knowledge.indexes.language import danish_names
from site_html import html_pages

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent

# Words that occur in Danish sentences and not in English ones (checked as whole
# words, in any case). Short words English shares ("i", "at", "for", "den", "et",
# "men", "over", "under", "om", "mod") are left out; the letters æ, ø, å catch the rest.
DANISH_WORDS = frozenset(
    [
        "og",
        "af",
        "til",
        "med",
        "ikke",
        "det",
        "der",
        "har",
        "kan",
        "skal",
        "vil",
        "fra",
        "ved",
        "efter",
        "eller",
        "være",
        "blev",
        "bliver",
        "hvor",
        "hvad",
        "hvordan",
        "hvis",
        "når",
        "deres",
        "sig",
        "sin",
        "sit",
        "sine",
        "denne",
        "dette",
        "disse",
        "som",
        "også",
        "samt",
        "både",
        "mellem",
        "hos",
        "uden",
        "kun",
        "meget",
        "andre",
        "eksempel",
        "fx",
        "bl.a.",
        "ifm.",
        "hhv.",
        "jf.",
        "dvs.",
        "ca.",
        "kr.",
        "pct.",
        "side",
        "sider",
        "siden",
        "forside",
        "søg",
        "forlad",
    ]
)
DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
WORD = re.compile(r"\w+(?:\.\w+\.)?")
# People's names are proper names (WCAG 3.1.2 exempts them); the sources name these.
PERSON_NAMES = ("Østergaard", "Stine Kjær")
# Attributes that label controls and images. Not `title`: a term's tooltip repeats
# its glossary definition, where the names it contains are marked.
READ_ATTRIBUTES = ("aria-label", "placeholder", "alt")
SKIPPED = frozenset(["script", "style", "svg", "code", "pre"])
VOID = frozenset(["br", "img", "input", "meta", "link", "hr", "source", "wbr", "area", "col", "embed"])


@dataclass
class Language(HTMLParser):
    """Text outside elements marked Danish, and the text of those marked Danish."""

    outside: list[str] = field(default_factory=list)  # English text (glosses included)
    danish: list[str] = field(default_factory=list)  # the text of each element marked Danish
    html: str = ""  # the page as built
    glosses: list[str] = field(default_factory=list)  # English glosses of Danish names

    def __post_init__(self):
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, bool, bool, bool]] = []
        self._da = self._skip = self._gloss = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        is_da = (attrs.get("lang") or "").startswith("da")
        if not self._da and not is_da:
            self.outside.extend(v for k, v in attrs.items() if k in READ_ATTRIBUTES and v and tag != "html")
        if tag in VOID:
            return
        skip = tag in SKIPPED
        gloss = "kb-gloss" in (attrs.get("class") or "").split()
        self._stack.append((tag, is_da, skip, gloss))
        self._da += is_da
        self._skip += skip
        self._gloss += gloss
        if is_da:
            self.danish.append("")

    def handle_endtag(self, tag):
        while self._stack:
            name, is_da, skip, gloss = self._stack.pop()
            self._da -= is_da
            self._skip -= skip
            self._gloss -= gloss
            if name == tag:
                break

    def handle_data(self, data):
        if self._skip:
            return
        if self._da:
            self.danish[-1] += data
        elif self._gloss:
            self.glosses.append(data)
        else:
            self.outside.append(data)

    def text(self) -> str:
        """All English text of the page, glosses included, as one line."""
        return " ".join(" ".join(self.outside + self.glosses).split())


def english_pages(site: Path) -> list[Path]:
    return html_pages(site / "en")


def read(page: Path) -> Language:
    parser = Language()
    parser.html = page.read_text(encoding="utf-8")
    parser.feed(parser.html)
    return parser


def only_cited(html: str, forms: tuple[str, ...]) -> bool:
    """Whether every mention is an author in an in-text citation, "(VIVE, 2022)",
    where Harvard style has no room for a gloss."""
    mentions = cited = 0
    for form in forms:
        mentions += html.count(f'<span lang="da">{form}</span>')
        cited += len(re.findall(rf'\(<span lang="da">{re.escape(form)}</span>,? (?:\d{{4}}|n\.d\.)', html))
    return mentions > 0 and mentions == cited


def without_person_names(text: str) -> str:
    for name in PERSON_NAMES:
        text = text.replace(name, " ")
    return text


@pytest.fixture(scope="module")
def names():
    data, problems = load_data(ROOT / "data")
    assert problems == []
    english_names = [
        form
        for org in data.entries("organisations")
        if org.get("name_language") == "en"
        for form in [org["name"], *(org.get("forms") or [])]
    ]
    return danish_names(data), english_names


@pytest.fixture(scope="module")
def pages(built_site):
    return {
        page.relative_to(built_site.site).as_posix(): read(page) for page in english_pages(built_site.site)
    }


def test_the_english_edition_is_scanned_whole(pages):
    assert "en/404.html" in pages
    assert len(pages) >= 64  # 63 pages and the page-not-found page


def test_no_danish_name_the_data_knows_outside_lang_da(pages, names):
    danish, _ = names
    found = []
    for path, page in pages.items():
        text = " ".join(page.outside)
        for name in danish:
            for form in name.forms:
                flags = 0 if any(c.isupper() for c in form) else re.IGNORECASE
                if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, flags):
                    found.append(f"{path}: {form}")
    assert found == []


def test_no_danish_words_or_letters_outside_lang_da(pages, names):
    _, english_names = names
    found = []
    for path, page in pages.items():
        for chunk in page.outside + page.glosses:
            text = without_person_names(chunk)
            for name in english_names:
                text = text.replace(name, " ")
            words = [w for w in WORD.findall(text) if w.casefold() in DANISH_WORDS]
            letters = DANISH_LETTERS.findall(text)
            if words or letters:
                found.append(f"{path}: {' '.join(chunk.split())[:120]!r} ({', '.join(words + letters)})")
    assert found == []


def test_every_danish_name_is_glossed_on_its_page(pages, names):
    danish, _ = names
    missing = []
    for path, page in pages.items():
        marked = " ".join(page.danish)
        english = page.text().casefold()
        for name in danish:
            mentioned = any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", marked) for f in name.forms)
            if mentioned and name.gloss.casefold() not in english and not only_cited(page.html, name.forms):
                missing.append(f"{path}: {name.forms[0]} ({name.gloss})")
    assert missing == []


# A gloss that names only a kind of body says nothing a reader can look up.
BARE_GLOSS = re.compile(
    r"\(?(?:the site's explanation: )?(?:(?:an?|one) (?:\w+ ){0,2}(?:ministry|agency|organisation|body)"
    r"|.*\bmember organisation of\b.*)\)?",
    re.IGNORECASE,
)


def test_every_gloss_says_what_the_body_is(pages, names):
    danish, _ = names
    bare = [f"data: {n.forms[0]} ({n.gloss})" for n in danish if BARE_GLOSS.fullmatch(n.gloss)]
    glosses: dict[str, list[str]] = {}
    for n in danish:
        if n.key.startswith("org:"):
            glosses.setdefault(n.gloss.casefold(), []).append(n.forms[0])
    shared = [f"data: one gloss for {', '.join(forms)}" for forms in glosses.values() if len(forms) > 1]
    for path, page in pages.items():
        bare += [f"{path}: {g}" for g in page.glosses if BARE_GLOSS.fullmatch(" ".join(g.split()))]
    assert bare + shared == []


def test_one_english_name_per_body(pages, names):
    """A body written in English is written with its whole English name: no
    shortened variant ("the Board of Social Services") beside the full one."""
    danish, _ = names
    variants = []
    for name in danish:
        words = name.gloss.split()
        if name.english and len(words) >= 3 and name.gloss[0].isupper():
            tail = " ".join(words[1:])
            variants.append((re.compile(rf"(?<!{re.escape(words[0])} ){re.escape(tail)}\b"), name.gloss))
    whole = sorted({n.gloss for n in danish}, key=len, reverse=True)
    found = []
    for path, page in pages.items():
        text = page.text()
        for gloss in whole:  # the full names, this body's and others' ("RED Centre against …")
            text = text.replace(gloss, " ")
        found += [f"{path}: {gloss!r} shortened" for pattern, gloss in variants if pattern.search(text)]
    assert found == []


def test_every_abbreviation_in_the_english_glossary_has_an_english_name(pages, names):
    danish, _ = names
    english_of = {form: n.gloss for n in danish for form in n.forms if n.key.startswith("org:")}
    data, _ = load_data(ROOT / "data")
    missing = []
    glossary = pages["en/opslag/ordliste/index.html"].text()
    for term in data.entries("terms"):
        if term.get("kind") != "abbreviation":
            continue
        abbreviation = term["en"]["term"]
        explained = (term.get("site_explanation") or {}).get("en", "")
        if abbreviation in english_of:
            if english_of[abbreviation] not in glossary and english_of[abbreviation] not in explained:
                missing.append(f"{abbreviation}: {english_of[abbreviation]!r} not on the glossary page")
        elif "name" in term["en"]["definition"] and "stands for" not in explained:
            missing.append(f"{abbreviation}: the definition says the name is not given; add site_explanation")
    assert missing == []


US_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)


def test_dates_are_written_the_uk_way_in_pages_and_downloads(pages, built_site):
    """ "7 December 2026", never "December 7, 2026" or 12/7/2026: the build writes every date."""
    found = [f"{path}: {m.group(0)}" for path, page in pages.items() for m in US_DATE.finditer(page.text())]
    for path in sorted((built_site.site / "en").rglob("*")):
        if path.suffix in {".csv", ".json", ".txt", ".xml", ".ics"}:
            found += [
                f"{path.name}: {m.group(0)}" for m in US_DATE.finditer(path.read_text(encoding="utf-8"))
            ]
    assert found == []
