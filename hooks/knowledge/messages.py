"""Every message the build prints about content, in one catalogue.

Each problem is printed as ``file: field: reason``; the reason comes from a
template here. The editor guide (EDITING.md, `make guide`) lists every
template with an example and how to fix it, and a test keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    template: str  # str.format template; values are named
    example: dict  # values for the guide's example
    fix: str  # what the editor does about it (English)
    file: str = "docs/kerneelementer/opsporing.md"  # the guide's example file
    field: str = "title"  # the guide's example field


MESSAGES: dict[str, Message] = {
    # Files and YAML
    "front-matter-missing": Message(
        "missing (the file must start with a --- block)",
        {},
        "Start the file with the front matter: a line `---`, the fields, a line `---`.",
        field="front matter",
    ),
    "yaml-invalid": Message(
        "invalid YAML at line {line}: {problem}",
        {"line": 4, "problem": "did not find expected ',' or ']'"},
        "Fix the YAML syntax at that line: a missing bracket or quote, a tab, or a `:` in an unquoted text "
        "(put such texts in quotes).",
        field="front matter",
    ),
    "yaml-invalid-file": Message(
        "invalid YAML: {problem}",
        {"problem": "mapping values are not allowed here"},
        "Fix the YAML syntax of the data file.",
        file="data/glossary.yml",
        field="file",
    ),
    "front-matter-not-mapping": Message(
        "must be a mapping of field: value",
        {},
        "Write the front matter as `field: value` lines.",
        field="front matter",
    ),
    "data-file-missing": Message(
        "missing", {}, "Restore the data file; the site needs it.", file="data/glossary.yml", field="file"
    ),
    "data-key-missing": Message(
        "missing (a list of entries)",
        {},
        "The data file needs this top-level key with a list under it.",
        file="data/initiatives.yml",
        field="initiatives",
    ),
    "data-not-list": Message(
        "must be a list of entries",
        {},
        "Each entry starts with `- id: ...`.",
        file="data/glossary.yml",
        field="file",
    ),
    # Fields
    "missing-required": Message(
        "missing (required)", {}, "Add the field; see the field tables above.", field="summary"
    ),
    "unknown-field": Message(
        "unknown field (allowed: {allowed})",
        {"allowed": "audience, builds, days, id, ..."},
        "Check the spelling of the field name, or remove it.",
        field="sumary",
    ),
    "text": Message("must be a non-empty text", {}, "Write a text for the field."),
    "int": Message(
        "must be a whole number, not {value!r}",
        {"value": "first"},
        "Write a number without quotes.",
        field="order",
    ),
    "bool": Message(
        "must be true or false, not {value!r}",
        {"value": "ja"},
        "Write `true` or `false`.",
        file="data/initiatives.yml",
        field="initiatives.kommunale-beredskaber.reserve_funded",
    ),
    "choice": Message(
        "{value!r} is not one of: {choices}",
        {"value": "mature", "choices": "matured, prerequisite"},
        "Use one of the listed values.",
        field="role",
    ),
    "strings": Message(
        "must be a list of non-empty texts",
        {},
        "Write a list: `[a, b]` or one `- item` per line.",
        file="data/organisations.yml",
        field="vive.forms",
    ),
    "localized-type": Message(
        "must have a text for each language ({languages})",
        {"languages": "da, en"},
        "Write `da:` and `en:` under the field.",
        file="data/initiatives.yml",
        field="initiatives.kommunale-beredskaber.title",
    ),
    "localized-strings": Message(
        "must map each language ({languages}) to a list of non-empty texts",
        {"languages": "da, en"},
        "Write `da: [ord, ord]` and `en: [word, word]` under the field.",
        file="data/organisations.yml",
        field="danner.search_terms",
    ),
    "localized-missing": Message(
        "missing text for: {languages}",
        {"languages": "en"},
        "Add the missing language.",
        file="data/initiatives.yml",
        field="initiatives.kommunale-beredskaber.description",
    ),
    "localized-extra": Message(
        "unknown language(s): {languages}",
        {"languages": "de"},
        "Only `da` and `en` are built; remove the others.",
        file="data/initiatives.yml",
        field="initiatives.kommunale-beredskaber.title",
    ),
    # References
    "pages-type": Message(
        "must be a list of page ids", {}, "Write a list of ids: `[opsporing, spejling]`.", field="connects_to"
    ),
    "page-not-id": Message(
        "{value!r} is not a page id", {"value": 3}, "Write the page's `id`.", field="related"
    ),
    "page-unknown": Message(
        "unknown page id {ref!r}",
        {"ref": "opsporingg"},
        "Use the `id` of an existing page (its file name); check the spelling.",
        file="docs/moduler/modul-opsporing.md",
        field="builds",
    ),
    "page-wrong-type": Message(
        "{ref!r} is a {target} page; expected {expected}",
        {"ref": "modul-opsporing", "target": "module", "expected": "core-element"},
        "This field only points to pages of the expected type.",
        file="docs/moduler/modul-opsporing.md",
        field="builds",
    ),
    "refs-type": Message(
        "must be a list of ids from data/{file}",
        {"file": "sources.yml"},
        "Write a list of ids: `[socialstyrelsen-2022-indsatsbeskrivelse]`.",
        field="sources",
    ),
    "ref-unknown": Message(
        "unknown {item} id {ref!r}",
        {"item": "source", "ref": "socialstyrelsen-2021"},
        "Use an id that exists in the data file the field refers to.",
        field="sources",
    ),
    "urls-format": Message(
        "must be a list of paths like kerneelementer/gammelt-navn/ (lowercase, ending in /)",
        {},
        "Write the old address without the site and language part, ending in `/`.",
        field="redirect_from",
    ),
    "urls-taken": Message(
        "{url!r} is the URL of an existing page",
        {"url": "kerneelementer/spejling/"},
        "A redirect cannot replace a page that still exists.",
        field="redirect_from",
    ),
    # Glossary entries
    "term-type": Message(
        "must have `term`, `definition` and optional `forms`",
        {},
        "Write `term:`, `definition:` and `forms:` under the language.",
        file="data/glossary.yml",
        field="spejling.en",
    ),
    "term-missing": Message(
        "missing `{key}`",
        {"key": "definition"},
        "Every term needs a definition in both languages.",
        file="data/glossary.yml",
        field="spejling.da",
    ),
    "term-forms": Message(
        "`forms` must be a list of non-empty texts",
        {},
        "Write `forms: [form, form]`.",
        file="data/glossary.yml",
        field="spejling.da",
    ),
    "term-extra": Message(
        "unknown key(s): {keys}",
        {"keys": "defintion"},
        "Check the spelling.",
        file="data/glossary.yml",
        field="spejling.da",
    ),
    "form-twice": Message(
        "{form!r} is listed twice",
        {"form": "spejlingen"},
        "Remove the second one.",
        file="data/glossary.yml",
        field="spejling.da.forms",
    ),
    "form-shared": Message(
        "{form!r} is also a form of term {term!r}",
        {"form": "opsporing", "term": "opsporing"},
        "A word may belong to one term only, or the site could not tell which definition to show. "
        "Remove it from one of them.",
        file="data/glossary.yml",
        field="opsporingsredskab.da.forms",
    ),
    # Pages
    "type-unknown": Message(
        "unknown page type {type!r} (known: {types})",
        {"type": "kerneelement", "types": "home, perspective, ..."},
        "Use one of the page types of the field tables.",
        field="type",
    ),
    "id-format": Message(
        "{id!r} must be lowercase a-z, 0-9 and hyphens",
        {"id": "Opsporing"},
        "Rename the file and the id: no capitals, spaces or Danish letters (æ→ae, ø→oe, å→aa).",
        field="id",
    ),
    "id-file": Message(
        "{id!r} must equal the file name {expected!r} (the URL is derived from it)",
        {"id": "opsporing-af-vold", "expected": "opsporing"},
        "Make the id and the file name the same. To rename a published page, rename both and add the old "
        "address to `redirect_from:`.",
        field="id",
    ),
    "id-duplicate": Message(
        "{id!r} is already used by {file}",
        {"id": "opsporing", "file": "docs/kerneelementer/opsporing.md"},
        "Ids are unique across the site; choose another.",
        file="docs/definitioner/opsporing.md",
        field="id",
    ),
    "folder": Message(
        "a {type} page must be in docs/{folder}/",
        {"type": "core-element", "folder": "kerneelementer"},
        "Move the file to the folder of its type (or a subfolder of it).",
        file="docs/moduler/opsporing.md",
        field="type",
    ),
    "overview-index": Message(
        "an overview page must be a section's index.md",
        {},
        "Use `type: overview` only in a folder's index.md.",
        file="docs/om/oversigt.md",
        field="type",
    ),
    "generator-duplicate": Message(
        "generator {generator!r} is already used by {file}",
        {"generator": "glossary", "file": "docs/opslag/ordliste.md"},
        "Each generated page exists once.",
        file="docs/om/ordliste.md",
        field="generator",
    ),
    "embed-unknown": Message(
        "unknown embed {name!r} (known: {known})",
        {"name": "pathwy", "known": "pathway, ..."},
        "Use one of the embed lines of the table above.",
        file="docs/indsatsmodellen/borgerforloeb.md",
        field="embed",
    ),
    # Translations
    "translation-orphan": Message(
        "translates docs/{base}, which does not exist",
        {"base": "kerneelementer/spejl.md"},
        "Name the English file after its Danish page: `<danish name>.en.md`.",
        file="docs/kerneelementer/spejl.en.md",
        field="file",
    ),
    "translation-structural": Message(
        "set it on the Danish page docs/{base} only (it applies to both languages)",
        {"base": "kerneelementer/opsporing.md"},
        "Remove the field from the English file; change it on the Danish page.",
        file="docs/kerneelementer/opsporing.en.md",
        field="role",
    ),
    "translation-missing": Message(
        "no {lang} translation: add docs/{stem}.{lang}.md or set `danish_only: <reason>`",
        {"lang": "en", "stem": "kerneelementer/opsporing"},
        "Translate the page (`make new` can scaffold it), or say in `danish_only:` why it is Danish only.",
        field="translation",
    ),
    # Data entries
    "data-id-format": Message(
        "{id!r} does not match {pattern}",
        {"id": "Nyt Begreb", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"},
        "Use lowercase letters, digits and hyphens.",
        file="data/glossary.yml",
        field="Nyt Begreb.id",
    ),
    "gloss-missing": Message(
        "missing: English pages need a gloss of this Danish name or title",
        {},
        "Add `english:` with the name's English translation (for an acronym or a proper name: what "
        "sort of body it is, as the sources describe it). For a name or title that is already English, "
        "set `name_language: en` (organisations) or `title_language: en` (sources) instead.",
        file="data/organisations.yml",
        field="lokk.english",
    ),
    "data-id-duplicate": Message(
        "duplicate id {id!r}",
        {"id": "spejling"},
        "Ids are unique in a data file.",
        file="data/glossary.yml",
        field="spejling.id",
    ),
    # Published URLs (urls.json)
    "url-gone": Message(
        "this published URL is gone; add it to `redirect_from:` of the page that replaces it "
        "(without the language prefix)",
        {},
        "Add the old address to `redirect_from:` of the page it moved to. If the page was removed on purpose, "
        "remove its line from urls.json in the same pull request, so that the reviewer sees it.",
        file="urls.json",
        field="kerneelementer/spejling/",
    ),
    "anchor-gone": Message(
        "this published anchor of {url} is gone; keep it on its heading with {{#{anchor}}} "
        "(see EDITING.md, 'Stable links')",
        {"url": "kerneelementer/opsporing/", "anchor": "i-praksis"},
        "A heading was renamed or removed. Keep its old anchor: `## New heading {#i-praksis}`.",
        field="#i-praksis",
    ),
}


def pattern(template: str) -> re.Pattern:
    """A regular expression matching every message made from ``template``."""
    parts = re.split(r"\{[^{}]*\}", template.replace("{{", "\x00").replace("}}", "\x01"))
    escaped = [re.escape(p).replace("\x00", "\\{").replace("\x01", "\\}") for p in parts]
    return re.compile("^" + ".+?".join(escaped) + "$")


def is_catalogued(reason: str) -> bool:
    """Whether a printed reason comes from one of the catalogue's templates."""
    return any(pattern(m.template).match(reason) for m in MESSAGES.values())


def say(code: str, **values: object) -> str:
    """The reason text of message ``code``."""
    return MESSAGES[code].template.format(**values)


def example(code: str) -> str:
    """The message as an editor would see it, for the guide."""
    message = MESSAGES[code]
    return f"{message.file}: {message.field}: {message.template.format(**message.example)}"
