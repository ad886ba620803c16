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


def _printed_packs(page, base_url: str, paths: list[str]):
    for path in paths:
        page.goto(base_url + path)
        titles = page.locator("section.kb-pack__part h2").evaluate_all(
            "hs => hs.map(h => h.firstChild.textContent)"
        )
        yield path, titles, PdfReader(io.BytesIO(page.pdf(format="A4")))


PACKS = [
    f"{lang}moduler/{module}/kursusmappe/"
    for lang in ("", "en/")
    for module in (
        "modul-gruppeforloeb",
        "modul-opfoelgende",
        "modul-opsporing",
        "modul-risikovurdering",
        "modul-voldsfaglig-viden",
    )
]
RUNNING = re.compile(r"^(Kursusmappe|Course pack):|^(Side|Page) \d+ (af|of) \d+|^https?://")


def test_no_printed_sheet_is_nearly_empty(visit, base_url):
    """Counted in lines of text: never 3 or fewer on a sheet, and 6 or fewer
    only on a part's last sheet (before 18 of 170 sheets held 6 or fewer, 7
    of them 1 to 3). Header and footer lines are not counted."""
    page = visit().page
    problems = []
    for path, titles, pdf in _printed_packs(page, base_url, PACKS):
        bodies = [
            [
                line
                for line in sheet.extract_text().splitlines()
                if line.strip() and not RUNNING.match(line.strip())
            ]
            for sheet in pdf.pages
        ]
        for number, body in enumerate(bodies, start=1):
            follows = bodies[number] if number < len(bodies) else None
            part_ends = follows is None or any(squash(follows[0]).startswith(squash(t)[:20]) for t in titles)
            if len(body) <= 3 or (len(body) <= 6 and not part_ends):
                problems.append(f"{path} sheet {number}: {len(body)} lines")
    assert problems == []


def _header_baselines(sheet) -> list[float]:
    found: list[float] = []

    def visit_text(text, cm, tm, font, size):
        if text.startswith(("Kursusmappe", "Course pack")):
            found.append(tm[5])

    sheet.extract_text(visitor_text=visit_text)
    return found


def test_the_running_header_stands_clear_of_the_text(visit, base_url):
    """Its baseline at least 3 mm above the text area (the page's 20 mm top
    margin); before, it sat 0.7 mm above it and its descenders touched the text."""
    page = visit().page
    (_, _, pdf), *_ = _printed_packs(page, base_url, ["moduler/modul-opsporing/kursusmappe/"])
    top_of_text = 20 / 25.4 * 96  # CSS px, the unit of Chromium's text matrix
    for number, sheet in enumerate(pdf.pages, start=1):
        found = _header_baselines(sheet)
        assert found, number
        assert (top_of_text - found[0]) / 96 * 25.4 >= 3, f"sheet {number}: header baseline {found[0]:.1f} px"
