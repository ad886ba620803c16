"""Downloads of the structured content, per language: the initiatives and the
glossary as CSV and JSON, the relations between pages as JSON.

Built from the same indexed content as the pages that show it (the
initiatives page, the glossary, the matrices), so the two cannot disagree.
Every value is the text the page shows; every entry names its source.

CSV is for spreadsheets: UTF-8 with a byte order mark (without it Excel reads
æ, ø and å as two characters each) and ``;`` between fields, the list
separator of Danish Excel, which opens the file in columns on a double click
(with ``,`` it puts every row in one cell). A field with several values has
one per line. A value that Excel would take for a formula (it starts with
= + - or @) is prefixed with ' as OWASP advises; the JSON keeps it as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from knowledge.content import ui
from knowledge.content.index import Site, relation_fields
from knowledge.content.model import COLLECTIONS, PAGE_TYPES, fields_of
from knowledge.indexes.language import plain_names
from knowledge.outputs.render.common import localized, sort_key
from knowledge.outputs.render.glossary import OTHER_LANGUAGE, term_title

FOLDER = "data"  # below the language's root: data/… (Danish), en/data/… (English)
CSV_DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Record = dict[str, object]


@dataclass(frozen=True)
class Dataset:
    name: str  # the file name without extension, the same in every language
    page: str  # the generator of the page that shows it (model: generated pages)
    formats: tuple[str, ...]
    fields: tuple[str, ...]  # the records' keys, in CSV column order; ui "data.<name>.<key>"

    def file(self, fmt: str) -> str:
        return f"{FOLDER}/{self.name}.{fmt}"


INITIATIVES = Dataset(
    "initiativer",
    "initiatives",
    ("csv", "json"),
    (
        "number",
        "id",
        "title",
        "theme",
        "ministries",
        "status",
        "status_text",
        "reserve_funded",
        "description",
        "sources",
        "url",
    ),
)
GLOSSARY = Dataset(
    "ordliste",
    "glossary",
    ("csv", "json"),
    ("id", "term", "other_term", "kind", "definition", "sources", "used_on", "url"),
)
RELATIONS = Dataset(
    "sammenhaenge", "matrices", ("json",), ("id", "type", "title", "url", "relations", "data")
)
DATASETS = (INITIATIVES, GLOSSARY, RELATIONS)


def field_label(dataset: Dataset, key: str, lang: str) -> str:
    return ui.text(f"data.{dataset.name}.{key}", lang)


def field_about(dataset: Dataset, key: str, lang: str) -> str:
    return ui.text(f"data.{dataset.name}.{key}.about", lang)


@dataclass(frozen=True)
class Context:
    """What every dataset of one language build needs beside the content."""

    site_url: str  # absolute, ending in "/"
    date: dt.date  # the build's date
    used_on: Mapping[str, Sequence[str]]  # glossary term id -> ids of the pages it is used on

    def address(self, url: str) -> str:
        return self.site_url.rstrip("/") + "/" + url


def _sources(site: Site, ids: object) -> list[Record]:
    known = site.data.by_id("sources")
    names = _names(site)
    return [
        {
            "id": s,
            "label": names(_plain_source_label(known[s], site.lang)),
            "title": _plain_source_title(known[s], site.lang),
        }
        for s in (ids if isinstance(ids, list) else [])
        if s in known
    ]


def _plain_source_label(source: dict[str, Any], lang: str) -> str:
    # source_label escapes for HTML; the downloads are not HTML. The same
    # placeholders as the pages where a source names no sender or title (issue 26).
    year = source.get("year") or ("u.å." if lang == "da" else "n.d.")
    if lang != "da":  # Harvard (UK), as on the pages: by title where no publisher is named
        return f"{source.get('publisher_en') or source.get('publisher') or source.get('title', '')} ({year})"
    return f"{source.get('publisher') or ui.text('sources.no_publisher', lang)} ({year})"


def _plain_source_title(source: dict[str, Any], lang: str) -> str:
    if not source.get("title"):
        return f"[{ui.text('sources.untitled', lang)}]"
    composed = f" [{ui.text('sources.composed', lang)}]" if source.get("title_composed") else ""
    return str(source["title"]) + composed


def _names(site: Site) -> Callable[[str], str]:
    """English downloads name each body as the English pages do (one English name per body)."""
    return lambda text: plain_names(site.data, site.lang, text)


def unwrapped(text: str) -> str:
    """Text as written in sentences: the line breaks the data file wraps its
    lines with become spaces (in a spreadsheet they made ragged cells); a
    blank line between paragraphs and a line per "- " list item remain."""
    blocks = []
    for block in text.strip().split("\n\n"):
        lines: list[str] = []
        for line in block.splitlines():
            line = line.strip()
            if not line:
                continue
            if lines and not line.startswith("- "):
                lines[-1] += " " + line
            else:
                lines.append(line)
        if lines:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def initiative_records(site: Site, context: Context) -> list[Record]:
    """The 26 initiatives as the action plan page shows them, in the note's order."""
    lang = site.lang
    names = _names(site)
    page = site.generated.get(INITIATIVES.page)
    themes = site.data.by_id("themes")
    statuses = site.data.by_id("statuses")
    sources = site.data.header("initiatives").get("sources")
    records = []
    for item in sorted(site.data.entries("initiatives"), key=lambda i: i["number"]):
        records.append(
            {
                "number": item["number"],
                "id": item["id"],
                "title": names(localized(item["title"], lang)),
                "theme": localized(themes.get(item["theme"], {}).get("title"), lang),
                "ministries": [str(m) for m in item.get("ministries") or []],
                "status": localized(statuses.get(item["status"], {}).get("title"), lang),
                "status_text": names(unwrapped(localized(item.get("status_text"), lang))),
                "reserve_funded": item.get("reserve_funded"),
                "description": names(unwrapped(localized(item.get("description"), lang))),
                "sources": _sources(site, sources),
                "url": context.address(f"{page.url}#{item['id']}") if page else "",
            }
        )
    return records


