"""Bad edits an editor could make: each one stops the build (non-zero exit,
so the Pages deploy never runs) with exactly the lines the editor guide
lists: every problem once, at its root cause, and nothing else. No
traceback, whatever the mistake. A UTF-8 byte-order mark and Windows line
endings are not mistakes: the page comes out the same.

Each case builds its own copy of the project with `mkdocs build --strict`.
The copies are built in parallel (KB_BAD_EDIT_WORKERS, default 2); most
stop after reading the content, in about two seconds.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml
from real_content import a_reviewed_page

from browser_support import serve
from knowledge.content.messages import is_catalogued
from knowledge.content.model import fields_of
from site_build import Build, copy_project, make_build, mkdocs_build

pytestmark = pytest.mark.slow

WORKERS = int(os.environ.get("KB_BAD_EDIT_WORKERS", "2"))
SPEJLING = "docs/kerneelementer/spejling.md"
OPSPORING = "docs/kerneelementer/opsporing.md"
MODUL = "docs/moduler/modul-opsporing.md"
LOG_LINE = re.compile(r"^(?:ERROR|WARNING)\s+-\s+(.*)$")
OURS = re.compile(r"^(?:docs/|data/|mkdocs\.yml|urls\.json)")

Edit = Callable[[Path], None]


# --- edits ---------------------------------------------------------------------------


def replace(path: str, old: str, new: str) -> Edit:
    def edit(project: Path) -> None:
        file = project / path
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def append(path: str, text: str) -> Edit:
    def edit(project: Path) -> None:
        with open(project / path, "a", encoding="utf-8") as file:
            file.write(text)

    return edit


def write(path: str, text: str) -> Edit:
    def edit(project: Path) -> None:
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text, encoding="utf-8")

    return edit


def without_closing_line(path: str) -> Edit:
    """The front matter's closing `---` deleted."""

    def edit(project: Path) -> None:
        lines = (project / path).read_text(encoding="utf-8").splitlines(keepends=True)
        closing = [number for number, line in enumerate(lines) if line.strip() == "---"][1]
        (project / path).write_text("".join(lines[:closing] + lines[closing + 1 :]), encoding="utf-8")

    return edit


def bytes_of(path: str, change: Callable[[bytes], bytes]) -> Edit:
    def edit(project: Path) -> None:
        file = project / path
        file.write_bytes(change(file.read_bytes()))

    return edit


def windows_1252(data: bytes) -> bytes:
    return data.decode("utf-8").encode("cp1252", errors="replace")


def copy(source: str, target: str) -> Edit:
    def edit(project: Path) -> None:
        shutil.copy(project / source, project / target)

    return edit


def delete(path: str) -> Edit:
    return lambda project: (project / path).unlink()


def comment_out(path: str) -> Edit:
    def edit(project: Path) -> None:
        file = project / path
        lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
        file.write_text("".join(f"# {line}" for line in lines), encoding="utf-8")

    return edit


def delete_entry(path: str, entry: str) -> Edit:
    """A data file's entry deleted, from its `- id:` line to the next entry."""

    def edit(project: Path) -> None:
        file = project / path
        text = file.read_text(encoding="utf-8")
        start = text.index(f"\n- id: {entry}\n") + 1
        end = text.find("\n- id: ", start)
        file.write_text(text[:start] + (text[end + 1 :] if end >= 0 else ""), encoding="utf-8")

    return edit


RELATION_LINE = re.compile(r"^(\s*(?:related|page|connects_to|builds|core_elements|included_in):.*)$", re.M)


def rename_page(old: str, new: str) -> Edit:
    """Rename a page (both languages) and its id, and update what refers to
    it (relations, glossary, links), as an editor would."""
    old_id, new_id = Path(old).name, Path(new).name

    def edit(project: Path) -> None:
        for suffix in (".md", ".en.md"):
            source = project / f"docs/{old}{suffix}"
            text = source.read_text(encoding="utf-8").replace(f"id: {old_id}\n", f"id: {new_id}\n")
            (project / f"docs/{new}{suffix}").write_text(text, encoding="utf-8")
            source.unlink()
        for file in [*(project / "docs").rglob("*.md"), *(project / "data").glob("*.yml")]:
            text = file.read_text(encoding="utf-8")
            updated = RELATION_LINE.sub(lambda m: re.sub(rf"\b{old_id}\b", new_id, m.group(1)), text)
            updated = updated.replace(f"{old_id}.md", f"{new_id}.md")
            if updated != text:
                file.write_text(updated, encoding="utf-8")

    return edit


ROOT = Path(__file__).resolve().parents[2]


def lines_of(path: str) -> int:
    return len((ROOT / path).read_text(encoding="utf-8").splitlines())


def line_of(path: str, text: str) -> int:
    """The line of the project file ``path`` where ``text`` first occurs: the
    expected lines follow the content as it changes."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def appended(path: str, line: int = 2) -> int:
    """The line number of the ``line``-th line of text appended to ``path``
    (appended text starts with a blank line)."""
    return lines_of(path) + line


def title_line(path: str) -> str:
    """The title as written in the file's front matter (quotes and all)."""
    return next(
        line for line in (ROOT / path).read_text(encoding="utf-8").splitlines() if line.startswith("title:")
    )[len("title: ") :]


def first_foreign_byte(path: str) -> tuple[int, str]:
    """Where a UTF-8 file saved as Windows-1252 stops being UTF-8: its line and byte."""
    data = (ROOT / path).read_text(encoding="utf-8").encode("cp1252", errors="replace")
    position = next(i for i, byte in enumerate(data) if byte >= 0x80)
    return data[:position].count(b"\n") + 1, f"0x{data[position]:02x}"


@dataclass(frozen=True)
class Case:
    edits: tuple[Edit, ...]
    expected: tuple[str | re.Pattern, ...]  # every line of the site's checks, and no other
    env: dict[str, str] = field(default_factory=dict)
    make: bool = False  # run as `make build` does: mkdocs.yml checked before MkDocs reads it


def case(
    *edits: Edit, expect: str | re.Pattern | tuple, env: dict[str, str] | None = None, make: bool = False
) -> Case:
    expected = expect if isinstance(expect, tuple) else (expect,)
    return Case(edits, expected, env or {}, make)


