"""Search documents and the sharded index (hooks/knowledge/outputs/search/)."""

from __future__ import annotations

import json

from fixtures import data, generated, page, term
from knowledge.content.index import build_site
from knowledge.outputs.search import indexer
from knowledge.outputs.search.analysis import Analyzer, loose
from knowledge.outputs.search.documents import SearchDoc, entity_documents, page_documents
from knowledge.outputs.search.indexer import build_index

ARTICLE = (
    '<h1 id="t">Titel<a class="headerlink" href="#t">#</a></h1><p class="kb-lead">Resumé.</p>'
    "<p>Indledning med <strong>vigtige</strong>, ord.</p>"
    '<h2 id="i-praksis">I praksis<a class="headerlink" href="#i-praksis">#</a></h2><p>Første afsnit.</p>'
    '<h3 id="detaljer">Detaljer</h3><ul class="kb-cards"><li>kort</li></ul><p>Mere<br>tekst.</p>'
    "<h2>Uden id</h2><p>Hører til detaljer.</p><script>var x = 1;</script>"
)


def test_a_page_is_split_at_its_headings_with_an_id():
    record = page("kerneelementer/a.md", type="core-element", id="a", title="Titel", summary="Resumé.")
    docs = page_documents(record, ARTICLE)
    assert [(d.url, d.kind, d.title) for d in docs] == [
        ("kerneelementer/a/", "page", "Titel"),
        ("kerneelementer/a/#i-praksis", "section", "I praksis"),
        ("kerneelementer/a/#detaljer", "section", "Detaljer"),
    ]
    assert docs[0].body == "Indledning med vigtige, ord."  # inline tags do not split words
    assert docs[0].summary == "Resumé."
    assert docs[2].body == "Mere tekst. Uden id Hører til detaljer."  # navigation (cards), scripts left out
    assert docs[1].parent == "Titel"


def test_listing_pages_give_only_their_title_and_excluded_pages_nothing():
    listing = generated("ordliste", "glossary")
    assert [d.url for d in page_documents(listing, ARTICLE)] == ["opslag/ordliste/"]
    hidden = page("opslag/x.md", type="page", id="x", title="X", summary="S.", search={"exclude": True})
    assert page_documents(hidden, ARTICLE) == []


def test_a_boost_multiplies_the_weight_of_a_page_and_its_sections():
    plain = page("kerneelementer/a.md", type="core-element", id="a", title="Titel", summary="S.")
    boosted = page(
        "kerneelementer/b.md", type="core-element", id="b", title="Titel", summary="S.", search={"boost": 2}
    )
    before, after = page_documents(plain, ARTICLE), page_documents(boosted, ARTICLE)
    assert [b.prior for b in after] == [2 * a.prior for a in before]


def test_search_terms_and_type_terms_are_keywords_an_english_page_does_not_inherit():
    danish = page(
        "moduler/m.md",
        type="module",
        id="m",
        title="Modul",
        summary="S.",
        search_terms=["kursus"],
        sources=["doc-a"],
        days="1",
        audience="Alle.",
        builds=[],
    )
    english = page("moduler/m.en.md", title="Module", summary="S.")
    site_en = build_site([danish, english], data(), "en")
    keywords = page_documents(site_en.pages["m"], "<h1>Module</h1>")[0].keywords
    assert "kursus" not in keywords  # the Danish list is not the English page's
    assert "how long" in keywords  # every module: from the page type in the model
    site_da = build_site([danish, english], data(), "da")
    assert "kursus" in page_documents(site_da.pages["m"], "<h1>Modul</h1>")[0].keywords


def test_glossary_terms_open_at_their_anchor_and_one_with_a_page_is_shown_under_it():
    pages = [
        generated("ordliste", "glossary"),
        page("definitioner/v.md", type="violence-form", id="v", title="V", summary="S."),
    ]
    content = data(terms=[term("sara-v3", "SARA-V3", "SARA-V3"), term("vold", "vold", "violence", page="v")])
    docs = {d.url: d for d in entity_documents(build_site(pages, content, "da"))}
    assert docs["opslag/ordliste/#sara-v3"].group == "opslag/ordliste/#sara-v3"
    assert docs["opslag/ordliste/#vold"].group == "definitioner/v/"
    assert "violence" in docs["opslag/ordliste/#vold"].keywords  # the other language's term


