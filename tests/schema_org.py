"""The schema.org vocabulary, read from schema-dts (Google's TypeScript
typings of schema.org, pinned in package.json), to check structured data
against it: that every type exists, every property belongs to its type, and
every value is of a kind the property allows."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPINGS = ROOT / "node_modules" / "schema-dts" / "dist" / "schema.d.ts"

_BASE = re.compile(r"^interface (\w+)Base extends ([^{]+)\{(.*?)^\}", re.M | re.S)
_LEAF = re.compile(r'^export interface (\w+)Leaf extends ([^{]+)\{\s*"@type": "(\w+)";', re.M)
_UNION = re.compile(r"^export type (\w+) = ([^;]+);", re.M)
_PROPERTY = re.compile(r'^    "(\w+)"\?: SchemaValue<([^>]+), "\w+">;', re.M)
TEXTUAL = {"Text", "URL", "Date", "DateTime", "Time", "CssSelectorType", "XPathType", "PronounceableText"}
NUMERIC = {"Integer", "Number", "Float"}


def missing_message() -> str:
    return f"{TYPINGS.relative_to(ROOT)} not found: run `make test` (npm ci installs schema-dts)."


class Vocabulary:
    def __init__(self, text: str) -> None:
        self.bases: dict[str, list[str]] = {}
        self.own: dict[str, dict[str, set[str]]] = {}
        for name, extends, body in _BASE.findall(text):
            self.bases[name] = re.findall(r"(\w+)Base", extends)
            self.own[name] = {p: set(r.replace(" ", "").split("|")) for p, r in _PROPERTY.findall(body)}
        self.leaves = {
            type_name: re.findall(r"(\w+)Base", extends) for _, extends, type_name in _LEAF.findall(text)
        }
        self.unions = {
            name: [m.strip() for m in members.split("|") if m.strip() != "string"]
            for name, members in _UNION.findall(text)
        }

    def is_type(self, name: str) -> bool:
        return name in self.leaves

    def properties(self, type_name: str) -> dict[str, set[str]]:
        """Every property of the type, inherited ones included, with its range."""
        result: dict[str, set[str]] = {}
        pending = list(self.leaves.get(type_name, []))
        seen: set[str] = set()
        while pending:
            base = pending.pop()
            if base in seen:
                continue
            seen.add(base)
            for prop, values in self.own.get(base, {}).items():
                result.setdefault(prop, set()).update(values)
            pending.extend(self.bases.get(base, []))
        return result

    def members(self, name: str) -> set[str]:
        """The type and all its subtypes (a value of any of them fits where ``name`` is expected)."""
        result: set[str] = set()
        pending = [name]
        while pending:
            current = pending.pop()
            if current in result:
                continue
            result.add(current)
            for member in self.unions.get(current, []):
                pending.append(member.removesuffix("Leaf"))
        return result

    def fits(self, value: object, allowed: set[str]) -> bool:
        if isinstance(value, bool):
            return "Boolean" in allowed
        if isinstance(value, (int, float)):
            return bool(allowed & NUMERIC)
        if isinstance(value, str):
            return bool(allowed & TEXTUAL)
        if isinstance(value, dict):
            if "@type" not in value:
                return "IdReference" in allowed and set(value) == {"@id"}
            return any(str(value["@type"]) in self.members(a) for a in allowed)
        return False

    def problems(self, node: dict, where: str = "") -> list[str]:
        """Every way ``node`` (a JSON-LD object with @type) does not fit the vocabulary."""
        type_name = str(node.get("@type"))
        if not self.is_type(type_name):
            return [f"{where}: no schema.org type {type_name!r}"]
        known = self.properties(type_name)
        found = []
        for prop, value in node.items():
            if prop.startswith("@"):
                continue
            if prop not in known:
                found.append(f"{where}: {type_name} has no property {prop!r}")
                continue
            for item in value if isinstance(value, list) else [value]:
                if not self.fits(item, known[prop]):
                    found.append(f"{where}: {type_name}.{prop} does not take {item!r:.80}")
                elif isinstance(item, dict) and "@type" in item:
                    found += self.problems(item, f"{where}/{prop}")
        return found


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary(TYPINGS.read_text(encoding="utf-8"))
