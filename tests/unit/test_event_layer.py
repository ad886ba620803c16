"""The event layer: hooks/pipeline.py is the only hook and the whole order of
the build; every field of the build's state has one writer (hooks/state.py);
the navigation comes out in the documented order (the events replayed
in-process against the real mkdocs.yml, without a full build, as
mkdocs-static-i18n's own tests do); the state follows the builds."""

from __future__ import annotations

import ast
import logging
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.nav import Navigation, Section, get_navigation
from mkdocs.structure.pages import Page as MkDocsPage

import state
from knowledge.content.model import Page
from knowledge.outputs.navigation import UNKNOWN_ORDER, is_index_page, sort_key

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ROOT / "hooks"


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.setenv("DISABLE_MKDOCS_2_WARNING", "true")
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)
    yield
    logger.setLevel(level)


def project_config(tmp_path: Path) -> MkDocsConfig:
    return load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))


def replay_until_nav(config: MkDocsConfig) -> tuple[MkDocsConfig, Files, Navigation]:
    """The events of mkdocs/commands/build.py up to on_nav, in-process."""
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    files.add_files_from_theme(config.theme.get_env(), config)
    files = config.plugins.on_files(files, config=config)
    nav = get_navigation(files, config)
    return config, files, config.plugins.on_nav(nav, config=config, files=files)


def pipeline_of(config: MkDocsConfig) -> Any:
    """The hook module as MkDocs loaded it (by its path, so not `import pipeline`)."""
    return config.plugins["hooks/pipeline.py"]


def record_of(config: MkDocsConfig, page: Any) -> Page:
    """The content record of an MkDocs page (every page of the site has one)."""
    record = pipeline_of(config)._language(config).record(page.file.src_uri)
    assert record is not None, page.file.src_uri
    return record


# --- one hook, the whole order ---------------------------------------------------


def _origin(handler: Any) -> str:
    module = getattr(handler, "__module__", "") or ""
    return "i18n" if module.startswith("mkdocs_static_i18n") else module


def test_the_pipeline_is_the_only_project_handler_and_runs_where_it_says(tmp_path):
    """Every handler MkDocs registers is the pipeline's, the i18n plugin's or the theme's,
    and the pipeline's run on the documented side of the plugin's."""
    config = project_config(tmp_path)
    events = config.plugins.events
    ours = {
        event: [h for h in handlers if _origin(h).endswith("pipeline.py")]
        for event, handlers in events.items()
    }
    assert all(
        _origin(h).endswith("pipeline.py") or _origin(h) == "i18n" or _origin(h).startswith("material")
        for handlers in events.values()
        for h in handlers
    )

    def position(event: str, name: str) -> int:
        return next(i for i, h in enumerate(events[event]) if h in ours[event] and h.__name__ == name)

    def i18n_position(event: str) -> int:
        return next(i for i, h in enumerate(events[event]) if _origin(h) == "i18n")

    assert (
        position("files", "_load_content") < i18n_position("files") < position("files", "_add_course_packs")
    )
    assert position("post_build", "_write_language_outputs") < i18n_position("post_build")
    assert i18n_position("post_build") < position("post_build", "_finish_site")
    assert i18n_position("nav") < position("nav", "on_nav")
    assert i18n_position("page_markdown") < position("page_markdown", "on_page_markdown")
    assert i18n_position("page_context") < position("page_context", "on_page_context")
    assert events["post_page"][-1].__name__ == "on_post_page"  # last: the policy covers every script
    assert sum(len(handlers) for handlers in ours.values()) == 15


def test_the_pipeline_reads_in_the_order_mkdocs_runs_the_events():
    order = ["startup", "serve", "config", "files", "nav", "page_markdown", "page_content", "env",
             "post_template", "page_context", "post_page", "post_build", "build_error"]  # fmt: skip
    tree = ast.parse((HOOKS / "pipeline.py").read_text(encoding="utf-8"))
    in_file = []  # the module's top-level statements are in file order
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("on_"):
            in_file.append(node.name)
        elif isinstance(node, ast.Assign):
            in_file += [t.id for t in node.targets if isinstance(t, ast.Name) and t.id.startswith("on_")]
    assert [name.removeprefix("on_") for name in in_file] == order


# --- one writer per field --------------------------------------------------------

MUTATORS = {"append", "extend", "update", "add", "setdefault", "insert"}


def _writes(tree: ast.AST) -> dict[str, set[str]]:
    """Field of a LanguageBuild -> the functions that write it (`x.field = ...`,
    `x.field[k] = ...`, `x.field.append(...)`), where x is a language build."""
    found: dict[str, set[str]] = {}
    for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        for node in ast.walk(function):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in MUTATORS
            ):
                targets = [node.func.value]
            for target in targets:
                while isinstance(target, ast.Subscript):
                    target = target.value
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "language"
                ):
                    found.setdefault(target.attr, set()).add(function.name)
    return found


