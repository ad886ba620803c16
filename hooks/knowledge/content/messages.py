"""Every message the build prints about content, in one catalogue.

Each problem is printed as ``file: field: reason``; the reason comes from a
template here. The editor guide (EDITING.md, `make guide`) lists every
template with an example and how to fix it, and a test keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Message:
    template: str  # str.format template; values are named
    example: dict[str, Any]  # values for the guide's example
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
    "not-utf8": Message(
        "not saved as UTF-8: line {line} has the byte {byte} (the file is probably Latin-1 or Windows-1252)",
        {"line": 12, "byte": "0xe6"},
        "Save the file as UTF-8 (in VS Code: click the encoding in the status bar, then Save with Encoding, "
        "UTF-8). Check the Danish letters on that line afterwards.",
        field="file",
    ),
    "invisible-character": Message(
        "line {line} holds a {char}, a character that cannot be seen: the word it is in no longer matches "
        "(ids, glossary terms, search)",
        {"line": 7, "char": "soft hyphen (U+00AD)"},
        "Delete the character: retype the word, or delete and retype the letters on each side of it (text "
        "pasted from Word or a web page brings them; VS Code shows them with 'Render Control Characters').",
        field="front matter",
    ),
    "invisible-space": Message(
        "line {line} holds a {char} where {syntax} needs a plain space",
        {"line": 7, "char": "no-break space (U+00A0)", "syntax": "YAML"},
        "Retype the indentation or the space with the space bar (text pasted from Word or a web page brings "
        "no-break spaces, which look the same).",
        field="front matter",
    ),
    "curly-quotes": Message(
        'line {line} holds a curly quote, {char}, where {syntax} needs a straight quote (")',
        {"line": 5, "char": "left double quotation mark (U+201C)", "syntax": "YAML"},
        'Retype the quotes as straight quotes `"` (word processors curl them), or leave them out around a '
        "YAML value.",
        field="front matter",
    ),
    "front-matter-unclosed": Message(
        "not closed: add a line --- after the last field",
        {},
        "The front matter runs from the first line `---` to the next line `---`. Add the closing `---`.",
        field="front matter",
    ),
    "front-matter-not-first": Message(
        "must start on the first line: remove what comes before the first ---",
        {},
        "Delete the blank lines or text above the opening `---`.",
        field="front matter",
    ),
    "yaml-repeated": Message(
        "given twice (lines {first} and {line}); the second would silently replace the first",
        {"first": 6, "line": 9},
        "Keep one of them. If you were adding an entry to a data file, start it with `- ` so that it does "
        "not merge into the entry above.",
        field="summary",
    ),
    "yaml-merged-entry": Message(
        "a second entry starts at line {line} without its leading '- ' ({keys} given twice)",
        {"line": 26, "keys": "id, name, kind, role, sources"},
        "Start the new entry with `- ` (`- id: ...`), indented like the other entries: without it, its keys "
        "replace those of the entry above.",
        file="data/organisations.yml",
        field="lev-uden-vold",
    ),
    "data-file-empty": Message(
        "empty: it must hold {what}",
        {"what": "a list of entries"},
        "Restore the file's content (`git checkout data/<file>` brings back the last committed version).",
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
    "one-of-missing": Message(
        "missing: the page needs one of {fields}",
        {"fields": "`reviewed:`, `drafted:`"},
        "Add exactly one. `reviewed:` with the date you checked the page against its sources; "
        "`drafted:` with the date it was written, if nobody has checked it yet.",
        field="reviewed",
    ),
    "one-of-both": Message(
        "set together with {other}; keep only one of {fields}",
        {"other": "`reviewed:`", "fields": "`reviewed:`, `drafted:`"},
        "A page is either checked against its sources (`reviewed:`) or a draft that has not been "
        "(`drafted:`), never both: after a review, replace `drafted:` with `reviewed:` and the date you "
        "checked it.",
        field="drafted",
    ),
    "unknown-field": Message(
        "unknown field (allowed: {allowed})",
        {"allowed": "audience, builds, days, id, ..."},
        "Check the spelling of the field name, or remove it.",
        field="sumary",
    ),
    "list-empty": Message(
        "empty (required: at least one)",
        {},
        "Put back what the list named (`git diff` shows what was there), or the entries the source gives.",
        file="data/initiatives.yml",
        field="initiatives.kommunale-beredskaber.ministries",
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
    "bool-or": Message(
        "must be true, false or {choices}, not {value!r}",
        {"value": "ja", "choices": "unreadable"},
        "Write `true`, `false` or one of the listed words.",
        file="data/initiatives.yml",
        field="initiatives.kommunale-beredskaber.reserve_funded",
    ),
    "date": Message(
        "must be a date written YYYY-MM-DD, not {value!r}",
        {"value": "30.11.2026"},
        "Write the date as year-month-day, e.g. `2026-11-30`, without quotes.",
        field="reviewed",
    ),
    "date-impossible": Message(
        "{value} (line {line}) is not a day of the calendar: {why}",
        {"value": "2026-13-01", "line": 16, "why": "there is no month 13"},
        "Correct the month (01 to 12) or the day (at most the month's last day), written YYYY-MM-DD.",
        field="reviewed",
    ),
    "date-future": Message(
        "{value} is later than the build's date, {today}: a review cannot have happened yet",
        {"value": "2027-11-30", "today": "2026-11-30"},
        "Write the date you checked the page (today's at the latest). Check the year.",
        field="reviewed",
    ),
    "date-order": Message(
        "{value} is not after `{other}` ({earlier}): the page would be published as overdue",
        {"value": "2026-05-31", "other": "reviewed", "earlier": "2026-11-30"},
        "Write a later date, or leave the field out: the next review then falls due after the page "
        "type's interval.",
        field="review_by",
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
    "unknown-field-near": Message(
        "unknown field; did you mean {near!r}? (allowed: {allowed})",
        {"near": "summary", "allowed": "audience, builds, days, id, ..."},
        "Correct the spelling of the field name.",
        field="sumary",
    ),
    "text-too-long": Message(
        "{length} characters; at most {limit}",
        {"length": 512, "limit": 120},
        "Shorten it. A long title belongs in the text; `nav_title` can shorten what the menu shows.",
    ),
    "text-one-line": Message(
        "must be one line (it contains a line break)",
        {},
        "Write it on one line, or fold it with `>-` (the lines below it indented): then the line breaks "
        "become spaces.",
        field="summary",
    ),
    "number": Message(
        "must be a number, not {value!r}",
        {"value": "high"},
        "Write a number without quotes.",
        field="search.boost",
    ),
    "flags": Message(
        "must be a list of: {choices}",
        {"choices": "navigation, toc, footer, feedback, path, tags"},
        "Write a list of the listed values: `[toc]`.",
        field="hide",
    ),
    "mapping-type": Message(
        "must be a mapping with: {keys}",
        {"keys": "exclude, boost"},
        "Write the keys on their own lines under the field, indented: `search:` then `  exclude: true`.",
        field="search",
    ),
    "template-unknown": Message(
        "{value!r} is not a template of the site (known: {known})",
        {"value": "wide.html", "known": "404.html, main.html, ..."},
        "Leave `template:` out (pages use main.html), or name a file of overrides/.",
        field="template",
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
    "page-unknown-near": Message(
        "unknown page id {ref!r}; did you mean {near!r}?",
        {"ref": "opsporingg", "near": "opsporing"},
        "Correct the id: a page's id is its file name without `.md`.",
        file="docs/moduler/modul-opsporing.md",
        field="builds",
    ),
    "ref-unknown-near": Message(
        "unknown {item} id {ref!r}; did you mean {near!r}?",
        {
            "item": "source",
            "ref": "socialstyrelsen-2021-indsatsbeskrivelse",
            "near": "socialstyrelsen-2022-indsatsbeskrivelse",
        },
        "Correct the id.",
        field="sources",
    ),
    "relation-self": Message(
        "{ref!r} is this {what} itself",
        {"ref": "opsporing", "what": "page"},
        "Remove it: a page (or entry) is not related to itself.",
        field="related",
    ),
    "listed-twice": Message(
        "{value!r} is listed twice",
        {"value": "spejling"},
        "Remove the second one.",
        field="connects_to",
    ),
    "value-taken": Message(
        "{value!r} is already the {name} of {other}",
        {"value": 3, "name": "number", "other": "docs/perspektiver/partnerskabet.md"},
        "This value is unique (a number in a series, a title in a language, an old address): change one "
        "of the two.",
        file="docs/perspektiver/forskning-og-data.md",
        field="number",
    ),
    "urls-language": Message(
        "{url!r} starts with a language: write it without {prefix}",
        {"url": "en/kerneelementer/gammelt-navn/", "prefix": "en/"},
        "One `redirect_from` entry serves both languages: write the Danish address.",
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
    "term-extra-near": Message(
        "unknown key {key!r}; did you mean {near!r}?",
        {"key": "defintion", "near": "definition"},
        "Correct the spelling.",
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
        field="line 22",
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
    "danish-only-translated": Message(
        "set, but docs/{stem}.{lang}.md exists: remove `danish_only` or the translation",
        {"stem": "kerneelementer/opsporing", "lang": "en"},
        "`danish_only` says a page has no translation; the translation file says it has one.",
        field="danish_only",
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
    # Review dates (a warning: the build goes on)
    "review-overdue": Message(
        "review overdue since {due} (last reviewed {reviewed}); check the page against its sources, "
        "then set `reviewed:` to the date you did",
        {"due": "2027-11-30", "reviewed": "2026-11-30"},
        "A warning, not an error: the site is still published, and the page tells its readers that its "
        "review is overdue. Check the page against its sources and set `reviewed:` to today's date "
        "(or `review_by:` to a later date, if the review has been agreed for later).",
        field="reviewed",
    ),
    "draft-overdue": Message(
        "first review overdue since {due} (drafted {drafted}, never checked against its sources); check "
        "the page, then replace `drafted:` with `reviewed:` and the date you did",
        {"due": "2027-11-22", "drafted": "2026-11-22"},
        "A warning, not an error: the page says it is a draft not yet reviewed, and now also that its "
        "review is overdue. Check the page against its sources and replace `drafted:` with `reviewed:` "
        "and today's date (or set `review_by:` to a later date, if the review has been agreed for later).",
        field="drafted",
    ),
    # The Markdown text of a page
    "h1-second": Message(
        "an H1 heading ({text}): the title is the page's only H1; use ## for a section",
        {"text": "Spejling i andres oplevelser"},
        "Remove the heading if it repeats the title; otherwise make it `##`.",
        field="line 17",
    ),
    "heading-skip": Message(
        "an H{level} heading after an H{previous}: headings go down one level at a time",
        {"level": 4, "previous": 2},
        "Use one more `#` than the heading above it (`###` under `##`).",
        field="line 30",
    ),
    "heading-empty": Message(
        "a heading without text",
        {},
        "Write the heading's text after the `#` signs, or remove the line.",
        field="line 30",
    ),
    "anchor-generated": Message(
        "anchor #{anchor} is the page's own (the build puts it on a box it adds)",
        {"anchor": "formaal"},
        "Give this heading another anchor: `## Formål {#formaal-i-praksis}`. Links to #formaal lead to the "
        "purpose box.",
        field="line 20",
    ),
    "anchor-twice": Message(
        "anchor #{anchor} is already used on this page (line {first})",
        {"anchor": "indhold", "first": 23},
        "Anchors are unique on a page: give one of them another `{#...}`. Keep the published one.",
        file="docs/moduler/modul-opsporing.md",
        field="line 32",
    ),
    "html-unclosed-end": Message(
        "<{tag}> is never closed: the rest of the page would be printed as raw HTML",
        {"tag": "div"},
        "Add the closing tag (`</div>`) where the block ends.",
        file="docs/index.md",
        field="line 18",
    ),
    "html-unclosed": Message(
        "<{tag}> is not closed before </{closing}> at line {line}",
        {"tag": "div", "closing": "section", "line": 40},
        "Close the inner block first: `</div>` before `</section>`.",
        file="docs/index.md",
        field="line 31",
    ),
    "html-stray-close": Message(
        "</{tag}> closes nothing",
        {"tag": "div"},
        "Remove it, or add the opening tag it belongs to.",
        file="docs/index.md",
        field="line 51",
    ),
    "html-no-markdown": Message(
        "<{tag}> has no `markdown` attribute: the Markdown at line {line} would be printed as it is written",
        {"tag": "div", "line": 21},
        "Write `<div markdown>` (keep its other attributes), so that the Markdown inside it is converted.",
        file="docs/index.md",
        field="line 19",
    ),
    "html-forbidden": Message(
        "<{tag}> is not allowed in the content",
        {"tag": "iframe"},
        "Remove it. Scripts, styles, frames and forms would run code or load things from other sites, which "
        "the site's privacy promise and its Content-Security-Policy rule out. Link to the other site instead.",
        field="line 40",
    ),
    "fence-unclosed": Message(
        "the code block opened with {marker} is never closed: the rest of the page would be code",
        {"marker": "```"},
        "Add a closing line with the same marker.",
        field="line 40",
    ),
    "comment-unclosed": Message(
        "<!-- is never closed with -->: the rest of the page would be hidden",
        {},
        "Add `-->` where the comment ends.",
        field="line 40",
    ),
    "admonition-syntax": Message(
        'not a box: write {marker} type "Title"',
        {"marker": "!!!"},
        'Write for example `!!! note "Bemærk"`, then the box\'s text on the next lines, indented by 4 spaces.',
        file="docs/beredskaber/index.md",
        field="line 12",
    ),
    "admonition-type": Message(
        "unknown box type {kind!r} (use note, info, tip, warning, danger, example or quote)",
        {"kind": "bemaerk"},
        "Use one of the listed types; the title goes in quotes after it.",
        file="docs/beredskaber/index.md",
        field="line 12",
    ),
    "admonition-type-near": Message(
        "unknown box type {kind!r}; did you mean {near!r}?",
        {"kind": "nte", "near": "note"},
        "Correct the type.",
        file="docs/beredskaber/index.md",
        field="line 12",
    ),
    "admonition-title": Message(
        "the title must be in quotes ({words} would be read as style classes)",
        {"words": "Siderne beskriver"},
        'Put the title in double quotes: `!!! note "Siderne beskriver ansøgningsrunden 2024"`.',
        file="docs/beredskaber/index.md",
        field="line 12",
    ),
    "admonition-empty": Message(
        "the box is empty: its text must be indented by 4 spaces (line {line} is not)",
        {"line": 14},
        "Indent every line of the box's text by 4 spaces.",
        file="docs/beredskaber/index.md",
        field="line 12",
    ),
    "admonition-empty-end": Message(
        "the box is empty: its text must follow, indented by 4 spaces",
        {},
        "Write the box's text on the lines below it, indented by 4 spaces, or remove the box.",
        file="docs/beredskaber/index.md",
        field="line 12",
    ),
    "embed-unknown-near": Message(
        "unknown embed {name!r}; did you mean {near!r}?",
        {"name": "pathwy", "near": "pathway"},
        "Correct the name.",
        file="docs/indsatsmodellen/borgerforloeb.md",
        field="line 22",
    ),
    "embed-malformed": Message(
        "not an embed line; did you mean {line!r}?",
        {"line": "<!-- embed: publisher-contact -->"},
        "An embed line is exactly `<!-- embed: name -->` (colon included), alone on its line; anything else "
        "is an ordinary comment and shows nothing.",
        file="docs/om/tilgaengelighed.md",
        field="line 50",
    ),
    "link-unclosed": Message(
        "the link to {target!r} is not closed with ): it would be printed as it is written",
        {"target": "opsporing.md"},
        "Add the closing bracket: `[opsporing](opsporing.md)`.",
        file="docs/kerneelementer/spejling.md",
        field="line 40",
    ),
    "link-reference-undefined": Message(
        "{link} refers to a link that is not defined on this page: it would be printed as it is written",
        {"link": "[opsporing][1]"},
        "Add the definition on a line of its own (`[1]: opsporing.md`), or write the link inline: "
        "`[opsporing](opsporing.md)`.",
        file="docs/kerneelementer/spejling.md",
        field="line 40",
    ),
    "link-missing": Message(
        "link to {target!r}: there is no docs/{path}",
        {"target": "opsporingg.md", "path": "kerneelementer/opsporingg.md"},
        "Link an existing file, relative to this page (the file names are the pages' ids).",
        file="docs/kerneelementer/spejling.md",
        field="line 40",
    ),
    "link-missing-near": Message(
        "link to {target!r}: there is no docs/{path}; did you mean {near!r}?",
        {"target": "opsporingg.md", "path": "kerneelementer/opsporingg.md", "near": "opsporing.md"},
        "Correct the link.",
        file="docs/kerneelementer/spejling.md",
        field="line 40",
    ),
    "link-not-file": Message(
        "link to {target!r}: link the page's file instead, {near!r}",
        {"target": "/kerneelementer/opsporing/", "near": "../kerneelementer/opsporing.md"},
        "Pages link to each other's `.md` files, relative to the page; the build makes the addresses (in both "
        "languages).",
        file="docs/moduler/modul-opsporing.md",
        field="line 14",
    ),
    "link-not-file-unknown": Message(
        "link to {target!r}: pages link to each other's .md files, relatively",
        {"target": "/kerneelementer/"},
        "Link the page's file relative to this page, e.g. `../kerneelementer/opsporing.md`.",
        file="docs/moduler/modul-opsporing.md",
        field="line 14",
    ),
    "link-translation": Message(
        "link to {target!r}: link the Danish file {near!r}; the build points English pages to the translation",
        {"target": "opsporing.en.md", "near": "opsporing.md"},
        "Link the Danish file name, from Danish and English pages alike.",
        file="docs/kerneelementer/spejling.en.md",
        field="line 30",
    ),
    "link-preview": Message(
        "links to the preview address {url}: link the page's file instead{near}",
        {
            "url": "http://127.0.0.1:8000/kerneelementer/opsporing/",
            "near": ", '../kerneelementer/opsporing.md'",
        },
        "An address copied from `make serve` only works on your computer. Link the page's `.md` file, relative "
        "to this page.",
        file="docs/moduler/modul-opsporing.md",
        field="line 14",
    ),
    "link-own-site": Message(
        "links to the site's own address {url}: link the page's file instead{near}",
        {
            "url": "https://eksempel.github.io/site/kerneelementer/opsporing/",
            "near": ", '../kerneelementer/opsporing.md'",
        },
        "A full address breaks in the other language, in the preview and when the site moves. Link the "
        "page's `.md` file, relative to this page.",
        file="docs/moduler/modul-opsporing.md",
        field="line 14",
    ),
    "link-local-file": Message(
        "links to a file on your computer ({target})",
        {"target": "file:///C:/Users/redaktoer/Dokumenter/notat.pdf"},
        "Put the file under docs/assets/ and link it relatively, or link its public address.",
        field="line 40",
    ),
    "link-anchor": Message(
        "link to {target!r}: docs/{path} has no anchor #{anchor}",
        {"target": "opsporing.md#formal", "path": "kerneelementer/opsporing.md", "anchor": "formal"},
        "Use an anchor the page has: its headings' anchors are shown by their # link in `make serve`.",
        file="docs/kerneelementer/spejling.md",
        field="line 40",
    ),
    "link-anchor-near": Message(
        "link to {target!r}: docs/{path} has no anchor #{anchor}; did you mean #{near}?",
        {
            "target": "opsporing.md#formal",
            "path": "kerneelementer/opsporing.md",
            "anchor": "formal",
            "near": "formaal",
        },
        "Correct the anchor.",
        file="docs/kerneelementer/spejling.md",
        field="line 40",
    ),
    "resource-external": Message(
        "loads {url} from another site",
        {"url": "https://www.example.com/figur.png"},
        "The site makes no requests to other sites (readers' privacy). Save the file under docs/assets/ and "
        "link it relatively.",
        field="line 40",
    ),
    "folder-overview": Message(
        "missing: the folder docs/{folder}/ needs an overview page (type: overview) to be a section",
        {"folder": "nyt-afsnit"},
        "Add `index.md` with `type: overview` (and its `.en.md`): it introduces the section and lists its "
        "pages. Or move the pages into an existing section.",
        file="docs/nyt-afsnit/index.md",
        field="file",
    ),
    "generated-address": Message(
        "{url} is written by the build ({generator}): this file would replace it or be lost",
        {
            "url": "moduler/modul-opsporing/kursusmappe/",
            "generator": "the course pack of docs/moduler/modul-opsporing.md",
        },
        "Remove the file. A generated page changes with what it is made from: a course pack with its module's "
        "pages and `builds:`, the downloads with the data files. To link to it, see 'Links to downloads and "
        "course packs' in this guide.",
        file="docs/moduler/modul-opsporing/kursusmappe.md",
        field="file",
    ),
    "page-top-level": Message(
        "a page at the top of docs/ is a menu entry of its own: put it in a section's folder",
        {},
        "Move the page (and its .en.md) into the folder of the section it belongs to.",
        file="docs/kontakt.md",
        field="file",
    ),
    # mkdocs.yml
    "config-hook-missing": Message(
        "{hook} is missing ({purpose})",
        {"hook": "hooks/pipeline.py", "purpose": "runs every step of the build, in order"},
        "Add it back to `hooks:` in mkdocs.yml: the site is not safe to publish without it.",
        file="mkdocs.yml",
        field="hooks",
    ),
    "config-plugin-missing": Message(
        "{plugin} is missing ({purpose})",
        {"plugin": "i18n", "purpose": "builds the English edition"},
        "Add it back to `plugins:` in mkdocs.yml.",
        file="mkdocs.yml",
        field="plugins",
    ),
    "config-plugin-forbidden": Message(
        "{plugin} must not be switched on: {reason}",
        {"plugin": "search", "reason": "the site has its own search"},
        "Remove it from `plugins:` in mkdocs.yml.",
        file="mkdocs.yml",
        field="plugins",
    ),
    "config-site-url-written": Message(
        'an address written into mkdocs.yml; it must stay `site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]`',
        {},
        "Put back that line. The published address comes from SITE_URL, which the publishing workflow "
        "(.github/workflows/pages.yml) sets; a preview needs none. An address committed here would be "
        "in every course pack, download and feed of every build.",
        file="mkdocs.yml",
        field="site_url",
    ),
    "config-extension-missing": Message(
        "{name} is missing ({purpose})",
        {"name": "admonition", "purpose": "the boxes written with !!!"},
        "Add it back to `markdown_extensions:` in mkdocs.yml.",
        file="mkdocs.yml",
        field="markdown_extensions",
    ),
    "config-value": Message(
        "{value!r}; must be {expected}",
        {"value": None, "expected": "'overrides' (the quick exit, footer and page templates live there)"},
        "Restore the setting (the reason is in brackets).",
        file="mkdocs.yml",
        field="theme.custom_dir",
    ),
    "config-external": Message(
        "{value!r} loads from another site",
        {"value": "https://cdn.example.com/widget.js"},
        "The site makes no requests to other sites (readers' privacy). Save the file under docs/assets/ and "
        "list its path.",
        file="mkdocs.yml",
        field="extra_javascript",
    ),
    "config-script-missing": Message(
        "{script} is missing ({purpose})",
        {"script": "assets/javascripts/quick-exit.js", "purpose": "the quick exit's keyboard shortcut"},
        "Add it back to `extra_javascript:` in mkdocs.yml.",
        file="mkdocs.yml",
        field="extra_javascript",
    ),
    "config-quick-exit": Message(
        "{value!r}; must be an https:// address on another site (the quick exit leads there)",
        {"value": ""},
        "Write the full address of a neutral page, e.g. `https://www.dmi.dk/`.",
        file="mkdocs.yml",
        field="extra.quick_exit.url",
    ),
    "config-quick-exit-own": Message(
        "{value!r} is on the site's own host; the quick exit must lead away from the site",
        {"value": "https://eksempel.github.io/site/"},
        "Write the address of a neutral page on another site, e.g. `https://www.dmi.dk/`.",
        file="mkdocs.yml",
        field="extra.quick_exit.url",
    ),
    "config-nav": Message(
        "set, but the menu is made from the folders of docs/ and the pages' `order:`: a `nav:` list would "
        "replace it",
        {},
        "Remove `nav:` and its list. To move a page in the menu, change its `order:`; to shorten its menu "
        "entry, set `nav_title:`; a new section is a folder with an `index.md` of type overview (see 'Add a page of any type' in this guide).",
        file="mkdocs.yml",
        field="nav",
    ),
    "config-today-written": Message(
        'a date written into mkdocs.yml; it must stay `today: !ENV [KB_TODAY, ""]`',
        {},
        'Put back the line `today: !ENV [KB_TODAY, ""]`. To preview another day, run '
        "`KB_TODAY=2027-01-15 make serve` instead: a date committed here would make the published site "
        "age from that day.",
        file="mkdocs.yml",
        field="extra.today",
    ),
    "config-languages": Message(
        "{value}; must be {expected}, as in the content model",
        {"value": "da", "expected": "da (default), en"},
        "List both languages under the i18n plugin, Danish as the default.",
        file="mkdocs.yml",
        field="plugins.i18n.languages",
    ),
    # Anything else
    "crash": Message(
        "{origin} stopped with {error}",
        {"origin": "hooks/steps/content.py", "error": "KeyError: 'exclude'"},
        "A mistake no check catches yet: look at this file around your last change. If it looks right, "
        "report this line (it names the file and the build step).",
        field="page_markdown",
    ),
    # What readers get (knowledge/checks/output.py): the published pages, read once each
    "markdown-unsupported": Message(
        '{what} ("{text}") is Markdown the site does not render: it would be published as written',
        {"what": "a footnote", "text": "[^1]"},
        "Write the note in the text (in brackets, or as a sentence after it) and name the source in `sources:`; "
        "write an abbreviation out at its first use, or add it to the glossary (data/glossary.yml).",
        field="line 14",
    ),
    "published-markdown": Message(
        'the published page shows {what} as text: "{text}"{more}',
        {"what": "a footnote marker", "text": "vold i nære relationer.[^1] Det", "more": ""},
        "The site does not render that Markdown (footnotes, abbreviation definitions, reference links and "
        "attribute lists are not switched on; a table needs its `| --- |` line; a data field's text is "
        "plain text). Write the text plainly, as EDITING.md shows, or use the syntax the site supports.",
        field="line 14",
    ),
    "published-markup": Message(
        'the published page shows HTML markup as text: "{text}"{more}',
        {"text": "se <b>kerneelementet</b> om", "more": ""},
        "Data fields are plain text and escaped: remove the tags. In a page, check the HTML block is on "
        "lines of its own with blank lines around it.",
        file="data/initiatives.yml",
        field="line 88",
    ),
    "published-invisible": Message(
        'holds {name} ({point}) in "{text}" (shown as ·): invisible, it stops glossary links and search '
        "from finding the word{more}",
        {"name": "a soft hyphen", "point": "U+00AD", "text": "risiko·vurdering", "more": ""},
        "Delete the word and type it again (text pasted from Word or a PDF often carries invisible "
        "characters), or search the file for the character's code in your editor.",
        field="line 21",
    ),
    "published-empty": Message(
        "the published page shows an empty <{tag}>: a label or a list item with nothing in it{more}",
        {"tag": "dd", "more": ""},
        "Fill in the field or list item that is empty, or remove it: look for an empty value, an empty "
        "list (`[]`) or a list item `-` with nothing after it.",
        field="published page",
    ),
    "published-danish-text": Message(
        'the English page shows Danish text: "{text}"{more}',
        {"text": "Indsatsen skal tage afsæt i borgerens", "more": ""},
        "Translate the text (TRANSLATION.md). A Danish name or quotation stays Danish, marked "
        '`<span lang="da">…</span>`; a name the data knows is marked by the build.',
        file="docs/kerneelementer/opsporing.en.md",
        field="line 30",
    ),
    "published-danish-heading": Message(
        "the English page's {what} \"{text}\" is Danish (Danish words, or the same as the Danish page's){more}",
        {"what": "title", "text": "Opsporing af vold", "more": ""},
        "Translate the title (`title:` in the front matter) or the heading. A Danish name in a heading stays "
        'Danish, marked `<span lang="da">…</span>`.',
        file="docs/kerneelementer/opsporing.en.md",
        field="line 2",
    ),
    "csp-no-place": Message(
        '{page}: the page has no <meta charset="utf-8"> to put its Content-Security-Policy after',
        {"page": "kerneelementer/opsporing/"},
        'A template in overrides/ dropped or changed `<meta charset="utf-8">` (Material\'s base.html writes '
        "it): keep it, so every page gets its policy.",
        file="overrides/main.html",
        field="template",
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
    "site-url-local": Message(
        "this build is for publishing ({reason}) but SITE_URL is not set: every absolute address in "
        "the course packs, pages, feeds and downloads is {url}; set SITE_URL to the published address",
        {"reason": "CI=true", "url": "http://127.0.0.1:8000/"},
        "Set the environment variable SITE_URL to the address the site is published at (the GitHub "
        "Pages workflow, .github/workflows/pages.yml, sets it). A local preview needs nothing.",
        file="mkdocs.yml",
        field="site_url (SITE_URL)",
    ),
    "anchor-gone": Message(
        "this published anchor of {url} is gone; keep it on its heading with {{#{anchor}}} "
        "(see EDITING.md, 'Stable links')",
        {"url": "kerneelementer/opsporing/", "anchor": "i-praksis"},
        "A heading was renamed or removed. Keep its old anchor: `## New heading {#i-praksis}`.",
        field="#i-praksis",
    ),
    "json-invalid": Message(
        "invalid JSON at line {line}: {problem}",
        {"line": 11, "problem": "a comma after the last item"},
        "Fix that line: JSON has no comma after the last item of a list, and every text is in double quotes. "
        "Or restore the file (`git checkout urls.json`) and run `make urls`, which adds what is new.",
        file="urls.json",
        field="file",
    ),
    "manifest-shape": Message(
        'must be {{"pages": {{"address/": ["anchor", ...]}}}}',
        {},
        "Restore the file (`git checkout urls.json`) and run `make urls`, which adds what is new.",
        file="urls.json",
        field="pages",
    ),
    "anchor-gone-data": Message(
        "the published anchor #{anchor} of {url} is generated from this file, and its entry is gone: was "
        "{anchor!r} removed or its id changed?",
        {"anchor": "spejling", "url": "opslag/ordliste/"},
        "Put the entry back, or its old `id:`. If it was removed on purpose, delete the anchor from that "
        "address's list in urls.json in the same pull request, so that the reviewer sees it.",
        file="data/glossary.yml",
        field="#spejling",
    ),
    "anchor-gone-pack": Message(
        "the published anchor #{anchor} of the course pack {url} is gone: the pack's parts are the pages "
        "named in this module's {fields}",
        {"anchor": "opsporing", "url": "moduler/modul-opsporing/kursusmappe/", "fields": "`builds:`"},
        "Put the page's id back into the field. If it was removed on purpose, delete the anchor from that "
        "address's list in urls.json in the same pull request, so that the reviewer sees it.",
        file="docs/moduler/modul-opsporing.md",
        field="#opsporing",
    ),
}


def pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching every message made from ``template``."""
    parts = re.split(r"\{[^{}]*\}", template.replace("{{", "\x00").replace("}}", "\x01"))
    escaped = [re.escape(p).replace("\x00", "\\{").replace("\x01", "\\}") for p in parts]
    return re.compile("^" + ".*?".join(escaped) + "$")


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
