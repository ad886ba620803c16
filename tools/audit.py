"""Lighthouse (mobile preset) on the front page, a core element page, the
glossary and the initiatives page, served gzip-compressed from site/ as GitHub
Pages serves it.

    make audit
    .venv/bin/python tools/audit.py --site DIR [page name ...]   (another build, some pages)

Prints the four category scores and the bytes transferred per page, and
fails if a target is missed: 100 for performance, accessibility, best
practices and SEO, and a first load under 150 KB. Performance is measured
with Lighthouse's simulated throttling, which scales what it observes: on a
machine busy with other work, run it again before reading a 9x as a regression.
"""

from __future__ import annotations

import argparse
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
    "initiatives": "handlingsplan/",
}
TARGETS = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}
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
    parser = argparse.ArgumentParser(description="Lighthouse scores of the built site")
    parser.add_argument("pages", nargs="*", help=f"page names (default: all): {', '.join(PAGES)}")
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    args = parser.parse_args()
    unknown = [name for name in args.pages if name not in PAGES]
    if unknown:
        parser.error(f"unknown page name(s): {', '.join(unknown)}")
    failures = []
    rows = []
    with serve(args.site, compress=True) as base, tempfile.TemporaryDirectory() as tmp:
        for name, path in PAGES.items():
            if args.pages and name not in args.pages:
                continue
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
