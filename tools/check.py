"""Check the content and the settings without building the site, in about a
second: the same checks and the same lines as the build's
(knowledge/checks/check.py), printed as `file: field: reason`.

    make check                    everything (usable as a git pre-commit hook)
    python tools/check.py --config-only     mkdocs.yml alone (make build runs it first)

Exit status 1 if there is a problem. What only a build can find (a link to
an anchor of a generated page, a published URL or anchor that disappears)
is left to `make build`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from pathlib import Path
from typing import Any

from knowledge.checks.check import by_file, config_lines, content_problems, settings
from knowledge.content.load import (
    docs_files,
    is_markdown,
    load_data,
    load_pages,
    page_templates,
    read_config,
    read_manifest,
)
from knowledge.content.model import Problem
from knowledge.outputs.addresses import generated_addresses
from knowledge.outputs.render.embeds import EMBEDS

ROOT = Path(__file__).resolve().parent.parent


def theme_dirs(root: Path, config: dict[str, Any]) -> list[Path]:
    """overrides/ and Material's templates, as MkDocs stacks them."""
    dirs = []
    theme = config.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if isinstance(custom, str):
        dirs.append(root / custom)
    spec = importlib.util.find_spec("material")
    if spec is not None and spec.submodule_search_locations:
        dirs.append(Path(next(iter(spec.submodule_search_locations))) / "templates")
    return dirs


def problems_of(root: Path, config_only: bool = False) -> list[Problem]:
    config, read_problems = read_config(root / "mkdocs.yml")
    problems = config_lines(config, read_problems)
    if config_only:
        return problems
    docs = root / str(config.get("docs_dir") or "docs")
    files = docs_files(docs)
    pages, found = load_pages(docs, [f for f in files if is_markdown(f)])
    data, data_problems = load_data(root / "data")
    templates = page_templates(theme_dirs(root, config))
    found += data_problems + content_problems(
        pages, data, settings(config, files, templates, EMBEDS, dt.date.today(), generated_addresses(pages))
    )
    found += read_manifest(root / "urls.json")[1]
    return problems + by_file(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config-only", action="store_true", help="check mkdocs.yml only")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project folder (default: this one)")
    args = parser.parse_args(argv)
    problems = problems_of(args.root, args.config_only)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s), listed above as file: field: reason", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