def term_records(site: Site, context: Context) -> list[Record]:
    """The glossary in the language's alphabetical order, with where each term is used."""
    lang, other = site.lang, OTHER_LANGUAGE[site.lang]
    names = _names(site)
    page = site.generated.get(GLOSSARY.page)
    terms = sorted(site.data.entries("terms"), key=lambda t: sort_key(term_title(t, lang), lang))
    records = []
    for term in terms:
        used_on = sorted(
            (site.pages[i] for i in dict.fromkeys(context.used_on.get(term["id"], [])) if i in site.pages),
            key=lambda p: sort_key(p.title, lang),
        )
        records.append(
            {
                "id": term["id"],
                "term": term_title(term, lang),
                "other_term": term_title(term, other),
                "kind": ui.text(f"kind.{term['kind']}", lang),
                "definition": names(term[lang]["definition"]),
                "sources": _sources(site, term.get("sources")),
                "used_on": [{"title": p.title, "url": context.address(p.url)} for p in used_on],
                "url": context.address(f"{page.url}#{term['id']}") if page else "",
            }
        )
    return records


def _data_fields(type_name: str) -> list[str]:
    """A page type's references to data collections (phases, sources)."""
    return [f.name for f in fields_of(type_name) if f.kind in ("refs", "ref") and f.collection in COLLECTIONS]


def relation_records(site: Site, context: Context) -> list[Record]:
    """Every content page by id and type, with its typed relations to other
    pages and its references to data (phases of the pathway, sources)."""
    records: list[Record] = []
    for page_type, type_def in PAGE_TYPES.items():
        if not type_def.content:
            continue
        for page in site.of_type(page_type):
            relations = {}
            for name in relation_fields(page_type):
                value = page.meta.get(name)
                targets = value if isinstance(value, list) else [value] if value else []
                relations[name] = [str(t) for t in targets if t in site.pages]
            data = {name: page.refs(name) for name in _data_fields(page_type)}
            records.append(
                {
                    "id": page.id,
                    "type": page_type,
                    "title": page.title,
                    "url": context.address(page.url),
                    "relations": relations,
                    "data": data,
                }
            )
    return records


