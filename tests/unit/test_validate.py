"""Each kind of bad content gives exactly one line: file: field: reason."""

import pytest

from fixtures import core_element, data, module, page, term
from knowledge.load import parse_front_matter
from knowledge.validate import validate_all


def problems(pages, site_data=None, **kwargs):
    return [str(p) for p in validate_all(pages, site_data or data(), **kwargs)]


def test_sound_content_has_no_problems():
    assert problems([core_element("a"), module("m", ["a"])]) == []


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (
            [page("x/y.md", type="article", id="y", title="T", summary="S.")],
            "docs/x/y.md: type: unknown page type 'article' (known: home, perspective, core-element, "
            "definition, violence-form, module, topic, overview, generated, page)",
        ),
        ([page("x/y.md", id="y", title="T", summary="S.")], "docs/x/y.md: type: missing (required)"),
        ([core_element("a", summary=None)], "docs/kerneelementer/a.md: summary: missing (required)"),
        ([core_element("a", sources=[])], None),
        (
            [page("kerneelementer/b.md", **{**core_element("b").meta, "id": "a"})],
            "docs/kerneelementer/b.md: id: 'a' must equal the file name 'b' (the URL is derived from it)",
        ),
        ([module("m", ["nope"])], "docs/moduler/m.md: builds: unknown page id 'nope'"),
        (
            [core_element("a"), module("m", ["n"]), module("n", ["a"])],
            "docs/moduler/m.md: builds: 'n' is a module page; expected core-element",
        ),
        (
            [core_element("a", role="mature")],
            "docs/kerneelementer/a.md: role: 'mature' is not one of: matured, prerequisite",
        ),
        ([core_element("a", sumary="x")], "docs/kerneelementer/a.md: sumary: unknown field"),
        (
            [core_element("a", order="first")],
            "docs/kerneelementer/a.md: order: must be a whole number, not 'first'",
        ),
        (
            [core_element("a", phases=["nowhere"])],
            "docs/kerneelementer/a.md: phases: unknown phase id 'nowhere'",
        ),
        (
            [core_element("a", sources=["nowhere"])],
            "docs/kerneelementer/a.md: sources: unknown source id 'nowhere'",
        ),
        (
            [page("moduler/a.md", **core_element("a").meta)],
            "docs/moduler/a.md: type: a core-element page must be in docs/kerneelementer/",
        ),
        (
            [
                core_element("a"),
                page("kerneelementer/a.en.md", title="A", summary="S.", purpose="P.", role="prerequisite"),
            ],
            "docs/kerneelementer/a.en.md: role: set it on the Danish page docs/kerneelementer/a.md only "
            "(it applies to both languages)",
        ),
        (
            [page("kerneelementer/z.en.md", title="Z")],
            "docs/kerneelementer/z.en.md: file: translates docs/kerneelementer/z.md, which does not exist",
        ),
        (
            [core_element("Bad_Id")],
            "docs/kerneelementer/Bad_Id.md: id: 'Bad_Id' must be lowercase a-z, 0-9 and hyphens",
        ),
    ],
)
def test_one_line_per_problem(pages, expected):
    found = problems(pages)
    if expected is None:  # an empty list is allowed where a list is required
        assert found == []
        return
    assert len(found) == 1, found
    assert found[0].startswith(expected)


def test_the_same_id_in_two_files():
    a = core_element("a")
    b = page("kerneelementer/sub/a.md", **a.meta)
    found = problems([a, b])
    assert "docs/kerneelementer/sub/a.md: id: 'a' is already used by docs/kerneelementer/a.md" in found


def test_every_problem_is_reported_at_once():
    found = problems([core_element("a", role="x", order="y"), module("m", ["nope"])])
    assert len(found) == 3


def test_missing_translation_fails_only_when_required_and_not_exempted():
    pages = [core_element("a"), core_element("b", danish_only="Kun relevant for danske kommuner.")]
    assert problems(pages) == []
    assert problems(pages, require_translations=True) == [
        "docs/kerneelementer/a.md: translation: no en translation: add docs/kerneelementer/a.en.md "
        "or set `danish_only: <reason>`"
    ]
    pages.append(page("kerneelementer/a.en.md", title="A", summary="S.", purpose="P."))
    assert problems(pages, require_translations=True) == []


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        ([term("a", "alfa", "alpha", related=["b"])], "data/glossary.yml: a.related: unknown term id 'b'"),
        (
            [term("a", "alfa", "alpha"), term("b", "beta", "beta2", forms=["Alfa"])],
            "data/glossary.yml: b.da.forms: 'Alfa' is also a form of term 'a'",
        ),
        (
            [term("a", "alfa", "alpha"), term("a", "alfa2", "alpha2")],
            "data/glossary.yml: a.id: duplicate id 'a'",
        ),
        (
            [{**term("a", "alfa", "alpha"), "da": {"term": "alfa"}}],
            "data/glossary.yml: a.da: missing `definition`",
        ),
        ([term("a", "alfa", "alpha", page="nope")], "data/glossary.yml: a.page: unknown page id 'nope'"),
        ([term("a", "alfa", "alpha", kind="thing")], "data/glossary.yml: a.kind: 'thing' is not one of"),
    ],
)
def test_glossary_problems(terms, expected):
    found = problems([], data(terms=terms))
    assert len(found) == 1, found
    assert found[0].startswith(expected)


def test_initiative_with_unknown_status_and_ministry():
    initiative = {
        "id": "i",
        "number": 1,
        "title": {"da": "T", "en": "T"},
        "theme": "t",
        "ministries": ["XM"],
        "status": "done",
        "status_text": {"da": "S", "en": "S"},
        "reserve_funded": False,
        "description": {"da": "D", "en": "D"},
    }
    found = problems(
        [], data(initiatives=[initiative], themes=[{"id": "t", "title": {"da": "T", "en": "T"}}])
    )
    assert found == [
        "data/initiatives.yml: initiatives.i.ministries: unknown ministry id 'XM'",
        "data/initiatives.yml: initiatives.i.status: unknown status id 'done'",
    ]


def test_front_matter_that_is_not_yaml():
    meta, found = parse_front_matter("docs/a.md", "---\ntitle: [unclosed\n---\nText\n")
    assert meta == {}
    assert [str(p) for p in found] == [
        "docs/a.md: front matter: invalid YAML at line 2: did not find expected ',' or ']'"
    ]


def test_page_without_front_matter():
    _, found = parse_front_matter("docs/a.md", "# Title\n")
    assert [str(p) for p in found] == [
        "docs/a.md: front matter: missing (the file must start with a --- block)"
    ]
