"""Write the JSON Schemas of the front matter of every page type and of every
data file into schemas/, from the content model (knowledge/checks/schema.py).

    make schema      (tests/unit/test_schema.py fails if schemas/ is stale)

EDITING.md ("Checks while you type") says how to use them in an editor.
"""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.checks.schema import all_schemas

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "schemas"


def rendered() -> dict[str, str]:
    """File name -> its text, as written."""
    return {
        name: json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        for name, schema in all_schemas().items()
    }


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    files = rendered()
    for stale in {p.name for p in FOLDER.glob("*.schema.json")} - set(files):
        (FOLDER / stale).unlink()
    for name, text in files.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    print(f"schemas/: {len(files)} schemas written")


if __name__ == "__main__":
    main()
