"""Course packs: what a pack holds follows from the content model, and a
page's HTML moved into the pack keeps working links and unique ids."""

from __future__ import annotations

import datetime as dt
import re

from fixtures import core_element, data, generated, module, page, term
from knowledge.content.index import build_site
from knowledge.outputs import course_pack
from knowledge.outputs.moved_html import move

PHASES = [
    {
        "id": "b",
        "order": 2,
        "title": {"da": "Fase B", "en": "Phase B"},
        "description": {"da": "B.", "en": "B."},
    },
    {
        "id": "a",
        "order": 1,
        "title": {"da": "Fase A", "en": "Phase A"},
        "description": {"da": "A.", "en": "A."},
    },
]


def _site(lang: str = "da"):
    pages = [
        module("modul-x", ["e2", "e1"], related=["e3"]),
        core_element("e1", order=1, phases=["b"]),
        core_element("e2", order=2, phases=["a", "b"]),
        core_element("e3", order=3, phases=["a"]),
        generated("ordliste", "glossary"),
        page(
            "indsatsmodellen/borgerforloeb.md",
            type="topic",
            id="borgerforloeb",
            title="Borgerforløb",
            summary="S.",
            sources=["doc-a"],
        ),
    ]
    content = data(
        phases=PHASES,
        terms=[term("t1", "ørn", "eagle"), term("t2", "abe", "ape"), term("t3", "zebra", "zebra")],
    )
    content.headers["pathway.yml"] = {"page": "borgerforloeb"}
    return build_site(pages, content, lang)


def test_a_pack_holds_the_module_its_core_elements_their_phases_and_the_terms_they_use():
    site = _site()
    used_on = {"t1": ["e1"], "t2": ["modul-x"], "t3": ["e3"]}  # e3 is only `related`
    pack = course_pack.contents(site, site.pages["modul-x"], used_on)
    assert pack.url == "moduler/modul-x/kursusmappe/"
    assert pack.elements == ("e1", "e2")  # builds, in the core elements' order
    assert pack.phases == ("a", "b")  # in the pathway's order
    assert pack.terms == ("t2", "t1")  # abe, ørn: Danish alphabetical order, unused zebra left out
    assert pack.sources == ("doc-a",)
    anchors = [part.anchor for part in course_pack.parts(site, pack)]
    assert anchors == ["modul-x", "e1", "e2", "faser", "begreber", "kilder"]


def test_the_pack_gathers_the_pages_with_prefixed_ids_and_links_inside_the_pack():
    site = _site()
    pack = course_pack.contents(site, site.pages["modul-x"], {"t1": ["e1"]})
    articles = {
        "modul-x": '<h1 id="modul-x-title">Modul</h1><p class="kb-pack-link">Kursusmappe: '
        '<a href="kursusmappe/">x</a></p><h2 id="indhold">Indhold</h2>'
        '<p><a href="../../kerneelementer/e1/#i-praksis">e1</a> <a href="#indhold">op</a></p>',
        "e1": '<h1 id="e1">Element</h1><p><a class="kb-term" href="../../opslag/ordliste/#t1">ørn</a> '
        '<a href="../../indsatsmodellen/borgerforloeb/#fase-b">B</a> '
        '<a data-print-url="http://x/kerneelementer/e3/" href="../e3/">e3</a></p>',
        "e2": "<h1>E2</h1>",
    }
    published = course_pack.Published("http://x/", dt.date(2026, 11, 30))
    html = course_pack.pack_html(site, pack, articles, published)
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert '<section class="kb-pack__part" id="e1">' in html
    assert '<h3 id="modul-x--indhold">' in html  # headings one level down: the pack has one h1
    assert 'href="#e1--i-praksis"' in html  # a link to a page of the pack stays in the pack
    assert 'href="#modul-x--indhold"' in html
    assert 'href="#begreber--t1"' in html and 'id="begreber--t1"' in html
    assert 'href="#faser--b"' in html and 'id="faser--b"' in html
    assert 'data-print-url="http://x/kerneelementer/e3/" href="../../../kerneelementer/e3/"' in html
    assert "kb-pack-link" not in html  # the module's link to the pack itself is left out
    assert "30. november 2026" in html and "http://x/moduler/modul-x/kursusmappe/" in html
    assert html.count("<h1") == 1


def test_headings_go_down_a_level_and_only_attributes_change():
    moved = move(
        '<h1 id="a">A</h1><h2 id="b">B <code>id="c"</code></h2><h6 id="d">D</h6>'
        '<div role="region" aria-labelledby="b"><a href="https://example.org/#x">x</a></div>',
        from_url="k/e/",
        to_url="m/p/",
        prefix="e",
        locate=lambda url, anchor: None,
    )
    assert moved == (
        '<h2 id="e--a">A</h2><h3 id="e--b">B <code>id="c"</code></h3><h6 id="e--d">D</h6>'
        '<div role="region" aria-labelledby="e--b"><a href="https://example.org/#x">x</a></div>'
    )


def test_the_print_style_names_the_pack_and_cannot_end_its_element():
    site = _site("en")
    evil = module("modul-x", [], title='</style><script>"x"')
    pack = course_pack.CoursePack("modul-x", "en/moduler/modul-x/kursusmappe/", (), (), (), ())
    style = course_pack.print_style(site, evil, pack, course_pack.Published("http://x/", dt.date(2026, 1, 2)))
    assert style.count("</style>") == 1 and "<script" not in style
    assert '"http://x/en/moduler/modul-x/kursusmappe/"' in style
    assert '"Page " counter(page) " of " counter(pages)' in style
