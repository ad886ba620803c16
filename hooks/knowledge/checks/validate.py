"""Check pages and data against the content model.

Every function returns a list of ``Problem`` (file, field, reason); an empty
list means the content is sound. Nothing is raised, so one build reports
every problem at once.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from knowledge.checks.relations import Unique, list_problems
from knowledge.content.dates import as_date
from knowledge.content.load import expected_id, split_language
from knowledge.content.messages import say
from knowledge.content.model import (
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
    alternatives,
    fields_of,
)
from knowledge.content.strict_yaml import NotADate
from knowledge.content.terms import form_key


@dataclass(frozen=True)
class References:
    """What a reference may point to: page id -> page type, collection -> ids."""

    page_types: dict[str, str]
    data_ids: dict[str, set[str]]
    urls: frozenset[str] = frozenset()  # URLs of the Danish pages
    broken: frozenset[str] = frozenset()  # collections whose file could not be read: not checked
    templates: frozenset[str] | None = None  # the theme's page templates (None: not known)
    today: dt.date | None = None  # the build's date (None: dates are not compared with it)


def _plural(items: Iterable[object]) -> str:
    return ", ".join(sorted(str(i) for i in items))


def near(word: object, known: Iterable[str]) -> str:
    """The known name closest to a misspelt one, or "" if none is close."""
    if not isinstance(word, str):
        return ""
    found = get_close_matches(word, sorted(known), n=1, cutoff=0.75)
    return found[0] if found else ""


Checker = Callable[[Field, Any, References], str | None]


def _nonblank(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_text(f: Field, value: object, refs: References) -> str | None:
    return _check_text_limits(f, value) if _nonblank(value) else say("text")


def _check_text_limits(f: Field, *values: object) -> str | None:
    """The first text of ``values`` that breaks the field's limits (one line, length)."""
    for text in (str(v).strip() for v in values):
        if f.single_line and "\n" in text:
            return say("text-one-line")
        if f.max_length is not None and len(text) > f.max_length:
            return say("text-too-long", length=len(text), limit=f.max_length)
    return None


def _check_number(f: Field, value: object, refs: References) -> str | None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    return None if ok else say("number", value=value)


def _check_flags(f: Field, value: object, refs: References) -> str | None:
    ok = isinstance(value, list) and all(v in f.choices for v in value)
    return None if ok else say("flags", choices=", ".join(f.choices))


def _check_mapping(f: Field, value: object, refs: References) -> str | None:
    # The sub-fields are checked one by one by _field_problems.
    return None if isinstance(value, dict) else say("mapping-type", keys=", ".join(s.name for s in f.fields))


def _check_template(f: Field, value: object, refs: References) -> str | None:
    if not _nonblank(value):
        return say("text")
    if refs.templates is None or value in refs.templates:
        return None
    return say("template-unknown", value=value, known=_plural(refs.templates))


def _check_int(f: Field, value: object, refs: References) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else say("int", value=value)


def _check_bool(f: Field, value: object, refs: References) -> str | None:
    if isinstance(value, bool) or value in f.choices:  # choices: e.g. `unreadable`
        return None
    if f.choices:
        return say("bool-or", value=value, choices=", ".join(f.choices))
    return say("bool", value=value)


def _check_date(f: Field, value: object, refs: References) -> str | None:
    if isinstance(value, NotADate):
        return say("date-impossible", value=str(value), line=value.line, why=value.why)
    return None if as_date(value) is not None else say("date", value=value)


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
    if extra:
        return say("localized-extra", languages=_plural(extra))
    return _check_text_limits(f, *(value[lang] for lang in LANGUAGES))


def _check_pages(f: Field, value: object, refs: References) -> str | None:
    return _check_page_ids(f, value, refs) if isinstance(value, list) else say("pages-type")


def _check_page(f: Field, value: object, refs: References) -> str | None:
    return _check_page_ids(f, [value], refs)


def _check_page_ids(f: Field, ids: list[Any], refs: References) -> str | None:
    for ref in ids:
        if not isinstance(ref, str):
            return say("page-not-id", value=ref)
        if ref not in refs.page_types:
            guess = near(ref, refs.page_types)
            return say("page-unknown-near", ref=ref, near=guess) if guess else say("page-unknown", ref=ref)
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


def _check_data_ids(f: Field, ids: list[Any], refs: References) -> str | None:
    if f.collection in refs.broken:  # its file's own problem says what is wrong
        return None
    known = refs.data_ids.get(f.collection, set())
    item = COLLECTIONS[f.collection].item
    for ref in ids:
        if str(ref) not in known:
            guess = near(str(ref), known)
            return (
                say("ref-unknown-near", item=item, ref=ref, near=guess)
                if guess
                else say("ref-unknown", item=item, ref=ref)
            )
    return None


