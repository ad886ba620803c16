"""A BM25 baseline over the site's own search index, to check the engine's
scoring against (issue 25: do rare words weigh more than common ones?).

Same documents, analysis and per-field BM25F impacts as the engine
(hooks/knowledge/outputs/search/indexer.py), but nothing else: a document's
score is the sum over the query's words of idf(word) x impact, exact keys
only (no prefixes, typos, compound parts or aliases), stop words dropped,
no coverage factor, title boosts, definitions giving way or cut-off; results
grouped per page as the engine groups them.

    .venv/bin/python tools/search_bm25.py SITE [--queries FILE] [--failures]
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from pathlib import Path

from search_quality import Query, evaluate, failures, load_queries, site_path, table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from knowledge.outputs.search.analysis import Analyzer, tokens  # noqa: E402
from knowledge.outputs.search.indexer import idf  # noqa: E402


class Baseline:
    def __init__(self, folder: Path, lang: str) -> None:
        self.folder, self.analyzer = folder, Analyzer(lang)
        self.meta = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        self.keys = self.meta["keys"].split("\n")
        self.position = {key: i for i, key in enumerate(self.keys)}
        self.starts = [start for start, _ in self.meta["postings"]]
        heads, at = [], 0
        for gap in self.meta["groups"]:
            heads.append(at := at + gap)
        self.heads = heads

    def _json(self, name: str):
        return json.loads((self.folder / name).read_text(encoding="utf-8"))

    def _postings(self, key: str) -> list[int]:
        shard = self.meta["postings"][bisect_right(self.starts, self.position[key]) - 1][1]
        return self._json(shard).get(key, [])

    def search(self, text: str) -> list[str]:
        words = tokens(text)
        content = [w for w in words if w not in self.analyzer.stop_words] or words
        scores: dict[int, float] = {}
        for key in {self.analyzer.key(w) for w in content}:
            if key not in self.position:
                continue
            weight = idf(self.meta["documents"], self.meta["df"][self.position[key]])
            flat, doc = self._postings(key), 0
            for j in range(0, len(flat), 3):
                doc += flat[j]
                scores[doc] = scores.get(doc, 0.0) + weight * flat[j + 1]
        groups: dict[int, float] = {}
        for doc, score in scores.items():
            head = self.heads[bisect_right(self.heads, doc) - 1]
            groups[head] = max(groups.get(head, 0.0), score)
        ranked = sorted(groups, key=lambda d: (-groups[d], d))[:10]
        size, files = self.meta["documentShards"]["size"], self.meta["documentShards"]["files"]
        return [self._json(files[d // size])[d % size][0] for d in ranked]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    parser.add_argument("--queries", type=Path)
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args()
    queries = load_queries(args.queries) if args.queries else load_queries()
    outcomes = []
    for lang in sorted({q.lang for q in queries}):
        baseline = Baseline(args.site / ("" if lang == "da" else lang) / "search", lang)

        def run(q: Query, b: Baseline = baseline, lang: str = lang) -> list[str]:
            return [site_path(url, lang) for url in b.search(q.text)]

        outcomes += evaluate([q for q in queries if q.lang == lang], run)
    print(table(outcomes))
    if args.failures:
        print(failures(outcomes))


if __name__ == "__main__":
    main()
