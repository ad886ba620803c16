"""What the Markdown text of a page says, and the mistakes only the text
shows: one line each, with the line number in the file."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest

from knowledge.content.load import docs_files, read_page
from knowledge.content.markdown_source import read_source
from knowledge.content.slugs import slugify

ROOT = Path(__file__).resolve().parents[2]


def problems(body: str, first_line: int = 1) -> list[tuple[int, str]]:
    return read_source(body, first_line, "Titel").problems


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tekst.\n\n## Afsnit\n\nTekst.\n", []),
        (
            "# Titel\n\nTekst.\n",
            [(1, "an H1 heading (Titel): the title is the page's only H1; use ## for a section")],
        ),
        (
            "Titel\n=====\n",
            [(2, "an H1 heading (Titel): the title is the page's only H1; use ## for a section")],
        ),
        ("## A\n\n#### B\n", [(3, "an H4 heading after an H2: headings go down one level at a time")]),
        ("### A\n", [(1, "an H3 heading after an H1: headings go down one level at a time")]),
        ("## A {#x}\n\n## B {#x}\n", [(3, "anchor #x is already used on this page (line 1)")]),
        ('<p id="x">A</p>\n\n## B {: #x }\n', [(3, "anchor #x is already used on this page (line 1)")]),
        (
            "<div markdown>\n\nTekst.\n",
            [(1, "<div> is never closed: the rest of the page would be printed as raw HTML")],
        ),
        ("Tekst.\n\n</div>\n", [(3, "</div> closes nothing")]),
        (
            "<section markdown>\n<div markdown>\n</section>\n",
            [(2, "<div> is not closed before </section> at line 3")],
        ),
        (
            '<div class="x">\n\n## Afsnit\n\n</div>\n',
            [
                (
                    1,
                    "<div> has no `markdown` attribute: the Markdown at line 3 would be printed as it is written",
                )
            ],
        ),
        ("<div>\n<p>HTML.</p>\n</div>\n", []),
        (
            "<div>\n\n| a | b |\n\n</div>\n",
            [
                (
                    1,
                    "<div> has no `markdown` attribute: the Markdown at line 3 would be printed as it is written",
                )
            ],
        ),
        ("## A\n\n##\n", [(3, "a heading without text")]),
        ('Se [a](a.md "Titel") og [b](<b c.md>).\n', []),
        (
            "Se [a](a.md og mere.\n",
            [(1, "the link to 'a.md' is not closed with ): it would be printed as it is written")],
        ),
        ("Se [a][1] og [b][].\n\n[1]: a.md\n[B]: b.md\n", []),
        (
            "Se [a][2].\n\n[1]: a.md\n",
            [
                (
                    1,
                    "[a][2] refers to a link that is not defined on this page: it would be printed as it is written",
                )
            ],
        ),
        ('<iframe src="https://example.org/"></iframe>\n', [(1, "<iframe> is not allowed in the content")]),
        (
            "```\nkode\n",
            [(1, "the code block opened with ``` is never closed: the rest of the page would be code")],
        ),
        ("```\n# ikke en overskrift\n<div>\n```\n", []),
        ("`<div>` og `# x`\n", []),
        (
            "<!-- en note\n\nTekst.\n",
            [(1, "<!-- is never closed with -->: the rest of the page would be hidden")],
        ),
        ("<!--\n<div>\n-->\n", []),
        ('!!! note "Titel"\n    Tekst.\n', []),
        ("!!! note\n\n    Tekst.\n", []),
        (
            '!!! note "Titel"\nTekst.\n',
            [(1, "the box is empty: its text must be indented by 4 spaces (line 2 is not)")],
        ),
        ('!!! note "Titel"\n', [(1, "the box is empty: its text must follow, indented by 4 spaces")]),
        (
            "!!! note En titel\n    Tekst.\n",
            [(1, "the title must be in quotes (En titel would be read as style classes)")],
        ),
        ('!!! warning inline end "Titel"\n    Tekst.\n', []),
        ('!!! nte "Titel"\n    Tekst.\n', [(1, "unknown box type 'nte'; did you mean 'note'?")]),
        (
            '!!! bemaerk "Titel"\n    Tekst.\n',
            [(1, "unknown box type 'bemaerk' (use note, info, tip, warning, danger, example or quote)")],
        ),
        ('!!! "Titel"\n    Tekst.\n', [(1, 'not a box: write !!! type "Title"')]),
        ('??? "Titel"\n    Tekst.\n', []),
    ],
)
def test_mistakes_in_the_text(body, expected):
    assert problems(body) == expected


def test_lines_count_from_the_top_of_the_file():
    assert problems("# Titel\n", first_line=9) == [
        (9, "an H1 heading (Titel): the title is the page's only H1; use ## for a section")
    ]


def test_links_embeds_and_comments_are_recorded_with_their_lines():
    facts = read_source(
        "Se [a](a.md#x) og ![b](b.png).\n\n[c]: ../c.md\n\n<!-- embed: pathway -->\n"
        '<a href="d.md">d</a> <https://example.org/>\n<!-- note -->\n',
        10,
    )
    assert [(link.line, link.target, link.kind) for link in facts.links] == [
        (10, "a.md#x", "link"),
        (10, "b.png", "image"),
        (12, "../c.md", "reference"),
        (15, "d.md", "href"),
        (15, "https://example.org/", "link"),
    ]
    assert [(c.line, c.embed) for c in facts.comments] == [(14, "pathway"), (16, "")]


BODY = """Tekst.

## Titel

## Hvad vil vi opnå?

## Hvad vil vi opnå?

## Med **fed** og [link](x.md) {#eget-anker}

## Et anker {#gentaget}

Afsnit med anker.
{: #afsnit }

## Gentaget

<div class="kb-x" markdown>

## Inde i en blok

</div>
"""


def test_heading_anchors_are_those_python_markdowns_toc_makes():
    """The anchors a link may point to, worked out from the text, are exactly
    the ids Python-Markdown gives the page (the title's H1 first, as
    render/page.py writes it)."""
    converter = markdown.Markdown(
        extensions=["toc", "attr_list", "md_in_html"], extension_configs={"toc": {"slugify": slugify}}
    )
    html = converter.convert("# Titel\n\n" + BODY)
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    assert read_source(BODY, 1, "Titel").anchor_ids() == ids


def test_the_real_pages_have_no_mistakes_in_their_text():
    docs = ROOT / "docs"
    found = [
        str(problem)
        for path in docs_files(docs)
        if path.endswith(".md")
        for problem in read_page(docs, path)[1]
    ]
    assert found == []
