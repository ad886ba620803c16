"""Check pages and data against the content model.

Every function returns a list of ``Problem`` (file, field, reason); an empty
list means the content is sound. Nothing is raised, so one build reports
every problem at once.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from .load import expected_id, split_language
from .model import (
    COLLECTIONS,
    DEFAULT_LANGUAGE,
    ID_PATTERN,
    LANGUAGES,
    PAGE_TYPES,
    PASSTHROUGH_KEYS,
    TRANSLATABLE_FIELDS,
    Collection,
    Field,
    Page,
    Problem,
    SiteData,
    fields_of,
)
from .terms import form_key


@dataclass(frozen=True)
class References:
    """What a reference may point to: page id -> page type, collection -> ids."""

    page_types: dict[str, str]
    data_ids: dict[str, set[str]]


def _plural(items) -> str:
    return ", ".join(sorted(str(i) for i in items))


def check_value(f: Field, value: object, refs: References) -> str | None:
    """The reason ``value`` is not valid for field ``f``, or None."""
    kind = f.kind
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            return "must be a non-empty text"
    elif kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return f"must be a whole number, not {value!r}"
    elif kind == "bool":
        if not isinstance(value, bool):
            return f"must be true or false, not {value!r}"
    elif kind == "choice":
        if value not in f.choices:
            return f"{value!r} is not one of: {', '.join(f.choices)}"
    elif kind == "strings":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return "must be a list of non-empty texts"
    elif kind == "localized":
        if not isinstance(value, dict):
            return f"must have a text for each language ({', '.join(LANGUAGES)})"
        missing = [lang for lang in LANGUAGES if not isinstance(value.get(lang), str) or not value[lang].strip()]
        if missing:
            return f"missing text for: {', '.join(missing)}"
        extra = set(value) - set(LANGUAGES)
        if extra:
            return f"unknown language(s): {_plural(extra)}"
    elif kind in ("pages", "page"):
        ids = value if kind == "pages" else [value]
        if kind == "pages" and not isinstance(value, list):
            return "must be a list of page ids"
        for ref in ids:
            if not isinstance(ref, str):
                return f"{ref!r} is not a page id"
            if ref not in refs.page_types:
                return f"unknown page id {ref!r}"
            target = refs.page_types[ref]
            if f.targets and target not in f.targets:
                return f"{ref!r} is a {target} page; expected {' or '.join(f.targets)}"
    elif kind in ("refs", "ref"):
        ids = value if kind == "refs" else [value]
        if kind == "refs" and not isinstance(value, list):
            return f"must be a list of ids from data/{COLLECTIONS[f.collection].file}"
        known = refs.data_ids.get(f.collection, set())
        for ref in ids:
            if str(ref) not in known:
                return f"unknown {COLLECTIONS[f.collection].item} id {ref!r}"
    elif kind == "term":
        if not isinstance(value, dict):
            return "must have `term`, `definition` and optional `forms`"
        for key in ("term", "definition"):
            if not isinstance(value.get(key), str) or not value[key].strip():
                return f"missing `{key}`"
        forms = value.get("forms", [])
        if not isinstance(forms, list) or not all(isinstance(v, str) and v.strip() for v in forms):
            return "`forms` must be a list of non-empty texts"
        extra = set(value) - {"term", "definition", "forms"}
        if extra:
            return f"unknown key(s): {_plural(extra)}"
    else:  # pragma: no cover - a model error, not an editor's
        raise ValueError(f"unknown field kind {kind!r}")
    return None


def _check_fields(label: str, prefix: str, values: dict, fields: tuple[Field, ...],
                  refs: References, allowed_extra: frozenset = frozenset()) -> list[Problem]:
    problems = []
    known = {f.name for f in fields}
    for key in values:
        if key not in known and key not in allowed_extra:
            problems.append(Problem(label, f"{prefix}{key}", f"unknown field (allowed: {_plural(known)})"))
    for f in fields:
        if f.name not in values or values[f.name] is None:
            if f.required:
                problems.append(Problem(label, f"{prefix}{f.name}", "missing (required)"))
            continue
        reason = check_value(f, values[f.name], refs)
        if reason:
            problems.append(Problem(label, f"{prefix}{f.name}", reason))
    return problems


# --- pages ----------------------------------------------------------------


def _page_label(page: Page) -> str:
    return f"docs/{page.path}"


def validate_embeds(pages: list[Page], known: frozenset[str]) -> list[Problem]:
    return [
        Problem(_page_label(page), "embed", f"unknown embed {name!r} (known: {_plural(known)})")
        for page in pages for name in page.embeds if name not in known
    ]


def validate_pages(pages: list[Page], refs: References) -> list[Problem]:
    problems: list[Problem] = []
    danish = {split_language(p.path)[1]: p for p in pages if p.lang == DEFAULT_LANGUAGE}
    seen_ids: dict[str, str] = {}

    for base, page in sorted(danish.items()):
        label = _page_label(page)
        if not page.meta:
            continue  # the loader already reported missing or broken front matter
        type_name = page.meta.get("type")
        if type_name not in PAGE_TYPES:
            reason = "missing (required)" if type_name is None else (
                f"unknown page type {type_name!r} (known: {', '.join(PAGE_TYPES)})")
            problems.append(Problem(label, "type", reason))
            continue
        page_type = PAGE_TYPES[type_name]
        problems += _check_fields(label, "", page.meta, fields_of(type_name), refs, PASSTHROUGH_KEYS)

        page_id = page.meta.get("id")
        if isinstance(page_id, str):
            if not re.match(ID_PATTERN, page_id):
                problems.append(Problem(label, "id", f"{page_id!r} must be lowercase a-z, 0-9 and hyphens"))
            elif page_id != expected_id(base):
                problems.append(Problem(
                    label, "id",
                    f"{page_id!r} must equal the file name {expected_id(base)!r} (the URL is derived from it)"))
            if page_id in seen_ids:
                problems.append(Problem(label, "id", f"{page_id!r} is already used by docs/{seen_ids[page_id]}"))
            else:
                seen_ids[page_id] = page.path
        if page_type.folder is not None and posixpath.dirname(base) != page_type.folder:
            problems.append(Problem(
                label, "type", f"a {type_name} page must be in docs/{page_type.folder}/"))
        if type_name == "overview" and not base.endswith("index.md"):
            problems.append(Problem(label, "type", "an overview page must be a section's index.md"))

    for page in pages:
        if page.lang == DEFAULT_LANGUAGE:
            continue
        label = _page_label(page)
        base = split_language(page.path)[1]
        original = danish.get(base)
        if original is None:
            problems.append(Problem(label, "file", f"translates docs/{base}, which does not exist"))
            continue
        if not page.meta or original.meta.get("type") not in PAGE_TYPES:
            continue
        fields = {f.name: f for f in fields_of(original.meta["type"])}
        for key, value in page.meta.items():
            if key in PASSTHROUGH_KEYS:
                continue
            if key not in fields:
                problems.append(Problem(label, key, f"unknown field (allowed: {_plural(TRANSLATABLE_FIELDS & set(fields))})"))
            elif key not in TRANSLATABLE_FIELDS:
                problems.append(Problem(label, key, f"set it on the Danish page docs/{base} only (it applies to both languages)"))
            else:
                reason = check_value(fields[key], value, refs)
                if reason:
                    problems.append(Problem(label, key, reason))
        for name in TRANSLATABLE_FIELDS & set(fields):
            if fields[name].required and name not in page.meta:
                problems.append(Problem(label, name, "missing (required)"))
    return problems


def validate_translations(pages: list[Page], languages: tuple[str, ...]) -> list[Problem]:
    """Every Danish page needs a translation in each other built language,
    unless it says why not in `danish_only`."""
    present = {(p.lang, split_language(p.path)[1]) for p in pages}
    problems = []
    for page in pages:
        if page.lang != DEFAULT_LANGUAGE or page.meta.get("danish_only"):
            continue
        base = page.path
        for lang in languages:
            if lang != DEFAULT_LANGUAGE and (lang, base) not in present:
                stem = posixpath.splitext(base)[0]
                problems.append(Problem(
                    _page_label(page), "translation",
                    f"no {lang} translation: add docs/{stem}.{lang}.md or set `danish_only: <reason>`"))
    return problems


# --- data -------------------------------------------------------------------


def _validate_collection(collection: Collection, entries: list[dict], refs: References) -> list[Problem]:
    label = f"data/{collection.file}"
    problems = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        entry_id = entry.get("id")
        name = str(entry_id) if isinstance(entry_id, (str, int)) and str(entry_id) else f"{collection.key or 'entry'} #{number}"
        prefix = f"{name}." if collection.key == "" else f"{collection.key}.{name}."
        problems += _check_fields(label, prefix, entry, collection.fields, refs)
        if isinstance(entry_id, str):
            if not re.match(collection.id_pattern, entry_id):
                problems.append(Problem(label, f"{prefix}id", f"{entry_id!r} does not match {collection.id_pattern}"))
            if entry_id in seen:
                problems.append(Problem(label, f"{prefix}id", f"duplicate id {entry_id!r}"))
            seen.add(entry_id)
    return problems


def _validate_term_forms(terms: list[dict]) -> list[Problem]:
    """A form (term or inflection) may belong to one term only, per language,
    or the text marking could not tell which term a word is."""
    problems = []
    for lang in LANGUAGES:
        owner: dict[tuple, str] = {}
        for term in terms:
            variant = term.get(lang)
            if not isinstance(variant, dict) or not isinstance(term.get("id"), str):
                continue
            forms = [variant.get("term")] + list(variant.get("forms") or [])
            own: set[tuple] = set()
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    continue
                key = form_key(form)
                if key in own:
                    problems.append(Problem("data/glossary.yml", f"{term['id']}.{lang}.forms",
                                            f"{form!r} is listed twice"))
                elif key in owner:
                    problems.append(Problem("data/glossary.yml", f"{term['id']}.{lang}.forms",
                                            f"{form!r} is also a form of term {owner[key]!r}"))
                own.add(key)
            for key in own:
                owner.setdefault(key, term["id"])
    return problems


def references(pages: list[Page], data: SiteData) -> References:
    page_types = {
        p.id: p.type for p in pages if p.lang == DEFAULT_LANGUAGE and p.id and p.type in PAGE_TYPES
    }
    data_ids = {name: {str(e.get("id")) for e in data.entries(name)} for name in COLLECTIONS}
    return References(page_types, data_ids)


def validate_data(data: SiteData, refs: References) -> list[Problem]:
    problems = []
    for collection in COLLECTIONS.values():
        problems += _validate_collection(collection, data.entries(collection.name), refs)
        if collection.header and data.entries(collection.name):
            problems += _check_fields(f"data/{collection.file}", "", data.header(collection.name),
                                      collection.header, refs,
                                      frozenset(c.key for c in COLLECTIONS.values() if c.file == collection.file))
    problems += _validate_term_forms(data.entries("terms"))
    return problems


def validate_all(pages: list[Page], data: SiteData, embeds: frozenset[str] = frozenset(),
                 languages: tuple[str, ...] = LANGUAGES, require_translations: bool = False) -> list[Problem]:
    refs = references(pages, data)
    problems = validate_pages(pages, refs) + validate_data(data, refs) + validate_embeds(pages, embeds)
    if require_translations:
        problems += validate_translations(pages, languages)
    return problems
