"""The W3C Nu HTML Checker (vnu.jar, from the npm package vnu-jar pinned in
package-lock.json) over many HTML files in one Java run.

    python tools/html_check.py site/     # after `make build`; exit 1 on any error

`make test` runs it over the whole built site (tests/site/test_valid_html.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def setup_problem() -> str | None:
    """Why the checker cannot run here, as one line saying how to fix it; None if it can."""
    if shutil.which("java") is None:
        return (
            "java not found: install a Java runtime (sudo apt-get install -y default-jre-headless); "
            "the HTML check needs it. CI installs it in .ci/run."
        )
    if not VNU_JAR.is_file():
        return f"{VNU_JAR.relative_to(ROOT)} not found: run `make test` (npm ci installs vnu-jar)."
    return None


def _location(message: dict, base: Path) -> str:
    path = Path(unquote(urlparse(message.get("url", "")).path))
    with_line = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
    if "lastLine" in message:
        with_line += f":{message['lastLine']}"
        if "firstColumn" in message:
            with_line += f":{message['firstColumn']}"
    return with_line


def nu_errors(files: list[Path], base: Path) -> list[str]:
    """Every error the checker reports in ``files``, one line each:
    'path:line:column: message' with the path relative to ``base``."""
    problem = setup_problem()
    if problem:
        raise RuntimeError(problem)
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (ValueError, KeyError):
        raise RuntimeError(f"the Nu HTML checker failed: {(result.stdout + result.stderr)[-2000:]}") from None
    base = base.resolve()
    # Errors only; a file the checker could not read is reported as a "non-document-error".
    return [f"{_location(m, base)}: {m['message']}" for m in messages if m.get("type") != "info"]


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    files = html_files(site)
    if not files:
        print(f"{site}: no HTML files (run `make build` first)", file=sys.stderr)
        return 2
    errors = nu_errors(files, site)
    print("\n".join(errors) if errors else f"{len(files)} HTML files, no errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
