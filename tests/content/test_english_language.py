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
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


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
            if mentioned and name.gloss.casefold() not in english:
                missing.append(f"{path}: {name.forms[0]} ({name.gloss})")
    assert missing == []
