"""List the pages whose review is overdue or due within 60 days (`make review`).

Each page's `reviewed:` date says when its content was last checked against its
sources; the content model gives each page type a review interval (see
EDITING.md, "Review dates"). The date taken as today is KB_TODAY (YYYY-MM-DD)
if set, else the system's date; the owner comes from `extra.review.owner` in
mkdocs.yml.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import yaml

from knowledge.dates import as_date
from knowledge.load import load_pages
from knowledge.review import report, reviews

ROOT = Path(__file__).resolve().parent.parent


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, resolving `!ENV [NAME, default]` as MkDocs does."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    if isinstance(node, yaml.SequenceNode):
        *names, default = loader.construct_sequence(node)
    else:
        names, default = [loader.construct_scalar(node)], None
    return next((os.environ[n] for n in names if os.environ.get(n)), default)


_ConfigLoader.add_constructor("!ENV", _env)


def settings(root: Path) -> dict:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    return (config or {}).get("extra") or {}


def main(root: Path = ROOT) -> int:
    extra = settings(root)
    setting = extra.get("today")
    today = as_date(setting) if setting else dt.date.today()
    if today is None:
        print(f"make review: KB_TODAY / extra.today must be a date written YYYY-MM-DD, not {setting!r}")
        return 2
    docs = root / "docs"
    pages, problems = load_pages(docs, [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")])
    for problem in problems:
        print(problem, file=sys.stderr)
    owner = str((extra.get("review") or {}).get("owner") or "")
    sys.stdout.write(report(reviews(pages, today), today, owner))
    return 0


if __name__ == "__main__":
    sys.exit(main())
