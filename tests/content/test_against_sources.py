"""The site against its sources: every required part is there, quoted text
is word for word, every figure on a page is in the documents it cites, and
no OCR damage has leaked into the site."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml

from knowledge.content.load import load_data, load_pages
from knowledge.content.model import CONTENT_TYPES, Page
from site_html import article_text, html_pages, parse

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def sources() -> dict[str, dict]:
    return {s["id"]: s for s in yaml.safe_load((ROOT / "data" / "sources.yml").read_text(encoding="utf-8"))}


@cache
def source_text(source_id: str) -> str:
    """The text of a document, or of the documents that cite a report."""
    source = sources()[source_id]
    if source.get("file"):
        return squash((ROOT / source["file"]).read_text(encoding="utf-8"))
    return " ".join(source_text(d) for d in source.get("cited_in", []))


@cache
def pages() -> dict[str, Page]:
    docs = ROOT / "docs"
    paths = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    found, problems = load_pages(docs, paths)
    assert problems == []
    return {p.id: p for p in found if p.lang == "da"}


def of_type(type_name: str) -> list:
    return sorted((p for p in pages().values() if p.type == type_name), key=lambda p: p.order)


def built(site: Path, page) -> Path:
    return site / page.url / "index.html"


# --- required parts -----------------------------------------------------------


def test_six_development_perspectives_with_their_three_questions(built_site):
    perspectives = of_type("perspective")
    assert [p.meta["number"] for p in perspectives] == [1, 2, 3, 4, 5, 6]
    publication = source_text("partnerskabet-2026-faelles-retning")
    for page in perspectives:
        assert f"# {page.title}" in publication, page.title  # the official title, exactly
        headings = list(re.findall(r"<h2[^>]*>(.*?)<", built(built_site.site, page).read_text()))
        assert headings[:3] == ["Hvad vil vi opnå?", "Hvorfor?", "Hvordan?"], page.id


def test_the_partnership_page_names_every_member():
    publication = (ROOT / "sources" / "partnerskabet-2026-faelles-retning.txt").read_text(encoding="utf-8")
    block = publication.split("består af følgende aktører:")[1].split("## Seks")[0]
    members = [line.strip() for line in block.splitlines() if line.strip()]
    assert len(members) == 23
    text = (ROOT / "docs" / "perspektiver" / "partnerskabet.md").read_text(encoding="utf-8")
    assert [m for m in members if m not in text] == []


def test_eight_core_elements_six_matured_two_prerequisites(built_site):
    elements = of_type("core-element")
    assert len(elements) == 8
    assert sorted(p.id for p in elements if p.meta["role"] == "prerequisite") == [
        "koordineret-samarbejde",
        "relationsopbygning",
    ]
    model = source_text("socialstyrelsen-2022-indsatsbeskrivelse")
    for page in elements:
        assert squash(page.meta["purpose"]) in model, f"{page.id}: purpose is not word for word"
        html = built(built_site.site, page).read_text(encoding="utf-8")
        assert 'class="admonition kb-purpose" id="formaal"' in html
        assert "I praksis" in html and "Sammenhæng med andre kerneelementer" in html, page.id


def test_definitions_quote_their_sources_word_for_word():
    for page_id, source_id in [
        ("vold-i-naere-relationer", "socialstyrelsen-2022-indsatsbeskrivelse"),
        ("naere-relationer", "socialstyrelsen-2022-indsatsbeskrivelse"),
        ("partnerskabets-definition", "partnerskabet-2026-faelles-retning"),
    ]:
        text = (ROOT / "docs" / pages()[page_id].path).read_text(encoding="utf-8")
        quotes = re.findall(r"(?:^> ?.*\n?)+", text, re.M)
        assert quotes, page_id
        quote = squash(re.sub(r"^> ?", "", quotes[0], flags=re.M)).strip("*_")
        assert quote in source_text(source_id), page_id


def test_every_form_of_violence_has_its_own_entry():
    forms = {p.id for p in of_type("violence-form")}
    assert forms == {
        "fysisk-vold",
        "psykisk-vold",
        "seksuel-vold",
        "materiel-vold",
        "oekonomisk-vold",
        "digital-vold",
        "stalking",
        "aeresmotiveret-vold",
        "negativ-social-kontrol",
    }
    socialstyrelsen = {
        p.id for p in of_type("violence-form") if "vold-i-naere-relationer" in p.refs("included_in")
    }
    partnership = {
        p.id for p in of_type("violence-form") if "partnerskabets-definition" in p.refs("included_in")
    }
    assert partnership - socialstyrelsen == {"aeresmotiveret-vold"}


def test_modules_with_their_length_as_the_source_gives_it():
    modules = of_type("module")
    model = source_text("socialstyrelsen-2022-indsatsbeskrivelse")
    assert len(modules) == 5
    for page in modules:
        line = f"{page.title} – {page.meta['days']}"
        assert line in model or line + "." in model, line
        assert page.refs("builds") or page.refs("builds_reading"), page.id


def test_group_courses_give_sessions_hours_participants_and_leaders():
    text = (ROOT / "docs" / "indsatsmodellen" / "gruppeforloeb.md").read_text(encoding="utf-8")
    for fact in ("10-12 mødegange", "2½", "6-8 deltagere", "to gruppeledere"):
        assert fact in text


def test_the_action_plan_has_26_initiatives_in_three_themes():
    data, problems = load_data(ROOT / "data")
    assert problems == []
    initiatives = data.entries("initiatives")
    assert [i["number"] for i in initiatives] == list(range(1, 27))
    assert len(data.entries("themes")) == 3
    assert {i["theme"] for i in initiatives} == {t["id"] for t in data.entries("themes")}


# --- figures ------------------------------------------------------------------

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def figures(text: str) -> set[str]:
    """Numbers of two digits or more, as written ("82.000", "3,9", "2023")."""
    return {n for n in NUMBER.findall(text) if len(n.replace(".", "").replace(",", "")) >= 2}


def test_every_figure_on_a_content_page_is_in_the_documents_it_cites(built_site):
    unsupported = []
    for page in pages().values():
        if page.type not in CONTENT_TYPES:
            continue
        allowed = set()
        for source_id in page.refs("sources"):
            allowed |= figures(source_text(source_id))
        for number in sorted(figures(article_text(built(built_site.site, page))) - allowed):
            unsupported.append(f"{page.path}: {number}")
    assert unsupported == []


def test_every_figure_of_the_initiatives_is_in_the_status_note():
    data, _ = load_data(ROOT / "data")
    note = squash((ROOT / "sources" / "status-handlingsplan-2023-2026.ocr.txt").read_text(encoding="utf-8"))
    allowed = figures(note)
    missing = []
    for initiative in data.entries("initiatives"):
        text = " ".join(
            [initiative["title"]["da"], initiative["status_text"]["da"], initiative["description"]["da"]]
        )
        missing += [f"{initiative['id']}: {n}" for n in sorted(figures(text) - allowed)]
    assert missing == []


def test_the_restored_status_note_keeps_every_number_of_the_ocr_text():
    ocr = figures((ROOT / "sources" / "status-handlingsplan-2023-2026.ocr.txt").read_text(encoding="utf-8"))
    restored = figures((ROOT / "sources" / "status-handlingsplan-2023-2026.txt").read_text(encoding="utf-8"))
    assert restored - ocr == set()


# --- OCR damage -----------------------------------------------------------------

WORD = re.compile(r"[^\W\d_]+")


def skeleton(word: str) -> str:
    """A word without the letters OCR confuses with æ, ø and å (and those three)."""
    return "".join(c for c in word if c not in "æøåaeozgé")


@cache
def ocr_damage() -> set[str]:
    """Damaged words of the OCR'd texts ("forlgb", "nzere", "Kebenhavn"): words
    that occur only there, and that are a correct word with æ, ø or å once the
    letters OCR confuses are set aside (forlgb ~ forløb, Kebenhavn ~ København)."""
    clean = set()
    for name in (
        "sbst-2024-beredskaber.txt",
        "status-handlingsplan-2023-2026.txt",
        "socialstyrelsen-2022-indsatsbeskrivelse.txt",
        "partnerskabet-2026-faelles-retning.txt",
    ):
        clean |= {w.casefold() for w in WORD.findall((ROOT / "sources" / name).read_text(encoding="utf-8"))}
    danish_skeletons = {skeleton(w) for w in clean if set(w) & set("æøå")}
    damaged = set()
    for name in ("sbst-2024-beredskaber.ocr.txt", "status-handlingsplan-2023-2026.ocr.txt"):
        words = {w.casefold() for w in WORD.findall((ROOT / "sources" / name).read_text(encoding="utf-8"))}
        damaged |= {w for w in words - clean if len(w) >= 4 and skeleton(w) in danish_skeletons}
    return damaged


def test_the_damage_list_knows_the_documented_examples():
    assert {"forlgb", "nzere", "ansggning", "kebenhavn", "gennemfort", "igangvaerende"} <= ocr_damage()


def test_no_ocr_damage_anywhere_in_the_built_site(built_site):
    damaged = ocr_damage()
    # Short damaged forms can be English words ("born", "gare"): English pages
    # are checked for the longer ones, where Danish names would leak.
    damaged_in_english = {w for w in damaged if len(w) >= 6}
    found = []
    for page in html_pages(built_site.site):
        rel = page.relative_to(built_site.site).as_posix()
        text = " ".join(parse(page).article_text)
        words = {w.casefold() for w in WORD.findall(text)}
        bad = words & (damaged_in_english if rel.startswith("en/") else damaged)
        found += [f"{rel}: {w}" for w in sorted(bad)]
    assert found == []
