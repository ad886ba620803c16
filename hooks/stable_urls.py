"""MkDocs hook: redirects for moved pages, and the guard that no published URL
or anchor disappears (see knowledge/outputs/urls.py). `make urls` sets
KB_UPDATE_URL_MANIFEST=1 to add new URLs and anchors to urls.json."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.outputs.urls import Manifest, anchors_in, check, merge, redirect_page, redirects

log = logging.getLogger("mkdocs.hooks.stable_urls")
MANIFEST = "urls.json"


def on_post_page(output: str, page: MkDocsPage, config: MkDocsConfig) -> str:
    build_state.current(config).publication.anchors[page.url] = anchors_in(output)
    return output


@event_priority(-250)  # after every other post-build step
def on_post_build(config: MkDocsConfig) -> None:
    _write_redirects(build_state.finishing(config), Path(config.site_dir))
    if build_state.is_nested_build(config):
        return  # the final check runs once all languages are built
    builds = build_state.all_builds()
    published: dict[str, list[str]] = {}
    moved: dict[str, str] = {}
    sources: dict[str, str] = {}
    for build in builds:
        published.update(build.publication.anchors)
        moved.update(build.publication.redirects)
        sources.update({p.url: f"docs/{p.path}" for p in build.site.pages.values()})
    path = Path(config.config_file_path).parent / MANIFEST
    if os.environ.get("KB_UPDATE_URL_MANIFEST"):
        _update_manifest(path, published)
    if path.exists():
        _check_manifest(path, published, moved, sources)


def _write_redirects(state: build_state.LanguageBuild, site_dir: Path) -> None:
    for redirect in redirects(state.site):
        state.publication.redirects[redirect.old_url] = redirect.new_url
        path = site_dir / redirect.old_url / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        html = redirect_page(redirect.old_url, redirect.new_url, redirect.title, state.lang)
        path.write_text(html, encoding="utf-8")


def _read_manifest(path: Path) -> Manifest:
    return Manifest.from_json(json.loads(path.read_text(encoding="utf-8")))


def _update_manifest(path: Path, published: dict[str, list[str]]) -> None:
    updated = merge(_read_manifest(path) if path.exists() else Manifest({}), published)
    path.write_text(json.dumps(updated.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info(f"{MANIFEST}: {len(updated.pages)} URLs, {sum(map(len, updated.pages.values()))} anchors")


def _check_manifest(
    path: Path, published: dict[str, list[str]], moved: dict[str, str], sources: dict[str, str]
) -> None:
    problems = check(_read_manifest(path), published, moved, sources)
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise build_state.ContentProblems(
            f"{len(problems)} published URL(s) or anchor(s) would break, listed above"
        )
