"""JSON Schemas of the front matter of every page type and of every data file,
made from the content model, for editors' YAML tools (completion of field
names and values, and marks on mistakes while typing).

A schema can say what one file may hold; what spans files (ids that must
exist, numbers and titles that must be unique) is for `make check`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from knowledge.content.model import (
    COLLECTIONS,
    ID_PATTERN,
    LANGUAGES,
    PAGE_TYPES,
    PASSTHROUGH_KEYS,
    TRANSLATABLE_FIELDS,
    Collection,
    Field,
    alternatives,
    fields_of,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_SITE_PATH = r"^(?:[a-z0-9-]+/)+$"
_ONE_LINE = r"^[^\n]*$"

Schema = dict[str, Any]


def _text(f: Field) -> Schema:
    schema: Schema = {"type": "string", "minLength": 1}
    if f.max_length:
        schema["maxLength"] = f.max_length
    if f.single_line:
        schema["pattern"] = _ONE_LINE
    return schema


def _id_of(collection: str) -> Schema:
    return {"type": "string", "pattern": COLLECTIONS[collection].id_pattern}


def _list(items: Schema) -> Schema:
    return {"type": "array", "items": items, "uniqueItems": True}


def _object(properties: dict[str, Schema], required: list[str]) -> Schema:
    schema: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def _term(f: Field) -> Schema:
    text = {"type": "string", "minLength": 1}
    properties = {"term": text, "definition": text, "forms": _list(text), "search_terms": _list(text)}
    return _object(properties, ["term", "definition"])


def _localized_strings(f: Field) -> Schema:
    return _object({lang: _list({"type": "string", "minLength": 1}) for lang in LANGUAGES}, [])


# One schema per field kind (model.Field.kind), as validate.CHECKERS has one checker: a new
# kind adds a row to both (tests/unit/test_schema.py compares them).
KINDS: dict[str, Callable[[Field], Schema]] = {
    "text": _text,
    "int": lambda f: {"type": "integer"},
    "number": lambda f: {"type": "number"},
    "bool": lambda f: (
        {"anyOf": [{"type": "boolean"}, {"enum": list(f.choices)}]} if f.choices else {"type": "boolean"}
    ),
    # No "type": YAML readers give a date either as a string or as a date; the pattern holds for strings.
    "date": lambda f: {"pattern": r"^\d{4}-\d{2}-\d{2}$"},
    "choice": lambda f: {"enum": list(f.choices)},
    "flags": lambda f: _list({"enum": list(f.choices)}),
    "strings": lambda f: _list({"type": "string", "minLength": 1}),
    "pages": lambda f: _list({"type": "string", "pattern": ID_PATTERN}),
    "page": lambda f: {"type": "string", "pattern": ID_PATTERN},
    "refs": lambda f: _list(_id_of(f.collection)),
    "ref": lambda f: _id_of(f.collection),
    "urls": lambda f: _list({"type": "string", "pattern": _SITE_PATH}),
    "localized": lambda f: _object({lang: _text(f) for lang in LANGUAGES}, list(LANGUAGES)),
    "localized_strings": _localized_strings,
    "term": _term,
    "mapping": lambda f: _fields(f.fields),
    "template": lambda f: {"type": "string", "pattern": r"^[\w.-]+\.html$"},
}


def field_schema(f: Field) -> Schema:
    """One field's value."""
    schema: Schema = {"description": f.help, **KINDS[f.kind](f)}
    if f.example not in (None, [], {}):
        schema["examples"] = [f.example]
    return schema


def _fields(fields: tuple[Field, ...], only: frozenset[str] | None = None) -> Schema:
    chosen = tuple(f for f in fields if only is None or f.name in only)
    schema = _object({f.name: field_schema(f) for f in chosen}, [f.name for f in chosen if f.required])
    # Alternatives (`reviewed:` or `drafted:`): exactly one, so each branch requires its own field.
    groups = [group for group in alternatives(chosen) if len(group) > 1]
    if len(groups) == 1:
        schema["oneOf"] = [{"required": [f.name]} for f in groups[0]]
    elif groups:
        schema["allOf"] = [{"oneOf": [{"required": [f.name]} for f in group]} for group in groups]
    return schema


def page_schema(type_name: str) -> Schema:
    """The front matter of a Danish page of this type."""
    page_type = PAGE_TYPES[type_name]
    where = f"docs/{page_type.folder}/<id>.md" if page_type.folder else "docs/<section>/<id>.md"
    schema = _fields(fields_of(type_name))
    schema["properties"]["type"] = {**schema["properties"]["type"], "const": type_name}
    return {"$schema": DRAFT, "title": f"Front matter of a {type_name} page ({where})", **schema}


def translation_schema(type_name: str) -> Schema:
    """The front matter of the English file of a page of this type."""
    schema = _fields(fields_of(type_name), TRANSLATABLE_FIELDS | PASSTHROUGH_KEYS)
    return {
        "$schema": DRAFT,
        "title": f"Front matter of the English file (.en.md) of a {type_name} page",
        **schema,
    }


def data_schema(file: str) -> Schema:
    """A data file: a list of entries, or top-level keys with lists (and header fields)."""
    collections = [c for c in COLLECTIONS.values() if c.file == file]
    title = f"data/{file}: " + "; ".join(c.help.rstrip(".") for c in collections)
    if len(collections) == 1 and not collections[0].key:
        return {"$schema": DRAFT, "title": title, **_list(_entry(collections[0]))}
    properties: dict[str, Schema] = {}
    required: list[str] = []
    for collection in collections:
        properties[collection.key] = {"description": collection.help, **_list(_entry(collection))}
        required.append(collection.key)
        for f in collection.header:
            properties[f.name] = field_schema(f)
            required += [f.name] if f.required else []
    return {"$schema": DRAFT, "title": title, **_object(properties, required)}


def _entry(collection: Collection) -> Schema:
    schema = _fields(collection.fields)
    schema["properties"]["id"] = {**schema["properties"]["id"], "pattern": collection.id_pattern}
    return schema


def all_schemas() -> dict[str, Schema]:
    """File name -> schema, for every page type (Danish and English file) and data file."""
    schemas = {f"page-{name}.schema.json": page_schema(name) for name in PAGE_TYPES}
    schemas |= {f"translation-{name}.schema.json": translation_schema(name) for name in PAGE_TYPES}
    files = dict.fromkeys(c.file for c in COLLECTIONS.values())
    schemas |= {f"data-{file.removesuffix('.yml')}.schema.json": data_schema(file) for file in files}
    return schemas
