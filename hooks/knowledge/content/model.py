"""The content model: page types, their front-matter fields, the data files and
which relation may point where.

This is the single place a field is defined. Validation, the editor guide's
field tables (``make guide``) and the ``make new`` scaffolds all read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from knowledge.content.markdown_source import SourceFacts

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

# Review: every page names either the date its content was last checked against
# its sources (`reviewed:`) or, until that first check, the date it was drafted
# (`drafted:`); the next review (for a draft, the first) falls due after its
# type's interval, or after the shorter one for time-bound content (a page with
# `period:`).
TIME_BOUND_REVIEW_MONTHS = 6
REVIEW_SOON_DAYS = 60  # `make review` also lists pages due within this many days


@dataclass(frozen=True)
class Field:
    """One front-matter field or data-file key.

    ``kind`` is one of:
      text      a non-empty string
      int       an integer
      bool      true or false (or one of ``choices``, e.g. `unreadable`)
      date      a date written YYYY-MM-DD
      choice    one of ``choices``
      pages     a list of page ids whose type is in ``targets``
      page      one page id whose type is in ``targets``
      refs      a list of ids of the data collection ``collection``
      ref       one id of the data collection ``collection``
      localized a mapping with a non-empty text per language (da, en)
      localized_strings  a mapping of language (da, en) to a list of non-empty strings
      strings   a list of non-empty strings
      urls      a list of site paths ending in "/", without the language prefix
      term      a glossary entry's language: `term`, `definition`, optional `forms`
      number    a number (whole or decimal)
      flags     a list of values from ``choices``
      mapping   a mapping of the sub-fields ``fields``
      template  the name of one of the theme's page templates

    ``unique`` says where no two values may be the same: "type" (pages of one
    type, entries of one collection, e.g. the numbers of a series) or "site"
    (every page of one language, e.g. titles). ``max_length`` and
    ``single_line`` limit a text (and each language of a localized text).
    """

    name: str
    kind: str
    help: str
    required: bool = False
    targets: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    collection: str = ""
    example: object = None
    unique: str = ""
    max_length: int | None = None
    single_line: bool = False
    fields: tuple[Field, ...] = ()
    # For relations: "source" if a source states each link, "reading" if the
    # links are the site's own reading of the sources (shown marked as such).
    basis: str = "source"
    # Fields with the same ``one_of`` name are alternatives: exactly one of them
    # is required (e.g. `reviewed:` or `drafted:`, never both).
    one_of: str = ""
    # For dates: not later than the build's date (a review that has not happened yet),
    # and later than the date field named here (the next review after the last one).
    not_future: bool = False
    after: str = ""
    # For a required list: whether `[]` is an answer (a module the source names no core
    # element for); otherwise an emptied list is a mistake, like a missing field.
    may_be_empty: bool = False


@dataclass(frozen=True)
class PageType:
    name: str
    labels: dict[str, tuple[str, str]]  # language -> (singular, plural)
    help: str
    fields: tuple[Field, ...] = ()
    folder: str | None = None  # pages of this type must live here (None: anywhere)
    content: bool = True  # takes part in relations and indexes; must name sources
    body: str = ""  # scaffold body for `make new`
    review_months: int = 12  # how long a review (`reviewed:`) holds for a page of this type
    # Words a reader may search any page of this type by (language -> words), on
    # top of each page's own `search_terms`: "hvor lang tid tager modulet" finds
    # every module, including one added later.
    search_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def label(self, lang: str, plural: bool = False) -> str:
        return self.labels[lang][1 if plural else 0]


CONTENT_TYPES = (
    "perspective",
    "core-element",
    "definition",
    "violence-form",
    "module",
    "topic",
)

COMMON_FIELDS = (
    Field("type", "choice", "The page type; decides which other fields apply.", required=True),
    Field(
        "id",
        "text",
        "Stable identifier. Must equal the file name without `.md`; it is the last part of "
        "the page's URL, so never change it without a redirect.",
        required=True,
        example="ny-side",
    ),
    Field(
        "title",
        "text",
        "The page title (H1 and navigation). One line, at most 120 characters, different from every "
        "other page's title in the same language.",
        required=True,
        example="Ny side",
        unique="site",
        max_length=120,
        single_line=True,
    ),
    Field(
        "summary",
        "text",
        "One sentence that says what the page is about. Shown on overview pages, in "
        "search results and as the page description. One line, at most 300 characters.",
        required=True,
        example="Kort opsummering på én linje.",
        max_length=300,
        single_line=True,
    ),
    Field(
        "sources",
        "refs",
        "The source documents the page is based on (ids in `data/sources.yml`). Required on content pages.",
        collection="sources",
        example=["socialstyrelsen-2022-indsatsbeskrivelse"],
    ),
    Field(
        "related",
        "pages",
        "Other pages a reader should see next (any content page). Shown in the 'Relateret' box.",
        targets=CONTENT_TYPES,
        example=[],
    ),
    Field("order", "int", "Position among its siblings in navigation and overviews.", example=99),
    Field(
        "nav_title",
        "text",
        "A shorter title for the navigation, if the title is long (one line, at most 60 characters).",
        max_length=60,
        single_line=True,
    ),
    Field(
        "danish_only",
        "text",
        "Only on a Danish page that deliberately has no English translation: the reason.",
    ),
    Field(
        "search_terms",
        "strings",
        "Words readers may type that the text does not use: everyday words, other spellings, abbreviations, the other language's term. Search aids only: never shown on the page and need no source (see 'Search terms' in this guide). An English page (`.en.md`) has its own list; it never inherits the Danish one.",
        example=["hverdagsord"],
    ),
    Field(
        "redirect_from",
        "urls",
        "Former URLs of this page (e.g. `kerneelementer/gammelt-navn/`), after a rename or a "
        "move: the old address then leads here, in both languages.",
        example=[],
        unique="site",
    ),
    Field(
        "reviewed",
        "date",
        "The date the page's content was last checked against its sources (YYYY-MM-DD). Shown as "
        "'Fagligt gennemgået'; the next review falls due after the page type's interval (see "
        "'Review dates' below). Set it only when you have checked the page; until then the page has "
        "`drafted:` instead.",
        example="2026-11-30",
        one_of="review",
        not_future=True,
    ),
    Field(
        "drafted",
        "date",
        "Instead of `reviewed:` on a page not yet checked against its sources: the date it was "
        "written (YYYY-MM-DD). Shown as 'Udkast fra … – endnu ikke fagligt gennemgået mod "
        "kilderne'; `make review` lists the page until a review replaces it with `reviewed:`.",
        example="2026-11-22",
        one_of="review",
        not_future=True,
    ),
    Field(
        "review_by",
        "date",
        "Overrides the date the next review falls due (YYYY-MM-DD), e.g. earlier for content that "
        "will soon be out of date. Later than `reviewed`. On a page with `drafted:` it is the date its "
        "first review falls due.",
        after="reviewed",
    ),
    Field(
        "period",
        "ref",
        "The time-bound matter the page describes (an id in `data/periods.yml`). Once the period "
        "has ended, the page shows the period's banner, and it is reviewed at the shorter interval "
        "for time-bound content.",
        collection="periods",
    ),
    Field(
        "change_note",
        "text",
        "One line for readers on what changed in this edit, for 'Nyt og ændret' and its feed "
        "(set it on the English page too, in English). It is shown with the commit that adds or "
        "changes this line; a change without a note is not listed there.",
        single_line=True,
    ),
)

# Front-matter keys that MkDocs and Material read from each file itself (the
# English file's own, not the Danish page's): allowed in both, checked in both.
PASSTHROUGH_FIELDS = (
    Field(
        "hide",
        "flags",
        "Parts of the page Material leaves out (set in each language's file).",
        choices=("navigation", "toc", "footer", "feedback", "path", "tags"),
    ),
    Field(
        "search",
        "mapping",
        "Search settings for this file (set in each language's file): `exclude: true` leaves it out "
        "of the site's search.",
        fields=(
            Field("exclude", "bool", "Leave the page out of the search."),
            Field(
                "boost",
                "number",
                "Ranking weight of the page and its sections in the site's search (default 1; 2 doubles it). "
                "Rarely needed: prefer search_terms.",
            ),
        ),
    ),
    Field("template", "template", "A page template of overrides/ other than main.html (rarely needed)."),
)
PASSTHROUGH_KEYS = frozenset(f.name for f in PASSTHROUGH_FIELDS)

PAGE_TYPES: dict[str, PageType] = {
    t.name: t
    for t in (
        PageType(
            "home",
            {"da": ("Forside", "Forsider"), "en": ("Home", "Home pages")},
            "The front page (docs/index.md).",
            content=False,
        ),
        PageType(
            "perspective",
            {
                "da": ("Udviklingsperspektiv", "Udviklingsperspektiver"),
                "en": ("Development perspective", "Development perspectives"),
            },
            "One of the six strategic development perspectives of the national partnership.",
            folder="perspektiver",
            fields=(
                Field(
                    "number",
                    "int",
                    "Its number (1-6) in the publication; no two perspectives share one.",
                    required=True,
                    example=7,
                    unique="type",
                ),
                Field(
                    "core_elements",
                    "pages",
                    "Core elements of the municipal model that the perspective's text touches. The "
                    "perspectives and the core elements come from two publications, so these links "
                    "are always the site's reading.",
                    targets=("core-element",),
                    example=[],
                    basis="reading",
                ),
            ),
            body="## Hvad vil vi opnå?\n\nTekst.\n\n## Hvorfor?\n\nTekst.\n\n## Hvordan?\n\nTekst.\n",
            search_terms={
                "da": ("udviklingsperspektiv", "perspektiv", "strategi"),
                "en": ("development perspective", "perspective", "strategy"),
            },
        ),
        PageType(
            "core-element",
            {"da": ("Kerneelement", "Kerneelementer"), "en": ("Core element", "Core elements")},
            "One of the eight core elements of the municipal intervention model.",
            folder="kerneelementer",
            fields=(
                Field(
                    "role",
                    "choice",
                    "`matured` if it is one of the six elements matured in the project, "
                    "`prerequisite` if it is one of the two prerequisites.",
                    required=True,
                    choices=("matured", "prerequisite"),
                    example="matured",
                ),
                Field(
                    "purpose",
                    "text",
                    "The purpose statement: the boxed text of the source, word for word. Shown as a "
                    "callout with the stable anchor `#formaal`.",
                    required=True,
                    example="Formålsbeskrivelsen, ordret fra kilden.",
                ),
                Field(
                    "connects_to",
                    "pages",
                    "Other core elements the source connects this one to.",
                    targets=("core-element",),
                    example=[],
                ),
                Field(
                    "phases",
                    "refs",
                    "Phases of the citizen pathway where the element is at work (ids in `data/pathway.yml`).",
                    collection="phases",
                    example=[],
                ),
            ),
            body="## I praksis\n\nTekst.\n\n## Sammenhæng med andre kerneelementer\n\nTekst.\n",
            search_terms={
                "da": ("kerneelement", "element", "i praksis"),
                "en": ("core element", "element", "in practice"),
            },
        ),
        PageType(
            "definition",
            {"da": ("Definition", "Definitioner"), "en": ("Definition", "Definitions")},
            "A definition of violence or of close relations as a named body defines it.",
            folder="definitioner",
            fields=(
                Field(
                    "defined_by",
                    "text",
                    "Who gives the definition, as the source names it.",
                    required=True,
                    example="Socialstyrelsen",
                ),
            ),
            body="## Definitionen\n\nTekst.\n",
            search_terms={"da": ("definition", "afgrænsning", "hvad er"), "en": ("definition", "what is")},
        ),
        PageType(
            "violence-form",
            {"da": ("Voldsform", "Voldsformer"), "en": ("Form of violence", "Forms of violence")},
            "A form of violence that the sources name.",
            folder="definitioner",
            fields=(
                Field(
                    "included_in",
                    "pages",
                    "The definitions that list this form of violence.",
                    targets=("definition",),
                    example=[],
                ),
            ),
            body="## Hvad siger kilderne?\n\nTekst.\n",
            search_terms={"da": ("voldsform", "form for vold"), "en": ("form of violence", "type of abuse")},
        ),
        PageType(
            "module",
            {
                "da": ("Kompetencemodul", "Kompetencemoduler"),
                "en": ("Competence module", "Competence modules"),
            },
            "A competence (training) module for municipal staff.",
            folder="moduler",
            fields=(
                Field(
                    "days",
                    "text",
                    "The length exactly as the source gives it, e.g. `ca. 2 dage`.",
                    required=True,
                    example="ca. 1 dag",
                ),
                Field(
                    "audience",
                    "text",
                    "Who the module is for, in one line.",
                    required=True,
                    example="Kommunale medarbejdere med borgerkontakt.",
                ),
                Field(
                    "builds",
                    "pages",
                    "The core elements the source itself says the module builds competence for "
                    "(`[]` if it names none).",
                    required=True,
                    may_be_empty=True,
                    targets=("core-element",),
                    example=["opsporing"],
                ),
                Field(
                    "builds_reading",
                    "pages",
                    "Core elements the site links to the module by its own reading, where the source "
                    "does not say so. Shown marked as the site's reading.",
                    targets=("core-element",),
                    example=[],
                    basis="reading",
                ),
            ),
            body="## Formål\n\nTekst.\n\n## Indhold {#indhold}\n\nTekst.\n\n"
            "## Forudsætninger for medarbejderne\n\nTekst.\n",
            search_terms={
                "da": ("modul", "kursus", "varighed", "hvor lang tid", "dage", "deltagere"),
                "en": ("module", "course", "duration", "how long", "days", "participants"),
            },
        ),
        PageType(
            "topic",
            {"da": ("Emne", "Emner"), "en": ("Topic", "Topics")},
            "Any other content page from the sources (background, target group, preparedness plans, ...).",
            body="## Overskrift\n\nTekst.\n",
        ),
        PageType(
            "overview",
            {"da": ("Oversigt", "Oversigter"), "en": ("Overview", "Overviews")},
            "A section's front page (its index.md). Lists every other page in the section's "
            "folder, generated from their front matter; the text you write comes before the list.",
            content=False,
            body="Indledende tekst.\n",
        ),
        PageType(
            "generated",
            {"da": ("Opslagsside", "Opslagssider"), "en": ("Reference page", "Reference pages")},
            "A page whose body is generated from the data (glossary, indexes, matrices, "
            "sources, initiatives, downloads). The text you write comes first.",
            content=False,
            fields=(
                Field(
                    "generator",
                    "choice",
                    "What to generate.",
                    required=True,
                    choices=(
                        "glossary",
                        "subject-index",
                        "organisations",
                        "matrices",
                        "sources",
                        "initiatives",
                        "downloads",
                        "changes",
                    ),
                    example="sources",
                ),
            ),
            body="Indledende tekst.\n",
        ),
        PageType(
            "page",
            {"da": ("Side", "Sider"), "en": ("Page", "Pages")},
            "A page about the site itself (accessibility statement, hiding your visit, ...).",
            content=False,
            body="Tekst.\n",
        ),
    )
}

# Fields an English page (`x.en.md`) sets for itself. Every other field is set once,
# on the Danish page, and applies to both languages.
TRANSLATABLE_FIELDS = frozenset(
    {
        "title",
        "summary",
        "nav_title",
        "purpose",
        "days",
        "audience",
        "defined_by",
        "search_terms",
        "change_note",
    }
)
# Translatable fields an English page does not take over from the Danish page
# when it leaves them out: Danish search terms would only add noise to English search.
OWN_LANGUAGE_FIELDS = frozenset({"search_terms"})


def fields_of(type_name: str) -> tuple[Field, ...]:
    """All fields a page of this type may carry: common ones first, MkDocs' own last."""
    page_type = PAGE_TYPES[type_name]
    common = []
    for f in COMMON_FIELDS:
        if f.name == "type":
            f = replace(f, choices=tuple(PAGE_TYPES))
        elif f.name == "sources" and page_type.content:
            f = replace(f, required=True)
        common.append(f)
    return tuple(common) + page_type.fields + PASSTHROUGH_FIELDS