def test_every_field_of_a_language_build_has_one_writer_the_one_state_names():
    writers: dict[str, set[str]] = {}
    for path in [HOOKS / "pipeline.py", *sorted((HOOKS / "steps").glob("*.py"))]:
        for field_name, functions in _writes(ast.parse(path.read_text(encoding="utf-8"))).items():
            writers.setdefault(field_name, set()).update(f"{path.stem}.{f}" for f in functions)
    assert {name: len(functions) for name, functions in writers.items() if len(functions) != 1} == {}
    for name, descriptor in vars(state.LanguageBuild).items():
        if isinstance(descriptor, state.Written):
            assert writers.get(name) == {descriptor.writer}, name


def test_a_field_read_before_its_step_or_written_twice_stops_the_build_naming_the_step():
    language = state.LanguageBuild("da", Any, Any, Any)  # type: ignore[arg-type]
    with pytest.raises(PluginError, match=r"^references is not there yet: references.gather writes it"):
        _ = language.references
    language.redirects = {}
    with pytest.raises(
        PluginError, match=r"^redirects is written twice in one build; only urls.write_redirects"
    ):
        language.redirects = {}


# --- navigation ------------------------------------------------------------------


def _pages_depth_first(items) -> list[MkDocsPage]:
    pages = []
    for item in items:
        if isinstance(item, Section):
            pages += _pages_depth_first(item.children)
        elif isinstance(item, MkDocsPage):
            pages.append(item)
    return pages


def _sections(items):
    for item in items:
        if isinstance(item, Section):
            yield item
            yield from _sections(item.children)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_navigation_is_ordered_and_titled_from_the_front_matter(tmp_path, lang):
    config = project_config(tmp_path)
    i18n: Any = config.plugins["i18n"]
    i18n.current_language = lang  # as the plugin sets it for a language build
    config, _, nav = replay_until_nav(config)
    assert pipeline_of(config)._language(config).lang == lang

    def key(item):
        if isinstance(item, Section):
            item_page = next(c for c in item.children if isinstance(c, MkDocsPage) and c.is_index)
        else:
            item_page = item
        record = record_of(config, item_page)
        return sort_key(record, item.title or "", is_section=isinstance(item, Section))

    assert record_of(config, nav.items[0]).type == "home"
    for siblings in [nav.items, *(s.children for s in _sections(nav.items))]:
        keys = [key(item) for item in siblings]
        assert keys == sorted(keys)
        assert all(k[0] != UNKNOWN_ORDER for k in keys), "every navigation item is a content page"
    for section in _sections(nav.items):
        first = section.children[0]
        index = record_of(config, first)
        assert isinstance(first, MkDocsPage) and is_index_page(index), section.title
        assert section.title == (index.meta.get("nav_title") or index.title)


def test_previous_and_next_follow_the_navigation(tmp_path):
    _, _, nav = replay_until_nav(project_config(tmp_path))
    pages = _pages_depth_first(nav.items)
    assert nav.pages == pages
    assert [p.previous_page for p in pages] == [None, *pages[:-1]]
    assert [p.next_page for p in pages] == [*pages[1:], None]


def test_pages_with_a_navigation_title_show_it(tmp_path):
    config, _, nav = replay_until_nav(project_config(tmp_path))
    short = [p for p in nav.pages if record_of(config, p).meta.get("nav_title")]
    assert short, "the content has pages with nav_title"
    assert all(p.title == record_of(config, p).meta["nav_title"] for p in short)


def _page(path: str, order: int, title: str) -> Page:
    return Page(path=path, lang="da", meta={"order": order, "title": title})


def test_sort_key_puts_the_index_page_first_then_order_then_title_and_unknown_items_last():
    index = _page("moduler/index.md", 5, "Moduler")
    items = [
        (None, "Et link", False),
        (_page("moduler/b.md", 2, "beta"), "", False),
        (_page("moduler/a.md", 2, "Alfa"), "", False),
        (_page("moduler/c.md", 1, "Gamma"), "", False),
        (index, "", False),
    ]
    ordered = sorted(items, key=lambda item: sort_key(item[0], item[1], is_section=item[2]))
    assert [(r.title if r else t) for r, t, _ in ordered] == ["Moduler", "Gamma", "Alfa", "beta", "Et link"]
    # A section sorts by its index page's order among its siblings, not first.
    assert sort_key(index, "", is_section=True) == (5, "moduler")


# --- state per build and per language ------------------------------------------


def test_a_new_build_starts_a_new_state_and_a_nested_build_adds_its_language(tmp_path):
    config = project_config(tmp_path)
    i18n: Any = config.plugins["i18n"]
    session = pipeline_of(config).session
    replay_until_nav(config)
    first = session.build
    assert first is not None and list(first.languages) == ["da"]
    i18n.building, i18n.current_language = True, "en"  # the plugin's nested build of English
    replay_until_nav(config)
    assert session.build is first and list(first.languages) == ["da", "en"]
    i18n.building, i18n.current_language = False, "da"  # the next build (mkdocs serve)
    replay_until_nav(config)
    assert session.build is not first
