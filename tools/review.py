"""List the pages whose review is overdue or due within 60 days (`make review`).

Each page's `reviewed:` date says when its content was last checked against its
sources; the content model gives each page type a review interval (see
EDITING.md, "Review dates"). The date taken as today is KB_TODAY (YYYY-MM-DD)
if set, else the system's date; the owner comes from `extra.review.owner` in
mkdocs.yml.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from knowledge.content.dates import build_date
from knowledge.content.load import load_pages, read_config
from knowledge.content.messages import say
from knowledge.indexes.review import report, reviews

ROOT = Path(__file__).resolve().parent.parent


def settings(root: Path) -> dict:
    """`extra:` of mkdocs.yml, read as the build reads it (`!ENV` resolved)."""
    config, _ = read_config(root / "mkdocs.yml")
    extra = config.get("extra")
    return extra if isinstance(extra, dict) else {}


def main(root: Path = ROOT) -> int:
    extra = settings(root)
    setting = extra.get("today")
    today = build_date(setting, dt.date.today())
    if today is None:
        print(f"mkdocs.yml: extra.today (KB_TODAY): {say('date', value=setting)}")
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