_SITE_PATH = re.compile(r"^(?:[a-z0-9-]+/)+$")


def _check_urls(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and _SITE_PATH.match(v) for v in value):
        return say("urls-format")
    prefixed = [v for v in value if v.split("/", 1)[0] in LANGUAGES]
    if prefixed:
        return say("urls-language", url=prefixed[0], prefix=prefixed[0].split("/", 1)[0] + "/")
    taken = [v for v in value if v in refs.urls]
    return say("urls-taken", url=taken[0]) if taken else None


_TERM_KEYS = ("term", "definition", "forms", "search_terms")


def _check_term(f: Field, value: object, refs: References) -> str | None:
    if not isinstance(value, dict):
        return say("term-type")
    extra = set(map(str, value)) - set(_TERM_KEYS)
    if len(extra) == 1 and near(next(iter(extra)), _TERM_KEYS):  # a misspelt key, not a missing one
        key = next(iter(extra))
        return say("term-extra-near", key=key, near=near(key, _TERM_KEYS))
    if extra:
        return say("term-extra", keys=_plural(extra))
    for key in ("term", "definition"):
        if not _nonblank(value.get(key)):
            return say("term-missing", key=key)
    forms = value.get("forms", [])
    if not isinstance(forms, list) or not all(map(_nonblank, forms)):
        return say("term-forms")
    search_terms = value.get("search_terms", [])
    if not isinstance(search_terms, list) or not all(map(_nonblank, search_terms)):
        return say("strings")
    return None


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
    "date": _check_date,
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
    "number": _check_number,
    "flags": _check_flags,
    "mapping": _check_mapping,
    "template": _check_template,
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
    values: dict[str, Any],
    fields: tuple[Field, ...],
    refs: References,
    allowed_extra: frozenset[Any] = frozenset(),
) -> list[Problem]:
    problems = []
    known = {f.name for f in fields}
    missing = {f.name for f in fields if f.required and values.get(f.name) is None}
    guessed = set()
    for key in values:
        if key in known or key in allowed_extra:
            continue
        guess = near(key, known)
        if guess:  # a misspelt field: one line, not also "missing" for the field it meant
            missing.discard(guess)
            guessed.add(guess)
            reason = say("unknown-field-near", near=guess, allowed=_plural(known))
        else:
            reason = say("unknown-field", allowed=_plural(known))
        problems.append(Problem(label, f"{prefix}{key}", reason))
    problems += _alternative_problems(label, prefix, values, fields, guessed)
    for f in fields:
        if f.name in missing:
            problems.append(Problem(label, f"{prefix}{f.name}", say("missing-required")))
        if values.get(f.name) is None:
            continue
        wrong = (
            check_value(f, values[f.name], refs)
            or _date_order(f, values, refs)
            or _emptied(f, values[f.name])
        )
        if wrong:
            problems.append(Problem(label, f"{prefix}{f.name}", wrong))
        elif f.kind == "mapping":
            problems += _field_problems(label, f"{prefix}{f.name}.", values[f.name], f.fields, refs)
    return problems


def _alternative_problems(
    label: str, prefix: str, values: dict[str, Any], fields: tuple[Field, ...], guessed: set[str]
) -> list[Problem]:
    """Exactly one field of each group of alternatives (`reviewed:` or `drafted:`)."""
    problems = []
    for group in alternatives(fields):
        names = ", ".join(f"`{f.name}:`" for f in group)
        present = [f.name for f in group if values.get(f.name) is not None]
        if not present and not guessed & {f.name for f in group}:
            problems.append(Problem(label, f"{prefix}{group[0].name}", say("one-of-missing", fields=names)))
        for name in present[1:]:
            reason = say("one-of-both", other=f"`{present[0]}:`", fields=names)
            problems.append(Problem(label, f"{prefix}{name}", reason))
    return problems


def _emptied(f: Field, value: object) -> str | None:
    """A required list left empty (`ministries: []`): published as an empty field."""
    return say("list-empty") if f.required and not f.may_be_empty and value in ([], {}) else None


def _date_order(f: Field, values: dict[str, Any], refs: References) -> str | None:
    """A valid date that cannot be true: later than the build's date, or not after
    the date it must follow (the model's ``not_future`` and ``after``)."""
    day = as_date(values[f.name]) if f.kind == "date" else None
    if day is None:
        return None
    if f.not_future and refs.today is not None and day > refs.today:
        return say("date-future", value=day.isoformat(), today=refs.today.isoformat())
    earlier = as_date(values.get(f.after)) if f.after else None
    if earlier is not None and day <= earlier:
        return say("date-order", value=day.isoformat(), other=f.after, earlier=earlier.isoformat())
    return None


