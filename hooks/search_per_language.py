"""MkDocs hook: write one search index per language (see knowledge/search_index.py)."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

import build_state
from knowledge.model import DEFAULT_LANGUAGE
from knowledge.search_index import split_index


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language and merged the index
def on_post_build(config):
    if build_state.is_nested_build(config):
        return  # a nested build of another language: the merged index is not written yet
    site_dir = Path(config.site_dir)
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    for lang, index in split_index(merged, build_state.languages(config), DEFAULT_LANGUAGE).items():
        path = site_dir / ("" if lang == DEFAULT_LANGUAGE else lang) / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
