"""Print and copy-link, in Chromium: a core element or module prints its text
with the addresses of its links and without navigation, exit or search."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader


def pdf_text(page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=False)))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("kerneelementer/risikovurdering-og-sikkerhedsplan/", "Afdækning af borgerens situation"),
        ("moduler/modul-gruppeforloeb/", "Kompetenceudvikling i gruppeforløb"),
    ],
)
def test_a_page_prints_cleanly_with_link_addresses(visit, path, title):
    page = visit().goto(path)
    text = pdf_text(page)
    assert title in text
    assert "Formål" in text or "Purpose" in text
    for absent in ("Forlad siden", "Skjul dit besøg", "Søg", "Kopiér link", "Indholdsfortegnelse"):
        assert absent not in text, absent
    # Links show where they go (paper has no links to click).
    assert re.search(r"\(http://127\.0\.0\.1:8000/kerneelementer/[a-z-]+/\)", text.replace(" ", ""))
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".kb-exit", ".md-search", ".md-footer"):
        assert page.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector


def test_folded_text_prints_open_and_the_phone_controls_do_not_print(visit):
    page = visit().goto("handlingsplan/")
    text = pdf_text(page)
    # The second paragraph of initiative 1, folded on screen (data/initiatives.yml).
    assert "På baggrund af det faglige grundlag er der udarbejdet en håndbog" in text
    for absent in ("Filtrér initiativerne", "Læs hele teksten", "På denne side", "Skjul dit besøg"):
        assert absent not in text, absent
    glossary = pdf_text(visit().goto("opslag/ordliste/"))
    assert re.search(r"Bruges på \d+ sider (\S+ ){2}", glossary)


def test_copy_link_copies_the_page_and_section_addresses(visit, base_url):
    v = visit(permissions=["clipboard-read", "clipboard-write"])
    page = v.goto("moduler/modul-opsporing/")
    page.locator("button.kb-copy-link").click()
    page.wait_for_function("document.getElementById('kb-exit-status').textContent === 'Linket er kopieret'")
    assert page.evaluate("navigator.clipboard.readText()") == base_url + "moduler/modul-opsporing/"
    page.locator("h2#indhold .headerlink").click()
    page.wait_for_timeout(200)
    assert page.evaluate("navigator.clipboard.readText()") == base_url + "moduler/modul-opsporing/#indhold"
    assert page.locator("h2#indhold .headerlink").get_attribute("aria-label") == "Kopiér link til afsnittet"


def test_the_copy_link_button_is_in_place_before_scripts_run_and_hidden_without_them(visit):
    # In place from the first paint: nothing below the title moves when copy-link.js runs.
    shifts = """() => new Promise(resolve => {
        let sum = 0;
        new PerformanceObserver(list => { for (const entry of list.getEntries()) sum += entry.value; })
            .observe({type: "layout-shift", buffered: true});
        setTimeout(() => resolve(sum), 800);
    })"""
    page = visit(viewport={"width": 390, "height": 844}).goto("kerneelementer/spejling/")
    assert page.locator("article h1 + button.kb-copy-link").count() == 1
    assert page.evaluate(shifts) < 0.01
    page = visit(java_script_enabled=False).goto("kerneelementer/spejling/")
    assert not page.locator("button.kb-copy-link").is_visible()


def test_core_element_and_module_sections_have_stable_anchors(visit):
    v = visit()
    page = v.goto("kerneelementer/spejling/")
    assert page.locator("#formaal.kb-purpose").is_visible()
    page = v.goto("en/moduler/modul-gruppeforloeb/")
    assert page.locator("h2#indhold").count() == 1
    assert page.locator("h2#forudsaetninger").count() == 1


@pytest.mark.parametrize(("lang", "done"), [("", "Linket er kopieret"), ("en/", "Link copied")])
def test_copy_link_shows_a_visible_confirmation_on_a_phone(visit, lang, done):
    v = visit(
        permissions=["clipboard-read", "clipboard-write"],
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    page = v.goto(lang + "moduler/modul-opsporing/")
    page.locator("button.kb-copy-link").tap()
    toast = page.locator(".kb-toast")
    toast.wait_for(state="visible")
    assert toast.inner_text() == done
    box = toast.bounding_box()
    assert box["y"] + box["height"] <= 844 and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert toast.get_attribute("aria-hidden") == "true"  # screen readers hear the status region
    toast.wait_for(state="hidden", timeout=5_000)


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize(
    ("lang", "name"), [("", "Vold i nære relationer"), ("en/", "Violence in close relations")]
)
def test_the_header_names_the_site_on_a_phone_and_the_front_page_title_says_it_once(visit, width, lang, name):
    page = visit(viewport={"width": width, "height": 740}, is_mobile=True).goto(lang)
    assert page.title() == name
    title = page.locator(".md-header__topic").first.locator(".md-ellipsis")
    assert title.is_visible() and title.inner_text() == name
    box = title.bounding_box()
    shown = title.evaluate("e => e.scrollHeight <= e.clientHeight + 1")  # not clamped short of the name
    if width >= 390:
        assert shown, "the whole name at 390 px"
    assert box["width"] >= 60, box
