"""Check pages and data against the content model.

Every function returns a list of ``Problem`` (file, field, reason); an empty
list means the content is sound. Nothing is raised, so one build reports
every problem at once.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .language import missing_glosses
from .load import expected_id, split_language
from .messages import say
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
    urls: frozenset[str] = frozenset()  # URLs of the Danish pages


def _plural(items: Iterable[object]) -> str:
    return ", ".join(sorted(str(i) for i in items))


Checker = Callable[[Field, Any, References], str | None]


def _nonblank(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_text(f: Field, value: object, refs: References) -> str | None:
    return None if _nonblank(value) else say("text")


def _check_int(f: Field, value: object, refs: References) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else say("int", value=value)


def _check_bool(f: Field, value: object, refs: References) -> str | None:
    return None if isinstance(value, bool) else say("bool", value=value)


def _check_choice(f: Field, value: object, refs: References) -> str | None:
    return None if value in f.choices else say("choice", value=value, choices=", ".join(f.choices))


def _check_strings(f: Field, value: object, refs: References) -> str | None:
    return None if isinstance(value, list) and all(map(_nonblank, value)) else say("strings")


def _check_localized(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, dict):
        return say("localized-type", languages=", ".join(LANGUAGES))
    missing = [lang for lang in LANGUAGES if not _nonblank(value.get(lang))]
    if missing:
        return say("localized-missing", languages=", ".join(missing))
    extra = set(value) - set(LANGUAGES)
    return say("localized-extra", languages=_plural(extra)) if extra else None


def _check_pages(f: Field, value: object, refs: References) -> str | None:
    return _check_page_ids(f, value, refs) if isinstance(value, list) else say("pages-type")


def _check_page(f: Field, value: object, refs: References) -> str | None:
    return _check_page_ids(f, [value], refs)


def _check_page_ids(f: Field, ids: list, refs: References) -> str | None:
    for ref in ids:
        if not isinstance(ref, str):
            return say("page-not-id", value=ref)
        if ref not in refs.page_types:
            return say("page-unknown", ref=ref)
        target = refs.page_types[ref]
        if target and f.targets and target not in f.targets:  # "": its own file is broken
            return say("page-wrong-type", ref=ref, target=target, expected=" or ".join(f.targets))
    return None


def _check_refs(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, list):
        return say("refs-type", file=COLLECTIONS[f.collection].file)
    return _check_data_ids(f, value, refs)


def _check_ref(f: Field, value: object, refs: References) -> str | None:
    return _check_data_ids(f, [value], refs)


def _check_data_ids(f: Field, ids: list, refs: References) -> str | None:
    known = refs.data_ids.get(f.collection, set())
    for ref in ids:
        if str(ref) not in known:
            return say("ref-unknown", item=COLLECTIONS[f.collection].item, ref=ref)
    return None


_SITE_PATH = re.compile(r"^(?:[a-z0-9-]+/)+$")


def _check_urls(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and _SITE_PATH.match(v) for v in value):
        return say("urls-format")
    taken = [v for v in value if v in refs.urls]
    return say("urls-taken", url=taken[0]) if taken else None


def _check_term(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, dict):
        return say("term-type")
    for key in ("term", "definition"):
        if not _nonblank(value.get(key)):
            return say("term-missing", key=key)
    forms = value.get("forms", [])
    if not isinstance(forms, list) or not all(map(_nonblank, forms)):
        return say("term-forms")
    search_terms = value.get("search_terms", [])
    if not isinstance(search_terms, list) or not all(map(_nonblank, search_terms)):
        return say("strings")
    extra = set(value) - {"term", "definition", "forms", "search_terms"}
    return say("term-extra", keys=_plural(extra)) if extra else None


def _check_localized_strings(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, dict) or set(value) - set(LANGUAGES):
        return say("localized-strings", languages=", ".join(LANGUAGES))
    lists = value.values()
    if all(isinstance(v, list) and all(map(_nonblank, v)) for v in lists):
        return None
    return say("localized-strings", languages=", ".join(LANGUAGES))


# One checker per field kind (model.Field.kind): a new kind adds a row here.
CHECKERS: dict[str, Checker] = {
    "text": _check_text,
    "int": _check_int,
    "bool": _check_bool,
    "choice": _check_choice,
    "strings": _check_strings,
    "localized": _check_localized,
    "localized_strings": _check_localized_strings,
    "pages": _check_pages,
    "page": _check_page,
    "refs": _check_refs,
    "ref": _check_ref,
    "urls": _check_urls,
    "term": _check_term,
}


def check_value(f: Field, value: object, refs: References) -> str | None:
    """The reason ``value`` is not valid for field ``f``, or None."""
    checker = CHECKERS.get(f.kind)
    if checker is None:  # pragma: no cover - a model error, not an editor's
        raise ValueError(f"unknown field kind {f.kind!r}")
    return checker(f, value, refs)


def _field_problems(
    label: str,
    prefix: str,
    values: dict,
    fields: tuple[Field, ...],
    refs: References,
    allowed_extra: frozenset = frozenset(),
) -> list[Problem]:
    problems = []
    known = {f.name for f in fields}
    for key in values:
        if key not in known and key not in allowed_extra:
            problems.append(Problem(label, f"{prefix}{key}", say("unknown-field", allowed=_plural(known))))
    for f in fields:
        if f.name not in values or values[f.name] is None:
            if f.required:
                problems.append(Problem(label, f"{prefix}{f.name}", say("missing-required")))
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
        Problem(_page_label(page), "embed", say("embed-unknown", name=name, known=_plural(known)))
        for page in pages
        for name in page.embeds
        if name not in known
    ]


def validate_pages(pages: list[Page], refs: References) -> list[Problem]:
    """Every Danish page's front matter, then every translation's."""
    danish = {split_language(p.path)[1]: p for p in pages if p.lang == DEFAULT_LANGUAGE}
    seen = _Seen()
    problems: list[Problem] = []
    for base, page in sorted(danish.items()):
        if page.meta:  # else the loader already reported missing or broken front matter
            problems += _validate_page(base, page, refs, seen)
    for page in pages:
        if page.lang != DEFAULT_LANGUAGE:
            problems += _validate_translation(page, danish, refs)
    return problems


@dataclass
class _Seen:
    """What earlier pages claimed, for the duplicate checks: id or generator -> file."""

    ids: dict[str, str] = field(default_factory=dict)
    generators: dict[str, str] = field(default_factory=dict)


def _validate_page(base: str, page: Page, refs: References, seen: _Seen) -> list[Problem]:
    label = _page_label(page)
    type_name = page.meta.get("type")
    if type_name not in PAGE_TYPES:
        reason = (
            say("missing-required")
            if type_name is None
            else say("type-unknown", type=type_name, types=", ".join(PAGE_TYPES))
        )
        return [Problem(label, "type", reason)]
    problems = _field_problems(label, "", page.meta, fields_of(type_name), refs, PASSTHROUGH_KEYS)
    page_id = page.meta.get("id")
    if isinstance(page_id, str):
        problems += _id_problems(label, base, page_id, page.path, seen)
    problems += _place_problems(label, base, type_name)
    generator = page.meta.get("generator")
    if type_name == "generated" and isinstance(generator, str):
        problems += _generator_problems(label, generator, page.path, seen)
    return problems


def _id_problems(label: str, base: str, page_id: str, path: str, seen: _Seen) -> list[Problem]:
    problems = []
    if not re.match(ID_PATTERN, page_id):
        problems.append(Problem(label, "id", say("id-format", id=page_id)))
    elif page_id != expected_id(base):
        problems.append(Problem(label, "id", say("id-file", id=page_id, expected=expected_id(base))))
    if page_id in seen.ids:
        problems.append(
            Problem(label, "id", say("id-duplicate", id=page_id, file=f"docs/{seen.ids[page_id]}"))
        )
    else:
        seen.ids[page_id] = path
    return problems


def _place_problems(label: str, base: str, type_name: str) -> list[Problem]:
    """The folder a page type must live in, and an overview's file name."""
    problems = []
    folder = posixpath.dirname(base)
    required = PAGE_TYPES[type_name].folder
    if required is not None and folder != required and not folder.startswith(required + "/"):
        problems.append(Problem(label, "type", say("folder", type=type_name, folder=required)))
    if type_name == "overview" and not base.endswith("index.md"):
        problems.append(Problem(label, "type", say("overview-index")))
    return problems


