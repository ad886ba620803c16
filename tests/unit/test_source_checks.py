"""The checks of the pages' text that need the whole site: links, addresses,
embed lines and sections."""

from __future__ import annotations

import pytest

from fixtures import core_element, data, page
from knowledge.checks.source_checks import SourceSettings, source_problems
from knowledge.content.markdown_source import read_source
from knowledge.content.model import Page

EMBEDS = frozenset({"pathway", "publisher-contact", "sections"})
OWN = ("https://eksempel.github.io/site/",)


def with_text(record: Page, body: str) -> Page:
    record.source = read_source(body, 1, record.title)
    record.embeds = [c.embed for c in record.source.comments if c.embed]
    from knowledge.content.load import addresses

    record.addresses = addresses(body)
    return record


def site(body: str, english: str | None = None) -> list[Page]:
    pages = [
        with_text(core_element("a"), body),
        with_text(core_element("b"), "## I praksis {#praksis}\n\n## Baggrund\n"),
        with_text(page("index.md", type="home", id="forside", title="Forside", summary="S."), ""),
        with_text(
            page("kerneelementer/index.md", type="overview", id="kerneelementer", title="K", summary="S."), ""
        ),
        with_text(page("kerneelementer/b.en.md", title="B", summary="S."), "## In practice {#praksis}\n"),
    ]
    if english is not None:
        pages.append(with_text(page("kerneelementer/a.en.md", title="A", summary="S."), english))
    return pages


def lines(
    body: str, english: str | None = None, files: frozenset[str] = frozenset({"assets/logo.svg"})
) -> list[str]:
    pages = site(body, english)
    settings = SourceSettings(EMBEDS, files | {p.path for p in pages}, OWN)
    return [str(p) for p in source_problems(pages, data(), settings)]


A = "docs/kerneelementer/a.md"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Se [b](b.md), [b](b.md#praksis) og [b](b.md#baggrund).\n", None),
        ("Se [b](b.md#praksis) og [forsiden](../index.md).\n", None),
        ("Se [a](#oversigt).\n\n## Oversigt\n", None),
        ("Se [c](c.md).\n", f"{A}: line 1: link to 'c.md': there is no docs/kerneelementer/c.md"),
        ("Se [b](bx.md).\n", f"{A}: line 1: link to 'bx.md': there is no docs/kerneelementer/bx.md"),
        (
            "Se [forsiden](indexx.md).\n",
            f"{A}: line 1: link to 'indexx.md': there is no docs/kerneelementer/indexx.md; did you mean 'index.md'?",
        ),
        (
            "Se [b](../b.md).\n",
            f"{A}: line 1: link to '../b.md': there is no docs/b.md; did you mean 'b.md'?",
        ),
        (
            "Se [b](b.md#praksys).\n",
            f"{A}: line 1: link to 'b.md#praksys': docs/kerneelementer/b.md has no anchor #praksys; did you mean "
            "#praksis?",
        ),
        ("Se [b](b.md#x).\n", f"{A}: line 1: link to 'b.md#x': docs/kerneelementer/b.md has no anchor #x"),
        ("Se [a](#x).\n", f"{A}: line 1: link to '#x': docs/kerneelementer/a.md has no anchor #x"),
        ("Se [oversigten](index.md#noget).\n", None),  # anchors of generated pages: MkDocs checks them
        (
            "Se [b](b.en.md).\n",
            f"{A}: line 1: link to 'b.en.md': link the Danish file 'b.md'; the build points "
            "English pages to the translation",
        ),
        (
            "Se [b](/kerneelementer/b/).\n",
            f"{A}: line 1: link to '/kerneelementer/b/': link the page's file instead, 'b.md'",
        ),
        ("Se [b](../b/).\n", f"{A}: line 1: link to '../b/': link the page's file instead, 'b.md'"),
        (
            "Se [x](/ukendt/).\n",
            f"{A}: line 1: link to '/ukendt/': pages link to each other's .md files, relatively",
        ),
        (
            "![Figur](figur.png)\n",
            f"{A}: line 1: link to 'figur.png': there is no docs/kerneelementer/figur.png",
        ),
        ("![Figur](../assets/logo.svg)\n", None),
        (
            "![Figur](https://example.org/figur.png)\n",
            f"{A}: line 1: loads https://example.org/figur.png from another site",
        ),
        ("Se [DMI](https://www.dmi.dk/).\n", None),
        ("Skriv til [os](mailto:a@example.org).\n", None),
        (
            "Se [noten](file:///C:/notat.pdf).\n",
            f"{A}: line 1: links to a file on your computer (file:///C:/notat.pdf)",
        ),
        (
            "Se [b](http://127.0.0.1:8000/kerneelementer/b/#praksis).\n",
            f"{A}: line 1: links to the preview address http://127.0.0.1:8000/kerneelementer/b/#praksis: link the "
            "page's file instead, 'b.md'",
        ),
        (
            "Forsiden er http://localhost:8000/ i forhåndsvisningen.\n",
            f"{A}: line 1: links to the preview address http://localhost:8000/: link the page's file instead, "
            "'../index.md'",
        ),
        (
            "Se [b](https://eksempel.github.io/site/kerneelementer/b/).\n",
            f"{A}: line 1: links to the site's own address https://eksempel.github.io/site/kerneelementer/b/: "
            "link the page's file instead, 'b.md'",
        ),
        ("Sitet ligger på https://eksempel.github.io/site/.\n", None),  # the address as text, not a link
        ("<!-- embed: pathway -->\n", None),
        ("<!-- embed: patway -->\n", f"{A}: line 1: unknown embed 'patway'; did you mean 'pathway'?"),
        (
            "<!-- embed: tidslinje -->\n",
            f"{A}: line 1: unknown embed 'tidslinje' (known: pathway, publisher-contact, sections)",
        ),
        (
            "<!-- embed pathway -->\n",
            f"{A}: line 1: not an embed line; did you mean '<!-- embed: pathway -->'?",
        ),
        (
            "<!-- Embed: Pathway -->\n",
            f"{A}: line 1: not an embed line; did you mean '<!-- embed: pathway -->'?",
        ),
        (
            "Tekst <!-- embed: pathway --> her.\n",
            f"{A}: line 1: not an embed line; did you mean '<!-- embed: pathway -->'?",
        ),
        (
            "<!-- emebd: sections -->\n",
            f"{A}: line 1: not an embed line; did you mean '<!-- embed: sections -->'?",
        ),
        ("<!-- En note til redaktøren. -->\n", None),
    ],
)
def test_links_addresses_and_embed_lines(body, expected):
    assert lines(body) == ([expected] if expected else [])


