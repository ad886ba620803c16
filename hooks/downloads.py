"""MkDocs hook: write the downloads of the structured content (see
knowledge/outputs/downloads.py) into the language's data/ folder, once the pages that
show the same data are written.

The files are published like pages: their URLs are recorded with the
language's publication, so urls.json guards them too (`make urls` adds them).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

import build_state
from knowledge.content.model import DEFAULT_LANGUAGE
from knowledge.outputs import downloads


def on_post_build(config: MkDocsConfig) -> None:
    state = build_state.finishing(config)
    references = build_state.required(state.references, "the cross-references (cross_references.on_env)")
    today = build_state.required(state.aging, "review dates").today
    context = downloads.Context(config.site_url or "/", today, references.term_pages())
    prefix = "" if state.lang == DEFAULT_LANGUAGE else f"{state.lang}/"
    for name, content in downloads.files(state.site, context).items():
        path = Path(config.site_dir) / prefix / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        state.publication.anchors[prefix + name] = []
