"""Synthetic content at N times the size of the real site, from the real
content model, for the benchmark (make bench).

Replica k of the site holds a copy of every content page (both languages) in
a subfolder of its section (`kerneelementer/kerneelementer-r07/opsporing-r07.md`),
with its relations and links pointing into the same replica, plus a copy of
every glossary term and initiative. Each replica has the shape and density of
the real site: the same page types, text, relations, links and term
mentions per page. Only the number of everything grows.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
import shutil
import sys
from pathlib import Path

import yaml

from knowledge.content.dates import build_date
from knowledge.content.load import split_front_matter, split_language
from knowledge.content.model import CONTENT_TYPES, TRANSLATABLE_FIELDS

ROOT = Path(__file__).resolve().parent.parent


PARTS = ("docs", "data", "hooks", "overrides", "sources", "mkdocs.yml")
RELATIONS = ("related", "connects_to", "builds", "core_elements", "included_in")
LINK = re.compile(r"\]\(([^)#\s]+?\.md)(#[^)\s]*)?\)")


def _read(path: Path) -> tuple[dict, str]:
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    return yaml.safe_load(front or "") or {}, body


def _write(path: Path, meta: dict, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(f"---\n{text}---\n{body}", encoding="utf-8")


def content_pages(docs: Path) -> dict[str, dict]:
    """Danish content pages: docs-relative path -> front matter."""
    pages = {}
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if split_language(rel)[0] != "da":
            continue
        meta, _ = _read(path)
        if meta.get("type") in CONTENT_TYPES:
            pages[rel] = meta
    return pages


def replica_path(rel: str, k: int) -> str:
    folder, name = posixpath.split(rel)
    stem, ext = posixpath.splitext(name)
    section = folder.split("/")[0]
    return f"{folder}/{section}-r{k:02d}/{stem}-r{k:02d}{ext}"


def _relink(body: str, source_rel: str, new_rel: str, k: int, pages: dict[str, dict]) -> str:
    """Links to content pages point to the same replica's copies."""

    def replace(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(source_rel), match.group(1)))
        if target in pages:
            new_target = replica_path(target, k)
        else:  # overviews, generated pages: the real ones
            new_target = target
        rel = posixpath.relpath(new_target, posixpath.dirname(new_rel))
        return f"]({rel}{match.group(2) or ''})"

    return LINK.sub(replace, body)


def _replica_meta(meta: dict, k: int, ids: set[str]) -> dict:
    suffix = f"-r{k:02d}"
    new = dict(meta)
    if "id" in new:
        new["id"] = f"{meta['id']}{suffix}"
        new["title"] = f"{meta['title']} (R{k:02d})"
    if isinstance(meta.get("number"), int):  # numbers of a series are unique (perspectives)
        new["number"] = meta["number"] + 100 * k
    for name in RELATIONS:
        if isinstance(meta.get(name), list):
            new[name] = [f"{i}{suffix}" if i in ids else i for i in meta[name]]
    new.pop("redirect_from", None)
    new.pop("search", None)
    return new


# Every page needs a review date (the content model); the build's today (KB_TODAY, else the
# system's date) keeps the synthetic overviews from adding overdue warnings of their own.
REVIEWED = build_date(os.environ.get("KB_TODAY"), dt.date.today()) or dt.date.today()


def _replicate_pages(docs: Path, pages: dict[str, dict], factor: int) -> int:
    ids = {meta["id"] for meta in pages.values()}
    written = 0
    sections = {rel.split("/")[0] for rel in pages}
    for k in range(1, factor):
        for section in sorted(sections):
            folder = f"{section}/{section}-r{k:02d}"
            # Titles are unique per language (the content model): the section names the replica.
            for lang_suffix, title in (
                ("", f"{section} – replika {k:02d}"),
                (".en", f"{section} – replica {k:02d}"),
            ):
                meta = {
                    "type": "overview",
                    "id": f"{section}-r{k:02d}",
                    "title": title,
                    "summary": "Syntetisk indhold til benchmark.",
                    "order": 100 + k,
                    "reviewed": REVIEWED,
                }
                if lang_suffix:
                    meta = {key: value for key, value in meta.items() if key in TRANSLATABLE_FIELDS}
                _write(docs / folder / f"index{lang_suffix}.md", meta, "\nSyntetisk.\n")
        for rel, meta in pages.items():
            new_rel = replica_path(rel, k)
            _, body = _read(docs / rel)
            _write(docs / new_rel, _replica_meta(meta, k, ids), _relink(body, rel, new_rel, k, pages))
            english = docs / rel.replace(".md", ".en.md")
            if english.exists():
                en_meta, en_body = _read(english)
                if "title" in en_meta:
                    en_meta["title"] = f"{en_meta['title']} (R{k:02d})"
                _write(
                    docs / new_rel.replace(".md", ".en.md"), en_meta, _relink(en_body, rel, new_rel, k, pages)
                )
            written += 1
    return written


def _replicate_data(data: Path, factor: int, ids: set[str]) -> None:
    glossary = yaml.safe_load((data / "glossary.yml").read_text(encoding="utf-8"))
    term_ids = {t["id"] for t in glossary}
    copies = []
    for k in range(1, factor):
        suffix = f"-r{k:02d}"
        for term in glossary:
            copy = yaml.safe_load(yaml.safe_dump(term))
            copy["id"] += suffix
            for lang in ("da", "en"):
                # Forms unique per replica; written in lower case so that they match in any case.
                copy[lang]["term"] = f"{term[lang]['term']} r{k:02d}"
                copy[lang]["forms"] = [f"{f.lower()} r{k:02d}" for f in term[lang].get("forms") or []]
            if copy.get("page") in ids:
                copy["page"] += suffix
            copy["related"] = [r + suffix for r in term.get("related") or [] if r in term_ids]
            copies.append(copy)
    (data / "glossary.yml").write_text(
        yaml.safe_dump(glossary + copies, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )

    plan = yaml.safe_load((data / "initiatives.yml").read_text(encoding="utf-8"))
    originals = list(plan["initiatives"])
    for k in range(1, factor):
        for initiative in originals:
            copy = yaml.safe_load(yaml.safe_dump(initiative))
            copy["id"] += f"-r{k:02d}"
            copy["number"] += 26 * k
            copy["related"] = [f"{r}-r{k:02d}" if r in ids else r for r in initiative.get("related") or []]
            plan["initiatives"].append(copy)
    (data / "initiatives.yml").write_text(
        yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def generate(target: Path, factor: int, source: Path = ROOT) -> dict:
    """Write a project with ``factor`` times the real content to ``target``."""
    if target.exists():
        shutil.rmtree(target)
    for part in PARTS:
        if (source / part).is_dir():
            shutil.copytree(source / part, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source / part, target / part)
    pages = content_pages(target / "docs")
    copies = _replicate_pages(target / "docs", pages, factor)
    _replicate_data(target / "data", factor, {m["id"] for m in pages.values()})
    pages_per_language = sum(
        1
        for p in (target / "docs").rglob("*.md")
        if split_language(p.relative_to(target / "docs").as_posix())[0] == "da"
    )
    return {
        "factor": factor,
        "content_pages": len(pages) * factor,
        "copies": copies,
        "pages_per_language": pages_per_language,
    }


if __name__ == "__main__":
    print(generate(Path(sys.argv[1]), int(sys.argv[2])))
