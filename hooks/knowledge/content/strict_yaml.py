"""YAML as editors write it, read strictly: a key given twice in one mapping
is a mistake, not "the last one wins".

PyYAML (like MkDocs) silently keeps the last of two equal keys, so a second
`status:` under an initiative, or an entry added without its leading `- `,
replaces what was there. Here the document is composed first, every mapping
is checked for repeated keys (with the lines of both), and only then is the
data constructed.
"""

from __future__ import annotations

import calendar
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

# libyaml's parser where PyYAML was built with it (the wheels are): several times faster.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE = "tag:yaml.org,2002:merge"


@dataclass(frozen=True)
class Repeated:
    """A key given twice in one mapping."""

    path: str  # where, as the problem lines name fields: "initiatives.kommunale-beredskaber.status"
    mapping: str  # the mapping it is in: "initiatives.kommunale-beredskaber"
    key: str
    first_line: int  # 1-based lines in the text parsed
    line: int


class NotADate(str):
    """A value YAML reads as a date that the calendar does not have
    (`2026-13-01`, `2024-06-31`): kept as its text, with its line and why, so
    that the field's check names it in one line instead of a ValueError."""

    line: int
    why: str

    def __new__(cls, text: str, line: int, why: str) -> NotADate:
        value = super().__new__(cls, text)
        value.line, value.why = line, why
        return value


_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")


def _why_not(text: str) -> str:
    """Why a date-shaped text is not a day: the month or the day that does not exist."""
    match = _YMD.match(text.strip())
    if match is None:
        return "it is not a time of day"
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    last = calendar.monthrange(year, month)[1]
    if day < 1 or day > last:
        return f"{calendar.month_name[month]} {year} has {last} days"
    return "the time of day is not one"


def _timestamp(loader: Any, node: yaml.Node) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        text = str(node.value)
        return NotADate(text, node.start_mark.line + 1 + loader.line_offset, _why_not(text))


class _Loader(_BaseLoader):  # type: ignore[misc]  # the C loader where PyYAML has one (untyped)
    line_offset = 0


class _ConfigLoader(_BaseLoader):  # type: ignore[misc]
    """mkdocs.yml: `!ENV` as MkDocs resolves it; other tags (`!!python/name:...`) read as text."""

    line_offset = 0


def _env(loader: Any, node: yaml.Node) -> object:
    # pyyaml-env-tag, as MkDocs uses it: `!ENV NAME` or `!ENV [NAME, OTHER, default]`.
    if isinstance(node, yaml.ScalarNode):
        names, default = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    for name in names:
        if isinstance(name, str) and name in os.environ:
            try:
                return yaml.load(os.environ[name], Loader=_BaseLoader)
            except (yaml.YAMLError, ValueError):
                # e.g. KB_TODAY=2027-02-30, which YAML reads as an impossible date: the
                # text itself, so that the setting's own check names it in one line.
                return os.environ[name]
    return default


def _any_tag(loader: Any, suffix: str, node: yaml.Node) -> object:
    return loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else None


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_Loader.add_constructor(_TIMESTAMP, _timestamp)
_ConfigLoader.add_constructor(_TIMESTAMP, _timestamp)
_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("!", _any_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def parse(text: str, config: bool = False, line_offset: int = 0) -> tuple[object, list[Repeated]]:
    """The data of ``text`` and every repeated key in it. Raises yaml.YAMLError
    for text that is not YAML (the caller reports it with its line). A date the
    calendar does not have is a NotADate (its line: ``line_offset`` + its line in ``text``)."""
    loader = (_ConfigLoader if config else _Loader)(text)
    loader.line_offset = line_offset
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        repeated = list(_repeated(node, ""))
        return loader.construct_document(node), repeated
    finally:
        loader.dispose()


def _repeated(node: yaml.Node, path: str) -> Iterator[Repeated]:
    if isinstance(node, yaml.SequenceNode):
        for number, item in enumerate(node.value, start=1):
            yield from _repeated(item, _join(path, _item_name(item, number)))
    elif isinstance(node, yaml.MappingNode):
        first: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE or not isinstance(key_node, yaml.ScalarNode):
                continue
            key, line = str(key_node.value), key_node.start_mark.line + 1
            if key in first:
                yield Repeated(_join(path, key), path, key, first[key], line)
            else:
                first[key] = line
            yield from _repeated(value_node, _join(path, key))


def _item_name(item: yaml.Node, number: int) -> str:
    """An entry is named by its id, as the problem lines of the data files name it."""
    if isinstance(item, yaml.MappingNode):
        for key_node, value_node in item.value:
            if key_node.value == "id" and isinstance(value_node, yaml.ScalarNode) and value_node.value:
                return str(value_node.value)
    return f"#{number}"


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def tag_at(text: str, path: tuple[str, ...]) -> str | None:
    """The tag of the value at ``path`` of a mapping as written ("!ENV", or
    YAML's own for a plain value), None where there is none. ``text`` is
    known to parse."""
    loader = _ConfigLoader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    for key in path:
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
    return None if node is None else str(node.tag)
