"""The engine comparison in the README ("Search"): the same query set, the same
browser, three engines.

    .venv/bin/python tools/search_compare.py SITE --pagefind PAGEFIND_SITE --material MATERIAL_SITE

- SITE: this site as built (the site's own engine, typed into its search box).
- PAGEFIND_SITE: a copy of SITE indexed by Pagefind 1.5.2 with its defaults
  except the root (`python -m pagefind --site COPY --root-selector article`;
  `pip install "pagefind[extended]==1.5.2"`, not part of the project's locks).
  Queried through Pagefind's JavaScript API on a page without the site's
  Content-Security-Policy (Pagefind's WebAssembly needs 'wasm-unsafe-eval').
- MATERIAL_SITE: the site built before the site's own engine (Material's search
  plugin, lunr, as it was configured: `git worktree add /tmp/before 01ee4f7`).

For each engine: success@1, success@5, MRR@10 and zero results (all queries),
gzip KB the first search downloads (median, fresh browser context per query)
and the time to the first results with the CPU slowed down 4x (median).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from search_bench import first_results_ms, first_search_kb
from search_browser import PHONE, open_search, runner
from search_quality import Query, evaluate, load_queries, metrics, site_path

from browser_support import launch, serve

PAGEFIND_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>t</title></head>
<body><script type="module">
import * as pagefind from "/pagefind/pagefind.js";
window.pagefind = pagefind;
window.ready = true;
</script></body></html>"""

# Listed the way the site's own results are: each page, then up to three of
# its sections (Pagefind's sub-results: headings with an id), as its own UI shows them.
PAGEFIND_SEARCH = """async (query) => {
  const found = await window.pagefind.search(query);
  const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  return data.flatMap((d) => [
    d.url,
    ...(d.sub_results || []).filter((s) => s.url !== d.url).slice(0, 3).map((s) => s.url),
  ]);
}"""


def _pagefind_harness(site: Path) -> None:
    for lang in ("da", "en"):
        (site / f"_pagefind_{lang}.html").write_text(PAGEFIND_PAGE.format(lang=lang), encoding="utf-8")


def pagefind_outcomes(site: Path, queries: list[Query]) -> tuple[list, float, float]:
    _pagefind_harness(site)
    outcomes, kbs, times = [], [], []
    with serve(site, compress=True) as base, launch() as browser:
        for lang in ("da", "en"):
            mine = [q for q in queries if q.lang == lang]
            answers = {}
            for query in mine:
                context = browser.new_context(viewport=PHONE)
                page = context.new_page()
                sizes: list[int] = []
                page.on(
                    "response", lambda r, sizes=sizes: sizes.append(int(r.headers.get("content-length", 0)))
                )
                page.goto(f"{base}_pagefind_{lang}.html")
                page.wait_for_function("() => window.ready === true")
                before = sum(sizes)
                cdp = context.new_cdp_session(page)
                cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
                start = time.perf_counter()
                urls = page.evaluate(PAGEFIND_SEARCH, query.text)
                times.append(1000 * (time.perf_counter() - start))
                kbs.append((sum(sizes) - before) / 1024)
                answers[query.text] = [site_path(u, lang) for u in urls]
                context.close()
            outcomes += evaluate(mine, lambda q, a=answers: a[q.text])  # type: ignore[misc]
    return outcomes, statistics.median(kbs), statistics.median(times)


def browser_outcomes(site: Path, queries: list[Query]) -> list:
    """Queries typed into the site's own search box (the site's engine or Material's)."""
    outcomes = []
    with serve(site) as base, launch() as browser:
        for lang in ("da", "en"):
            context = browser.new_context(viewport=PHONE)
            page = context.new_page()
            page.goto(base + ("" if lang == "da" else "en/"))
            open_search(page)
            outcomes += evaluate([q for q in queries if q.lang == lang], runner(page, lang))
            context.close()
    return outcomes


def row(name: str, outcomes: list, kb: float, ms: float) -> str:
    m = metrics(outcomes)
    return (
        f"| {name} | {m['success@1']:.2f} | {m['success@5']:.2f} | {m['mrr@10']:.2f} | {m['zero']:.2f} "
        f"| {kb:.0f} | {ms:.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("site", type=Path)
    parser.add_argument("--pagefind", type=Path)
    parser.add_argument("--material", type=Path)
    parser.add_argument("--queries", type=Path)
    args = parser.parse_args()
    queries = load_queries(args.queries) if args.queries else load_queries()
    print(
        "| Engine | success@1 | success@5 | MRR@10 | zero results | first search KB | first results ms (4x CPU) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    own = browser_outcomes(args.site, queries)
    kb = statistics.median(first_search_kb(args.site, lang) for lang in ("da", "en"))
    ms = statistics.median(first_results_ms(args.site, lang)["median"] for lang in ("da", "en"))
    print(row("this site's engine", own, kb, ms))
    if args.pagefind:
        print(row("Pagefind 1.5.2", *pagefind_outcomes(args.pagefind, queries)))
    if args.material:
        print(
            row(
                "Material 9.8.1 search (lunr), as configured before",
                browser_outcomes(args.material, queries),
                0,
                0,
            )
        )


if __name__ == "__main__":
    main()
