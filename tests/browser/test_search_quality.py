"""Search quality on the query sets: each query typed into the real search box at
phone width in Chromium, both languages. Prints the table per language and
category; fails below the set's thresholds (tools/search_quality.py): the repo's
set (tests/search/queries.tsv) and the blind set (tests/search/queries_blind.tsv,
issue 25), or if a query has no result. The answer above the results counts as
first (see search_quality.Outcome)."""

from __future__ import annotations

import pytest
from search_browser import PHONE, open_search, runner
from search_quality import QUERY_SETS, below_thresholds, evaluate, failures, load_queries, table


@pytest.mark.parametrize("name", sorted(QUERY_SETS))
def test_the_right_page_comes_first_for_realistic_queries(visit, capsys, name):
    path, thresholds = QUERY_SETS[name]
    queries = load_queries(path)
    outcomes = []
    for lang in ("da", "en"):
        page = visit(viewport=PHONE).goto("" if lang == "da" else "en/")
        open_search(page)
        outcomes += evaluate([q for q in queries if q.lang == lang], runner(page, lang))
    report = table(outcomes)
    with capsys.disabled():
        print(f"\n{name}\n" + report)
    assert below_thresholds(outcomes, thresholds) == [], report + "\n" + failures(outcomes)