# --- pages ----------------------------------------------------------------


def _page_label(page: Page) -> str:
    return f"docs/{page.path}"


def validate_pages(pages: list[Page], refs: References) -> list[Problem]:
    """Every Danish page's front matter, then every translation's."""
    danish = {split_language(p.path)[1]: p for p in pages if p.lang == DEFAULT_LANGUAGE}
    seen = _Seen()
    problems: list[Problem] = []
    for base, page in sorted(danish.items()):
        if page.meta:  # else the loader already reported missing or broken front matter
            problems += _validate_page(base, page, refs, seen)
    for page in sorted(pages, key=lambda p: p.path):
        if page.lang != DEFAULT_LANGUAGE:
            problems += _validate_translation(page, danish, refs, seen)
    return problems


@dataclass
class _Seen:
    """What earlier pages claimed, for the duplicate checks: id or generator -> file,
    and the values of unique fields."""

    ids: dict[str, str] = field(default_factory=dict)
    generators: dict[str, str] = field(default_factory=dict)
    unique: Unique = field(default_factory=Unique)


def _validate_page(base: str, page: Page, refs: References, seen: _Seen) -> list[Problem]:
    label = _page_label(page)
    type_name = page.meta.get("type")
    if not isinstance(type_name, str) or type_name not in PAGE_TYPES:
        reason = (
            say("missing-required")
            if type_name is None
            else say("type-unknown", type=type_name, types=", ".join(PAGE_TYPES))
        )
        return [Problem(label, "type", reason)]
    fields = fields_of(type_name)
    problems = _field_problems(label, "", page.meta, fields, refs)
    page_id = page.meta.get("id")
    if isinstance(page_id, str):
        problems += _id_problems(label, base, page_id, page.path, seen)
    problems += list_problems(label, "", page.meta, fields, expected_id(base), "pages")
    problems += _unique_problems(label, page, fields, type_name, seen)
    problems += _place_problems(label, base, type_name)
    generator = page.meta.get("generator")
    if type_name == "generated" and isinstance(generator, str):
        problems += _generator_problems(label, generator, page.path, seen)
    return problems


def _unique_problems(
    label: str, page: Page, fields: tuple[Field, ...], type_name: str, seen: _Seen
) -> list[Problem]:
    """Values that must be unique among the pages of a type (numbers of a
    series) or of a language (titles)."""
    problems = []
    for f in fields:
        value = page.meta.get(f.name)
        if not f.unique or value is None or check_value(f, value, _NO_REFS):
            continue  # a wrong value is reported as such
        scope = f"type:{type_name}" if f.unique == "type" else f"site:{page.lang}"
        problems += seen.unique.claim(scope, f, value, label, label, f.name)
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


def _validate_translation(
    page: Page, danish: dict[str, Page], refs: References, seen: _Seen
) -> list[Problem]:
    """A translation (page.en.md) has a Danish original and only its translatable
    fields (and MkDocs' own, which each file sets for itself)."""
    label = _page_label(page)
    base = split_language(page.path)[1]
    original = danish.get(base)
    if original is None:
        return [Problem(label, "file", say("translation-orphan", base=base))]
    type_name = original.meta.get("type")
    if not page.meta or not isinstance(type_name, str) or type_name not in PAGE_TYPES:
        return []
    fields = {f.name: f for f in fields_of(type_name)}
    problems = []
    for key, value in page.meta.items():
        problems += _translated_field_problems(label, base, key, value, fields, refs)
    for name in TRANSLATABLE_FIELDS & set(fields):
        if fields[name].required and name not in page.meta:
            problems.append(Problem(label, name, say("missing-required")))
    own = tuple(f for f in fields.values() if f.name in TRANSLATABLE_FIELDS)
    problems += _unique_problems(label, page, own, type_name, seen)
    return problems


def _translated_field_problems(
    label: str, base: str, key: str, value: object, fields: dict[str, Field], refs: References
) -> list[Problem]:
    if key not in fields:
        allowed = TRANSLATABLE_FIELDS & set(fields) | PASSTHROUGH_KEYS
        guess = near(key, allowed)
        reason = (
            say("unknown-field-near", near=guess, allowed=_plural(allowed))
            if guess
            else say("unknown-field", allowed=_plural(allowed))
        )
        return [Problem(label, key, reason)]
    if key not in TRANSLATABLE_FIELDS and key not in PASSTHROUGH_KEYS:
        return [Problem(label, key, say("translation-structural", base=base))]
    return _field_problems(label, "", {key: value}, (fields[key],), refs)