def relation_types(site: Site) -> list[Record]:
    """What each relation means: the field, the page types it goes from and to."""
    sources: dict[str, list[str]] = {}
    targets: dict[str, tuple[str, ...]] = {}
    for page_type, type_def in PAGE_TYPES.items():
        if not type_def.content:
            continue
        for f in fields_of(page_type):
            if f.kind in ("pages", "page"):
                sources.setdefault(f.name, []).append(page_type)
                targets[f.name] = f.targets
    return [
        {
            "relation": name,
            "label": _relation_label(name, site.lang),
            "from": types,
            "to": list(targets[name]),
        }
        for name, types in sources.items()
    ]


def _relation_label(name: str, lang: str) -> str:
    key = f"rel.{name}"
    return ui.text(key, lang) if key in ui.STRINGS else name


RECORDS: dict[str, Callable[[Site, Context], list[Record]]] = {
    INITIATIVES.name: initiative_records,
    GLOSSARY.name: term_records,
    RELATIONS.name: relation_records,
}


# --- Files ------------------------------------------------------------------


def _cell(key: str, value: object, lang: str) -> str:
    """One CSV field: lists one value per line, yes/no in words, formulas disarmed."""
    if isinstance(value, bool):
        text = ui.text("yes" if value else "no", lang)
    elif key == "reserve_funded" and value == "unreadable":  # the page's words, not the data's code
        text = ui.text("initiatives.reserve_unreadable", lang)
    elif isinstance(value, list):
        text = "\n".join(_list_item(v) for v in value)
    elif value is None:
        text = ""
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _list_item(value: object) -> str:
    if isinstance(value, dict):
        if "url" in value:
            return f"{value.get('title', '')} ({value['url']})"
        return f"{value.get('label', '')}: {value.get('title', '')}".rstrip(": ")
    return str(value)


def to_csv(dataset: Dataset, records: list[Record], lang: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([field_label(dataset, key, lang) for key in dataset.fields])
    for record in records:
        writer.writerow([_cell(key, record.get(key), lang) for key in dataset.fields])
    return out.getvalue().encode("utf-8-sig")


def to_json(dataset: Dataset, site: Site, records: list[Record], context: Context, about_url: str) -> bytes:
    lang = site.lang
    page = site.generated.get(dataset.page)
    document: Record = {
        "title": ui.text(f"data.{dataset.name}", lang),
        "language": lang,
        "page": context.address(page.url) if page else "",
        "about": context.address(about_url) if about_url else "",
        "compiled": context.date.isoformat(),
        "fields": [
            {
                "key": key,
                "label": field_label(dataset, key, lang),
                "description": field_about(dataset, key, lang),
            }
            for key in dataset.fields
        ],
    }
    if dataset is RELATIONS:
        document["relation_types"] = relation_types(site)
        document["phases"] = [
            {"id": p["id"], "title": localized(p["title"], lang), "order": p.get("order")}
            for p in sorted(site.data.entries("phases"), key=lambda p: p.get("order", 0))
        ]
    document["items"] = records
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def files(site: Site, context: Context) -> dict[str, bytes]:
    """Every download of the language: path below the language's root -> bytes."""
    about = site.generated.get("downloads")
    about_url = about.url if about else ""
    result = {}
    for dataset in DATASETS:
        records = RECORDS[dataset.name](site, context)
        if "csv" in dataset.formats:
            result[dataset.file("csv")] = to_csv(dataset, records, site.lang)
        if "json" in dataset.formats:
            result[dataset.file("json")] = to_json(dataset, site, records, context, about_url)
    return result
