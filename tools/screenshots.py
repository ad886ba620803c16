"""Screenshots of built pages at phone and desktop width, for a person to look at.

    .venv/bin/python tools/screenshots.py [path ...]        (default: a few page types)
    .venv/bin/python tools/screenshots.py --all --phone     (every page type, both languages, 390 px)
    .venv/bin/python tools/screenshots.py --site DIR --out DIR ...

Serves site/ (or --site) on 127.0.0.1 and writes PNGs to build/screenshots/ (or --out):
one of the first screen and one of the whole page per path and width.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from browser_support import PAGE_TYPES, launch, serve, settle

ROOT = Path(__file__).resolve().parent.parent


DEFAULT = ["", "kerneelementer/opsporing/", "moduler/modul-opsporing/"]
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--all", action="store_true", help="every page type in both languages")
    parser.add_argument("--phone", action="store_true", help="phone width only")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screenshots")
    args = parser.parse_args()
    paths = args.paths or DEFAULT
    if args.all:
        paths = [prefix + p for prefix in ("", "en/") for p in PAGE_TYPES.values()]
    viewports = {"phone": VIEWPORTS["phone"]} if args.phone else VIEWPORTS
    args.out.mkdir(parents=True, exist_ok=True)
    with serve(args.site) as base, launch() as browser:
        for path in paths:
            for name, (width, height) in viewports.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(base + path)
                settle(page)
                stem = (path.strip("/") or "index").replace("/", "_")
                page.screenshot(path=str(args.out / f"{stem}-{name}-top.png"))
                page.screenshot(path=str(args.out / f"{stem}-{name}.png"), full_page=True)
                page.close()
                print(args.out / f"{stem}-{name}.png")


if __name__ == "__main__":
    main()