def validate_translations(pages: list[Page], languages: tuple[str, ...]) -> list[Problem]:
    """Every Danish page needs a translation in each other built language,
    unless it says why not in `danish_only` (and then has none)."""
    present = {(p.lang, split_language(p.path)[1]) for p in pages}
    problems = []
    for page in pages:
        if page.lang != DEFAULT_LANGUAGE:
            continue
        stem = posixpath.splitext(page.path)[0]
        for lang in languages:
            if lang == DEFAULT_LANGUAGE:
                continue
            translated = (lang, page.path) in present
            if page.meta.get("danish_only") and translated:
                reason = say("danish-only-translated", stem=stem, lang=lang)
                problems.append(Problem(_page_label(page), "danish_only", reason))
            elif not page.meta.get("danish_only") and not translated:
                reason = say("translation-missing", lang=lang, stem=stem)
                problems.append(Problem(_page_label(page), "translation", reason))
    return problems


# --- data -------------------------------------------------------------------


def _validate_collection(
    collection: Collection, entries: list[dict[str, Any]], refs: References, unique: Unique
) -> list[Problem]:
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
        problems += list_problems(label, prefix, entry, collection.fields, str(entry_id), collection.name)
        for f in collection.fields:
            value = entry.get(f.name)
            if f.unique and value is not None and not check_value(f, value, refs):
                holder = f"{collection.key}.{name}" if collection.key else name
                problems += unique.claim(collection.name, f, value, holder, label, f"{prefix}{f.name}")
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


def _validate_term_forms(terms: list[dict[str, Any]]) -> list[Problem]:
    """A form (term or inflection) may belong to one term only, per language,
    or the text marking could not tell which term a word is."""
    problems = []
    for lang in LANGUAGES:
        owner: dict[tuple[Any, ...], str] = {}
        for term in terms:
            variant = term.get(lang)
            if not isinstance(variant, dict) or not isinstance(term.get("id"), str):
                continue
            forms = [variant.get("term"), *list(variant.get("forms") or [])]
            own: set[tuple[Any, ...]] = set()
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


def references(
    pages: list[Page], data: SiteData, templates: frozenset[str] | None = None, today: dt.date | None = None
) -> References:
    # Every Danish page answers to its file name (the id it must have) and to the
    # id it declares, with its type if that is valid ("" if not): a page whose own
    # front matter is wrong gets its problem once, not once more from every
    # page that refers to it.
    page_types: dict[str, str] = {}
    for p in pages:
        if p.lang != DEFAULT_LANGUAGE:
            continue
        type_name = p.meta.get("type")
        known = type_name if isinstance(type_name, str) and type_name in PAGE_TYPES else ""
        page_types[expected_id(p.path)] = known
        if isinstance(p.meta.get("id"), str) and p.meta["id"]:
            page_types.setdefault(p.meta["id"], known)
    data_ids = {name: {str(e.get("id")) for e in data.entries(name)} for name in COLLECTIONS}
    urls = frozenset(p.url for p in pages if p.lang == DEFAULT_LANGUAGE)
    return References(page_types, data_ids, urls, frozenset(data.broken), templates, today)


def validate_data(data: SiteData, refs: References) -> list[Problem]:
    problems = []
    unique = Unique()
    for collection in COLLECTIONS.values():
        problems += _validate_collection(collection, data.entries(collection.name), refs, unique)
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
    languages: tuple[str, ...] = LANGUAGES,
    require_translations: bool = False,
    templates: frozenset[str] | None = None,
    today: dt.date | None = None,
) -> list[Problem]:
    """Front matter and data against the content model (the Markdown text is
    checked by knowledge/checks/source_checks.py)."""
    refs = references(pages, data, templates, today)
    problems = validate_pages(pages, refs) + validate_data(data, refs)
    if require_translations:
        problems += validate_translations(pages, languages)
    return problems


_NO_REFS = References({}, {})


def missing_glosses(data: SiteData) -> list[Problem]:
    """A Danish name or title without an English gloss: English pages could
    not tell the reader what it is."""
    problems = []
    for org in data.entries("organisations"):
        if org.get("name_language") != "en" and not org.get("english"):
            problems.append(
                Problem("data/organisations.yml", f"{org.get('id')}.english", say("gloss-missing"))
            )
    for source in data.entries("sources"):
        # A source the documents cite without a title has nothing to gloss.
        if source.get("title") and source.get("title_language") != "en" and not source.get("english"):
            problems.append(Problem("data/sources.yml", f"{source.get('id')}.english", say("gloss-missing")))
    return problems
