"""`make schema`: the JSON Schemas in schemas/ are those of the content model,
the real content passes them, and a mistake an editor's YAML tool should
mark is marked."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import schema as schema_tool
import yaml

from knowledge.checks.schema import KINDS, all_schemas, data_schema, page_schema, translation_schema
from knowledge.checks.validate import CHECKERS
from knowledge.content.load import docs_files, load_pages, split_language
from knowledge.content.model import COLLECTIONS, DEFAULT_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]


def test_schemas_are_up_to_date_run_make_schema_if_not():
    written = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.schema.json")}
    assert written == schema_tool.rendered()


def test_every_schema_is_a_valid_json_schema():
    for schema in all_schemas().values():
        jsonschema.Draft202012Validator.check_schema(schema)  # raises, naming what is wrong


def _errors(schema: dict, value: object) -> list[str]:
    return [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(value)]


def test_the_real_front_matter_passes_its_schema():
    docs = ROOT / "docs"
    pages, _ = load_pages(docs, [p for p in docs_files(docs) if p.endswith(".md")])
    danish = {p.path: p for p in pages if p.lang == DEFAULT_LANGUAGE}
    schemas = all_schemas()
    for page in pages:
        type_name = danish[split_language(page.path)[1]].meta["type"]
        kind = "page" if page.lang == DEFAULT_LANGUAGE else "translation"
        assert _errors(schemas[f"{kind}-{type_name}.schema.json"], page.meta) == [], page.path


def test_the_real_data_files_pass_their_schemas():
    for file in dict.fromkeys(c.file for c in COLLECTIONS.values()):
        content = yaml.safe_load((ROOT / "data" / file).read_text(encoding="utf-8"))
        assert _errors(data_schema(file), content) == [], file


@pytest.mark.parametrize(
    ("meta", "wrong"),
    [
        ({"sumary": "x"}, "Additional properties are not allowed ('sumary' was unexpected)"),
        ({"role": "mature"}, "'mature' is not one of ['matured', 'prerequisite']"),
        ({"order": "3"}, "'3' is not of type 'integer'"),
        ({"summary": "To\nlinjer."}, "'To\\nlinjer.' does not match '^[^\\\\n]*$'"),
        ({"search": "exclude"}, "'exclude' is not of type 'object'"),
    ],
)
def test_a_mistake_is_marked_while_typing(meta, wrong):
    page = {
        "type": "core-element", "id": "a", "title": "A", "summary": "S.", "sources": ["doc-a"],
        "role": "matured", "purpose": "P.", "reviewed": "2026-11-30",
    }  # fmt: skip
    assert _errors(page_schema("core-element"), page) == []
    assert wrong in _errors(page_schema("core-element"), {**page, **meta})


def test_a_page_has_reviewed_or_drafted_but_never_both():
    page = {
        "type": "core-element", "id": "a", "title": "A", "summary": "S.", "sources": ["doc-a"],
        "role": "matured", "purpose": "P.",
    }  # fmt: skip
    schema = page_schema("core-element")
    assert _errors(schema, {**page, "reviewed": "2026-11-30"}) == []
    assert _errors(schema, {**page, "drafted": "2026-11-22", "review_by": "2027-05-31"}) == []
    assert any("is not valid under any of the given schemas" in e for e in _errors(schema, page))
    both = _errors(schema, {**page, "reviewed": "2026-11-30", "drafted": "2026-11-22"})
    assert any("is valid under each of" in e for e in both)
    assert "oneOf" not in translation_schema("core-element")  # the English file has neither


def test_the_editor_guide_maps_every_data_schema_to_its_file():
    guide = (ROOT / "EDITING.md").read_text(encoding="utf-8")
    for file in dict.fromkeys(c.file for c in COLLECTIONS.values()):
        assert f'"./schemas/data-{file.removesuffix(".yml")}.schema.json": "data/{file}"' in guide, file


def test_every_field_kind_has_a_schema():
    assert set(KINDS) == set(CHECKERS)
