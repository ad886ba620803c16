"""Stable URLs: each page's published anchors, redirects for moved pages, and
the guard that no URL or anchor of urls.json disappears (knowledge/outputs/urls.py).
`make urls` sets KB_UPDATE_URL_MANIFEST=1 to add new URLs and anchors to urls.json."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from knowledge.content.load import read_manifest
from knowledge.outputs.urls import (
    Manifest,
    Origin,
    check,
    merge,
    origins,
    redirect_page,
    redirects,
)
from state import ContentProblems, LanguageBuild

log = logging.getLogger("mkdocs.hooks.stable_urls")
MANIFEST = "urls.json"


def write_redirects(config: MkDocsConfig, language: LanguageBuild) -> None:
    """A page at each old address that sends the reader on (`redirect_from:`)."""
    moved = {}
    for redirect in redirects(language.site):
        moved[redirect.old_url] = redirect.new_url
        path = Path(config.site_dir) / redirect.old_url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            redirect_page(redirect.old_url, redirect.new_url, redirect.title, language.lang), encoding="utf-8"
        )
    language.redirects = moved


def guard_manifest(languages: list[LanguageBuild], config: MkDocsConfig) -> None:
    """Once every language is built: stop if a URL or anchor of urls.json is gone."""
    published: dict[str, list[str]] = {}
    moved: dict[str, str] = {}
    sources: dict[str, str] = {}
    generated: dict[str, Origin] = {}
    for language in languages:
        generated.update(origins(language.site))
        published.update(language.anchors)
        published.update({url: [] for url in language.downloads})
        moved.update(language.redirects)
        sources.update({p.url: f"docs/{p.path}" for p in language.site.pages.values()})
    path = Path(config.config_file_path).parent / MANIFEST
    if os.environ.get("KB_UPDATE_URL_MANIFEST"):
        _update_manifest(path, published)
    if path.exists():
        problems = check(_read_manifest(path), published, moved, sources, generated)
        if problems:
            for problem in problems:
                log.error(str(problem))
            raise ContentProblems(f"{len(problems)} published URL(s) or anchor(s) would break, listed above")


def _read_manifest(path: Path) -> Manifest:
    # A broken urls.json has stopped the build with its line before any page was built.
    return Manifest(read_manifest(path)[0] or {})


def _update_manifest(path: Path, published: dict[str, list[str]]) -> None:
    updated = merge(_read_manifest(path) if path.exists() else Manifest({}), published)
    path.write_text(json.dumps(updated.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info(f"{MANIFEST}: {len(updated.pages)} URLs, {sum(map(len, updated.pages.values()))} anchors")
