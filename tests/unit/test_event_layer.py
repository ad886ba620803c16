"""The event layer itself: the documented event map matches the handlers MkDocs
registers, the navigation comes out in the documented order (the events
replayed in-process against the real mkdocs.yml, without a full build, as
mkdocs-static-i18n's own tests do), and the state follows the builds."""

from __future__ import annotations

import logging
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.nav import Navigation, Section, get_navigation
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
import event_map
from knowledge.content.index import Site
from knowledge.content.model import Page, SiteData
from knowledge.outputs.navigation import UNKNOWN_ORDER, is_index_page, sort_key

ROOT = Path(__file__).resolve().parents[2]


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


def record_of(config: MkDocsConfig, page: Any) -> Page:
    """The content record of an MkDocs page (every page of the site has one)."""
    record = build_state.current(config).record(page.file.src_uri)
    assert record is not None, page.file.src_uri
    return record


# --- the event map -------------------------------------------------------------


def _owner(handler) -> str | None:
    """The hook file or the i18n plugin a handler belongs to (None: another plugin)."""
    module = getattr(handler, "__module__", "") or ""
    if module.startswith("hooks/"):
        return module
    if module.startswith("mkdocs_static_i18n"):
        return event_map.I18N
    return None


def test_the_event_map_lists_every_hook_handler_in_the_order_mkdocs_runs_them(tmp_path):
    config = project_config(tmp_path)
    registered: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for event, handlers in config.plugins.events.items():
        if not any((_owner(h) or "").startswith("hooks/") for h in handlers):
            continue
        for handler in handlers:
            owner = _owner(handler)
            if owner is not None:
                registered[event].append((owner, getattr(handler, "mkdocs_priority", 0)))
    documented: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for row in event_map.EVENT_MAP:
        documented[row.event].append((row.module, row.priority))
    assert dict(documented) == dict(registered), (
        "a hook handler was added, removed or re-prioritised: update hooks/event_map.py"
    )


def test_the_event_map_is_in_build_order():
    positions = [event_map.EVENTS.index(row.event) for row in event_map.EVENT_MAP]
    assert positions == sorted(positions)


def test_the_readme_shows_the_event_map():
    table = event_map.markdown_table()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table in readme, f"paste `.venv/bin/python hooks/event_map.py` into the README:\n{table}"


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
    state = build_state.current(config)
    assert state.lang == lang

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


def _i18n_stub(current: str | None, building: bool = False) -> Any:  # a config, as far as the hooks read it
    plugin = SimpleNamespace(
        current_language=current, default_language="da", build_languages=["da", "en"], building=building
    )
    return SimpleNamespace(plugins={"i18n": plugin})


def _languages_with_state() -> list[str]:
    return sorted(build.lang for build in build_state.all_builds())


def test_a_new_build_forgets_every_language_and_a_nested_build_only_its_own():
    for lang in ("da", "en"):
        build_state.open_language(lang, Site(lang, SiteData()))
    build_state.start(_i18n_stub("en", building=True))  # the i18n plugin's nested build of English
    assert _languages_with_state() == ["da"]
    build_state.open_language("en", Site("en", SiteData()))
    build_state.start(_i18n_stub("en", building=False))  # the next build (mkdocs serve)
    assert _languages_with_state() == []


def test_before_the_plugin_chooses_a_language_it_is_the_default():
    assert build_state.language(_i18n_stub(None)) == "da"


def test_a_hook_that_runs_before_the_content_is_loaded_says_so():
    build_state.start(_i18n_stub(None))
    with pytest.raises(PluginError, match=r"no content loaded for 'da', listed above"):
        build_state.current(_i18n_stub(None))


@pytest.mark.parametrize("missing", build_state.I18N_ATTRIBUTES)
def test_missing_i18n_internals_stop_the_build_with_one_line(missing):
    config = _i18n_stub("da")
    delattr(config.plugins["i18n"], missing)
    with pytest.raises(PluginError) as error:
        build_state.language(config) if missing != "building" else build_state.is_nested_build(config)
    message = str(error.value)
    assert "\n" not in message
    assert f"mkdocs-static-i18n has no {missing}:" in message


def test_without_the_i18n_plugin_the_build_stops_with_one_line():
    with pytest.raises(PluginError, match=r"^mkdocs.yml: plugins: the hooks need mkdocs-static-i18n"):
        build_state.language(cast(Any, SimpleNamespace(plugins={})))


def test_a_language_the_content_model_does_not_know_stops_the_build():
    with pytest.raises(PluginError, match=r"building 'fr', a language the content model does not know"):
        build_state.language(_i18n_stub("fr"))


def test_the_real_plugin_has_every_attribute_the_hooks_read(tmp_path):
    plugin = project_config(tmp_path).plugins["i18n"]
    assert all(hasattr(plugin, name) for name in build_state.I18N_ATTRIBUTES)
