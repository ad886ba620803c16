"""Lighthouse (mobile preset) on the front page, a core element page and the
glossary, served gzip-compressed from site/ as GitHub Pages serves it.

    make audit

Prints the four category scores and the bytes transferred per page, and
fails if a target is missed: performance >= 95, accessibility, best
practices and SEO 100, and a first load under 150 KB.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from browser_support import CHROMIUM, CHROMIUM_ARGS, serve

ROOT = Path(__file__).resolve().parent.parent


LIGHTHOUSE = "lighthouse@12.8.2"
PAGES = {
    "front page": "",
    "core element": "kerneelementer/risikovurdering-og-sikkerhedsplan/",
    "glossary": "opslag/ordliste/",
}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
MAX_BYTES = 150 * 1024


def run_lighthouse(url: str, output: Path) -> dict:
    flags = " ".join(a for a in CHROMIUM_ARGS if not a.startswith("--headless")) + " --headless=new"
    subprocess.run(
        [
            "npx",
            "--yes",
            LIGHTHOUSE,
            url,
            "--quiet",
            "--output=json",
            f"--output-path={output}",
            f"--chrome-flags={flags}",
            "--only-categories=performance,accessibility,best-practices,seo",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        stdout=subprocess.DEVNULL,
    )
    return json.loads(output.read_text(encoding="utf-8"))


def main() -> int:
    failures = []
    rows = []
    with serve(ROOT / "site", compress=True) as base, tempfile.TemporaryDirectory() as tmp:
        for name, path in PAGES.items():
            report = run_lighthouse(base + path, Path(tmp) / "report.json")
            scores = {k: round(report["categories"][k]["score"] * 100) for k in TARGETS}
            transferred = int(report["audits"]["total-byte-weight"]["numericValue"])
            requests = len(report["audits"]["network-requests"]["details"]["items"])
            rows.append((name, scores, transferred, requests))
            failures += [f"{name}: {k} {v} < {TARGETS[k]}" for k, v in scores.items() if v < TARGETS[k]]
            if transferred > MAX_BYTES:
                failures.append(f"{name}: {transferred} bytes transferred > {MAX_BYTES}")
    print(f"{'page':<14}{'perf':>6}{'a11y':>6}{'best':>6}{'seo':>6}{'KB':>9}{'requests':>10}")
    for name, s, transferred, requests in rows:
        print(
            f"{name:<14}{s['performance']:>6}{s['accessibility']:>6}{s['best-practices']:>6}{s['seo']:>6}"
            f"{transferred / 1024:>9.1f}{requests:>10}"
        )
    for failure in failures:
        print("MISSED:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
