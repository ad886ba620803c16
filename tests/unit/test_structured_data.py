"""schema.org structured data: the right type per page, the required
properties, and JSON that cannot break out of its element."""

from __future__ import annotations

import json
import re

from fixtures import core_element, data, generated, page, term
from knowledge.content.index import build_site
from knowledge.outputs.csp import add_policy, inline_style_hashes
from knowledge.outputs.structured_data import Crumb, Where, page_nodes, script


def _site(lang: str = "da"):
    pages = [
        page("index.md", type="home", id="forside", title="Forside", summary="S."),
        core_element("e1", title="Element </script> én"),
        generated("ordliste", "glossary"),
    ]
    return build_site(pages, data(terms=[term("t", "æble", "apple")]), lang)


def _where(**extra) -> Where:
    values: dict = {"site_url": "http://x/", "site_name": "Site", "site_description": "D."}
    values.update(extra)
    return Where(**values)


def test_a_content_page_is_an_article_with_its_sources_as_citations():
    site = _site()
    crumbs = [
        Crumb("Forside", ""),
        Crumb("Kerneelementer", "kerneelementer/"),
        Crumb("E1", "kerneelementer/e1/"),
    ]
    nodes = page_nodes(site, site.pages["e1"], _where(modified="2026-11-22", crumbs=crumbs))
    article, trail = nodes
    items: list = trail["itemListElement"]  # type: ignore[assignment]
    assert article["@type"] == "Article"
    assert article["headline"] == "Element </script> én"
    assert article["inLanguage"] == "da" and article["dateModified"] == "2026-11-22"
    assert "publisher" not in article  # extra.publisher.name is not set
    assert article["citation"] == [
        {
            "@type": "CreativeWork",
            "name": "Dokument",
            "publisher": {"@type": "Organization", "name": "Udgiver"},
            "datePublished": "2022",
        }
    ]
    assert [item["item"]["@id"] for item in items] == [
        "http://x/",
        "http://x/kerneelementer/",
        "http://x/kerneelementer/e1/",
    ]
    assert [item["position"] for item in items] == [1, 2, 3]


def test_a_draft_claims_no_review_in_its_structured_data():
    """`dateModified` is the file's last change, which a draft has too; nothing says it was
    reviewed (schema.org's lastReviewed / reviewedBy belong to a WebPage and are not emitted)."""
    draft = core_element("e2", drafted="2026-11-22")
    del draft.meta["reviewed"]
    site = build_site([draft], data(), "da")
    text = script(page_nodes(site, site.pages["e2"], _where(modified="2026-12-08")))
    assert '"dateModified":"2026-12-08"' in text
    assert "review" not in text.lower() and "2026-11-22" not in text


def test_the_publisher_comes_from_the_settings():
    site = _site("en")
    where = _where(publisher={"name": "Udgiveren", "email": "a@b.dk", "phone": ""})
    (article,) = page_nodes(site, site.pages["e1"], where)
    assert article["publisher"] == {"@type": "Organization", "name": "Udgiveren", "email": "a@b.dk"}
    assert article["inLanguage"] == "en" and article["url"] == "http://x/en/kerneelementer/e1/"


def test_the_glossary_is_a_defined_term_set_and_the_front_page_the_website():
    site = _site("en")
    (terms,) = page_nodes(site, site.pages["ordliste"], _where())
    assert terms["@type"] == "DefinedTermSet"
    assert terms["hasDefinedTerm"] == [
        {
            "@type": "DefinedTerm",
            "@id": "http://x/en/opslag/ordliste/#t",
            "url": "http://x/en/opslag/ordliste/#t",
            "name": "apple",
            "description": "Definition of apple.",
            "termCode": "t",
            "inDefinedTermSet": {"@id": "http://x/en/opslag/ordliste/"},
        }
    ]
    (website,) = page_nodes(site, site.pages["forside"], _where())
    assert website["@type"] == "WebSite" and website["url"] == "http://x/en/"


def test_the_data_block_cannot_end_its_element_and_needs_no_policy_exception():
    site = _site()
    block = script(page_nodes(site, site.pages["e1"], _where()))
    assert block.count("</script>") == 1
    match = re.fullmatch(r'<script type="application/ld\+json">(.*)</script>', block)
    assert match is not None
    assert json.loads(match.group(1))["@graph"][0]["headline"] == "Element </script> én"
    policy = add_policy(f'<head><meta charset="utf-8">{block}</head>')
    assert "script-src 'self';" in policy  # data is not a script that runs: no hash, no exception
    assert script([]) == ""


def test_a_pages_own_style_element_is_allowed_by_its_hash_and_style_attributes_are_not():
    html = '<head><meta charset="utf-8"><style>@page{margin:0}</style></head><p style="color:red">'
    (digest,) = inline_style_hashes(html)
    policy = add_policy(html)
    assert f"style-src 'self' {digest};" in policy
    assert "'unsafe-inline'" not in policy