def field_of(type_name: str, name: str) -> Field:
    """The definition of one field of a page type."""
    return next(f for f in fields_of(type_name) if f.name == name)


def alternatives(fields: tuple[Field, ...]) -> list[tuple[Field, ...]]:
    """The groups of alternative fields (same ``one_of``): exactly one of each is required."""
    groups: dict[str, list[Field]] = {}
    for f in fields:
        if f.one_of:
            groups.setdefault(f.one_of, []).append(f)
    return [tuple(group) for group in groups.values()]


# --- Data files -------------------------------------------------------------


@dataclass(frozen=True)
class Collection:
    """A data file in ``data/``: a list of entries with an ``id`` each."""

    name: str
    file: str
    help: str
    fields: tuple[Field, ...]
    key: str = ""  # top-level key holding the list (empty: the file is the list)
    id_pattern: str = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
    header: tuple[Field, ...] = ()  # top-level keys beside the list

    @property
    def item(self) -> str:
        """One entry's name in messages: 'ministries' -> 'ministry'."""
        irregular = {"ministries": "ministry", "statuses": "status"}
        return irregular.get(self.name, self.name.rstrip("s"))


SOURCE_FIELDS = (
    Field(
        "id", "text", "Stable id, used in `sources:` of pages and data.", required=True, example="ny-kilde"
    ),
    Field(
        "title",
        "text",
        "The title exactly as printed: on the document itself, or in the document that cites it. "
        "Leave it out if no title is given; the site then says so.",
        example="Titel",
    ),
    Field(
        "title_composed",
        "bool",
        "true where the document prints no title as such (its cover page is lost) and `title` is "
        "composed by the site from names the document prints: the site then says so.",
    ),
    Field(
        "title_language",
        "choice",
        "`en` for a title that is already in English; it then needs no `english` gloss. "
        "Leave out for a Danish title.",
        choices=("da", "en"),
    ),
    Field(
        "english",
        "text",
        "An English gloss of a Danish title. English pages keep the Danish title, marked as "
        "Danish, and show the gloss after it in square brackets.",
        example="English gloss of the title",
    ),
    Field(
        "title_note",
        "localized",
        "An editorial remark on the title, shown after the title in the reader's language, never "
        "as part of it.",
    ),
    Field(
        "published_in",
        "text",
        "The journal or collection the work appeared in, as the source gives it.",
    ),
    Field(
        "pages",
        "text",
        "The pages the documents cite, as digits: `19` or `275-282`. Shown as s. / p. / pp.",
    ),
    Field(
        "publisher",
        "text",
        "Author or publisher as the source names it; leave it out if none is named (the site then "
        "says 'Afsender ikke angivet').",
        example="Udgiver",
    ),
    Field(
        "publisher_en",
        "text",
        "The publisher in English, only where `publisher` is a Danish description rather than a "
        "name. Names stay in Danish.",
    ),
    Field(
        "year",
        "int",
        "Year of publication as the source gives it. Leave it out if none is given (the site shows "
        "u.å. / n.d.); a period in a title or the dates of events in the text are not a year of "
        "publication.",
        example=2024,
    ),
    Field(
        "kind",
        "choice",
        "`document` for the documents this site is built from, `cited` for a report they cite.",
        required=True,
        choices=("document", "cited"),
        example="cited",
    ),
    Field(
        "note",
        "localized",
        "What it is and where the documents cite it.",
        required=True,
        example={"da": "Note.", "en": "Note."},
    ),
    Field("url", "text", "Where it can be found, as the source gives it."),
    Field("cited_in", "refs", "The documents that cite it.", collection="sources", example=[]),
    Field("file", "text", "For a document: its text in `sources/`, used by the content tests."),
)

