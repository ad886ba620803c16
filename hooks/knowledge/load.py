"""Read pages' front matter and the data files into plain records.

The only module here that touches the file system. Parsing problems are
returned as ``Problem`` records, never raised, so that an editor sees every
problem of a build at once.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar, cast

import yaml

from .messages import say
from .model import COLLECTIONS, DEFAULT_LANGUAGE, LANGUAGES, Page, Problem, SiteData

T = TypeVar("T")

EMBED = re.compile(r"^<!--\s*embed:\s*(\S+?)\s*-->[ \t]*$", re.MULTILINE)
# libyaml's parser where PyYAML was built with it (the wheels are): several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front-matter YAML or None, body), as MkDocs splits them."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    return match.group(1) or "", text[match.end() :]


def yaml_error(error: yaml.YAMLError, line_offset: int = 0) -> str:
    # Where the broken construct starts (an unclosed bracket), else where parsing stopped.
    mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    if mark is not None:
        return say("yaml-invalid", line=mark.line + 1 + line_offset, problem=problem)
    return say("yaml-invalid-file", problem=problem)


def parse_front_matter(path: str, text: str) -> tuple[dict, list[Problem]]:
    front, _ = split_front_matter(text)
    if front is None:
        return {}, [Problem(path, "front matter", say("front-matter-missing"))]
    try:
        meta = yaml.load(front, Loader=_Loader) or {}
    except yaml.YAMLError as error:
        # +1: the opening --- line is not part of the YAML text
        return {}, [Problem(path, "front matter", yaml_error(error, line_offset=1))]
    if not isinstance(meta, dict):
        return {}, [Problem(path, "front matter", say("front-matter-not-mapping"))]
    return meta, []


def split_language(path: str) -> tuple[str, str]:
    """'kerneelementer/opsporing.en.md' -> ('en', 'kerneelementer/opsporing.md')."""
    stem, ext = posixpath.splitext(path)
    base, dot, suffix = stem.rpartition(".")
    if dot and suffix in LANGUAGES and suffix != DEFAULT_LANGUAGE:
        return suffix, base + ext
    return DEFAULT_LANGUAGE, path


def page_url(base_path: str, lang: str) -> str:
    """Site-relative URL of a page, as MkDocs (use_directory_urls) and the
    i18n plugin (non-default languages under /<lang>/) publish it."""
    stem = posixpath.splitext(base_path)[0]
    if stem == "index":
        url = ""
    elif stem.endswith("/index"):
        url = stem[: -len("index")]
    else:
        url = stem + "/"
    return url if lang == DEFAULT_LANGUAGE else f"{lang}/{url}"


def expected_id(base_path: str) -> str:
    """The id a page must carry: its file name, or its folder's name for an
    index page (the URL is derived from it)."""
    stem = posixpath.splitext(base_path)[0]
    if stem == "index":
        return "forside"
    if stem.endswith("/index"):
        return posixpath.basename(stem[: -len("/index")])
    return posixpath.basename(stem)


def read_page(docs_dir: Path, rel_path: str) -> tuple[Page, list[Problem]]:
    text = (docs_dir / rel_path).read_text(encoding="utf-8")
    meta, problems = parse_front_matter(f"docs/{rel_path}", text)
    lang, base = split_language(rel_path)
    embeds = EMBED.findall(split_front_matter(text)[1])
    return Page(path=rel_path, lang=lang, meta=meta, url=page_url(base, lang), embeds=embeds), problems


def load_pages(
    docs_dir: Path,
    rel_paths: list[str],
    read: Callable[[Path, str], tuple[Page, list[Problem]]] = read_page,
) -> tuple[list[Page], list[Problem]]:
    """Every page's front matter. ``read`` may be a caching version of read_page."""
    pages: list[Page] = []
    problems: list[Problem] = []
    for rel_path in sorted(rel_paths):
        page, found = read(docs_dir, rel_path)
        pages.append(page)
        problems.extend(found)
    return pages, problems


def load_data(data_dir: Path) -> tuple[SiteData, list[Problem]]:
    """Read every data file named in the model. A file that cannot be parsed
    yields a problem and an empty collection."""
    data, problems = SiteData(), []
    parsed: dict[str, object] = {}
    for collection in COLLECTIONS.values():
        label = f"data/{collection.file}"
        if collection.file not in parsed:
            path = data_dir / collection.file
            if not path.exists():
                problems.append(Problem(label, "file", say("data-file-missing")))
                parsed[collection.file] = None
            else:
                try:
                    parsed[collection.file] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
                except yaml.YAMLError as error:
                    problems.append(Problem(label, "file", yaml_error(error)))
                    parsed[collection.file] = None
        content = parsed[collection.file]
        if content is None:
            data.collections[collection.name] = []
            continue
        if collection.key:
            if isinstance(content, dict):
                lists = {c.key for c in COLLECTIONS.values() if c.file == collection.file}
                data.headers[collection.file] = {k: v for k, v in content.items() if k not in lists}
            if not isinstance(content, dict) or collection.key not in content:
                problems.append(Problem(label, collection.key, say("data-key-missing")))
                data.collections[collection.name] = []
                continue
            content = content[collection.key]
        if not isinstance(content, list) or not all(isinstance(e, dict) for e in content):
            problems.append(Problem(label, collection.key or "file", say("data-not-list")))
            data.collections[collection.name] = []
            continue
        data.collections[collection.name] = content
    return data, problems


class ParseCache:
    """Parsed files, with the (mtime, size) of each file they were parsed from:
    each language build and each `mkdocs serve` rebuild parses only what changed."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[tuple, object]] = {}

    def get(self, key: str, paths: Sequence[Path], parse: Callable[[], T]) -> T:
        """``parse()``'s result for the files ``paths``, parsed again only when one changed."""
        stamp = tuple((p, p.stat().st_mtime_ns, p.stat().st_size) for p in paths)
        hit = self._entries.get(key)
        if hit is not None and hit[0] == stamp:
            return cast(T, hit[1])
        value = parse()
        self._entries[key] = (stamp, value)
        return value


def load_content(
    docs_dir: Path, rel_paths: list[str], data_dir: Path, cache: ParseCache
) -> tuple[list[Page], SiteData, list[Problem]]:
    """Every page's front matter and every data file, read through ``cache``."""

    def read(directory: Path, rel_path: str) -> tuple[Page, list[Problem]]:
        path = directory / rel_path
        return cache.get(str(path), [path], lambda: read_page(directory, rel_path))

    pages, problems = load_pages(docs_dir, rel_paths, read)
    data_files = sorted(data_dir.glob("*.yml"))
    data, data_problems = cache.get("<data>", data_files, lambda: load_data(data_dir))
    return pages, data, problems + data_problems