def _generator_problems(label: str, generator: str, path: str, seen: _Seen) -> list[Problem]:
    problems = []
    if generator in seen.generators:
        file = f"docs/{seen.generators[generator]}"
        problems.append(
            Problem(label, "generator", say("generator-duplicate", generator=generator, file=file))
        )
    seen.generators.setdefault(generator, path)
    return problems


def _validate_translation(page: Page, danish: dict[str, Page], refs: References) -> list[Problem]:
    """A translation (page.en.md) has a Danish original and only its translatable fields."""
    label = _page_label(page)
    base = split_language(page.path)[1]
    original = danish.get(base)
    if original is None:
        return [Problem(label, "file", say("translation-orphan", base=base))]
    if not page.meta or original.meta.get("type") not in PAGE_TYPES:
        return []
    fields = {f.name: f for f in fields_of(original.meta["type"])}
    problems = []
    for key, value in page.meta.items():
        if key not in PASSTHROUGH_KEYS:
            problems += _translated_field_problems(label, base, key, value, fields, refs)
    for name in TRANSLATABLE_FIELDS & set(fields):
        if fields[name].required and name not in page.meta:
            problems.append(Problem(label, name, say("missing-required")))
    return problems


def _translated_field_problems(
    label: str, base: str, key: str, value: object, fields: dict[str, Field], refs: References
) -> list[Problem]:
    if key not in fields:
        allowed = _plural(TRANSLATABLE_FIELDS & set(fields))
        return [Problem(label, key, say("unknown-field", allowed=allowed))]
    if key not in TRANSLATABLE_FIELDS:
        return [Problem(label, key, say("translation-structural", base=base))]
    reason = check_value(fields[key], value, refs)
    return [Problem(label, key, reason)] if reason else []


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
                problems.append(
                    Problem(
                        _page_label(page), "translation", say("translation-missing", lang=lang, stem=stem)
                    )
                )
    return problems


