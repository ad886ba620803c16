"""Each kind of bad content gives exactly one line: file: field: reason."""

import pytest

from fixtures import REVIEWED, core_element, data, module, page, term
from knowledge.checks.validate import validate_all
from knowledge.content.load import parse_front_matter
from knowledge.content.messages import is_catalogued


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
        # Required lists name at least one (issue 24): a content page without a source is not published.
        (
            [core_element("a", sources=[])],
            "docs/kerneelementer/a.md: sources: empty (required: at least one)",
        ),
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


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            {"reviewed": None},
            "docs/kerneelementer/a.md: reviewed: missing: the page needs one of `reviewed:`, `drafted:`",
        ),
        (
            {"drafted": "2026-11-22"},
            "docs/kerneelementer/a.md: drafted: set together with `reviewed:`; keep only "
            "one of `reviewed:`, `drafted:`",
        ),
        (
            {"reviewed": None, "drafted": "22.11.2026"},
            "docs/kerneelementer/a.md: drafted: must be a date written",
        ),
        (
            {"reviewed": None, "reviewd": "2026-11-30"},
            "docs/kerneelementer/a.md: reviewd: unknown field; did you mean 'reviewed'?",
        ),
        ({"reviewed": "30.11.2026"}, "docs/kerneelementer/a.md: reviewed: must be a date written YYYY-MM-DD"),
        ({"review_by": "snart"}, "docs/kerneelementer/a.md: review_by: must be a date written YYYY-MM-DD"),
        ({"period": "nope"}, "docs/kerneelementer/a.md: period: unknown period id 'nope'"),
        ({"change_note": ""}, "docs/kerneelementer/a.md: change_note: must be a non-empty text"),
    ],
)
def test_review_dates_periods_and_change_notes(meta, expected):
    page = core_element("a", **meta)
    if meta.get("reviewed", "") is None:
        del page.meta["reviewed"]
    found = problems([page])
    assert len(found) == 1, found  # one line: a misspelt `reviewed:` is not also "missing"
    assert found[0].startswith(expected)
    assert is_catalogued(found[0].split(": ", 2)[2])


def test_a_quoted_date_is_a_date_too():
    assert problems([core_element("a", reviewed="2026-11-30", review_by="2027-01-31")]) == []


def test_a_draft_has_drafted_instead_of_reviewed_and_may_have_a_review_by():
    draft = core_element("a", drafted="2026-11-22", review_by="2027-05-31")
    del draft.meta["reviewed"]
    assert problems([draft]) == []


def test_a_reserve_marker_may_be_unreadable_but_nothing_else():
    initiative = {
        "id": "i",
        "number": 1,
        "title": {"da": "T", "en": "T"},
        "theme": "t",
        "ministries": ["XM"],
        "status": "s",
        "status_text": {"da": "S", "en": "S"},
        "reserve_funded": "unreadable",
        "description": {"da": "D", "en": "D"},
    }
    collections = {
        "themes": [{"id": "t", "title": {"da": "T", "en": "T"}}],
        "ministries": [{"id": "XM", "site_explanation": {"da": "Kun forkortelsen.", "en": "Only."}}],
        "statuses": [{"id": "s", "title": {"da": "S", "en": "S"}}],
    }
    assert problems([], data(initiatives=[initiative], **collections)) == []
    found = problems([], data(initiatives=[{**initiative, "reserve_funded": "ja"}], **collections))
    assert found == [
        "data/initiatives.yml: initiatives.i.reserve_funded: must be true, false or unreadable, not 'ja'"
    ]


def test_the_sites_reading_of_a_module_points_to_core_elements_only():
    pages = [core_element("a"), module("m", [], builds_reading=["a"]), module("n", [], builds_reading=["m"])]
    assert problems(pages) == [
        "docs/moduler/n.md: builds_reading: 'm' is a module page; expected core-element"
    ]


# --- relations, series and limits (knowledge/checks/relations.py, Field.unique, max_length, single_line) -------