TERM_FIELDS = (
    Field(
        "id",
        "text",
        "Stable id; the term's anchor on the glossary page.",
        required=True,
        example="nyt-begreb",
    ),
    Field(
        "kind",
        "choice",
        "What sort of term it is.",
        required=True,
        choices=("concept", "core-element", "violence-form", "tool", "abbreviation", "law"),
        example="concept",
    ),
    Field(
        "da",
        "term",
        "The Danish term: `term`, `definition`, optional `forms` (inflections and "
        "synonyms used to find the term in the text) and optional `search_terms` (words readers "
        "may search for it by; never shown).",
        required=True,
        example={"term": "nyt begreb", "definition": "Definition.", "forms": []},
    ),
    Field(
        "en",
        "term",
        "The English term, with `term`, `definition` and optional `forms` and `search_terms`.",
        required=True,
        example={"term": "new term", "definition": "Definition.", "forms": []},
    ),
    Field(
        "sources",
        "refs",
        "Where the definition comes from.",
        required=True,
        collection="sources",
        example=["socialstyrelsen-2022-indsatsbeskrivelse"],
    ),
    Field("page", "page", "The page that treats the term in full, if any.", targets=CONTENT_TYPES),
    Field("related", "refs", "Related glossary terms.", collection="terms", example=[]),
    Field(
        "official_name",
        "bool",
        "`true` if the Danish term is an official name (a law, a plan, a programme). English "
        "pages keep it in Danish where it occurs, marked as Danish, with the English term as gloss.",
    ),
    Field(
        "site_explanation",
        "localized",
        "An explanation no source gives (e.g. what an abbreviation stands for). Shown marked as the "
        "site's own, apart from what the sources say, never under 'Kilde'.",
    ),
)

