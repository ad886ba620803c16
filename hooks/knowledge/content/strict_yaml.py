"""YAML as editors write it, read strictly: a key given twice in one mapping
is a mistake, not "the last one wins".

PyYAML (like MkDocs) silently keeps the last of two equal keys, so a second
`status:` under an initiative, or an entry added without its leading `- `,
replaces what was there. Here the document is composed first, every mapping
is checked for repeated keys (with the lines of both), and only then is the
data constructed.
"""

from __future__ import annotations

import os
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


class _Loader(_BaseLoader):
    pass


class _ConfigLoader(_BaseLoader):
    """mkdocs.yml: `!ENV` as MkDocs resolves it; other tags (`!!python/name:...`) read as text."""


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


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("!", _any_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


def parse(text: str, config: bool = False) -> tuple[object, list[Repeated]]:
    """The data of ``text`` and every repeated key in it. Raises yaml.YAMLError
    for text that is not YAML (the caller reports it with its line)."""
    loader = (_ConfigLoader if config else _Loader)(text)
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
