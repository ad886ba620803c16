"""Screenshots of built pages at phone and desktop width, for a person to look at.

    .venv/bin/python tools/screenshots.py [path ...]   (default: a few page types)

Serves site/ on 127.0.0.1 and writes PNGs to build/screenshots/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from browser_support import launch, serve

ROOT = Path(__file__).resolve().parent.parent


DEFAULT = ["", "kerneelementer/opsporing/", "moduler/modul-opsporing/"]
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}


def main(paths: list[str]) -> None:
    out = ROOT / "build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with serve(ROOT / "site") as base, launch() as browser:
        for path in paths or DEFAULT:
            for name, (width, height) in VIEWPORTS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(base + path)
                file = out / f"{(path.strip('/') or 'index').replace('/', '_')}-{name}.png"
                page.screenshot(path=str(file), full_page=True)
                page.close()
                print(file)


if __name__ == "__main__":
    main(sys.argv[1:])
