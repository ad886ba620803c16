"""The search engine end to end on a small site: documents and index built here
(hooks/knowledge/outputs/search/), queries answered by the browser's engine run in Node
(tests/search/engine_test.mjs)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from fixtures import data, generated, page, term
from knowledge.content.index import build_site
from knowledge.outputs.search import indexer
from knowledge.outputs.search.analysis import Analyzer
from knowledge.outputs.search.documents import entity_documents, page_documents
from knowledge.outputs.search.indexer import build_index

ROOT = Path(__file__).resolve().parents[2]

PAGES: dict[str, tuple[dict[str, Any], str]] = {
    "kerneelementer/sikkerhed.md": (
        {
            "type": "core-element",
            "id": "sikkerhed",
            "title": "Risikovurdering og sikkerhedsplan",
            "summary": "Om planer.",
        },
        "<h1>Risikovurdering og sikkerhedsplan</h1><p>Medarbejderen laver en sikkerhedsplan med borgeren.</p>"
        '<h2 id="i-praksis">I praksis</h2><p>Planen revurderes løbende.</p>',
    ),
    "kerneelementer/sikkerhed.en.md": (
        {"title": "Risk assessment and safety plan", "summary": "About plans."},
        "<h1>Risk assessment and safety plan</h1><p>The worker makes a safety plan with the citizen.</p>",
    ),
    "definitioner/index.md": (
        {"type": "overview", "id": "definitioner", "title": "Definitioner", "summary": "Voldsformerne."},
        '<h1>Definitioner</h1><ul class="kb-cards"><li>Økonomisk vold</li><li>Seksuel vold</li></ul>'
        "<p>Økonomisk vold og seksuel vold er voldsformer.</p>",
    ),
    "definitioner/oekonomisk-vold.md": (
        {
            "type": "violence-form",
            "id": "oekonomisk-vold",
            "title": "Økonomisk vold",
            "summary": "En voldsform.",
        },
        "<h1>Økonomisk vold</h1><p>Kilderne nævner økonomisk vold.</p>",
    ),
    "definitioner/seksuel-vold.md": (
        {
            "type": "violence-form",
            "id": "seksuel-vold",
            "title": "Seksuel vold",
            "summary": "En voldsform.",
            "search_terms": ["voldtægt", "overgreb"],
        },
        "<h1>Seksuel vold</h1><p>Kilderne nævner seksuel vold.</p>",
    ),
    "maalgruppe.md": (
        {"type": "topic", "id": "maalgruppe", "title": "Målgruppen", "summary": "Hvem indsatsen er til."},
        "<h1>Målgruppen</h1><p>Voldsudsatte mænd og kvinder over 18 år.</p>",
    ),
    "handlingsplan.md": (
        {"type": "topic", "id": "handlingsplan", "title": "Handlingsplanen", "summary": "Initiativer."},
        '<h1>Handlingsplanen</h1><p>Initiativerne.</p><h2 id="konkurrence">Konkurrence om kærestevold</h2>'
        "<p>En årlig konkurrence for elever.</p>"
        '<h2 id="boformer">Boformer</h2><p>Kommunerne skal efter SEL § 109 tilbyde ophold.</p>',
    ),
    "krisecentre.en.md": (
        {"title": "Crisis centres", "summary": "Shelters."},
        "<h1>Crisis centres</h1><p>Women and men can stay at crisis centres.</p>",
    ),
    "krisecentre.md": (
        {"type": "topic", "id": "krisecentre", "title": "Krisecentre", "summary": "Ophold."},
        "<h1>Krisecentre</h1><p>Kvinder og mænd kan bo på krisecentre.</p>",
    ),
    "opslag/ordliste.md": (
        {
            "type": "generated",
            "id": "ordliste",
            "title": "Ordliste",
            "summary": "Begreber.",
            "generator": "glossary",
        },
        "<h1>Ordliste</h1>",
    ),
}


@pytest.fixture(scope="module")
def index_folder(tmp_path_factory) -> Path:
    # Small posting shards, so that the fixture has several and a search that fetched
    # them all would show (engine_test.mjs: "the shards it needs and nothing else").
    patch = pytest.MonkeyPatch()
    patch.setattr(indexer, "POSTING_SHARD_BYTES", 150)
    try:
        return _write_index(tmp_path_factory.mktemp("search"))
    finally:
        patch.undo()


def _write_index(folder: Path) -> Path:
    pages = []
    for path, (meta, _) in PAGES.items():
        pages.append(
            generated("ordliste", "glossary")
            if "generator" in meta
            else page(path, sources=["doc-a"], **meta)
        )
    law = term("serviceloven", "serviceloven", "Social Services Act", kind="law")
    law["da"]["search_terms"] = ["SEL", "lov om social service"]  # an abbreviation: another name
    content = data(
        terms=[
            term("sara-v3", "SARA-V3", "SARA-V3", kind="tool"),
            term("kaerestevold", "kærestevold", "dating violence"),
            law,
        ]
    )
    for lang in ("da", "en"):
        site = build_site(pages, content, lang)
        docs = []
        for record in site.pages.values():  # an English page without translation shows the Danish text
            html = (PAGES.get(record.path) or PAGES[record.path.replace(".en.md", ".md")])[1]
            docs += page_documents(record, html)
        files = build_index([*docs, *entity_documents(site)], Analyzer(lang)).dumps()
        (folder / lang).mkdir()
        for name, text in files.items():
            (folder / lang / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js (make test installs it with npm)")
def test_the_engine_answers_queries_over_an_index_the_indexer_wrote(index_folder):
    result = subprocess.run(
        ["node", "--test", str(ROOT / "tests" / "search" / "engine_test.mjs")],
        capture_output=True,
        text=True,
        env={**os.environ, "KB_SEARCH_INDEX": str(index_folder)},
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
