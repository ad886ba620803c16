"""The addresses the build writes itself, and what writes each: a module's
course pack, the downloads, the changes feed, the search index, the
page-not-found page. A file of docs/ at one of them would be replaced by the
generated one, or replace it: either way one of the two silently vanishes,
so the checks refuse it (knowledge/checks/check.py).
"""

from __future__ import annotations

from knowledge.content.model import DEFAULT_LANGUAGE, Page
from knowledge.indexes.changes import feed_path
from knowledge.outputs.course_pack import pack_url
from knowledge.outputs.downloads import DATASETS
from knowledge.outputs.page_output import not_found_path

SEARCH = "search/"  # the search index's folder (knowledge/outputs/search/)


def generated_addresses(pages: list[Page]) -> dict[str, str]:
    """Site-relative address (a page's `x/y/`, a file's `data/x.csv`), as the
    Danish edition publishes it -> what generates it."""
    found: dict[str, str] = {}
    for page in pages:
        if page.lang != DEFAULT_LANGUAGE:
            continue
        if page.meta.get("type") == "module":
            found[pack_url(page.url)] = f"the course pack of docs/{page.path}"
        if page.meta.get("generator") == "changes":
            found[feed_path(page.url)] = f"the feed of docs/{page.path}"
    for dataset in DATASETS:
        for fmt in dataset.formats:
            found[dataset.file(fmt)] = "the downloads of the data (data/*.yml)"
    found[not_found_path(DEFAULT_LANGUAGE)] = "the page-not-found page"
    found[SEARCH] = "the search index"
    return found