ORGANISATION_FIELDS = (
    Field(
        "id",
        "text",
        "Stable id; the anchor on the organisations page.",
        required=True,
        example="ny-organisation",
    ),
    Field(
        "name",
        "text",
        "The name as the sources give it (an abbreviation, if that is all they give).",
        required=True,
        example="Navn",
    ),
    Field("abbreviation", "text", "The abbreviation the sources use, if any."),
    Field(
        "english",
        "text",
        "The body's English name (with `english_in_text: true`), else an English gloss: the "
        "name's translation, what an abbreviation stands for, or what sort of body it is as the "
        "sources describe it; never a bare kind ('a ministry'). Required unless "
        "`name_language: en`. One English name per body: pages and data values use this one.",
        example="English gloss",
    ),
    Field(
        "english_in_text",
        "bool",
        "`true` if `english` is the body's established English name: English pages write it in "
        "English, with the Danish name in brackets at the first mention in running text (GOV.UK "
        "style). Leave out to keep the Danish name, marked as Danish, with `english` as a gloss "
        "at its first mention. An abbreviation is kept either way.",
    ),
    Field(
        "english_article",
        "bool",
        "`true` if the English name takes 'the' in running text ('the Ministry of Justice'); "
        "the build adds it.",
    ),
    Field(
        "name_language",
        "choice",
        "`en` for a name that is already English (e.g. `VIA University College`): it is "
        "neither marked as Danish nor glossed. Leave out for a Danish name.",
        choices=("da", "en"),
    ),
    Field(
        "kind",
        "choice",
        "What sort of body it is.",
        required=True,
        choices=("ministry", "agency", "municipality", "region", "ngo", "research", "police", "other"),
        example="ngo",
    ),
    Field(
        "role",
        "localized",
        "Its role, as the sources describe it.",
        required=True,
        example={"da": "Rolle.", "en": "Role."},
    ),
    Field("forms", "strings", "Other names used to find it in the text.", example=[]),
    Field(
        "search_terms",
        "localized_strings",
        "Words readers may type that the text does not use: everyday words, other spellings, abbreviations, the other language's term. Search aids only: never shown on the page and need no source (see 'Search terms' in this guide). A list per language (`da:`, `en:`); either may be left out.",
        example={"da": ["hverdagsord"], "en": ["everyday word"]},
    ),
    Field("partnership_member", "bool", "Member of the national partnership.", example=False),
    Field(
        "sources",
        "refs",
        "Where the role comes from.",
        required=True,
        collection="sources",
        example=["partnerskabet-2026-faelles-retning"],
    ),
    Field(
        "site_explanation",
        "localized",
        "An explanation no source gives (e.g. what an abbreviation stands for). Shown marked as the "
        "site's own, apart from what the sources say, never under 'Kilde'. Where it is given, the "
        "English gloss in running text is marked as the site's explanation too.",
    ),
)

