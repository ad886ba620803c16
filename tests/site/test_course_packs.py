"""The course packs of the real site: one per module in each language, holding
every part the content model says it should (the module's core elements, their
phases, the glossary terms the built glossary says those pages use), the
pages' own text, and nothing of the site's furniture in search."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from real_content import real_site

from knowledge.outputs.course_pack import element_fields, pack_url
from site_html import article_text, parse

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent


def used_on(site_dir: Path, glossary_url: str) -> dict[str, set[str]]:
    """Term id -> URLs of the pages the built glossary lists under "used on"."""
    html = (site_dir / glossary_url / "index.html").read_text(encoding="utf-8")
    result = {}
    for term_id, body in re.findall(r'data-kb-term="([^"]+)"(.*?)</dd></div>', html, re.S):
        used = body[body.find("kb-used-by") :]
        links = re.findall(r'href="([^"]+)"', used)
        result[term_id] = {_resolve(glossary_url, href) for href in links}
    return result


def _resolve(from_url: str, href: str) -> str:
    parts = from_url.rstrip("/").split("/")
    for piece in href.split("/")[:-1]:
        if piece == "..":
            parts.pop()
        elif piece not in (".", ""):
            parts.append(piece)
    return "/".join(parts) + "/"


def section_ids(html: str) -> list[str]:
    return re.findall(r'<section class="kb-pack__part" id="([^"]+)"', html)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_module_has_a_pack_with_every_part_the_model_gives_it(built_site, lang):
    site = real_site(lang)
    modules = site.of_type("module")
    assert len(modules) == 5
    terms_used = used_on(built_site.site, site.generated["glossary"].url)
    for module in modules:
        path = built_site.site / pack_url(module.url) / "index.html"
        html = path.read_text(encoding="utf-8")
        elements = [
            p for p in site.of_type("core-element") if any(p.id in module.refs(f) for f in element_fields())
        ]
        assert elements, module.id
        urls = {module.url} | {p.url for p in elements}
        phases = [
            p["id"]
            for p in sorted(site.data.entries("phases"), key=lambda p: p["order"])
            if any(p["id"] in e.refs("phases") for e in elements)
        ]
        terms = {t for t, pages in terms_used.items() if pages & urls}
        assert terms, module.id
        expected = [module.id, *(p.id for p in elements), "faser", "begreber", "kilder"]
        assert section_ids(html) == expected, module.id
        assert re.findall(r'<h3 id="faser--([^"]+)"', html) == phases
        assert set(re.findall(r'id="begreber--([^"]+)"', html)) == terms
        pack_text = article_text(path)
        for page in [module, *elements]:
            own = article_text(built_site.site / page.url / "index.html")
            first_paragraph = own.split(". ")[1] if ". " in own else own
            assert first_paragraph[:60] in pack_text, (module.id, page.id)
        for source in {s for p in [module, *elements] for s in p.refs("sources")}:
            assert f'id="kilder--{source}"' in html


def test_a_pack_has_unique_ids_working_links_and_the_other_languages_pack(built_site):
    danish = built_site.site / "moduler/modul-opsporing/kursusmappe/index.html"
    parsed = parse(danish)
    html = danish.read_text(encoding="utf-8")
    assert len(re.findall(r'\sid="', html)) == len(parsed.ids)  # no id twice
    assert 'href="../../../en/moduler/modul-opsporing/kursusmappe/" hreflang="en"' in html
    english = (built_site.site / "en/moduler/modul-opsporing/kursusmappe/index.html").read_text(
        encoding="utf-8"
    )
    assert 'href="../../../../moduler/modul-opsporing/kursusmappe/" hreflang="da"' in english
    assert "<h1" in english and "Course pack:" in english
    # The module page links its pack; the pack prints its address on every sheet.
    module = (built_site.site / "moduler/modul-opsporing/index.html").read_text(encoding="utf-8")
    assert '<p class="kb-pack-link">Kursusmappe: <a ' in module and 'href="kursusmappe/"' in module
    assert '@bottom-left{content:"http' in html and "/moduler/modul-opsporing/kursusmappe/" in html


def test_packs_stay_out_of_search_and_the_navigation_and_keep_stable_urls(built_site):
    site = built_site.site
    for folder in (site / "search", site / "en" / "search"):
        index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        locations = [
            row[0]
            for name in index["documentShards"]["files"]
            for row in json.loads((folder / name).read_text(encoding="utf-8"))
        ]
        assert locations
        assert not [loc for loc in locations if "kursusmappe" in loc]
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "kursusmappe" not in home
    manifest = json.loads((ROOT / "urls.json").read_text(encoding="utf-8"))["pages"]
    for lang_prefix in ("", "en/"):
        for module in real_site("da").of_type("module"):
            url = lang_prefix + pack_url(module.url)
            assert url in manifest, url
            assert "faser" in manifest[url] or "begreber" in manifest[url]
