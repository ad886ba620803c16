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


def _plural(items) -> str:
    return ", ".join(sorted(str(i) for i in items))


def check_value(f: Field, value: object, refs: References) -> str | None:
    """The reason ``value`` is not valid for field ``f``, or None."""
    kind = f.kind
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            return say("text")
    elif kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return say("int", value=value)
    elif kind == "bool":
        if not isinstance(value, bool):
            return say("bool", value=value)
    elif kind == "choice":
        if value not in f.choices:
            return say("choice", value=value, choices=", ".join(f.choices))
    elif kind == "strings":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return say("strings")
    elif kind == "localized_strings":
        if not isinstance(value, dict) or set(value) - set(LANGUAGES):
            return say("localized-strings", languages=", ".join(LANGUAGES))
        if not all(
            isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v) for v in value.values()
        ):
            return say("localized-strings", languages=", ".join(LANGUAGES))
    elif kind == "localized":
        if not isinstance(value, dict):
            return say("localized-type", languages=", ".join(LANGUAGES))
        missing = [
            lang for lang in LANGUAGES if not isinstance(value.get(lang), str) or not value[lang].strip()
        ]
        if missing:
            return say("localized-missing", languages=", ".join(missing))
        extra = set(value) - set(LANGUAGES)
        if extra:
            return say("localized-extra", languages=_plural(extra))
    elif kind in ("pages", "page"):
        ids = value if kind == "pages" else [value]
        if kind == "pages" and not isinstance(value, list):
            return say("pages-type")
        for ref in ids:
            if not isinstance(ref, str):
                return say("page-not-id", value=ref)
            if ref not in refs.page_types:
                return say("page-unknown", ref=ref)
            target = refs.page_types[ref]
            if target and f.targets and target not in f.targets:  # "": its own file is broken
                return say("page-wrong-type", ref=ref, target=target, expected=" or ".join(f.targets))
    elif kind in ("refs", "ref"):
        ids = value if kind == "refs" else [value]
        if kind == "refs" and not isinstance(value, list):
            return say("refs-type", file=COLLECTIONS[f.collection].file)
        known = refs.data_ids.get(f.collection, set())
        for ref in ids:
            if str(ref) not in known:
                return say("ref-unknown", item=COLLECTIONS[f.collection].item, ref=ref)
    elif kind == "urls":
        if not isinstance(value, list) or not all(
            isinstance(v, str) and re.match(r"^(?:[a-z0-9-]+/)+$", v) for v in value
        ):
            return say("urls-format")
        taken = [v for v in value if v in refs.urls]
        if taken:
            return say("urls-taken", url=taken[0])
    elif kind == "term":
        if not isinstance(value, dict):
            return say("term-type")
        for key in ("term", "definition"):
            if not isinstance(value.get(key), str) or not value[key].strip():
                return say("term-missing", key=key)
        forms = value.get("forms", [])
        if not isinstance(forms, list) or not all(isinstance(v, str) and v.strip() for v in forms):
            return say("term-forms")
        search_terms = value.get("search_terms", [])
        if not isinstance(search_terms, list) or not all(
            isinstance(v, str) and v.strip() for v in search_terms
        ):
            return say("strings")
        extra = set(value) - {"term", "definition", "forms", "search_terms"}
        if extra:
            return say("term-extra", keys=_plural(extra))
    else:  # pragma: no cover - a model error, not an editor's
        raise ValueError(f"unknown field kind {kind!r}")
    return None


def _check_fields(
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
    problems: list[Problem] = []
    danish = {split_language(p.path)[1]: p for p in pages if p.lang == DEFAULT_LANGUAGE}
    seen_ids: dict[str, str] = {}
    generators: dict[str, str] = {}

    for base, page in sorted(danish.items()):
        label = _page_label(page)
        if not page.meta:
            continue  # the loader already reported missing or broken front matter
        type_name = page.meta.get("type")
        if type_name not in PAGE_TYPES:
            reason = (
                say("missing-required")
                if type_name is None
                else (say("type-unknown", type=type_name, types=", ".join(PAGE_TYPES)))
            )
            problems.append(Problem(label, "type", reason))
            continue
        page_type = PAGE_TYPES[type_name]
        problems += _check_fields(label, "", page.meta, fields_of(type_name), refs, PASSTHROUGH_KEYS)

        page_id = page.meta.get("id")
        if isinstance(page_id, str):
            if not re.match(ID_PATTERN, page_id):
                problems.append(Problem(label, "id", say("id-format", id=page_id)))
            elif page_id != expected_id(base):
                problems.append(Problem(label, "id", say("id-file", id=page_id, expected=expected_id(base))))
            if page_id in seen_ids:
                problems.append(
                    Problem(label, "id", say("id-duplicate", id=page_id, file=f"docs/{seen_ids[page_id]}"))
                )
            else:
                seen_ids[page_id] = page.path
        folder = posixpath.dirname(base)
        if (
            page_type.folder is not None
            and folder != page_type.folder
            and not folder.startswith(page_type.folder + "/")
        ):
            problems.append(Problem(label, "type", say("folder", type=type_name, folder=page_type.folder)))
        if type_name == "overview" and not base.endswith("index.md"):
            problems.append(Problem(label, "type", say("overview-index")))
        generator = page.meta.get("generator")
        if type_name == "generated" and isinstance(generator, str):
            if generator in generators:
                problems.append(
                    Problem(
                        label,
                        "generator",
                        say("generator-duplicate", generator=generator, file=f"docs/{generators[generator]}"),
                    )
                )
            generators.setdefault(generator, page.path)

    for page in pages:
        if page.lang == DEFAULT_LANGUAGE:
            continue
        label = _page_label(page)
        base = split_language(page.path)[1]
        original = danish.get(base)
        if original is None:
            problems.append(Problem(label, "file", say("translation-orphan", base=base)))
            continue
        if not page.meta or original.meta.get("type") not in PAGE_TYPES:
            continue
        fields = {f.name: f for f in fields_of(original.meta["type"])}
        for key, value in page.meta.items():
            if key in PASSTHROUGH_KEYS:
                continue
            if key not in fields:
                problems.append(
                    Problem(
                        label, key, say("unknown-field", allowed=_plural(TRANSLATABLE_FIELDS & set(fields)))
                    )
                )
            elif key not in TRANSLATABLE_FIELDS:
                problems.append(Problem(label, key, say("translation-structural", base=base)))
            else:
                reason = check_value(fields[key], value, refs)
                if reason:
                    problems.append(Problem(label, key, reason))
        for name in TRANSLATABLE_FIELDS & set(fields):
            if fields[name].required and name not in page.meta:
                problems.append(Problem(label, name, say("missing-required")))
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
        problems += _check_fields(label, prefix, entry, collection.fields, refs)
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
            problems += _check_fields(
                f"data/{collection.file}",
                "",
                data.header(collection.name),
                collection.header,
                refs,
                frozenset(c.key for c in COLLECTIONS.values() if c.file == collection.file),
            )
    problems += _validate_term_forms(data.entries("terms"))
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