PHASE_FIELDS = (
    Field("id", "text", "Stable id of the phase.", required=True, example="ny-fase"),
    Field("order", "int", "Position in the pathway.", required=True, example=9),
    Field(
        "title",
        "localized",
        "The phase's label as in figure 2.",
        required=True,
        example={"da": "Fase", "en": "Phase"},
    ),
    Field("short_title", "localized", "A short label for tables, if the title is long."),
    Field(
        "description",
        "localized",
        "What happens in the phase.",
        required=True,
        example={"da": "Tekst.", "en": "Text."},
    ),
    Field(
        "track",
        "choice",
        "`main` for the sequence, `alternative` for a branch beside it, "
        "`spanning` for what runs through the whole pathway.",
        required=True,
        choices=("main", "alternative", "spanning"),
        example="main",
    ),
    Field(
        "sources",
        "refs",
        "Where the phase is described.",
        required=True,
        collection="sources",
        example=["socialstyrelsen-2022-indsatsbeskrivelse"],
    ),
)

THEME_FIELDS = (
    Field("id", "text", "Stable id of the theme.", required=True, example="nyt-tema"),
    Field(
        "title",
        "localized",
        "The theme heading as in the status note.",
        required=True,
        example={"da": "Tema", "en": "Theme"},
    ),
)

