"""Small in-memory content for unit tests of the pure functions."""

from __future__ import annotations

import datetime as dt

from knowledge.content.load import page_url, split_language
from knowledge.content.model import Page, SiteData

SOURCE = "doc-a"
REVIEWED = dt.date(2026, 11, 30)


def page(path: str, **meta) -> Page:
    lang, base = split_language(path)
    return Page(path=path, lang=lang, meta=meta, url=page_url(base, lang))


def core_element(id_: str, order: object = 1, **extra) -> Page:  # object: tests pass bad values
    meta = {
        "type": "core-element",
        "id": id_,
        "title": f"Element {id_}",
        "summary": "S.",
        "sources": [SOURCE],
        "role": "matured",
        "purpose": "P.",
        "order": order,
        "reviewed": REVIEWED,
    }
    meta.update(extra)
    return page(f"kerneelementer/{id_}.md", **meta)


def module(id_: str, builds: list[str], **extra) -> Page:
    meta = {
        "type": "module",
        "id": id_,
        "title": f"Modul {id_}",
        "summary": "S.",
        "sources": [SOURCE],
        "days": "ca. 1 dag",
        "audience": "Alle.",
        "builds": builds,
        "reviewed": REVIEWED,
    }
    meta.update(extra)
    return page(f"moduler/{id_}.md", **meta)


def generated(id_: str, generator: str) -> Page:
    return page(
        f"opslag/{id_}.md",
        type="generated",
        id=id_,
        title=id_.title(),
        summary="S.",
        generator=generator,
        reviewed=REVIEWED,
    )


def term(id_: str, da: str, en: str, kind: str = "concept", forms=(), **extra) -> dict:
    entry = {
        "id": id_,
        "kind": kind,
        "sources": [SOURCE],
        "da": {"term": da, "definition": f"Definition af {da}.", "forms": list(forms)},
        "en": {"term": en, "definition": f"Definition of {en}.", "forms": []},
    }
    entry.update(extra)
    return entry


def data(**collections) -> SiteData:
    base = {
        "sources": [
            {
                "id": SOURCE,
                "kind": "document",
                "publisher": "Udgiver",
                "year": 2022,
                "title": "Dokument",
                "english": "Document",
                "note": {"da": "N.", "en": "N."},
            }
        ],
        "terms": [],
        "organisations": [],
        "phases": [],
        "themes": [],
        "ministries": [],
        "statuses": [],
        "initiatives": [],
        "periods": [],
    }
    base.update(collections)
    # The initiatives file names the document the initiatives come from.
    return SiteData(collections=base, headers={"initiatives.yml": {"sources": [SOURCE]}})
