"""A course pack printed to PDF by Chromium: the cover, then every part the
content model gives the module, each starting a new sheet; the pack's
address and page numbers on every sheet; no navigation, search or quick exit."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from real_content import real_site

from knowledge.outputs.course_pack import element_fields, pack_url

ABSENT = {
    "da": (
        "Forlad siden",
        "Skjul dit besøg",
        "Søg",
        "Kopiér link",
        "Tilgængelighedserklæring",
        "Ret denne side",
    ),
    "en": (
        "Leave site",
        "Hide your visit",
        "Search",
        "Copy link",
        "Accessibility statement",
        "Edit this page",
    ),
}


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sheets(page) -> list[str]:
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    return [squash(sheet.extract_text()) for sheet in pdf.pages]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_course_pack_prints_each_part_on_new_sheets_without_navigation(visit, lang):
    site = real_site(lang)
    module = site.pages["modul-opsporing"]
    elements = [
        p for p in site.of_type("core-element") if any(p.id in module.refs(f) for f in element_fields())
    ]
    page = visit().goto(pack_url(module.url))
    parts = page.locator("section.kb-pack__part")
    assert parts.count() == 1 + len(elements) + 3  # the module, its core elements, phases, terms, sources
    titles = [
        parts.nth(i).locator("h2").first.evaluate("h => h.firstChild.textContent")
        for i in range(parts.count())
    ]
    assert titles[: 1 + len(elements)] == [module.title, *(p.title for p in elements)]

    found = sheets(page)
    header = squash(f"{'Kursusmappe' if lang == 'da' else 'Course pack'}: {module.title}")
    address = squash(
        page.evaluate("document.querySelector('style').textContent").split('@bottom-left{content:"')[1]
    )
    address = address.split('"')[0]
    bodies = []
    for number, sheet in enumerate(found, start=1):
        assert sheet.startswith(header), number  # the running header
        numbers = f"Side{number}af{len(found)}" if lang == "da" else f"Page{number}of{len(found)}"
        assert numbers in sheet and address in sheet, number  # the footer: page numbers and address
        bodies.append(sheet.replace(header, "", 1).replace(numbers, "", 1).replace(address, "", 1))
    assert squash(module.title) in bodies[0]  # the cover
    starts = [n for n, body in enumerate(bodies) for title in titles if body.startswith(squash(title))]
    assert len(starts) == len(titles) and starts == sorted(set(starts)) and starts[0] > 0  # a new sheet each
    text = " ".join(found)
    for absent in ABSENT[lang]:
        assert squash(absent) not in text, absent
    page.emulate_media(media="print")
    assert parts.evaluate_all("ps => ps.map(p => getComputedStyle(p).breakBefore)") == ["page"] * len(titles)
    for selector in (".md-header", ".md-sidebar--primary", ".kb-exit", ".md-footer", ".md-source-file"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
