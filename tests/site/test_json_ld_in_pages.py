"""schema.org JSON-LD on every built page, parsed and checked against the
schema.org vocabulary (schema-dts) and against what the page shows: the right
type for each page type, its required properties, breadcrumbs that lead to
pages of the site, and the glossary's terms."""

from __future__ import annotations

import html as html_text
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from real_content import real_site
from schema_org import TYPINGS, missing_message, vocabulary

from knowledge.content.model import PAGE_TYPES
from site_html import html_pages

pytestmark = pytest.mark.slow

GLOSS = re.compile(
    r' <span class="kb-gloss[^"]*" lang="en">[(\[][^<]*(?:<span[^>]*>[^<]*</span>)?[)\]]</span>'
)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
REQUIRED = {
    "Article": ("headline", "description", "inLanguage", "dateModified", "url"),
    "DefinedTermSet": ("name", "inLanguage", "hasDefinedTerm"),
    "DefinedTerm": ("name", "description", "url", "inDefinedTermSet"),
    "WebSite": ("name", "url", "inLanguage"),
    "BreadcrumbList": ("itemListElement",),
}


def graphs(site: Path) -> dict[str, list[dict]]:
    """Site-relative URL -> the nodes of the page's JSON-LD (none: no block)."""
    result = {}
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        blocks = JSON_LD.findall(page.read_text(encoding="utf-8"))
        assert len(blocks) <= 1, rel
        url = rel.removesuffix("index.html")
        result[url] = json.loads(blocks[0])["@graph"] if blocks else []
        if blocks:
            assert json.loads(blocks[0])["@context"] == "https://schema.org", rel
    return result


def test_every_node_fits_the_schema_org_vocabulary(built_site):
    if not TYPINGS.exists():
        pytest.fail(missing_message())
    problems = []
    for url, nodes in graphs(built_site.site).items():
        for node in nodes:
            problems += vocabulary().problems(node, url or "/")
            for prop in REQUIRED.get(str(node["@type"]), ()):
                if not node.get(prop):
                    problems.append(f"{url or '/'}: {node['@type']} without {prop}")
    assert problems == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_page_type_gets_its_structured_data(built_site, lang):
    site = real_site(lang)
    nodes_of = graphs(built_site.site)
    origin = built_site.site_url.rstrip("/")
    for page in site.pages.values():
        nodes = {str(n["@type"]): n for n in nodes_of[page.url]}
        if PAGE_TYPES[page.type].content:
            article = nodes["Article"]
            assert article["headline"] == page.title and article["inLanguage"] == lang, page.url
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(article["dateModified"]))
            assert "publisher" not in article  # extra.publisher.name is not filled in yet
            cited = [c.get("name") for c in article.get("citation", [])]
            assert cited == [site.data.by_id("sources")[s].get("title") for s in page.refs("sources")]
        if page.type == "home":
            assert nodes["WebSite"]["url"] == f"{origin}/{page.url}"
            continue
        crumbs = nodes["BreadcrumbList"]["itemListElement"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
        assert crumbs[-1]["item"]["@id"] == f"{origin}/{page.url}"
        for crumb in crumbs:
            path = urlsplit(crumb["item"]["@id"]).path.lstrip("/")
            assert (built_site.site / path / "index.html").exists(), crumb


def test_the_glossary_is_a_set_of_the_terms_it_shows(built_site):
    for url in ("opslag/ordliste/", "en/opslag/ordliste/"):
        term_set = next(n for n in graphs(built_site.site)[url] if n["@type"] == "DefinedTermSet")
        html = (built_site.site / url / "index.html").read_text(encoding="utf-8")
        shown = re.findall(r'data-kb-term="([^"]+)"><dt><dfn>(.*?)</dfn>', html)
        defined = [(t["termCode"], t["name"]) for t in term_set["hasDefinedTerm"]]
        # An English term may hold a Danish name, marked <span lang="da"> and glossed.
        names = [(i, html_text.unescape(re.sub("<[^>]+>", "", GLOSS.sub("", n)))) for i, n in shown]
        assert sorted(defined) == sorted(names)
