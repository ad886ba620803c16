"""Search quality on the query set (tests/search/queries.tsv): each query typed
into the real search box at phone width in Chromium, both languages. Prints the
table per language and category; fails below the thresholds in
tools/search_quality.py (success@1 0.80, success@5 0.95, MRR@10 0.85)."""

from __future__ import annotations

from search_browser import PHONE, open_search, runner
from search_quality import below_thresholds, evaluate, failures, load_queries, table


def test_the_right_page_comes_first_for_realistic_queries(visit, capsys):
    queries = load_queries()
    outcomes = []
    for lang in ("da", "en"):
        page = visit(viewport=PHONE).goto("" if lang == "da" else "en/")
        open_search(page)
        outcomes += evaluate([q for q in queries if q.lang == lang], runner(page, lang))
    report = table(outcomes)
    with capsys.disabled():
        print("\n" + report)
    assert below_thresholds(outcomes) == [], report + "\n" + failures(outcomes)