SP = "docs/kerneelementer/spejling.md"  # a draft (`drafted:`)
REVIEWED_PAGE, REVIEWED = a_reviewed_page()
NOT_ONE_OF_TYPES = (
    "home, perspective, core-element, definition, violence-form, module, topic, overview, generated, page"
)
ALLOWED_CORE = ", ".join(sorted(f.name for f in fields_of("core-element")))
EMBEDS = (
    "definitions-comparison, list-core-element, list-definition, list-module, list-perspective, list-topic, "
    "list-violence-form, matrix-modules, matrix-perspectives, matrix-phases, pathway, publisher-contact, "
    "sections"
)
SP_EN = "docs/kerneelementer/spejling.en.md"
OPSPORING_EN_TITLE = yaml.safe_load(title_line("docs/kerneelementer/opsporing.en.md"))
IMPLEMENTERING = "docs/indsatsmodellen/implementering.md"
TILGAENGELIGHED = "docs/om/tilgaengelighed.md"
RELATIONS = "docs/kerneelementer/relationsopbygning.md"
STATUS = line_of("data/initiatives.yml", "    status: forloeber-planmaessigt")
ORGANISATION = line_of("data/organisations.yml", "- id: dialog-mod-vold")
FOREIGN_SP = first_foreign_byte(SP)
FOREIGN_GLOSSARY = first_foreign_byte("data/glossary.yml")
DEFINITION_LINE = (
    "    forms: [spejlingen, spejle, spejler, spejles, spejling i andres oplevelser]\n    definition: >-"
)
PURPOSE_CALLOUT = "def purpose_callout(page: Page, lang: str) -> str:\n"

