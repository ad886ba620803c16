"""MkDocs hook: redirects for moved pages, and the guard that no published URL
or anchor disappears (see knowledge/urls.py). `make urls` sets
KB_UPDATE_URL_MANIFEST=1 to add new URLs and anchors to urls.json."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import build_state
from knowledge.urls import Manifest, anchors_in, check, merge, redirect_page

log = logging.getLogger("mkdocs.hooks.stable_urls")
MANIFEST = "urls.json"


def on_post_page(output, page, config):
    state = build_state.current(config)
    state.published[page.url] = anchors_in(output)
    return output


def _write_redirects(state, site_dir: Path) -> None:
    prefix = "" if state.lang == "da" else f"{state.lang}/"
    for page in state.site.pages.values():
        for old in page.refs("redirect_from"):
            old_url = prefix + old
            state.redirects[old_url] = page.url
            path = site_dir / old_url / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(redirect_page(old_url, page.url, page.title, state.lang), encoding="utf-8")


@event_priority(-250)  # after every other post-build step
def on_post_build(config):
    state = build_state.finishing(config)
    _write_redirects(state, Path(config.site_dir))
    if build_state.is_nested_build(config):
        return  # the final check runs once all languages are built
    builds = build_state.all_builds()
    current, redirects, sources = {}, {}, {}
    for build in builds:
        current.update(build.published)
        redirects.update(build.redirects)
        sources.update({p.url: f"docs/{p.path}" for p in build.site.pages.values()})
    path = Path(config.config_file_path).parent / MANIFEST
    if os.environ.get("KB_UPDATE_URL_MANIFEST"):
        old = (
            Manifest.from_json(json.loads(path.read_text(encoding="utf-8")))
            if path.exists()
            else Manifest({})
        )
        updated = merge(old, current)
        path.write_text(json.dumps(updated.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        log.info(f"{MANIFEST}: {len(updated.pages)} URLs, {sum(map(len, updated.pages.values()))} anchors")
    if not path.exists():
        return
    manifest = Manifest.from_json(json.loads(path.read_text(encoding="utf-8")))
    problems = check(manifest, current, redirects, sources)
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(f"{len(problems)} published URL(s) or anchor(s) would break, listed above")
