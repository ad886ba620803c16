"""Read pages' front matter, their Markdown text, the data files and
mkdocs.yml into plain records.

The only module here that touches the file system. Parsing problems are
returned as ``Problem`` records, never raised, so that an editor sees every
problem of a build at once. Input is read strictly: a file that is not
UTF-8 is named with the line, a key given twice is a problem, and a UTF-8
byte-order mark or Windows line endings (CRLF) are accepted as MkDocs
accepts them.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

import yaml

from knowledge.content import invisible, strict_yaml
from knowledge.content.history import LAST_CHANGED_FORMAT, LOG_FORMAT, Commit, parse_last_changed, parse_log
from knowledge.content.markdown_source import read_source
from knowledge.content.messages import say
from knowledge.content.model import COLLECTIONS, DEFAULT_LANGUAGE, LANGUAGES, Page, Problem, SiteData

T = TypeVar("T")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_LINE_IN_REASON = re.compile(r"\bline (\d+)\b")
_OPENING = re.compile(r"\A---[ \t]*(?:\n|\Z)")
# Absolute addresses anywhere in a file (front matter, text, data), with a
# preview address written without its scheme ("localhost:8000/...").
_ADDRESS = re.compile(
    r"(?:https?:)?//[^\s<>\"'`)\]]+|(?<![\w./-])(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)(?::\d+)?/[^\s<>\"'`)\]]*"
)


def decode(raw: bytes, label: str) -> tuple[str | None, list[Problem]]:
    """The text of a file as MkDocs reads it: UTF-8 with an optional byte-order
    mark, any line endings as \\n. None and a problem naming the line if it is
    not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(label, "file", say("not-utf8", line=line, byte=f"0x{raw[error.start]:02x}"))]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def split_front_matter(text: str) -> tuple[str | None, str]:
    """Return (front-matter YAML or None, body), as MkDocs splits them."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    return match.group(1) or "", text[match.end() :]


# What usually causes the YAML parser's messages, in the words an editor needs.
YAML_HINTS = (
    (
        "mapping values are not allowed",
        " (usually a colon and a space inside a text that is not in quotes: put the text in quotes)",
    ),
    (
        "did not find expected alphabetic or numeric character",
        " (usually a list written with * bullets: YAML lists use a dash and a space, `- item`)",
    ),
    (
        "could not find expected ':'",
        " (usually a line of a text that lost its indentation: indent it like the line above)",
    ),
    ("did not find expected '-' indicator", " (usually a list item indented differently from the others)"),
)


def yaml_error(error: yaml.YAMLError, line_offset: int = 0) -> str:
    # Where the broken construct starts (an unclosed bracket), else where parsing stopped;
    # a tab is shown where it is.
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    problem += next((hint for words, hint in YAML_HINTS if words in problem), "")
    context = None if "tab" in problem else getattr(error, "context_mark", None)
    mark = context or getattr(error, "problem_mark", None)
    if mark is not None:
        return say("yaml-invalid", line=mark.line + 1 + line_offset, problem=problem)
    return say("yaml-invalid-file", problem=problem)


def parse_yaml(label: str, text: str, field: str, line_offset: int = 0) -> tuple[object, list[Problem]]:
    """YAML text read strictly: a syntax error or a key given twice is a problem
    (``line_offset``: the text's first line in its file, less one)."""
    try:
        value, repeated = strict_yaml.parse(text, line_offset=line_offset)
    except yaml.YAMLError as error:
        return None, [Problem(label, field, yaml_error(error, line_offset))]
    return value, repeated_problems(label, repeated, line_offset)


def repeated_problems(
    label: str, repeated: list[strict_yaml.Repeated], line_offset: int = 0
) -> list[Problem]:
    """A line per key given twice; one line for an entry whose `id` comes twice:
    an entry added without its leading `- ` has merged into the one above."""
    merged = {r.mapping: r for r in repeated if r.key == "id" and r.mapping}
    problems = []
    for r in repeated:
        if r.mapping in merged:
            if r is merged[r.mapping]:
                keys = ", ".join(x.key for x in repeated if x.mapping == r.mapping)
                problems.append(
                    Problem(label, r.mapping, say("yaml-merged-entry", line=r.line + line_offset, keys=keys))
                )
            continue
        first, line = r.first_line + line_offset, r.line + line_offset
        problems.append(Problem(label, r.path, say("yaml-repeated", first=first, line=line)))
    return problems


def _missing_front_matter(path: str, text: str) -> Problem:
    if _OPENING.match(text):
        return Problem(path, "front matter", say("front-matter-unclosed"))
    if text.lstrip().startswith("---"):
        return Problem(path, "front matter", say("front-matter-not-first"))
    return Problem(path, "front matter", say("front-matter-missing"))


def parse_front_matter(path: str, text: str) -> tuple[dict[str, Any], list[Problem]]:
    front, _ = split_front_matter(text)
    if front is None:
        return {}, [_missing_front_matter(path, text)]
    # +1: the opening --- line is not part of the YAML text
    meta, problems = parse_yaml(path, front, "front matter", line_offset=1)
    if meta is None and not problems:
        meta = {}
    if not isinstance(meta, dict):
        if any(p.field == "front matter" for p in problems):
            return {}, problems
        return {}, [Problem(path, "front matter", say("front-matter-not-mapping"))]
    return meta, problems


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


# MkDocs' Markdown file suffixes (mkdocs.utils.markdown_extensions): each is a page.
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")


def is_markdown(path: str) -> bool:
    return path.endswith(MARKDOWN_SUFFIXES)


def address_of(docs_path: str) -> str:
    """The address a file of docs/ is published at in the Danish edition:
    `moduler/x/kursusmappe.en.md` -> `moduler/x/kursusmappe/`, `data/x.csv` -> itself."""
    base = split_language(docs_path)[1]
    return page_url(base, DEFAULT_LANGUAGE) if is_markdown(base) else base


def expected_id(base_path: str) -> str:
    """The id a page must carry: its file name, or its folder's name for an
    index page (the URL is derived from it)."""
    stem = posixpath.splitext(base_path)[0]
    if stem == "index":
        return "forside"
    if stem.endswith("/index"):
        return posixpath.basename(stem[: -len("/index")])
    return posixpath.basename(stem)


def addresses(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """Every absolute address in ``text`` with its line (for the checks of
    preview and own-site links)."""
    if "//" not in text and "localhost" not in text and "127." not in text and "0.0.0.0" not in text:
        return []
    found = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        found += [(number, m.group(0).rstrip(".,;:")) for m in _ADDRESS.finditer(line)]
    return found


def read_page(docs_dir: Path, rel_path: str) -> tuple[Page, list[Problem]]:
    label = f"docs/{rel_path}"
    lang, base = split_language(rel_path)
    text, problems = decode((docs_dir / rel_path).read_bytes(), label)
    page = Page(path=rel_path, lang=lang, meta={}, url=page_url(base, lang))
    if text is None:
        return page, problems
    front, body = split_front_matter(text)
    # Characters that cannot be seen, where they break the YAML: the front matter is
    # not read, so that what follows from them is not reported as well.
    hidden = invisible.yaml_problems(front, first_line=2) if front is not None else []
    if hidden:
        meta: dict[str, Any] = {}
        problems = [Problem(label, "front matter", reason) for _, reason in hidden]
    else:
        meta, problems = parse_front_matter(label, text)
    body_line = 1 if front is None else text[: len(text) - len(body)].count("\n") + 1
    title = meta.get("title")
    facts = read_source(body if front is not None else "", body_line, title if isinstance(title, str) else "")
    in_text = invisible.markdown_problems(body, body_line) if front is not None else []
    lines = {line for line, _ in in_text}
    problems += [Problem(label, "text", reason) for _, reason in in_text]
    problems += [
        Problem(label, f"line {line}", reason)
        for line, reason in facts.problems
        if line not in lines and not lines & {int(n) for n in _LINE_IN_REASON.findall(reason)}
    ]
    page.meta = meta
    page.source = facts
    page.addresses = addresses(text)
    page.embeds = [c.embed for c in facts.comments if c.embed]
    return page, problems


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


def docs_files(docs_dir: Path) -> list[str]:
    """Every file MkDocs publishes from ``docs_dir`` (its default leaves out
    names starting with a dot), as docs-relative paths."""
    return sorted(
        path.relative_to(docs_dir).as_posix()
        for path in docs_dir.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(docs_dir).parts)
    )


def _read_data_file(data_dir: Path, file: str, data: SiteData) -> tuple[object, list[Problem]]:
    label = f"data/{file}"
    path = data_dir / file
    if not path.exists():
        return None, [Problem(label, "file", say("data-file-missing"))]
    text, problems = decode(path.read_bytes(), label)
    if text is None:
        return None, problems
    data.addresses[file] = addresses(text)
    hidden = invisible.yaml_problems(text)
    if hidden:  # read as broken, like YAML that does not parse
        return None, [Problem(label, "file", reason) for _, reason in hidden]
    content, problems = parse_yaml(label, text, "file")
    if content is None and not problems:
        keys = [c.key for c in COLLECTIONS.values() if c.file == file and c.key]
        what = f"the keys {', '.join(keys)}" if keys else "a list of entries"
        problems.append(Problem(label, "file", say("data-file-empty", what=what)))
    return content, problems


def load_data(data_dir: Path) -> tuple[SiteData, list[Problem]]:
    """Read every data file named in the model. A file that cannot be read
    yields a problem and an empty collection, marked broken: references into
    it are not checked, so that its one problem is not repeated by every
    page that refers to it."""
    data, problems = SiteData(), []
    parsed: dict[str, object] = {}
    failed: set[str] = set()
    for collection in COLLECTIONS.values():
        label = f"data/{collection.file}"
        if collection.file not in parsed:
            parsed[collection.file], found = _read_data_file(data_dir, collection.file, data)
            problems += found
            if found:
                failed.add(collection.file)
        content = parsed[collection.file]
        if collection.file in failed:
            data.broken.add(collection.name)
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
                data.broken.add(collection.name)
                continue
            content = content[collection.key]
        if not isinstance(content, list) or not all(isinstance(e, dict) for e in content):
            problems.append(Problem(label, collection.key or "file", say("data-not-list")))
            data.collections[collection.name] = []
            data.broken.add(collection.name)
            continue
        data.collections[collection.name] = content
    return data, problems


def read_config(path: Path) -> tuple[dict[str, Any], list[Problem]]:
    """mkdocs.yml as a plain mapping (`!ENV` resolved as MkDocs does), read
    strictly like the content: a key given twice is a problem."""
    label = path.name
    text, problems = decode(path.read_bytes(), label)
    if text is None:
        return {}, problems
    hidden = invisible.yaml_problems(text)
    if hidden:
        return {}, [Problem(label, "file", reason) for _, reason in hidden]
    try:
        config, repeated = strict_yaml.parse(text, config=True)
    except yaml.YAMLError as error:
        return {}, [Problem(label, "file", yaml_error(error))]
    problems = repeated_problems(label, repeated)
    # The build's date comes from KB_TODAY only: a date written here would be committed
    # with a preview and make the published site age from that day, silently.
    # The same for the published address (SITE_URL, set by the publishing workflow).
    for setting, code in (
        (("extra", "today"), "config-today-written"),
        (("site_url",), "config-site-url-written"),
    ):
        if strict_yaml.tag_at(text, setting) not in (None, "!ENV"):
            problems.append(Problem(label, ".".join(setting), say(code)))
    return (config if isinstance(config, dict) else {}), problems


class ParseCache:
    """Parsed files, with the (mtime, size) of each file they were parsed from:
    each language build and each `mkdocs serve` rebuild parses only what changed."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[tuple[Any, ...], object]] = {}

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


def page_templates(theme_dirs: Sequence[Path]) -> frozenset[str]:
    """The templates a page may name in `template:`: the HTML files at the top
    of the theme's folders (overrides/, then Material's)."""
    return frozenset(
        p.name for directory in theme_dirs if directory.is_dir() for p in directory.glob("*.html")
    )


def load_last_changed(repo_dir: Path, paths: tuple[str, ...] = ("docs", "data")) -> dict[str, dt.date] | None:
    """Repository path -> the day git last changed it (the whole history, one
    command), or None where there is no git history."""
    output = _git(repo_dir, "log", f"--format={LAST_CHANGED_FORMAT}", "--name-only", "--", *paths)
    return None if output is None else parse_last_changed(output)


def _git(repo_dir: Path, *args: str) -> str | None:
    """The output of a git command, or None (no repository, git not installed)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(repo_dir), *args], capture_output=True, text=True, encoding="utf-8", check=False
        )
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def load_history(
    repo_dir: Path, paths: tuple[str, ...] = ("docs", "data"), limit: int = 300
) -> list[Commit] | None:
    """The latest commits that changed ``paths``, newest first, or None where
    there is no git history (a build from a tarball, git not installed)."""
    output = _git(
        repo_dir, "log", "--no-merges", f"-n{limit}", f"--format={LOG_FORMAT}",
        "-p", "--unified=0", "--no-color", "--no-ext-diff", "--find-renames", "--", *paths,
    )  # fmt: skip
    return None if output is None else parse_log(output)