def perspective(id_: str, number: object, **extra) -> object:
    meta = {
        "type": "perspective",
        "id": id_,
        "title": f"Perspektiv {id_}",
        "summary": "S.",
        "sources": ["doc-a"],
        "reviewed": REVIEWED,
    }
    return page(f"perspektiver/{id_}.md", number=number, **meta, **extra)


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (
            [core_element("a", connects_to=["a"])],
            ["docs/kerneelementer/a.md: connects_to: 'a' is this page itself"],
        ),
        (
            [core_element("a", connects_to=["b", "b"]), core_element("b")],
            ["docs/kerneelementer/a.md: connects_to: 'b' is listed twice"],
        ),
        (
            [perspective("p", 1), perspective("q", 1)],
            ["docs/perspektiver/q.md: number: 1 is already the number of docs/perspektiver/p.md"],
        ),
        (
            [core_element("a", title="Samme"), module("m", ["a"], title="samme ")],
            ["docs/moduler/m.md: title: 'samme ' is already the title of docs/kerneelementer/a.md"],
        ),
        (
            [core_element("a", title="x" * 121)],
            ["docs/kerneelementer/a.md: title: 121 characters; at most 120"],
        ),
        (
            [core_element("a", summary="To\nlinjer.")],
            ["docs/kerneelementer/a.md: summary: must be one line (it contains a line break)"],
        ),
        (
            [core_element("a", redirect_from=["k/gammel/"]), core_element("b", redirect_from=["k/gammel/"])],
            [
                "docs/kerneelementer/b.md: redirect_from: 'k/gammel/' is already the redirect_from of "
                "docs/kerneelementer/a.md"
            ],
        ),
        (
            [core_element("a", search={"exclude": "ja"})],
            ["docs/kerneelementer/a.md: search.exclude: must be true or false, not 'ja'"],
        ),
        (
            [core_element("a", search={"exlude": True})],
            [
                "docs/kerneelementer/a.md: search.exlude: unknown field; did you mean 'exclude'? (allowed: boost, "
                "exclude)"
            ],
        ),
        ([core_element("a", hide=["toc", "navigation"], search={"boost": 2.5})], []),
        (
            [core_element("a", hide=["tco"])],
            [
                "docs/kerneelementer/a.md: hide: must be a list of: navigation, toc, footer, feedback, path, tags"
            ],
        ),
    ],
)
def test_relations_series_and_limits(pages, expected):
    assert problems(pages) == expected


def test_english_titles_are_unique_among_the_english_pages():
    pages = [
        core_element("a"),
        core_element("b"),
        page("kerneelementer/a.en.md", title="Same", summary="S.", purpose="P."),
        page("kerneelementer/b.en.md", title="Same", summary="S.", purpose="P."),
    ]
    assert problems(pages) == [
        "docs/kerneelementer/b.en.md: title: 'Same' is already the title of docs/kerneelementer/a.en.md"
    ]


def test_danish_only_and_a_translation_contradict_each_other():
    pages = [
        core_element("a", danish_only="Kun dansk."),
        page("kerneelementer/a.en.md", title="A", summary="S.", purpose="P."),
    ]
    assert problems(pages, require_translations=True) == [
        "docs/kerneelementer/a.md: danish_only: set, but docs/kerneelementer/a.en.md exists: remove `danish_only` "
        "or the translation"
    ]


def test_initiatives_are_numbered_once_and_data_relations_do_not_point_to_themselves():
    def initiative(id_: str, number: int) -> dict:
        return {
            "id": id_, "number": number, "title": {"da": "T", "en": "T"}, "theme": "t", "ministries": ["XM"],
            "status": "s", "status_text": {"da": "S", "en": "S"}, "reserve_funded": False,
            "description": {"da": "D", "en": "D"},
        }  # fmt: skip

    site_data = data(
        initiatives=[initiative("a", 1), initiative("b", 1)],
        themes=[{"id": "t", "title": {"da": "T", "en": "T"}}],
        ministries=[{"id": "XM", "name": {"da": "M", "en": "M"}}],
        statuses=[{"id": "s", "title": {"da": "S", "en": "S"}}],
        terms=[term("t", "ti", "te", related=["t"])],
    )
    assert problems([], site_data) == [
        "data/glossary.yml: t.related: 't' is this entry itself",
        "data/initiatives.yml: initiatives.b.number: 1 is already the number of initiatives.a",
    ]


# --- one line per root cause ------------------------------------------------------------------------


def test_a_misspelt_field_is_not_also_missing():
    assert problems([core_element("a", summary=None, sumary="S.")])[0].startswith(
        "docs/kerneelementer/a.md: sumary: unknown field; did you mean 'summary'? (allowed: "
    )
    assert len(problems([core_element("a", summary=None, sumary="S.")])) == 1


def test_a_page_with_a_wrong_id_or_type_still_answers_to_its_file_name():
    """Relations to it are not reported as well: its own line is the problem."""
    for broken in (core_element("a", id="A"), core_element("a", type="kerneelement")):
        found = problems([broken, module("m", ["a"])])
        assert len(found) == 1 and found[0].startswith("docs/kerneelementer/a.md: "), found
    # Front matter that could not be read: the loader's line says so, and nothing else does.
    assert problems([page("kerneelementer/a.md"), module("m", ["a"])]) == []


def test_references_into_a_data_file_that_could_not_be_read_are_not_checked():
    site_data = data()
    site_data.collections["sources"] = []
    site_data.broken.add("sources")
    assert problems([core_element("a")], site_data) == []


@pytest.mark.parametrize("value", [[], {"a": 1}, 3])
def test_a_page_type_that_is_not_a_word_is_one_line(value):
    assert problems([core_element("a", type=value)]) == [
        "docs/kerneelementer/a.md: type: unknown page type "
        f"{value!r} (known: home, perspective, core-element, definition, violence-form, module, topic, overview, "
        "generated, page)"
    ]


def test_unknown_ids_suggest_the_nearest():
    assert problems([module("m", ["spejlingg"]), core_element("spejling")]) == [
        "docs/moduler/m.md: builds: unknown page id 'spejlingg'; did you mean 'spejling'?"
    ]