def test_english_pages_link_the_danish_files_and_reach_the_english_anchors():
    assert lines("", english="See [b](b.md#praksis).\n") == []
    assert lines("", english="See [b](b.md#i-praksis).\n") == [
        "docs/kerneelementer/a.en.md: line 1: link to 'b.md#i-praksis': docs/kerneelementer/b.en.md has no "
        "anchor #i-praksis; did you mean #praksis?"
    ]


def test_links_into_a_page_whose_text_is_broken_are_left_to_its_own_problem():
    pages = site("Se [b](b.md#baggrund).\n")
    broken = next(p for p in pages if p.path == "kerneelementer/b.md")
    with_text(broken, "<div>\n\n## Baggrund\n")
    settings = SourceSettings(EMBEDS, frozenset(p.path for p in pages), OWN)
    assert source_problems(pages, data(), settings) == []  # the <div> is the loader's line


def test_a_new_section_needs_its_overview_page():
    pages = site("")
    pages.append(with_text(core_element("c"), ""))
    pages[-1].path = "nyt/c.md"
    settings = SourceSettings(EMBEDS, frozenset(p.path for p in pages), OWN)
    assert [str(p) for p in source_problems(pages, data(), settings)] == [
        "docs/nyt/index.md: file: missing: the folder docs/nyt/ needs an overview page (type: overview) to be a "
        "section"
    ]


def test_preview_addresses_in_data_files_are_found_too():
    site_data = data()
    site_data.addresses["initiatives.yml"] = [(12, "http://127.0.0.1:8000/moduler/")]
    settings = SourceSettings(EMBEDS, frozenset(), OWN)
    assert [str(p) for p in source_problems([], site_data, settings)] == [
        "data/initiatives.yml: line 12: links to the preview address http://127.0.0.1:8000/moduler/: link the "
        "page's file instead"
    ]


def test_a_heading_may_not_take_an_anchor_the_build_gives_to_a_box():
    assert lines("## Formål\n\nTekst.\n") == [
        f"{A}: line 1: anchor #formaal is the page's own (the build puts it on a box it adds)"
    ]


def test_a_page_at_the_top_of_docs_is_not_a_section():
    pages = site("")
    pages.append(with_text(page("kontakt.md", type="page", id="kontakt", title="Kontakt", summary="S."), ""))
    settings = SourceSettings(EMBEDS, frozenset(p.path for p in pages), OWN)
    assert [str(p) for p in source_problems(pages, data(), settings)] == [
        "docs/kontakt.md: file: a page at the top of docs/ is a menu entry of its own: put it in a section's folder"
    ]