# --- data -------------------------------------------------------------------


def _validate_collection(collection: Collection, entries: list[dict], refs: References) -> list[Problem]:
    label = f"data/{collection.file}"
    problems = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        entry_id = entry.get("id")
        name = (
            str(entry_id)
            if isinstance(entry_id, (str, int)) and str(entry_id)
            else f"{collection.key or 'entry'} #{number}"
        )
        prefix = f"{name}." if collection.key == "" else f"{collection.key}.{name}."
        problems += _field_problems(label, prefix, entry, collection.fields, refs)
        if isinstance(entry_id, str):
            if not re.match(collection.id_pattern, entry_id):
                problems.append(
                    Problem(
                        label,
                        f"{prefix}id",
                        say("data-id-format", id=entry_id, pattern=collection.id_pattern),
                    )
                )
            if entry_id in seen:
                problems.append(Problem(label, f"{prefix}id", say("data-id-duplicate", id=entry_id)))
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
            forms = [variant.get("term"), *list(variant.get("forms") or [])]
            own: set[tuple] = set()
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    continue
                key = form_key(form)
                if key in own:
                    problems.append(
                        Problem(
                            "data/glossary.yml", f"{term['id']}.{lang}.forms", say("form-twice", form=form)
                        )
                    )
                elif key in owner:
                    problems.append(
                        Problem(
                            "data/glossary.yml",
                            f"{term['id']}.{lang}.forms",
                            say("form-shared", form=form, term=owner[key]),
                        )
                    )
                own.add(key)
            for key in own:
                owner.setdefault(key, term["id"])
    return problems


def references(pages: list[Page], data: SiteData) -> References:
    # A page whose front matter cannot be read still answers to its file name, with
    # no type, so that links to it do not add a line of their own to its problem.
    page_types = {expected_id(p.path): "" for p in pages if p.lang == DEFAULT_LANGUAGE and not p.meta}
    page_types.update(
        {p.id: p.type for p in pages if p.lang == DEFAULT_LANGUAGE and p.id and p.type in PAGE_TYPES}
    )
    data_ids = {name: {str(e.get("id")) for e in data.entries(name)} for name in COLLECTIONS}
    urls = frozenset(p.url for p in pages if p.lang == DEFAULT_LANGUAGE)
    return References(page_types, data_ids, urls)


def validate_data(data: SiteData, refs: References) -> list[Problem]:
    problems = []
    for collection in COLLECTIONS.values():
        problems += _validate_collection(collection, data.entries(collection.name), refs)
        if collection.header and data.entries(collection.name):
            problems += _field_problems(
                f"data/{collection.file}",
                "",
                data.header(collection.name),
                collection.header,
                refs,
                frozenset(c.key for c in COLLECTIONS.values() if c.file == collection.file),
            )
    problems += _validate_term_forms(data.entries("terms"))
    problems += missing_glosses(data)
    return problems


def validate_all(
    pages: list[Page],
    data: SiteData,
    embeds: frozenset[str] = frozenset(),
    languages: tuple[str, ...] = LANGUAGES,
    require_translations: bool = False,
) -> list[Problem]:
    refs = references(pages, data)
    problems = validate_pages(pages, refs) + validate_data(data, refs) + validate_embeds(pages, embeds)
    if require_translations:
        problems += validate_translations(pages, languages)
    return problems
