"""The English edition says the same as the Danish one where it matters: the
same figures (in English number format), and no Danish page left untranslated."""

from __future__ import annotations

import re

import pytest

from site_html import article_text, html_pages

pytestmark = pytest.mark.slow

DANISH_NUMBER = re.compile(r"\d+(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+")
ENGLISH_NUMBER = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+")


# Clock times (12.00-13.15) and section numbers (§ 11.11.01.40) are written alike in both.
NOT_FIGURES = re.compile(r"\b\d{1,2}\.\d{2}\b(?!\.\d)|§\s*[\d.]+|\bsection \d+")


def danish_figures(text: str) -> set[float]:
    text = NOT_FIGURES.sub(" ", text)
    return {float(n.replace(".", "").replace(",", ".")) for n in DANISH_NUMBER.findall(text)}


def english_figures(text: str) -> set[float]:
    text = NOT_FIGURES.sub(" ", text)
    return {float(n.replace(",", "")) for n in ENGLISH_NUMBER.findall(text)}


def test_english_pages_give_the_same_figures_as_the_danish_ones(built_site):
    site = built_site.site
    differences = []
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        english = site / "en" / rel
        if rel.startswith(("en/", "opslag/", "404")) or "/kursusmappe/" in rel or not english.exists():
            # Generated reference pages list dates and counts of their own; a course pack
            # lists the glossary terms its pages use in each language, with their sources.
            continue
        da = {n for n in danish_figures(article_text(page)) if n >= 10}
        en = {n for n in english_figures(article_text(english)) if n >= 10}
        if da != en:
            differences.append(f"{rel}: only Danish {sorted(da - en)}, only English {sorted(en - da)}")
    assert differences == []


def test_danish_thousands_are_english_thousands():
    assert danish_figures("82.000 kvinder, 3,9 pct., 2.830.850 kr.") == {82000, 3.9, 2830850}
    assert english_figures("82,000 women, 3.9 per cent, DKK 2,830,850") == {82000, 3.9, 2830850}
