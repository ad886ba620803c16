"""Checks across the entries of a list or of a series: a relation that points
to its own page or entry, a value listed twice, and values that must be
unique (the numbers of a series such as the perspectives or the initiatives,
the titles of the pages of one language).

Which fields these apply to comes from the content model (``Field.unique``
and the list kinds), so a new field gets the checks by being declared.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from knowledge.content.messages import say
from knowledge.content.model import Field, Problem

LIST_KINDS = frozenset({"pages", "refs", "strings", "urls", "flags"})


def _key(value: object, fold: bool = True) -> Hashable | None:
    """What counts as the same value: texts regardless of spacing, and of case
    unless ``fold`` is False (glossary forms with capitals are distinct)."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return text.casefold() if fold else text
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return None


def _points_to(f: Field, own: str) -> bool:
    """Whether field ``f`` refers to the kind of thing its owner is: a page
    (``own`` = "pages") or an entry of the collection ``own``."""
    return (f.kind == "pages" and own == "pages") or (f.kind == "refs" and f.collection == own)


def list_problems(
    label: str, prefix: str, values: dict[str, Any], fields: tuple[Field, ...], own_id: str, own: str
) -> list[Problem]:
    """A list that names its owner itself, or names a value twice."""
    problems = []
    for f in fields:
        value = values.get(f.name)
        if f.kind not in LIST_KINDS or not isinstance(value, list):
            continue
        seen: set[Hashable] = set()
        for item in value:
            key = _key(item, fold=False)
            if key is None:
                continue
            if key in seen:
                problems.append(Problem(label, f"{prefix}{f.name}", say("listed-twice", value=item)))
            seen.add(key)
            if own_id and item == own_id and _points_to(f, own):
                what = "page" if own == "pages" else "entry"
                problems.append(
                    Problem(label, f"{prefix}{f.name}", say("relation-self", ref=item, what=what))
                )
    return problems


class Unique:
    """The values of unique fields seen so far, per scope (a page type, a
    collection, a language): the first holder keeps it, later ones are told."""

    def __init__(self) -> None:
        self._holders: dict[tuple[str, str, Hashable], str] = {}

    def claim(
        self, scope: str, f: Field, value: object, holder: str, label: str, field: str
    ) -> list[Problem]:
        items = value if isinstance(value, list) else [value]
        problems = []
        for item in items:
            key = _key(item)
            if key is None:
                continue
            first = self._holders.setdefault((scope, f.name, key), holder)
            if first != holder:
                problems.append(
                    Problem(label, field, say("value-taken", value=item, name=f.name, other=first))
                )
        return problems