MINISTRY_FIELDS = (
    Field(
        "id",
        "text",
        "The abbreviation as the status note prints it, e.g. `SBM`.",
        required=True,
        example="XM",
    ),
    Field(
        "name",
        "localized",
        "The name, as the sources give it; leave it out if the status note gives only the abbreviation.",
        example={"da": "Ministerium", "en": "Ministry"},
    ),
    Field(
        "organisation", "ref", "The entry in `data/organisations.yml`, if any.", collection="organisations"
    ),
    Field(
        "site_explanation",
        "localized",
        "An explanation no source gives (e.g. what an abbreviation stands for). Shown marked as the "
        "site's own, apart from what the sources say, never under 'Kilde'.",
    ),
)

STATUS_FIELDS = (
    Field("id", "text", "Stable id of the status.", required=True, example="ny-status"),
    Field(
        "title",
        "localized",
        "The status as the note words it.",
        required=True,
        example={"da": "Status", "en": "Status"},
    ),
)

INITIATIVE_FIELDS = (
    Field("id", "text", "Stable id; the initiative's anchor.", required=True, example="nyt-initiativ"),
    Field(
        "number",
        "int",
        "Its position (1-26) in the status note; no two initiatives share one.",
        required=True,
        example=27,
        unique="type",
    ),
    Field(
        "title", "localized", "The initiative's title.", required=True, example={"da": "Titel", "en": "Title"}
    ),
    Field("theme", "ref", "Theme id.", required=True, collection="themes", example="koordinering"),
    Field(
        "ministries",
        "refs",
        "Responsible ministries (ids of `ministries`).",
        required=True,
        collection="ministries",
        example=["SBM"],
    ),
    Field("status", "ref", "Status id.", required=True, collection="statuses", example="igangvaerende"),
    Field(
        "status_text",
        "localized",
        "The status sentence as the note words it.",
        required=True,
        example={"da": "Initiativet er igangværende.", "en": "The initiative is ongoing."},
    ),
    Field(
        "reserve_funded",
        "bool",
        "Marked * in the note: funded by the reserve agreement. `unreadable` where the OCR text "
        "of the title is too damaged to tell.",
        required=True,
        choices=("unreadable",),
        example=False,
    ),
    Field(
        "description",
        "localized",
        "What has been done, from the note. Markdown allowed: paragraphs and lists.",
        required=True,
        example={"da": "Beskrivelse.", "en": "Description."},
    ),
    Field(
        "related", "pages", "Pages on the site the initiative relates to.", targets=CONTENT_TYPES, example=[]
    ),
    Field(
        "search_terms",
        "localized_strings",
        "Words readers may type that the text does not use: everyday words, other spellings, abbreviations, the other language's term. Search aids only: never shown on the page and need no source (see 'Search terms' in this guide). A list per language (`da:`, `en:`); either may be left out.",
        example={"da": ["hverdagsord"], "en": ["everyday word"]},
    ),
)

