"""Scaffold a new page (Danish and English file) or data entry with every
required field, from the content model, so that the build passes right away.

    make new TYPE=core-element ID=nyt-kerneelement
    make new TYPE=topic ID=ny-side SECTION=indsatsmodellen
    make new TYPE=term ID=nyt-begreb
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

import yaml

from knowledge.content.dates import build_date
from knowledge.content.load import docs_files, load_pages
from knowledge.content.model import (
    COLLECTIONS,
    ID_PATTERN,
    PAGE_TYPES,
    TRANSLATABLE_FIELDS,
    Field,
    Page,
    fields_of,
)

ROOT = Path(__file__).resolve().parent.parent


PAGE_KINDS = (
    "perspective",
    "core-element",
    "definition",
    "violence-form",
    "module",
    "topic",
    "page",
    "overview",
)
DATA_KINDS = {
    "term": "terms",
    "organisation": "organisations",
    "initiative": "initiatives",
    "source": "sources",
    "phase": "phases",
}
ENGLISH = {
    "title": "New page (translate the title)",
    "summary": "One sentence on what the page is about.",
    "nav_title": "New page",
    "purpose": "The purpose statement, translated.",
    "days": "about 1 day",
    "audience": "Who the module is for.",
    "defined_by": "Who gives the definition.",
}


class ScaffoldError(Exception):
    pass


def _dump(meta: dict | list) -> str:
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100)


def page_files(root: Path, type_name: str, page_id: str, section: str | None) -> tuple[Path, Path]:
    page_type = PAGE_TYPES[type_name]
    folder: str | None
    if type_name == "overview":
        folder = page_id
        stem = "index"
    else:
        folder = page_type.folder or section
        stem = page_id
        if not folder:
            raise ScaffoldError(f"a {type_name} page needs SECTION=<folder of docs/>")
    danish = root / "docs" / folder / f"{stem}.md"
    return danish, danish.with_name(f"{stem}.en.md")


def _page_example(root: Path, type_name: str, field: Field, page_id: str) -> object:
    """The model's example, made unique where the model requires it: the next
    number of a series, a title that names the page's id."""
    if field.unique == "type" and field.kind == "int":
        numbers = [p.meta.get(field.name) for p in _pages(root) if p.meta.get("type") == type_name]
        return max((n for n in numbers if isinstance(n, int)), default=0) + 1
    if field.unique == "site" and isinstance(field.example, str):
        return f"{field.example} ({page_id})"
    return field.example


def _pages(root: Path) -> list[Page]:
    docs = root / "docs"
    return load_pages(docs, [f for f in docs_files(docs) if f.endswith(".md")])[0]


def today() -> dt.date:
    """The build's today: KB_TODAY where a preview or a test pins it (the new page's
    `drafted:` date, from which its first review falls due), else the system's date."""
    return build_date(os.environ.get("KB_TODAY"), dt.date.today()) or dt.date.today()


def new_page(root: Path, type_name: str, page_id: str, section: str | None = None) -> list[Path]:
    danish, english = page_files(root, type_name, page_id, section)
    if danish.exists():
        raise ScaffoldError(f"{danish.relative_to(root)} already exists")
    meta: dict[str, object] = {"type": type_name, "id": page_id}
    for field in fields_of(type_name):
        if field.name in meta:
            continue
        if field.name == "drafted":  # a new page is a draft: nobody has checked it against its sources yet
            meta[field.name] = today()
        elif field.required or field.name == "order":
            meta[field.name] = _page_example(root, type_name, field, page_id)
    english_meta = {k: ENGLISH[k] for k in meta if k in TRANSLATABLE_FIELDS}
    if "title" in english_meta:  # titles are unique per language
        english_meta["title"] = f"{ENGLISH['title']} ({page_id})"
    body = PAGE_TYPES[type_name].body or "Tekst.\n"
    danish.parent.mkdir(parents=True, exist_ok=True)
    danish.write_text(f"---\n{_dump(meta)}---\n\n{body}", encoding="utf-8")
    english.write_text(
        f"---\n{_dump(english_meta)}---\n\n<!-- The English translation of {danish.name}: same headings, "
        f"anchors and links. -->\n\nText.\n",
        encoding="utf-8",
    )
    return [danish, english]


def _entry(collection_name: str, entry_id: str, data: dict) -> dict:
    """A data entry from the model's examples, with unique names where the
    model requires them (a glossary form may belong to one term only)."""
    collection = COLLECTIONS[collection_name]
    entry: dict[str, object] = {"id": entry_id}
    existing = (data.get(collection.key) if collection.key else data) or []
    for field in collection.fields:
        if field.name != "id" and field.required:
            entry[field.name] = field.example
        if field.unique == "type" and field.kind == "int":  # the next number of the series
            numbers = [e.get(field.name) for e in existing if isinstance(e, dict)]
            entry[field.name] = max((n for n in numbers if isinstance(n, int)), default=0) + 1
    words = entry_id.replace("-", " ")
    if any(f.name == "english" for f in collection.fields):
        # English pages gloss every Danish name and title (knowledge/indexes/language.py).
        entry["english"] = f"{words} (translate)"
    if collection_name == "terms":
        entry["da"] = {"term": words, "definition": "Definition på dansk.", "forms": []}
        entry["en"] = {"term": f"{words} (en)", "definition": "Definition in English.", "forms": []}
    elif collection_name == "organisations":
        entry["name"] = f"Ny organisation {words}"
    elif collection_name == "initiatives":
        entry["theme"] = data["themes"][0]["id"]
        entry["ministries"] = [data["ministries"][0]["id"]]
        entry["status"] = data["statuses"][0]["id"]
    elif collection_name == "phases":
        existing = data.get("phases") or []
        entry["order"] = max((p.get("order", 0) for p in existing), default=0) + 1
    return entry


def new_entry(root: Path, kind: str, entry_id: str) -> list[Path]:
    collection = COLLECTIONS[DATA_KINDS[kind]]
    path = root / "data" / collection.file
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    entries = data.get(collection.key, []) if collection.key else data
    if any(e.get("id") == entry_id for e in entries):
        raise ScaffoldError(f"data/{collection.file} already has an entry {entry_id!r}")
    if collection.key and list(data)[-1] != collection.key:
        raise ScaffoldError(
            f"data/{collection.file}: `{collection.key}:` must be the last key to append to it"
        )
    entry = _entry(collection.name, entry_id, data)
    block = _dump([entry])
    if collection.key:  # the list is indented under its key
        block = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(keepends=True))
    path.write_text(text.rstrip("\n") + "\n\n" + block, encoding="utf-8")
    return [path]


def scaffold(root: Path, kind: str, new_id: str, section: str | None = None) -> list[Path]:
    if not re.match(ID_PATTERN, new_id):
        raise ScaffoldError(f"ID {new_id!r} must be lowercase a-z, 0-9 and hyphens (æ→ae, ø→oe, å→aa)")
    if kind in PAGE_KINDS:
        return new_page(root, kind, new_id, section)
    if kind in DATA_KINDS:
        return new_entry(root, kind, new_id)
    raise ScaffoldError(f"TYPE must be one of: {', '.join((*PAGE_KINDS, *DATA_KINDS))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("type")
    parser.add_argument("id")
    parser.add_argument("section", nargs="?")
    args = parser.parse_args(argv)
    try:
        for path in scaffold(ROOT, args.type, args.id, args.section or None):
            print(f"wrote {path.relative_to(ROOT)}")
    except ScaffoldError as error:
        print(f"make new: {error}", file=sys.stderr)
        return 2
    print("Fill in the placeholders, then `make serve` to preview and `make urls` to record the new URL.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