def read_manifest(path: Path) -> tuple[dict[str, list[str]] | None, list[Problem]]:
    """urls.json, the published URLs and their anchors: ``{"pages": {url: [anchor, ...]}}``.
    None and a problem with the line where it is not that (a trailing comma, a
    merge conflict left in it); no file: nothing is guarded yet."""
    label = path.name
    if not path.exists():
        return {}, []
    text, problems = decode(path.read_bytes(), label)
    if text is None:
        return None, problems
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        line, problem = _json_problem(text, error)
        return None, [Problem(label, "file", say("json-invalid", line=line, problem=problem))]
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, dict) or not all(
        isinstance(anchors, list) and all(isinstance(a, str) for a in anchors) for anchors in pages.values()
    ):
        return None, [Problem(label, "pages", say("manifest-shape"))]
    return {str(url): list(anchors) for url, anchors in pages.items()}, []


def _json_problem(text: str, error: json.JSONDecodeError) -> tuple[int, str]:
    """Where and what: the usual causes named (a comma after the last item, at the
    comma's line; a merge conflict left in the file), else the JSON decoder's reason."""
    before = text[: error.pos].rstrip()
    if before.endswith(",") and text[error.pos : error.pos + 1] in ("]", "}"):
        return before.count("\n") + 1, "a comma after the last item"
    if text.startswith(("<<<<<<<", "=======", ">>>>>>>"), text.rfind("\n", 0, error.pos) + 1):
        return error.lineno, "a merge conflict marker"
    return error.lineno, error.msg