PERIOD_FIELDS = (
    Field("id", "text", "Stable id, used in `period:` of pages.", required=True, example="ny-periode"),
    Field(
        "title",
        "localized",
        "What the period is, e.g. the application round 2024.",
        required=True,
        example={"da": "Periode", "en": "Period"},
    ),
    Field(
        "ends",
        "date",
        "The last day the matter is current, as the source gives it (YYYY-MM-DD). From the day "
        "after, pages with this `period:` show the banner.",
        required=True,
        example="2026-12-31",
    ),
    Field(
        "banner",
        "localized",
        "The notice shown at the top of the pages once the period has ended.",
        required=True,
        example={"da": "Perioden er slut; siden beskriver den, som den var.", "en": "The period has ended."},
    ),
    Field(
        "sources",
        "refs",
        "Where the date comes from.",
        required=True,
        collection="sources",
        example=["status-handlingsplan-2023-2026"],
    ),
)

COLLECTIONS: dict[str, Collection] = {
    c.name: c
    for c in (
        Collection("sources", "sources.yml", "Every document and cited report.", SOURCE_FIELDS),
        Collection("terms", "glossary.yml", "The glossary.", TERM_FIELDS),
        Collection("organisations", "organisations.yml", "Organisations and actors.", ORGANISATION_FIELDS),
        Collection(
            "phases",
            "pathway.yml",
            "Phases of the citizen pathway (figure 2).",
            PHASE_FIELDS,
            key="phases",
            header=(
                Field(
                    "page",
                    "page",
                    "The page that shows the pathway diagram; phases link to it.",
                    required=True,
                    targets=("topic",),
                ),
                Field("caption", "localized", "The diagram's caption.", required=True),
            ),
        ),
        Collection("themes", "initiatives.yml", "Themes of the action plan.", THEME_FIELDS, key="themes"),
        Collection(
            "ministries",
            "initiatives.yml",
            "Ministries responsible for initiatives.",
            MINISTRY_FIELDS,
            key="ministries",
            id_pattern=r"^[A-Z]+$",
        ),
        Collection("statuses", "initiatives.yml", "Statuses of initiatives.", STATUS_FIELDS, key="statuses"),
        Collection(
            "initiatives",
            "initiatives.yml",
            "The 26 initiatives of the action plan 2023-2026.",
            INITIATIVE_FIELDS,
            key="initiatives",
            header=(
                Field(
                    "sources",
                    "refs",
                    "The documents the initiatives are taken from: the source of every initiative in "
                    "the downloads (`data/initiativer.csv`, `.json`).",
                    required=True,
                    collection="sources",
                    example=["status-handlingsplan-2023-2026"],
                ),
            ),
        ),
        Collection(
            "periods",
            "periods.yml",
            "Time-bound matters (an application round, the action plan's period) and when they end.",
            PERIOD_FIELDS,
        ),
    )
}

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, as an editor reads it."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