CASES: dict[str, Case] = {
    # --- front matter and the content model -----------------------------------------------
    "invalid YAML in front matter": case(
        replace(SP, "title: Spejling i andres oplevelser", "title: [Spejling i andres oplevelser"),
        expect=f"{SP}: front matter: invalid YAML at line {line_of(SP, 'title:')}: did not find expected ',' or ']'",
    ),
    "unknown page type": case(
        replace(SP, "type: core-element", "type: kerneelement"),
        expect=f"{SP}: type: unknown page type 'kerneelement' (known: {NOT_ONE_OF_TYPES})",
    ),
    "a list as the page type": case(
        replace(SP, "type: core-element", "type: [core-element]"),
        expect=f"{SP}: type: unknown page type ['core-element'] (known: {NOT_ONE_OF_TYPES})",
    ),
    "wrong value type": case(
        replace(SP, "order: 6", "order: sjette"),
        expect=f"{SP}: order: must be a whole number, not 'sjette'",
    ),
    "missing required field": case(
        replace(SP, "role: matured\n", ""),
        expect=f"{SP}: role: missing (required)",
    ),
    "misspelt field": case(
        replace(SP, "summary:", "sumary:"),
        expect=f"{SP}: sumary: unknown field; did you mean 'summary'? (allowed: {ALLOWED_CORE})",
    ),
    "unknown field": case(
        replace(SP, "role: matured", "role: matured\nforfatter: x"),
        expect=f"{SP}: forfatter: unknown field (allowed: {ALLOWED_CORE})",
    ),
    "a key given twice in front matter": case(
        replace(SP, "order: 6", "order: 6\nsummary: Et andet resumé."),
        expect=f"{SP}: summary: given twice (lines {line_of(SP, 'summary:')} and {line_of(SP, 'order:') + 1}); the "
        "second would silently replace the first",
    ),
    "closing --- of the front matter deleted": case(
        without_closing_line(SP),
        expect=f"{SP}: front matter: not closed: add a line --- after the last field",
    ),
    "a blank line before the front matter": case(
        replace(SP, "---\ntype:", "\n---\ntype:"),
        expect=f"{SP}: front matter: must start on the first line: remove what comes before the first ---",
    ),
    "an id with a capital letter": case(
        replace(SP, "id: spejling", "id: Spejling"),
        expect=f"{SP}: id: 'Spejling' must be lowercase a-z, 0-9 and hyphens",
    ),
    "an id with a space": case(
        replace(SP, "id: spejling", "id: spej ling"),
        expect=f"{SP}: id: 'spej ling' must be lowercase a-z, 0-9 and hyphens",
    ),
    "duplicate id": case(
        write(
            "docs/definitioner/opsporing.md",
            "---\ntype: definition\nid: opsporing\ntitle: Opsporing som "
            "begreb\nsummary: Ny.\nsources: [socialstyrelsen-2022-indsatsbeskrivelse]\ndefined_by: "
            "Socialstyrelsen\nreviewed: 2026-11-30\ndanish_only: Et udkast.\n---\n\nTekst.\n",
        ),
        expect=f"{OPSPORING}: id: 'opsporing' is already used by docs/definitioner/opsporing.md",
    ),
    "search: exclude as a word": case(
        replace(SP, "order: 6", "order: 6\nsearch: exclude"),
        expect=f"{SP}: search: must be a mapping with: exclude, boost",
    ),
    "hide: as a word": case(
        replace(SP, "order: 6", "order: 6\nhide: toc"),
        expect=f"{SP}: hide: must be a list of: navigation, toc, footer, feedback, path, tags",
    ),
    "a template that does not exist": case(
        replace(SP, "order: 6", "order: 6\ntemplate: bred.html"),
        expect=re.compile(
            rf"^{re.escape(SP)}: template: 'bred\.html' is not a template of the site \(known: .*main\.html.*\)$"
        ),
    ),
    # --- relations and series ----------------------------------------------------------
    "unknown id in a relation": case(
        replace(MODUL, "builds: [opsporing]", "builds: [opsporingg]"),
        expect=f"{MODUL}: builds: unknown page id 'opsporingg'; did you mean 'opsporing'?",
    ),
    "relation to the wrong page type": case(
        replace(MODUL, "builds: [opsporing]", "builds: [modul-gruppeforloeb]"),
        expect=f"{MODUL}: builds: 'modul-gruppeforloeb' is a module page; expected core-element",
    ),
    "a page related to itself": case(
        replace(SP, "connects_to: [", "connects_to: [spejling, "),
        expect=f"{SP}: connects_to: 'spejling' is this page itself",
    ),
    "the same relation twice": case(
        replace(SP, "connects_to: [", "connects_to: [erkendelse-af-volden, "),
        expect=f"{SP}: connects_to: 'erkendelse-af-volden' is listed twice",
    ),
    "a glossary term related to itself": case(
        replace(
            "data/glossary.yml",
            "related: [erkendelse-af-volden, gruppeforloeb, retraumatisering]",
            "related: [spejling, erkendelse-af-volden, gruppeforloeb, retraumatisering]",
        ),
        expect="data/glossary.yml: spejling.related: 'spejling' is this entry itself",
    ),
    "two perspectives with the same number": case(
        replace("docs/perspektiver/kvalitetsstandarder.md", "number: 2", "number: 3"),
        expect="docs/perspektiver/kvalitetsstandarder.md: number: 3 is already the number of "
        "docs/perspektiver/forskning-og-data.md",
    ),
    "two initiatives with the same number": case(
        replace("data/initiatives.yml", "number: 2\n", "number: 1\n"),
        expect="data/initiatives.yml: initiatives.opkvalificering-sundhedspersonale.number: 1 is already the "
        "number of initiatives.opsporingsredskab-sundhedspersonale",
    ),
    "two pages with one title": case(
        replace(
            SP,
            "title: Spejling i andres oplevelser",
            "title: Opsporing af og kontakt med voldsudsatte personer",
        ),
        expect=f"{SP}: title: 'Opsporing af og kontakt med voldsudsatte personer' is already the title of {OPSPORING}",
    ),
    "two English pages with one title": case(
        replace(
            "docs/kerneelementer/spejling.en.md",
            f"title: {title_line(SP_EN)}",
            f"title: {OPSPORING_EN_TITLE}",
        ),
        expect=f"{SP_EN}: title: {OPSPORING_EN_TITLE!r} is already the title of docs/kerneelementer/opsporing.en.md",
    ),
    "a 500-character title": case(
        replace(SP, "title: Spejling i andres oplevelser", "title: " + "Spejling i andres oplevelser " * 17),
        expect=f"{SP}: title: 492 characters; at most 120",
    ),
    "a long navigation title": case(
        replace(
            SP,
            "nav_title: Spejling",
            "nav_title: Spejling i andres oplevelser og erfaringer i gruppeforløbene i kommunen",
        ),
        expect=f"{SP}: nav_title: 71 characters; at most 60",
    ),
    "a summary with a line break": case(
        replace(SP, "summary: Forløb,", "summary: |\n  Forløb,\n "),
        expect=f"{SP}: summary: must be one line (it contains a line break)",
    ),
    "danish_only set while an English file exists": case(
        replace(SP, "order: 6", "order: 6\ndanish_only: Kun på dansk."),
        expect=f"{SP}: danish_only: set, but docs/kerneelementer/spejling.en.md exists: remove `danish_only` "
        "or the translation",
    ),
    "redirect_from with the language prefix": case(
        replace(SP, "order: 6", "order: 6\nredirect_from: [en/kerneelementer/spejl/]"),
        expect=f"{SP}: redirect_from: 'en/kerneelementer/spejl/' starts with a language: write it without en/",
    ),
    "one old address redirected to two pages": case(
        replace(SP, "order: 6", "order: 6\nredirect_from: [kerneelementer/spejl/]"),
        replace(OPSPORING, "order: ", "redirect_from: [kerneelementer/spejl/]\norder: "),
        expect=f"{SP}: redirect_from: 'kerneelementer/spejl/' is already the redirect_from of {OPSPORING}",
    ),
    "an English file without its Danish page": case(
        copy("docs/kerneelementer/spejling.en.md", "docs/kerneelementer/spejl.en.md"),
        expect="docs/kerneelementer/spejl.en.md: file: translates docs/kerneelementer/spejl.md, which does not exist",
    ),
    "unknown source": case(
        replace(SP, "sources: [", "sources: [socialstyrelsen-2021, "),
        expect=f"{SP}: sources: unknown source id 'socialstyrelsen-2021'",
    ),
    "a misspelt source with a close match": case(
        replace(SP, "sources: [", "sources: [socialstyrelsen-2021-indsatsbeskrivelse, "),
        expect=f"{SP}: sources: unknown source id 'socialstyrelsen-2021-indsatsbeskrivelse'; did you mean "
        "'socialstyrelsen-2022-indsatsbeskrivelse'?",
    ),
    "missing translation": case(
        delete("docs/kerneelementer/spejling.en.md"),
        expect=f"{SP}: translation: no en translation: add docs/kerneelementer/spejling.en.md or set "
        "`danish_only: <reason>`",
    ),
    "structural field in a translation": case(
        replace("docs/kerneelementer/spejling.en.md", "title:", "role: matured\ntitle:"),
        expect="docs/kerneelementer/spejling.en.md: role: set it on the Danish page "
        "docs/kerneelementer/spejling.md only (it applies to both languages)",
    ),
    # --- files that are not what they seem ------------------------------------------------
    "a page saved as Windows-1252": case(
        bytes_of(SP, windows_1252),
        expect=f"{SP}: file: not saved as UTF-8: line {FOREIGN_SP[0]} has the byte {FOREIGN_SP[1]} (the file is "
        "probably Latin-1 or "
        "Windows-1252)",
    ),
    "a data file saved as Windows-1252": case(
        bytes_of("data/glossary.yml", windows_1252),
        expect=f"data/glossary.yml: file: not saved as UTF-8: line {FOREIGN_GLOSSARY[0]} has the byte "
        f"{FOREIGN_GLOSSARY[1]} (the file is probably "
        "Latin-1 or Windows-1252)",
    ),
    # --- characters that cannot be seen -------------------------------------------------------
    "no-break spaces indenting a data entry's field": case(
        replace(
            "data/initiatives.yml",
            "    status: forloeber-planmaessigt",
            "\u00a0" * 4 + "status: forloeber-planmaessigt",
        ),
        expect=f"data/initiatives.yml: file: line {STATUS} holds a no-break space (U+00A0) where YAML needs a plain "
        "space",
    ),
    "a soft hyphen inside a glossary form": case(
        replace("data/glossary.yml", "forms: [spejlingen,", "forms: [spej\u00adlingen,"),
        expect=f"data/glossary.yml: file: line {line_of('data/glossary.yml', 'forms: [spejlingen,')} holds a soft "
        "hyphen (U+00AD), a character that cannot be seen: the word it is in no longer matches (ids, glossary "
        "terms, search)",
    ),
    "curly quotes around a title in front matter": case(
        replace(SP, "title: Spejling i andres oplevelser", "title: \u201cSpejling i andres oplevelser\u201d"),
        expect=f"{SP}: front matter: line {line_of(SP, 'title:')} holds a curly quote, left double quotation mark "
        '(U+201C), where YAML needs a straight quote (")',
    ),
    "curly quotes around a box's title": case(
        append(SP, "\n!!! note \u201cBemærk\u201d\n    Tekst.\n"),
        expect=f"{SP}: text: line {appended(SP)} holds a curly quote, left double quotation mark (U+201C), where a "
        "box's title needs a straight quote (\")",
    ),
    # --- data files -------------------------------------------------------------------------
    "a key given twice in a data entry": case(
        replace(
            "data/initiatives.yml",
            "    status: forloeber-planmaessigt\n",
            "    status: forloeber-planmaessigt\n    status: gennemfoert\n",
        ),
        expect=f"data/initiatives.yml: initiatives.kommunale-beredskaber.status: given twice (lines {STATUS} and "
        f"{STATUS + 1}); "
        "the second would silently replace the first",
    ),
    "an organisation added without its leading dash": case(
        replace("data/organisations.yml", "- id: dialog-mod-vold", "  id: dialog-mod-vold"),
        expect=re.compile(
            rf"^data/organisations\.yml: lev-uden-vold: a second entry starts at line {ORGANISATION} without its "
            r"leading '- ' \(id, name, .*, sources, role given twice\)$"
        ),
    ),
    "the glossary emptied": case(
        write("data/glossary.yml", ""),
        expect="data/glossary.yml: file: empty: it must hold a list of entries",
    ),
    "the glossary commented out": case(
        comment_out("data/glossary.yml"),
        expect="data/glossary.yml: file: empty: it must hold a list of entries",
    ),
    "a data file deleted": case(
        delete("data/organisations.yml"),
        expect="data/organisations.yml: file: missing",
    ),
    "invalid YAML in a data file": case(
        append("data/glossary.yml", "\n- id: [broken\n"),
        expect=f"data/glossary.yml: file: invalid YAML at line {lines_of('data/glossary.yml') + 2}: did not find "
        "expected ',' or ']'",
    ),
    "unknown related glossary term": case(
        replace(
            "data/glossary.yml",
            "related: [erkendelse-af-volden, gruppeforloeb, retraumatisering]",
            "related: [erkendelse-af-volden, gruppeforloeb, retraumatisering, spejlingsgruppe]",
        ),
        expect="data/glossary.yml: spejling.related: unknown term id 'spejlingsgruppe'",
    ),
    "a glossary form used by two terms": case(
        replace("data/glossary.yml", "forms: [spejlingen, spejle,", "forms: [opsporing, spejlingen, spejle,"),
        expect="data/glossary.yml: spejling.da.forms: 'opsporing' is also a form of term 'opsporing'",
    ),
    "a glossary term without definition": case(
        replace("data/glossary.yml", DEFINITION_LINE, DEFINITION_LINE.replace("definition:", "note:")),
        expect="data/glossary.yml: spejling.da: unknown key(s): note",
    ),
    "a misspelt glossary key": case(
        replace("data/glossary.yml", DEFINITION_LINE, DEFINITION_LINE.replace("definition:", "defintion:")),
        expect="data/glossary.yml: spejling.da: unknown key 'defintion'; did you mean 'definition'?",
    ),
    "initiative with an unknown status": case(
        replace("data/initiatives.yml", "status: forloeber-planmaessigt", "status: faerdig"),
        expect="data/initiatives.yml: initiatives.kommunale-beredskaber.status: unknown status id 'faerdig'",
    ),
    "an initiative's ministries emptied": case(
        replace("data/initiatives.yml", "ministries: [SBM]", "ministries: []"),
        expect="data/initiatives.yml: initiatives.kommunale-beredskaber.ministries: empty (required: at least one)",
    ),
    "initiative with an unknown ministry": case(
        replace("data/initiatives.yml", "ministries: [SBM]", "ministries: [SOM]"),
        expect="data/initiatives.yml: initiatives.kommunale-beredskaber.ministries: unknown ministry id 'SOM'",
    ),
    # --- the Markdown text --------------------------------------------------------------------
    "an unclosed <div> in the last section": case(
        append(
            SP,
            '\n<div class="kb-note" markdown>\n\nSe [gruppeforløb](../indsatsmodellen/gruppeforloeb.md) og '
            "*gruppeforløb*.\n",
        ),
        expect=f"{SP}: line {appended(SP)}: <div> is never closed: the rest of the page would be printed as raw HTML",
    ),
    "an unclosed <div> before a published heading": case(
        replace(
            "docs/indsatsmodellen/implementering.md", "## De fire K’ere", "<div markdown>\n\n## De fire K’ere"
        ),
        expect=f"docs/indsatsmodellen/implementering.md: line {line_of(IMPLEMENTERING, '## De fire K')}: <div> is "
        "never closed: the rest of the page "
        "would be printed as raw HTML",
    ),
    "a </div> too many": case(
        append(SP, "\nTekst.\n\n</div>\n"),
        expect=f"{SP}: line {appended(SP, 4)}: </div> closes nothing",
    ),
    "a <div> without the markdown attribute": case(
        append(SP, '\n<div class="kb-note">\n\nSe [opsporing](opsporing.md).\n\n</div>\n'),
        expect=f"{SP}: line {appended(SP)}: <div> has no `markdown` attribute: the Markdown at line "
        f"{appended(SP, 4)} would be printed as it "
        "is written",
    ),
    "the title repeated as an H1": case(
        replace(SP, "\nSpejlingen mellem", "\n# Spejling i andres oplevelser\n\nSpejlingen mellem"),
        expect=f"{SP}: line {line_of(SP, 'Spejlingen mellem')}: an H1 heading (Spejling i andres oplevelser): the title is the page's only H1; "
        "use ## for a section",
    ),
    "a published heading changed to H1": case(
        replace(
            "docs/indsatsmodellen/implementering.md", "## Kommunernes medvirken", "# Kommunernes medvirken"
        ),
        expect=f"docs/indsatsmodellen/implementering.md: line {line_of(IMPLEMENTERING, '## Kommunernes')}: an H1 "
        "heading (Kommunernes medvirken): the "
        "title is the page's only H1; use ## for a section",
    ),
    "a heading two levels down": case(
        append(SP, "\n#### Et underafsnit\n\nTekst.\n"),
        expect=f"{SP}: line {appended(SP)}: an H4 heading after an H2: headings go down one level at a time",
    ),
    "a heading without text": case(
        append(SP, "\n## \n\nTekst.\n"),
        expect=f"{SP}: line {appended(SP)}: a heading without text",
    ),
    "a heading whose anchor is the purpose box's": case(
        append(SP, "\n## Formål\n\nTekst.\n"),
        expect=f"{SP}: line {appended(SP)}: anchor #formaal is the page's own (the build puts it on a box it adds)",
    ),
    "a table in a <div> without the markdown attribute": case(
        append(SP, '\n<div class="kb-note">\n\n| a | b |\n| --- | --- |\n\n</div>\n'),
        expect=f"{SP}: line {appended(SP)}: <div> has no `markdown` attribute: the Markdown at line "
        f"{appended(SP, 4)} would be printed as it is written",
    ),
    "an explicit anchor used twice on one page": case(
        replace(MODUL, "{#forudsaetninger}", "{#indhold}"),
        expect=f"{MODUL}: line {line_of(MODUL, '{#forudsaetninger}')}: anchor #indhold is already used on this page "
        f"(line {line_of(MODUL, '{#indhold}')})",
    ),
    "an embed line without its colon": case(
        replace(
            "docs/om/tilgaengelighed.md",
            "<!-- embed: publisher-contact -->",
            "<!-- embed publisher-contact -->",
        ),
        expect=f"{TILGAENGELIGHED}: line {line_of(TILGAENGELIGHED, 'embed: publisher')}: not an embed line; did you mean "
        "'<!-- embed: publisher-contact -->'?",
    ),
    "a misspelt embed name": case(
        replace(
            "docs/om/tilgaengelighed.md",
            "<!-- embed: publisher-contact -->",
            "<!-- embed: publisher-contakt -->",
        ),
        expect=f"{TILGAENGELIGHED}: line {line_of(TILGAENGELIGHED, 'embed: publisher')}: unknown embed "
        "'publisher-contakt'; did you mean "
        "'publisher-contact'?",
    ),
    "an unknown embed": case(
        append(SP, "\n<!-- embed: tidslinje -->\n"),
        expect=f"{SP}: line {appended(SP)}: unknown embed 'tidslinje' (known: {EMBEDS})",
    ),
    "an indented embed line": case(
        append(SP, "\n    <!-- embed: pathway -->\n"),
        expect=f"{SP}: line {appended(SP)}: not an embed line; did you mean '<!-- embed: pathway -->'?",
    ),
    "an unindented admonition": case(
        append(SP, '\n!!! note "Bemærk"\nTeksten er ikke rykket ind.\n'),
        expect=f"{SP}: line {appended(SP)}: the box is empty: its text must be indented by 4 spaces (line "
        f"{appended(SP, 3)} is not)",
    ),
    "an admonition title without quotes": case(
        append(SP, "\n!!! note Bemærk dette\n    Tekst.\n"),
        expect=f"{SP}: line {appended(SP)}: the title must be in quotes (Bemærk dette would be read as style "
        "classes)",
    ),
    "a misspelt admonition type": case(
        append(SP, '\n!!! nte "Bemærk"\n    Tekst.\n'),
        expect=f"{SP}: line {appended(SP)}: unknown box type 'nte'; did you mean 'note'?",
    ),
    "an unclosed code block": case(
        append(SP, "\n```\nkode\n"),
        expect=f"{SP}: line {appended(SP)}: the code block opened with ``` is never closed: the rest of the page would be code",
    ),
    "an unclosed comment": case(
        append(SP, "\n<!-- husk at skrive mere\n\nTekst.\n"),
        expect=f"{SP}: line {appended(SP)}: <!-- is never closed with -->: the rest of the page would be hidden",
    ),
    "an iframe with a video": case(
        append(SP, '\n<iframe src="https://www.youtube.com/embed/abc"></iframe>\n'),
        expect=f"{SP}: line {appended(SP)}: <iframe> is not allowed in the content",
    ),
    "an image from another site": case(
        append(SP, "\n![Figur](https://www.example.com/figur.png)\n"),
        expect=f"{SP}: line {appended(SP)}: loads https://www.example.com/figur.png from another site",
    ),
    # --- links --------------------------------------------------------------------------------
    "broken internal link": case(
        append(SP, "\nSe [opsporing](opsporingg.md).\n"),
        expect=f"{SP}: line {appended(SP)}: link to 'opsporingg.md': there is no docs/kerneelementer/opsporingg.md; did you "
        "mean 'opsporing.md'?",
    ),
    "a link without its closing bracket": case(
        append(SP, "\nSe [opsporing](opsporing.md for mere.\n"),
        expect=f"{SP}: line {appended(SP)}: the link to 'opsporing.md' is not closed with ): it would be printed as it "
        "is written",
    ),
    "a reference link without its definition": case(
        append(SP, "\nSe [opsporing][1].\n"),
        expect=f"{SP}: line {appended(SP)}: [opsporing][1] refers to a link that is not defined on this page: it "
        "would be printed as it is written",
    ),
    "broken anchor": case(
        append(SP, "\nSe [formålet](opsporing.md#formal).\n"),
        expect=f"{SP}: line {appended(SP)}: link to 'opsporing.md#formal': docs/kerneelementer/opsporing.md has no anchor "
        "#formal; did you mean #formaal?",
    ),
    "a link pasted from the preview": case(
        append(SP, "\nSe [opsporing](http://127.0.0.1:8000/kerneelementer/opsporing/).\n"),
        expect=f"{SP}: line {appended(SP)}: links to the preview address http://127.0.0.1:8000/kerneelementer/opsporing/: "
        "link the page's file instead, 'opsporing.md'",
    ),
    "a preview address without its scheme": case(
        append(SP, "\nSe localhost:8000/moduler/ for modulerne.\n"),
        expect=f"{SP}: line {appended(SP)}: links to the preview address localhost:8000/moduler/: link the page's file "
        "instead, '../moduler/index.md'",
    ),
    "a link to the site's own address": case(
        append(
            SP,
            "\nSe [opsporing](https://vold-i-naere-relationer.github.io/site/kerneelementer/opsporing/).\n",
        ),
        expect=f"{SP}: line {appended(SP)}: links to the site's own address "
        "https://vold-i-naere-relationer.github.io/site/kerneelementer/opsporing/: link the page's file "
        "instead, 'opsporing.md'",
    ),
    "a link to the site's address set by CI": case(
        append(SP, "\nSe [moduler](https://kb.example.org/moduler/).\n"),
        expect=f"{SP}: line {appended(SP)}: links to the site's own address https://kb.example.org/moduler/: link the page's "
        "file instead, '../moduler/index.md'",
        env={"SITE_URL": "https://kb.example.org/"},
    ),
    "an absolute path as a link": case(
        append(SP, "\nSe [opsporing](/kerneelementer/opsporing/).\n"),
        expect=f"{SP}: line {appended(SP)}: link to '/kerneelementer/opsporing/': link the page's file instead, 'opsporing.md'",
    ),
    "a link to a page's address instead of its file": case(
        append(SP, "\nSe [opsporing](../opsporing/).\n"),
        expect=f"{SP}: line {appended(SP)}: link to '../opsporing/': link the page's file instead, 'opsporing.md'",
    ),
    "a link to an English file": case(
        append("docs/kerneelementer/spejling.en.md", "\nSee [detection](opsporing.en.md).\n"),
        expect=re.compile(
            r"^docs/kerneelementer/spejling\.en\.md: line \d+: link to 'opsporing\.en\.md': link the "
            r"Danish file 'opsporing\.md'; the build points English pages to the translation$"
        ),
    ),
    "a link to a file on the editor's computer": case(
        append(SP, "\nSe [notatet](file:///C:/Users/redaktoer/notat.pdf).\n"),
        expect=f"{SP}: line {appended(SP)}: links to a file on your computer (file:///C:/Users/redaktoer/notat.pdf)",
    ),
    # --- sections -----------------------------------------------------------------------------
    "a page in a new folder without an overview page": case(
        write(
            "docs/nyt-afsnit/ny-side.md",
            "---\ntype: topic\nid: ny-side\ntitle: En ny side\nsummary: Ny.\n"
            "sources: [socialstyrelsen-2022-indsatsbeskrivelse]\nreviewed: 2026-11-30\ndanish_only: Et udkast.\n---\n\n"
            "Tekst.\n",
        ),
        expect="docs/nyt-afsnit/index.md: file: missing: the folder docs/nyt-afsnit/ needs an overview page "
        "(type: overview) to be a section",
    ),
    "a page at the top of docs/": case(
        write(
            "docs/kontakt.md",
            "---\ntype: page\nid: kontakt\ntitle: Kontakt os\nsummary: Sådan kontakter du os.\n"
            "reviewed: 2026-11-30\ndanish_only: Et udkast.\n---\n\nTekst.\n",
        ),
        expect="docs/kontakt.md: file: a page at the top of docs/ is a menu entry of its own: put it in a section's "
        "folder",
    ),
    "a page written where the build writes a course pack": case(
        write(
            "docs/moduler/modul-opsporing/kursusmappe.md",
            "---\ntype: page\nid: kursusmappe\ntitle: Kursusmappe\n"
            "summary: Til kurset.\nreviewed: 2026-11-30\ndanish_only: Et udkast.\n---\n\nTekst.\n",
        ),
        expect="docs/moduler/modul-opsporing/kursusmappe.md: file: moduler/modul-opsporing/kursusmappe/ is written by "
        "the build (the course pack of docs/moduler/modul-opsporing.md): this file would replace it or be lost",
    ),
    # --- review dates and time-bound content -----------------------------------------------------------
    "a review date written the Danish way": case(
        replace(REVIEWED_PAGE, f"reviewed: {REVIEWED}", "reviewed: 30.11.2026"),
        expect=f"{REVIEWED_PAGE}: reviewed: must be a date written YYYY-MM-DD, not '30.11.2026'",
    ),
    "a draft's date written the Danish way": case(
        replace(SP, "drafted: 2026-11-22", "drafted: 22.11.2026"),
        expect=f"{SP}: drafted: must be a date written YYYY-MM-DD, not '22.11.2026'",
    ),
    "a reviewed page that is still marked as a draft": case(
        replace(SP, "drafted: 2026-11-22", "drafted: 2026-11-22\nreviewed: 2026-11-29"),
        expect=f"{SP}: drafted: set together with `reviewed:`; keep only one of `reviewed:`, `drafted:`",
    ),
    "a page with neither a review nor a draft date": case(
        replace(SP, "drafted: 2026-11-22\n", ""),
        expect=f"{SP}: reviewed: missing: the page needs one of `reviewed:`, `drafted:`",
    ),
    "a review date on a day the calendar does not have": case(
        replace(SP, "drafted: 2026-11-22", "drafted: 2026-13-01"),
        expect=f"{SP}: drafted: 2026-13-01 (line {line_of(SP, 'drafted:')}) is not a day of the calendar: there is "
        "no month 13",
    ),
    "a period ending on a day the calendar does not have": case(
        replace("data/periods.yml", "ends: 2024-06-12", "ends: 2024-06-31"),
        expect=f"data/periods.yml: ansoegningsrunden-2024.ends: 2024-06-31 (line "
        f"{line_of('data/periods.yml', 'ends: 2024-06-12')}) is not a day of the calendar: June 2024 has 30 days",
    ),
    "a review date after the build's date": case(
        replace(REVIEWED_PAGE, f"reviewed: {REVIEWED}", "reviewed: 2027-11-22"),
        expect=f"{REVIEWED_PAGE}: reviewed: 2027-11-22 is later than the build's date, 2026-11-30: a review cannot "
        "have happened yet",
    ),
    "the next review before the last one": case(
        replace(REVIEWED_PAGE, f"reviewed: {REVIEWED}", f"reviewed: {REVIEWED}\nreview_by: 2026-05-22"),
        expect=f"{REVIEWED_PAGE}: review_by: 2026-05-22 is not after `reviewed` ({REVIEWED}): the page would be "
        "published as overdue",
    ),
    "a preview's date committed into mkdocs.yml": case(
        replace("mkdocs.yml", 'today: !ENV [KB_TODAY, ""]', "today: 2026-11-30"),
        expect='mkdocs.yml: extra.today: a date written into mkdocs.yml; it must stay `today: !ENV [KB_TODAY, ""]`',
    ),
    "a misspelt period": case(
        replace(
            "docs/beredskaber/index.md", "period: ansoegningsrunden-2024", "period: ansoegningsrunde-2024"
        ),
        expect="docs/beredskaber/index.md: period: unknown period id 'ansoegningsrunde-2024'; did you mean "
        "'ansoegningsrunden-2024'?",
    ),
    # --- mkdocs.yml ---------------------------------------------------------------------------------
    "KB_TODAY that is not a date": case(
        env={"KB_TODAY": "30.11.2026"},
        expect="mkdocs.yml: extra.today (KB_TODAY): must be a date written YYYY-MM-DD, not '30.11.2026'",
    ),
    "KB_TODAY on a day that does not exist, as make build runs it": case(
        env={"KB_TODAY": "2027-02-30"},
        make=True,
        expect="mkdocs.yml: extra.today (KB_TODAY): must be a date written YYYY-MM-DD, not '2027-02-30'",
    ),
    "quick-exit URL left empty": case(
        replace("mkdocs.yml", "url: https://www.dmi.dk/", 'url: ""'),
        expect="mkdocs.yml: extra.quick_exit.url: ''; must be an https:// address on another site (the quick exit "
        "leads there)",
    ),
    "quick-exit URL without https": case(
        replace("mkdocs.yml", "url: https://www.dmi.dk/", "url: http://www.dmi.dk/"),
        expect="mkdocs.yml: extra.quick_exit.url: 'http://www.dmi.dk/'; must be an https:// address on another "
        "site (the quick exit leads there)",
    ),
    "quick-exit URL on the site itself": case(
        replace(
            "mkdocs.yml", "url: https://www.dmi.dk/", "url: https://vold-i-naere-relationer.github.io/site/"
        ),
        expect="mkdocs.yml: extra.quick_exit.url: 'https://vold-i-naere-relationer.github.io/site/' is on the "
        "site's own host; the quick exit must lead away from the site",
    ),
    "the build's hook removed": case(
        replace("mkdocs.yml", "  - hooks/pipeline.py\n", ""),
        expect="mkdocs.yml: hooks: hooks/pipeline.py is missing (runs every step of the build, in order)",
        make=True,  # without its one hook MkDocs would build a bare site: `make build` checks mkdocs.yml first
    ),
    "the i18n plugin removed": case(
        replace("mkdocs.yml", "  - i18n:\n", "  - i18n_disabled:\n"),
        expect="mkdocs.yml: plugins: i18n is missing (mkdocs-static-i18n builds the English edition)",
        make=True,  # MkDocs would refuse the unknown plugin name before any hook runs
    ),
    "a Markdown extension removed": case(
        replace("mkdocs.yml", "  - admonition\n", ""),
        expect="mkdocs.yml: markdown_extensions: admonition is missing (the boxes written with !!!)",
    ),
    "the theme's overrides folder removed": case(
        replace("mkdocs.yml", "  custom_dir: overrides\n", ""),
        expect="mkdocs.yml: theme.custom_dir: None; must be 'overrides' (the quick exit, footer and page templates "
        "live there)",
    ),
    "Google Fonts switched back on": case(
        replace("mkdocs.yml", "  font: false\n", ""),
        expect="mkdocs.yml: theme.font: None; must be False (system fonts: Material's default loads Google Fonts, "
        "a request to another site)",
    ),
    "file addresses instead of folder addresses": case(
        replace("mkdocs.yml", "docs_dir: docs\n", "docs_dir: docs\nuse_directory_urls: false\n"),
        expect="mkdocs.yml: use_directory_urls: False; must be True (every published URL and anchor of urls.json "
        "is a folder address)",
    ),
    "broken links made harmless": case(
        replace(
            "mkdocs.yml", "    not_found: warn\n    anchors: warn", "    not_found: warn\n    anchors: info"
        ),
        expect="mkdocs.yml: validation.links.anchors: 'info'; must be 'warn' (the strict build stops on a broken "
        "link)",
    ),
    "a script from another site": case(
        replace(
            "mkdocs.yml",
            "  - assets/javascripts/quick-exit.js\n",
            "  - assets/javascripts/quick-exit.js\n  - https://cdn.example.com/widget.js\n",
        ),
        expect="mkdocs.yml: extra_javascript: 'https://cdn.example.com/widget.js' loads from another site",
    ),
    "the English edition switched off": case(
        replace("mkdocs.yml", "        - locale: en\n", "        - locale: de\n"),
        expect="mkdocs.yml: plugins.i18n.languages: da (default), de; must be da (default), en, as in the content "
        "model",
    ),
    "a tab in mkdocs.yml": case(
        replace("mkdocs.yml", "        - locale: en", "\t- locale: en"),
        expect=f"mkdocs.yml: file: invalid YAML at line {line_of('mkdocs.yml', '- locale: en')}: found a tab "
        "character that violates indentation",
        make=True,  # MkDocs reads mkdocs.yml before any hook can say it in one line
    ),
    "a menu written into mkdocs.yml": case(
        append("mkdocs.yml", "nav:\n  - Forside: index.md\n  - Kerneelementer: kerneelementer/index.md\n"),
        expect="mkdocs.yml: nav: set, but the menu is made from the folders of docs/ and the pages' `order:`: a "
        "`nav:` list would replace it",
        make=True,
    ),
    "a key given twice in mkdocs.yml": case(
        append("mkdocs.yml", "extra:\n  require_translations: false\n"),
        expect=re.compile(
            r"^mkdocs\.yml: extra: given twice \(lines \d+ and \d+\); the second would silently "
            r"replace the first$"
        ),
    ),
    # --- several mistakes at once, each once ------------------------------------------------------
    "mistakes in several files, all in one run": case(
        replace(SP, "title: Spejling i andres oplevelser", "title: [Spejling"),
        append(OPSPORING, "\nSe [spejling](spejlingg.md).\n"),
        replace(
            "data/initiatives.yml",
            "    status: forloeber-planmaessigt\n",
            "    status: forloeber-planmaessigt\n    status: gennemfoert\n",
        ),
        append(RELATIONS, '\n!!! nte "Bemærk"\n    Tekst.\n'),
        expect=(
            f"{SP}: front matter: invalid YAML at line {line_of(SP, 'title:')}: did not find expected ',' or ']'",
            re.compile(
                rf"^{re.escape(OPSPORING)}: line \d+: link to 'spejlingg\.md': there is no "
                r"docs/kerneelementer/spejlingg\.md; did you mean 'spejling\.md'\?$"
            ),
            f"data/initiatives.yml: initiatives.kommunale-beredskaber.status: given twice (lines {STATUS} and "
            f"{STATUS + 1}); the "
            "second would silently replace the first",
            f"{RELATIONS}: line {appended(RELATIONS)}: unknown box type 'nte'; did you mean 'note'?",
        ),
    ),
    # --- what readers get: the published pages (knowledge/checks/output.py) ---------------------------
    "a footnote, which the site does not render": case(
        append(SP, "\nDet viser erfaringerne.[^1]\n\n[^1]: Socialstyrelsen.\n"),
        expect=(
            f'{SP}: line {appended(SP)}: a footnote ("[^1]") is Markdown the site does not render: it would be '
            "published as written",
            f'{SP}: line {appended(SP) + 2}: a footnote ("[^1]:") is Markdown the site does not render: it would be '
            "published as written",
        ),
    ),
    "a Markdown link in a data field's text": case(
        replace("data/initiatives.yml", "udarbejdet et\n", "udarbejdet [et](https://www.sst.dk/)\n"),
        expect=re.compile(
            rf"^data/initiatives\.yml: line {line_of('data/initiatives.yml', 'udarbejdet et')}: the "
            r"published page shows a Markdown link as text: .*\[et\]\(https://www\.sst\.dk/\).*$"
        ),
    ),
    "a soft hyphen inside a glossary term": case(
        replace(SP, "Fokus på spejling er", "Fokus på spej\u00adling er"),
        expect=f"{SP}: text: line {line_of(SP, 'Fokus på spejling er')} holds a soft hyphen (U+00AD), a character "
        "that cannot be seen: the word it is in no longer matches (ids, glossary terms, search)",
    ),
    "an English title left in Danish": case(
        replace(
            SP_EN,
            'title: "Mirroring: recognising oneself in the experiences of others"',
            "title: Spejling i andres oplevelser",
        ),
        expect=f'{SP_EN}: line 2: the English page\'s title "Spejling i andres oplevelser" is Danish (Danish words, '
        "or the same as the Danish page's)",
    ),
    # --- found by the build itself --------------------------------------------------------------------
    "renamed page and renamed heading, without redirect or anchor": case(
        rename_page("indsatsmodellen/implementering", "indsatsmodellen/implementeringsforudsaetninger"),
        replace(SP, "## I praksis", "## Sådan gøres det"),
        expect=(
            "urls.json: indsatsmodellen/implementering/: this published URL is gone; add it to `redirect_from:` "
            "of the page that replaces it (without the language prefix)",
            f"{SP}: #i-praksis: this published anchor of kerneelementer/spejling/ is gone; keep it on its "
            "heading with {#i-praksis} (see EDITING.md, 'Stable links')",
        ),
    ),
    "a glossary term deleted": case(
        delete_entry("data/glossary.yml", "ptsd"),
        expect="data/glossary.yml: #ptsd: the published anchor #ptsd of opslag/ordliste/ is generated from this "
        "file, and its entry is gone: was 'ptsd' removed or its id changed?",
    ),
    "a core element taken out of a module's builds": case(
        replace(
            "docs/moduler/modul-gruppeforloeb.md",
            "builds: [spejling, mestrings-og-handlekompetencer,",
            "builds: [mestrings-og-handlekompetencer,",
        ),
        expect="docs/moduler/modul-gruppeforloeb.md: #spejling: the published anchor #spejling of the course pack "
        "moduler/modul-gruppeforloeb/kursusmappe/ is gone: the pack's parts are the pages named in this module's "
        "`builds:`, `builds_reading:`",
    ),
    "a trailing comma in urls.json": case(
        replace("urls.json", '"undervisere"\n', '"undervisere",\n'),
        expect=f"urls.json: file: invalid JSON at line {line_of('urls.json', 'undervisere')}: a comma after the last "
        "item",
    ),
    "a failure in the code, not the content": case(
        replace(
            "hooks/knowledge/outputs/render/boxes.py",
            PURPOSE_CALLOUT,
            PURPOSE_CALLOUT + "    if page.id == 'spejling':\n        raise KeyError('boom')\n",
        ),
        expect=f"{SP}: page_markdown: hooks/knowledge/outputs/render/boxes.py stopped with KeyError: 'boom'",
    ),
}


