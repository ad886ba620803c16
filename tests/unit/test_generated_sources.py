"""A generated page built on a source (the action plan on the status note)
names it like a content page does: in its own Sources box and on the sources
page's list of pages built on it (fact check F13)."""

from __future__ import annotations

from fixtures import REVIEWED, SOURCE, data, generated, page
from knowledge.content.index import build_site
from knowledge.outputs.render import boxes
from knowledge.outputs.render.sources import pages_citing


def site():
    plan = page(
        "handlingsplan/index.md",
        type="generated",
        id="handlingsplan",
        title="Handlingsplan",
        summary="S.",
        generator="initiatives",
        sources=[SOURCE],
        reviewed=REVIEWED,
    )
    return build_site([plan, generated("kilder", "sources")], data(), "da")


def test_the_sources_page_lists_a_generated_page_built_on_a_source():
    assert pages_citing(site()) == {SOURCE: ["handlingsplan"]}


def test_its_sources_box_names_the_source():
    s = site()
    box = boxes.sources_box(s, s.pages["handlingsplan"])
    assert "Siden bygger på" in box and f"#{SOURCE}" in box