@dataclass
class Page:
    """A content page as read from its file: plain data, no MkDocs objects."""

    path: str  # docs-relative source path, e.g. "kerneelementer/opsporing.md"
    lang: str
    meta: dict[str, Any]
    url: str = ""  # site-relative URL, e.g. "kerneelementer/opsporing/" or "en/kerneelementer/opsporing/"
    embeds: list[str] = field(default_factory=list)  # names in <!-- embed: NAME --> lines
    source: SourceFacts | None = None  # what its Markdown text says (None: the file could not be read)
    addresses: list[tuple[int, str]] = field(default_factory=list)  # (line, absolute address) in the file

    @property
    def id(self) -> str:
        return str(self.meta.get("id", ""))

    @property
    def type(self) -> str:
        return str(self.meta.get("type", ""))

    @property
    def title(self) -> str:
        return str(self.meta.get("title", ""))

    @property
    def summary(self) -> str:
        return str(self.meta.get("summary", ""))

    @property
    def order(self) -> int:
        value = self.meta.get("order", self.meta.get("number", 999))
        return value if isinstance(value, int) else 999

    def refs(self, name: str) -> list[str]:
        value = self.meta.get(name) or []
        return [str(v) for v in value] if isinstance(value, list) else []


@dataclass
class SiteData:
    """Every data collection, as lists of plain dicts, keyed by collection name."""

    collections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def entries(self, name: str) -> list[dict[str, Any]]:
        return self.collections.get(name, [])

    headers: dict[str, dict[str, Any]] = field(default_factory=dict)  # file -> its top-level keys
    # Collections whose file could not be read as written: references into them are not checked.
    broken: set[str] = field(default_factory=set)
    addresses: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # file -> (line, address)
    _by_id: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict, repr=False, compare=False)

    def by_id(self, name: str) -> dict[str, dict[str, Any]]:
        """Entries by id, built once per collection (render functions ask for
        it on every page; the data does not change during a build)."""
        if name not in self._by_id:
            self._by_id[name] = {str(e.get("id")): e for e in self.entries(name)}
        return self._by_id[name]

    def header(self, name: str) -> dict[str, Any]:
        return self.headers.get(COLLECTIONS[name].file, {})