def _read(files, name):
    return json.loads(files[name])


def test_the_index_keeps_groups_together_and_shards_keys_in_order(monkeypatch):
    monkeypatch.setattr(indexer, "POSTING_SHARD_BYTES", 60)
    docs = [
        SearchDoc("a/", "Alfa", "page", 1.0, body="vold og planer"),
        SearchDoc("b/", "Beta", "page", 1.0, body="vold"),
        SearchDoc("a/#s", "Afsnit", "section", 0.8, parent="Alfa", body="sikkerhedsplan"),
    ]
    files = build_index(docs, Analyzer("da")).dumps()
    meta = _read(files, "index.json")
    rows = [row for name in meta["documentShards"]["files"] for row in _read(files, name)]
    assert [r[0] for r in rows] == ["a/", "a/#s", "b/"]  # the section follows its page
    assert meta["groups"] == [0, 2]  # gaps between the first documents of groups
    keys = meta["keys"].split("\n")
    assert keys == sorted(keys, key=lambda k: (loose(k), k))  # by loose form (see engine.js)
    assert len(meta["postings"]) > 1
    for (start, name), following in zip(
        meta["postings"], [*meta["postings"][1:], [len(keys), None]], strict=True
    ):
        assert set(_read(files, name)) == set(keys[start : following[0]])


def test_a_key_keeps_only_its_best_postings(monkeypatch):
    monkeypatch.setattr(indexer, "MAX_POSTINGS", 3)
    docs = [SearchDoc(f"p{i}/", "Side", "page", 1.0, body="vold " * (i + 1)) for i in range(6)]
    files = build_index(docs, Analyzer("da")).dumps()
    meta = _read(files, "index.json")
    shard = _read(files, meta["postings"][0][1])
    assert len(shard["vold"]) == 3 * 3
    assert meta["df"][meta["keys"].split("\n").index("vold")] == 6  # the frequency stays true


def test_file_names_change_with_their_content():
    first = build_index([SearchDoc("a/", "Alfa", "page", 1.0)], Analyzer("da")).files
    second = build_index([SearchDoc("a/", "Alfa beta", "page", 1.0)], Analyzer("da")).files
    assert set(first) - {"index.json"} != set(second) - {"index.json"}


def test_definitions_and_sources_are_written_as_runs_and_term_names_as_aliases():
    docs = [
        SearchDoc(url="a/", title="A", kind="page", prior=1.0),
        SearchDoc(url="o/#sel", title="SEL", kind="term", prior=1.0, aliases=["SEL"]),
        SearchDoc(
            url="o/#serviceloven",
            title="serviceloven",
            kind="term",
            prior=1.0,
            aliases=["serviceloven", "servicelovens", "SEL", "lov om social service"],
        ),
        SearchDoc(url="k/#kilde", title="Kilde", kind="source", prior=0.6),
    ]
    meta = build_index(docs, Analyzer("da")).files["index.json"]
    assert isinstance(meta, dict)
    assert meta["definitions"] == [[1, 2]] and meta["sources"] == [[3, 1]]
    # One-word names only; a term with one name gives no group.
    assert meta["aliases"] == [["sel", "servicelov"]]


def test_us_spellings_get_the_uk_key_and_the_rules_reach_the_browser():
    en = Analyzer("en")
    for us, uk in [("centers", "centres"), ("behavior", "behaviour"), ("organize", "organise")]:
        assert en.key(us) == en.key(uk), (us, uk)
        assert en.surface(us) == en.surface(uk)
    assert en.key("size") == en.key("sizes")  # a rule changes both forms alike
    rules = build_index([SearchDoc(url="a/", title="A", kind="page", prior=1.0)], en).files["index.json"][
        "spellings"
    ]  # type: ignore[index]
    assert all("\\" not in replacement for _, replacement in rules)  # JavaScript's $1, not \1
