"""The downloads of the real site agree with the pages that show the same
data: every initiative, every glossary term and every declared relation; the
CSV files say the same as the JSON files and open in Excel (UTF-8 with BOM,
semicolons); the pages link their files."""

from __future__ import annotations

import csv
import html as html_text
import io
import json
import posixpath
import re
from pathlib import Path

import pytest

from knowledge.content import ui
from knowledge.content.load import load_data
from knowledge.indexes.language import danish_names
from knowledge.outputs import downloads
from knowledge.outputs.render.glossary import OTHER_LANGUAGE

pytestmark = pytest.mark.slow

LANGUAGES = {"da": "", "en": "en/"}
# A gloss; one no source gives ends with its short mark: "(Ministry of Health; <span>the site's explanation</span>)".
GLOSS = re.compile(
    r' <span class="kb-gloss[^"]*" lang="en">[(\[][^<]*(?:<span[^>]*>[^<]*</span>)?[)\]]</span>'
)


def _danish_in_brackets() -> re.Pattern[str]:
    """ " (Socialstyrelsen)" after an English name: the page's first mention only."""
    data, _ = load_data(Path(__file__).resolve().parents[2] / "data")
    forms = [f for n in danish_names(data) if n.english for f in n.forms if f not in n.abbreviations]
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf' \(<span lang="da">(?:{body})</span>\)')


DANISH_IN_BRACKETS = _danish_in_brackets()


def text(fragment: str, between_tags: str = " ") -> str:
    """The text of an HTML fragment as the data has it: without the reading aids the
    English edition adds at a name's first mention on the page: the gloss after a Danish
    name ("Danner (an organisation …)") and the Danish after an English one ("the Danish
    Parliament (Folketinget)")."""
    fragment = DANISH_IN_BRACKETS.sub("", GLOSS.sub("", fragment))
    return re.sub(r"\s+", " ", html_text.unescape(re.sub(r"<[^>]+>", between_tags, fragment))).strip()


def found(pattern: str, string: str, group: int = 0) -> str:
    match = re.search(pattern, string, re.S)
    assert match, pattern
    return match.group(group)


def load_json(site: Path, prefix: str, dataset: downloads.Dataset) -> dict:
    return json.loads((site / prefix / dataset.file("json")).read_text(encoding="utf-8"))


