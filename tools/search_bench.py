"""Search cost, as the benchmark reports it (make bench):

- first KB: gzip bytes the first search of a query downloads: the language's
  stemmer (stemmers/<lang>.js) and the index files the query needs (index.json,
  postings and document shards). The engine itself (engine.js) comes with the
  page and is counted in its first visit. Median over the query
  set's queries of that language; computed by running the engine in Node
  (tools/search_node.mjs), which fetches exactly what the browser fetches.
- first ms: time from the first keystroke to the first results on screen in
  Chromium with the CPU slowed down 4x (CDP throttling), on a fresh page with an
  empty cache, the site served gzip-compressed on 127.0.0.1. The engine runs on
  the page's main thread, not in a worker, so the throttling applies to all of
  its work. The search is opened as a reader opens it (the field gets focus,
  which starts loading the index), and the query's first word (as if typed at
  once) comes HEAD_START_MS later: no one taps the magnifier and types a word
  faster. The clock runs from that keystroke until its results are rendered.
  Median and maximum over a sample of the query set.
- cold ms: the same with focus and first word in the same instant (no head
  start at all): the worst case, reported beside it.
"""

from __future__ import annotations

import gzip
import json
import statistics
import subprocess
from pathlib import Path

from search_quality import load_queries

from browser_support import launch, serve

ROOT = Path(__file__).resolve().parent.parent
ASSETS = Path("assets/javascripts/search")

# The least time between opening the search and the first word: tapping the
# magnifier, then typing a word, takes a reader longer than this.
HEAD_START_MS = 300

# In the page: focus the field (the search opens and the index starts loading),
# wait `headStart` ms, put the query's first word in at once, then wait for its
# results; the clock starts with the word.
FIRST_RESULTS = """async ([word, headStart]) => {
  const root = document.querySelector('[data-kb-search]');
  const input = root.querySelector('.md-search__input');
  input.focus();
  if (headStart) await new Promise(r => setTimeout(r, headStart));
  const start = performance.now();
  input.value = word;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  while (root.dataset.kbQuery !== word) await new Promise(r => setTimeout(r, 1));
  return performance.now() - start;
}"""


def _gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def first_search_kb(site: Path, lang: str) -> float:
    texts = [q.text for q in load_queries() if q.lang == lang]
    out = subprocess.run(
        ["node", str(ROOT / "tools" / "search_node.mjs"), str(site), lang],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    scripts = _gz(site / ASSETS / "stemmers" / f"{lang}.js")
    return statistics.median(scripts + r["bytes"] for r in json.loads(out.stdout)) / 1024


def first_results_ms(
    site: Path, lang: str, sample: int = 25, throttle: float = 4.0, head_start: int = HEAD_START_MS
) -> dict[str, float]:
    queries = [q for q in load_queries() if q.lang == lang]
    step = max(1, len(queries) // sample)
    words = [q.text.split()[0] for q in queries[::step]][:sample]
    times = []
    with serve(site, compress=True) as base, launch() as browser:
        for word in words:
            context = browser.new_context(viewport={"width": 390, "height": 844})
            page = context.new_page()
            page.goto(base + ("" if lang == "da" else f"{lang}/") + "kerneelementer/spejling/")
            page.wait_for_load_state("networkidle")
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
            times.append(page.evaluate(FIRST_RESULTS, [word, head_start]))
            context.close()
    return {"median": statistics.median(times), "max": max(times)}


if __name__ == "__main__":
    import sys

    site = Path(sys.argv[1])
    for lang in ("da", "en"):
        print(
            lang,
            f"{first_search_kb(site, lang):.1f} KB",
            first_results_ms(site, lang),
            "cold",
            first_results_ms(site, lang, head_start=0),
        )
