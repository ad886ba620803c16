"""The real site's content, loaded and indexed as the hooks do, for tests
that derive what the built site must hold from the content model."""

from __future__ import annotations

from pathlib import Path

from knowledge.content.index import Site, build_site
from knowledge.content.load import ParseCache, load_content

ROOT = Path(__file__).resolve().parent.parent


def real_site(lang: str) -> Site:
    docs = ROOT / "docs"
    paths = [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")]
    pages, data, problems = load_content(docs, paths, ROOT / "data", ParseCache())
    assert problems == []
    return build_site(pages, data, lang)


def a_reviewed_page() -> tuple[str, str]:
    """The first Danish page with `reviewed:` (repository path) and its date: the tests of
    review dates pick one this way, so that turning pages into drafts never breaks them."""
    for path in sorted((ROOT / "docs").rglob("*.md")):
        if path.name.endswith(".en.md"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("reviewed: "):
                return path.relative_to(ROOT).as_posix(), line.split()[1]
    raise LookupError("no page has `reviewed:`")
