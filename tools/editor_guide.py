"""Writes the generated parts of EDITING.md from the content model and the
message catalogue, so that the guide can never describe a field or an error
the build does not have.

    make guide      (tests/unit/test_editor_guide.py fails if EDITING.md is stale)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from knowledge.content.messages import MESSAGES, example
from knowledge.content.model import (
    COLLECTIONS,
    PAGE_TYPES,
    PASSTHROUGH_KEYS,
    TRANSLATABLE_FIELDS,
    Field,
    fields_of,
)

ROOT = Path(__file__).resolve().parent.parent


GUIDE = ROOT / "EDITING.md"
SECTIONS = {
    "FIELD TABLES": "field_tables",
    "ERROR MESSAGES": "error_messages",
}


def _kind(f: Field) -> str:
    if f.kind == "choice":
        return "one of " + ", ".join(f"`{c}`" for c in f.choices)
    if f.kind in ("pages", "page"):
        what = " or ".join(f.targets) if len(f.targets) < 4 else "content page"
        return f"{'list of ' if f.kind == 'pages' else ''}{what} id{'s' if f.kind == 'pages' else ''}"
    if f.kind in ("refs", "ref"):
        file = COLLECTIONS[f.collection].file
        return (
            f"{'list of ' if f.kind == 'refs' else ''}id{'s' if f.kind == 'refs' else ''} from `data/{file}`"
        )
    if f.kind == "bool" and f.choices:
        return "`true` / `false` / " + " / ".join(f"`{c}`" for c in f.choices)
    if f.kind == "flags":
        return "list of " + ", ".join(f"`{c}`" for c in f.choices)
    if f.kind == "mapping":
        return ", ".join(f"`{s.name}:` ({_kind(s)})" for s in f.fields)
    kind = {
        "text": "text",
        "int": "whole number",
        "number": "number",
        "date": "date `YYYY-MM-DD`",
        "bool": "`true` / `false`",
        "localized": "`da:` and `en:` texts",
        "localized_strings": "`da:` and `en:` lists of texts",
        "strings": "list of texts",
        "urls": "list of paths",
        "term": "`term`, `definition`, `forms`, `search_terms`",
        "template": "file name of a template",
    }[f.kind]
    limits = (["one line"] if f.single_line else []) + (
        [f"at most {f.max_length} characters"] if f.max_length else []
    )
    return f"{kind} ({', '.join(limits)})" if limits else kind


def _row(f: Field, translated: bool = False, fields: tuple[Field, ...] = ()) -> str:
    required = "yes" if f.required else ""
    if f.one_of:  # alternatives: exactly one of the group
        required = "one of " + ", ".join(f"`{g.name}`" for g in fields if g.one_of == f.one_of)
    english = "yes" if f.name in TRANSLATABLE_FIELDS else "its own" if f.name in PASSTHROUGH_KEYS else ""
    english = english if translated else ""
    help_text = f.help.replace("|", "\\|")
    cells = [f"`{f.name}`", required, _kind(f)]
    if translated:
        cells.append(english)
    cells.append(help_text)
    return "| " + " | ".join(cells) + " |"


def field_tables() -> str:
    parts = ["### Page types", ""]
    for name, page_type in PAGE_TYPES.items():
        folder = f" Lives in `docs/{page_type.folder}/`." if page_type.folder else ""
        parts += [
            f"#### `type: {name}`",
            "",
            page_type.help + folder,
            "",
            "| Field | Required | Value | In `.en.md` | Meaning |",
            "| --- | --- | --- | --- | --- |",
        ]
        fields = fields_of(name)
        parts += [_row(f, translated=True, fields=fields) for f in fields]
        parts.append("")
    parts += ["### Data files", ""]
    for collection in COLLECTIONS.values():
        where = f"`data/{collection.file}`" + (f", under `{collection.key}:`" if collection.key else "")
        parts += [
            f"#### {collection.help} ({where})",
            "",
            "| Field | Required | Value | Meaning |",
            "| --- | --- | --- | --- |",
        ]
        entry = collection.header + collection.fields
        parts += [_row(f, fields=entry) for f in entry]
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def error_messages() -> str:
    parts = ["| Message (example) | What to do |", "| --- | --- |"]
    for code in MESSAGES:
        line = example(code).replace("|", "\\|")
        parts.append(f"| `{line}` | {MESSAGES[code].fix.replace('|', chr(92) + '|')} |")
    return "\n".join(parts) + "\n"


def _between_markers(content: str) -> Callable[[re.Match[str]], str]:
    return lambda m: f"{m.group(1)}\n{content}\n{m.group(2)}"


def render(text: str) -> str:
    """EDITING.md with every generated section replaced by its current content."""
    for title, function in SECTIONS.items():
        pattern = re.compile(
            rf"(<!-- BEGIN GENERATED {title} \(make guide\) -->\n).*?(<!-- END GENERATED {title} -->)",
            re.DOTALL,
        )
        if not pattern.search(text):
            raise SystemExit(f"EDITING.md: the markers for {title} are missing")
        text = pattern.sub(_between_markers(globals()[function]()), text)
    return text


def main() -> None:
    GUIDE.write_text(render(GUIDE.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"{GUIDE.relative_to(ROOT)} updated")


if __name__ == "__main__":
    main()