def local(site_url: str, address: str) -> str:
    """The site-relative URL of an address in a download."""
    assert address.startswith(site_url), address
    return address[len(site_url) :]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_initiatives_agree_with_the_action_plan_page(built_site, lang):
    prefix = LANGUAGES[lang]
    items = load_json(built_site.site, prefix, downloads.INITIATIVES)["items"]
    assert [i["number"] for i in items] == list(range(1, 27))
    page = (built_site.site / prefix / "handlingsplan/index.html").read_text(encoding="utf-8")
    for item in items:
        # The card: the heading, its facts, the first paragraph and the rest behind "read all".
        block = re.search(rf'<h3 id="{item["id"]}">(.*?)</h3>(.*?)</details></div>', page, re.S)
        assert block, item["id"]
        heading, body = text(block.group(1)), block.group(2)
        star = " *" if item["reserve_funded"] is True else ""
        assert heading.rstrip("#").strip() == f"{item['number']}. {item['title']}{star}"
        assert [text(a) for a in re.findall(r"<abbr[^>]*>(.*?)</abbr>", body)] == item["ministries"]
        assert f">{html_text.escape(item['status'], quote=False)}</span>" in body
        shown = re.sub(r"\s+", "", text(body, between_tags=""))
        for paragraph in item["description"].split("\n\n"):  # the note's status sentence follows the first
            paragraph = "".join(line.removeprefix("- ") for line in paragraph.split("\n"))
            assert re.sub(r"\s+", "", paragraph) in shown, item["id"]
        assert local(built_site.site_url, item["url"]) == f"{prefix}handlingsplan/#{item['id']}"
        assert [s["id"] for s in item["sources"]] == ["status-handlingsplan-2023-2026"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_agrees_with_the_glossary_page(built_site, lang):
    prefix = LANGUAGES[lang]
    items = load_json(built_site.site, prefix, downloads.GLOSSARY)["items"]
    url = f"{prefix}opslag/ordliste/"
    page = (built_site.site / url / "index.html").read_text(encoding="utf-8")
    entries = re.findall(r'<div class="kb-glossary__entry" id="([^"]+)".*?</dd></div>', page, re.S)
    assert [i["id"] for i in items] == entries  # same terms, same order
    for item in items:
        entry = found(rf'id="{item["id"]}" data-kb-term=.*?</dd></div>', page)
        assert text(found(r"<dfn>(.*?)</dfn>", entry, 1)) == item["term"]
        other = OTHER_LANGUAGE[lang]
        assert text(found(rf'<span lang="{other}">(.*?)</span>', entry, 1)) == item["other_term"]
        # Terms in a definition are links: their tags stand inside the running text.
        assert text(found(r"<dd><p>(.*?)</p>", entry, 1), between_tags="") == item["definition"]
        used = entry[entry.find("kb-used-by") :]
        shown = sorted(
            posixpath.normpath(posixpath.join(url, h)) + "/" for h in re.findall(r'href="([^"]+)"', used)
        )
        assert sorted(local(built_site.site_url, p["url"]) for p in item["used_on"]) == shown, item["id"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_relations_agree_with_each_pages_related_box(built_site, lang):
    prefix = LANGUAGES[lang]
    document = load_json(built_site.site, prefix, downloads.RELATIONS)
    urls = {item["id"]: local(built_site.site_url, item["url"]) for item in document["items"]}
    for item in document["items"]:
        page_url = urls[item["id"]]
        page = (built_site.site / page_url / "index.html").read_text(encoding="utf-8")
        match = re.search(r'<aside class="kb-box kb-related".*?</aside>', page, re.S)
        box = match.group(0) if match else ""
        linked = set()
        for href in re.findall(r'href="([^"]+)"', box):
            linked.add(posixpath.normpath(posixpath.join(page_url, href)) + "/")
        for relation, targets in item["relations"].items():
            assert {urls.get(t, "?") for t in targets} <= linked, (item["id"], relation)
            if relation != "related" and targets:
                assert (
                    f"<dt>{html_text.escape(ui.text(f'rel.{relation}', lang))}</dt>" in box
                )  # as boxes.e() escapes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_csv_says_what_the_json_says_and_opens_in_excel(built_site, lang):
    prefix = LANGUAGES[lang]
    for dataset in downloads.DATASETS:
        if "csv" not in dataset.formats:
            continue
        raw = (built_site.site / prefix / dataset.file("csv")).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads æ, ø, å
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
        header, *body = rows
        assert header == [downloads.field_label(dataset, key, lang) for key in dataset.fields]
        items = load_json(built_site.site, prefix, dataset)["items"]
        assert len(body) == len(items)
        for row, item in zip(body, items, strict=True):
            cells = dict(zip(dataset.fields, row, strict=True))
            assert cells["id"] == item["id"] and cells["url"] == item["url"]
        assert any(re.search("[æøå]", cell) for row in body for cell in row)


def test_the_pages_link_their_downloads_and_the_data_page_describes_every_field(built_site):
    site = built_site.site
    for prefix in LANGUAGES.values():
        for dataset in downloads.DATASETS:
            page_url = {
                "initiatives": "handlingsplan/",
                "glossary": "opslag/ordliste/",
                "matrices": "opslag/sammenhaenge/",
            }
            page = (site / prefix / page_url[dataset.page] / "index.html").read_text(encoding="utf-8")
            line = re.search(r'<p class="kb-downloads">.*?</p>', page, re.S)
            assert line, (prefix, dataset.name)
            for fmt in dataset.formats:
                href = found(rf'href="([^"]*{dataset.name}\.{fmt})" download', line.group(0), 1)
                target = posixpath.normpath(posixpath.join(prefix + page_url[dataset.page], href))
                assert (site / target).is_file()
        about = (site / prefix / "opslag/data-og-genbrug/index.html").read_text(encoding="utf-8")
        for dataset in downloads.DATASETS:
            for key in dataset.fields:
                assert f"<code>{key}</code>" in about
        assert "Der kan frit citeres fra publikationen med angivelse af kilde." in text(about)