# --- running the builds ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("pristine") / "project")


def build_case(name: str, pristine: Path, work: Path) -> Build:
    project = work / "project"
    shutil.copytree(pristine, project)
    for edit in CASES[name].edits:
        edit(project)
    run = make_build if CASES[name].make else mkdocs_build
    return run(project, work / "site", env=CASES[name].env)


@pytest.fixture(scope="module")
def builds(request, pristine, tmp_path_factory):
    """The builds of the selected cases, started together on a few workers."""
    selected = [
        item.callspec.params["name"]
        for item in request.session.items
        if item.originalname == "test_bad_edit_stops_the_build_with_its_lines" and hasattr(item, "callspec")
    ]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures: dict[str, Future[Build]] = {
            name: pool.submit(build_case, name, pristine, tmp_path_factory.mktemp("case"))
            for name in dict.fromkeys(selected)
        }
        yield futures


def messages_of(build: Build) -> list[str]:
    """MkDocs' log lines, and the lines `make check` prints as they are."""
    return [
        (m.group(1) if (m := LOG_LINE.match(line)) else line).strip() for line in build.output.splitlines()
    ]


def matches(expected: str | re.Pattern, line: str) -> bool:
    return bool(expected.match(line)) if isinstance(expected, re.Pattern) else expected == line


