"""The English edition follows the translation style sheet (TRANSLATION.md):
none of its calques in the English pages, the English data values or the
interface strings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from knowledge.content import ui
from knowledge.content.html import read_page

ROOT = Path(__file__).resolve().parent.parent.parent
STYLE_SHEET = ROOT / "TRANSLATION.md"
ENGLISH_KEYS = ("en", "english", "publisher_en")
ANCHORS_AND_TARGETS = re.compile(r"\{#[^}]*\}|\]\([^)]*\)")


def calques() -> list[tuple[re.Pattern, str]]:
    """(pattern, what to write instead), from the style sheet's table."""
    text = STYLE_SHEET.read_text(encoding="utf-8")
    table = text.split("<!-- calques", 1)[1].split("<!-- /calques -->", 1)[0]
    rows = []
    for line in table.splitlines():
        match = re.match(r"^\| `(.+?)` \| (.+?) \| .+ \|$", line)
        if match:
            pattern = match.group(1).replace("\\|", "|")
            rows.append((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), match.group(2)))
    return rows


def english_values(value: object, where: str) -> Iterator[tuple[str, str]]:
    """Every English text in a data file: (place, text)."""
    if isinstance(value, dict):
        label = value.get("id", "")
        for key, item in value.items():
            place = f"{where}.{label}" if label and key != "id" else where
            if key in ENGLISH_KEYS:
                yield from strings(item, f"{place}.{key}")
            else:
                yield from english_values(item, f"{place}.{key}" if not label else place)
    elif isinstance(value, list):
        for item in value:
            yield from english_values(item, where)


def strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, where)


def english_texts() -> Iterator[tuple[str, str]]:
    for page in sorted((ROOT / "docs").rglob("*.en.md")):
        rel = page.relative_to(ROOT).as_posix()
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            # Published anchors ({#the-delimitation}) and link targets stay as they are.
            yield f"{rel}:{number}", ANCHORS_AND_TARGETS.sub(" ", line)
    for data_file in sorted((ROOT / "data").glob("*.yml")):
        content = yaml.safe_load(data_file.read_text(encoding="utf-8"))
        yield from english_values(content, f"data/{data_file.name}")
    for key, value in ui.STRINGS.items():
        yield f"hooks/knowledge/content/ui.py: {key}", value["en"]


def test_the_style_sheet_lists_calques():
    assert len(calques()) >= 20


def test_no_calque_from_the_style_sheet():
    found = []
    rules = calques()
    for where, text in english_texts():
        for pattern, instead in rules:
            for match in pattern.finditer(text):
                found.append(f"{where}: {match.group(0)!r} -> {instead}")
    assert found == []


def test_no_sentence_names_people_exposed_to_violence_three_times():
    """Danish repeats "den voldsudsatte"; English says it once and then "they"."""
    found = []
    for where, text in english_texts():
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if len(re.findall(r"exposed to (?:the )?violence", sentence, re.IGNORECASE)) >= 3:
                found.append(f"{where}: {sentence[:100]!r}")
    assert found == []


def test_the_editor_guide_links_the_style_sheet():
    assert "(TRANSLATION.md)" in (ROOT / "EDITING.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_no_calque_in_the_published_english_text(built_site):
    """What readers get, generated text and downloads included, with a page's lines
    joined as a reader sees them (a calque split over two source lines shows here).
    What's new is left out: its entries are notes as editors wrote them at the time."""
    rules = calques()
    texts = []
    for page in sorted((built_site.site / "en").rglob("*.html")):
        if "nyt-og-aendret" in page.parts:
            continue
        record = read_page(page.read_text(encoding="utf-8"))
        texts.append((page, " ".join(run.text for run in record.texts if not run.lang.startswith("da"))))
    for download in sorted((built_site.site / "en" / "data").glob("*")):
        texts.append((download, download.read_text(encoding="utf-8-sig")))
    found = []
    for path, text in texts:
        joined = " ".join(text.split())
        for pattern, instead in rules:
            for match in pattern.finditer(joined):
                where = path.relative_to(built_site.site).as_posix()
                found.append(
                    f"{where}: {joined[max(0, match.start() - 40) : match.end() + 20]!r} -> {instead}"
                )
    assert found == []
