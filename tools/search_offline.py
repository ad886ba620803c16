"""Search quality without a browser: the same engine (engine.js) run in Node
over a built site. Fast enough to iterate on ranking; the browser test
(tests/browser/test_search_quality.py) is what counts.

    .venv/bin/python tools/search_offline.py site [--failures]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from search_quality import Query, evaluate, failures, load_queries, site_path, table

ROOT = Path(__file__).resolve().parent.parent


def run_node(site: Path, lang: str, texts: list[str]) -> list[dict]:
    out = subprocess.run(
        ["node", str(ROOT / "tools" / "search_node.mjs"), str(site), lang],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def offline_outcomes(site: Path, queries: list[Query], answers: bool = True):
    outcomes = []
    for lang in sorted({q.lang for q in queries}):
        mine = [q for q in queries if q.lang == lang]
        found = run_node(site, lang, [q.text for q in mine])
        by_text = {
            q.text: (
                [site_path(u, lang) for u in f["results"]],
                site_path(f["answer"], lang) if f.get("answer") else None,
            )
            for q, f in zip(mine, found, strict=True)
        }
        outcomes += evaluate(mine, lambda q, found=by_text: found[q.text], answers)  # type: ignore[misc]
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--queries", type=Path, help="another query file in the same format")
    parser.add_argument(
        "--list-only", action="store_true", help="the answer above the results does not count"
    )
    args = parser.parse_args()
    queries = load_queries(args.queries) if args.queries else load_queries()
    outcomes = offline_outcomes(args.site, queries, answers=not args.list_only)
    print(table(outcomes))
    if args.failures:
        print(failures(outcomes))


if __name__ == "__main__":
    main()