@pytest.mark.parametrize("name", CASES)
def test_bad_edit_stops_the_build_with_its_lines(name, builds):
    build = builds[name].result()
    assert build.returncode != 0, f"{name}: the build passed"
    assert "Traceback" not in build.output, build.output[-3000:]
    ours = [m for m in messages_of(build) if OURS.match(m)]
    expected = CASES[name].expected
    unmatched = [e for e in expected if not any(matches(e, line) for line in ours)]
    extra = [line for line in ours if not any(matches(e, line) for e in expected)]
    assert unmatched == [] and extra == [], "\n".join(["got:", *ours, "", "output:", build.output[-2000:]])
    assert len(ours) == len(expected), f"a line twice: {ours}"
    # Every line of the site's own checks is one the editor guide lists.
    for message in ours:
        assert is_catalogued(message.split(": ", 2)[2]), message


# --- what is not a mistake -----------------------------------------------------------------------------


def test_a_byte_order_mark_and_windows_line_endings_change_nothing(pristine, tmp_path):
    """Compared with a build of the same copy as it was: both without git history and with
    the same pinned date, so every date on the pages is the same too."""
    untouched = mkdocs_build(pristine, tmp_path / "untouched")
    assert untouched.returncode == 0, "\n".join(messages_of(untouched))
    project = tmp_path / "project"
    shutil.copytree(pristine, project)
    bytes_of(SP, lambda data: b"\xef\xbb\xbf" + data)(project)  # as Notepad saves it
    bytes_of(OPSPORING, lambda data: data.replace(b"\n", b"\r\n"))(project)
    bytes_of(
        "docs/kerneelementer/opsporing.en.md", lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
    )(project)
    bytes_of("data/glossary.yml", lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"))(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, "\n".join(messages_of(build))
    for page in (
        "kerneelementer/spejling",
        "kerneelementer/opsporing",
        "en/kerneelementer/opsporing",
        "opslag/ordliste",
    ):
        built = (build.site / page / "index.html").read_text(encoding="utf-8")
        assert built == (untouched.site / page / "index.html").read_text(encoding="utf-8"), page


def test_a_link_to_a_download_written_as_a_file_passes(pristine, tmp_path):
    """The documented way (EDITING.md, 'Links to downloads and course packs'). From the English
    page the link leads to the Danish file (mkdocs-static-i18n's fallback), which exists."""
    project = tmp_path / "project"
    shutil.copytree(pristine, project)
    for suffix in (".md", ".en.md"):
        append(f"docs/moduler/modul-opsporing{suffix}", "\n[CSV](../data/initiativer.csv).\n")(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, "\n".join(messages_of(build))
    for prefix, href in (("", "../../data/initiativer.csv"), ("en/", "../../../data/initiativer.csv")):
        html = (build.site / prefix / "moduler/modul-opsporing/index.html").read_text(encoding="utf-8")
        assert f'href="{href}"' in html, prefix
        assert (build.site / prefix / "data/initiativer.csv").stat().st_size > 0


@pytest.mark.browser
def test_a_renamed_page_with_a_redirect_passes_and_old_links_land_on_it(pristine, tmp_path, browser):
    project = tmp_path / "project"
    shutil.copytree(pristine, project)
    rename_page("indsatsmodellen/implementering", "indsatsmodellen/implementeringsforudsaetninger")(project)
    replace(
        "docs/indsatsmodellen/implementeringsforudsaetninger.md",
        "order: 9",
        "order: 9\nredirect_from: [indsatsmodellen/implementering/]",
    )(project)
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, "\n".join(messages_of(build))
    for prefix in ("", "en/"):
        stub = (build.site / prefix / "indsatsmodellen/implementering/index.html").read_text(encoding="utf-8")
        assert 'url=../implementeringsforudsaetninger/"' in stub
    # A trainer's old link, anchor and all, lands on the renamed page.
    with serve(build.site) as base:
        page = browser.new_page()
        for prefix, heading in (("", "Kommunernes medvirken"), ("en/", None)):
            page.goto(f"{base}{prefix}indsatsmodellen/implementering/#kommunernes-medvirken")
            page.wait_for_url(
                re.compile(
                    rf"/{prefix}indsatsmodellen/implementeringsforudsaetninger/#kommunernes-medvirken$"
                )
            )
            assert (
                page.locator("h1")
                .inner_text()
                .startswith(("Implementeringsforudsætninger", "Conditions for implementation"))
            )
            if heading:
                assert page.locator("#kommunernes-medvirken").inner_text().startswith(heading)
