"""One contract test per MkDocs or plugin internal the build relies on
(hooks/framework.py), run against the locked versions: an upgrade that
changes one fails here, naming it."""

from __future__ import annotations

import inspect
import logging
import logging.handlers
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import mkdocs.commands.build
import mkdocs.commands.serve
import mkdocs.livereload
import mkdocs_static_i18n.plugin
import mkdocs_static_i18n.suffix
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

import framework

ROOT = Path(__file__).resolve().parents[2]


def _i18n_stub(current: str | None, building: bool = False) -> Any:  # a config, as far as framework reads it
    plugin = SimpleNamespace(
        current_language=current, default_language="da", build_languages=["da", "en"], building=building
    )
    return SimpleNamespace(plugins={"i18n": plugin})


# --- mkdocs-static-i18n ----------------------------------------------------------


def test_the_plugin_has_every_attribute_the_build_reads(tmp_path):
    plugin = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path)).plugins["i18n"]
    assert all(hasattr(plugin, name) for name in framework.I18N_ATTRIBUTES)


def test_the_plugins_handlers_run_at_the_priorities_the_pipeline_is_placed_around():
    plugin = mkdocs_static_i18n.plugin.I18n
    for event in ("on_config", "on_files", "on_nav", "on_post_page", "on_post_build"):
        assert getattr(plugin, event).mkdocs_priority == framework.I18N_PRIORITY, event
    for event in ("on_page_markdown", "on_page_context"):
        assert getattr(plugin, event).mkdocs_priority > 0, event


def test_the_plugins_own_files_carry_the_attributes_a_generated_file_is_given():
    source = inspect.getsource(mkdocs_static_i18n.suffix)
    for attribute in ("locale", "locale_alternate_of", "alternates"):
        assert f".{attribute} =" in source or f"{attribute}=" in source, attribute


def test_the_plugin_builds_the_other_languages_from_its_post_build_with_its_building_flag():
    source = inspect.getsource(mkdocs_static_i18n.plugin.I18n.on_post_build)
    assert "self.building = True" in source and "build(config" in source


def test_before_the_plugin_chooses_a_language_it_is_the_default():
    assert framework.language(_i18n_stub(None)) == "da"


@pytest.mark.parametrize("missing", ["current_language", "default_language", "build_languages"])
def test_missing_plugin_internals_stop_the_build_with_one_line(missing):
    config = _i18n_stub("da")
    delattr(config.plugins["i18n"], missing)
    with pytest.raises(PluginError) as error:
        framework.language(config) if missing != "build_languages" else framework.languages(config)
    assert "\n" not in str(error.value) and f"mkdocs-static-i18n has no {missing}:" in str(error.value)


def test_without_the_plugin_the_build_stops_with_one_line_and_no_build_is_nested():
    config = cast(Any, SimpleNamespace(plugins={}))
    with pytest.raises(PluginError, match=r"^mkdocs.yml: plugins: the hooks need mkdocs-static-i18n"):
        framework.language(config)
    assert framework.is_nested_build(config) is False


def test_a_language_the_content_model_does_not_know_stops_the_build():
    with pytest.raises(PluginError, match=r"building 'fr', a language the content model does not know"):
        framework.language(_i18n_stub("fr"))


# --- mkdocs serve ----------------------------------------------------------------


def test_serve_builds_through_its_modules_build_function_and_the_server_through_builder():
    assert callable(mkdocs.commands.serve.build)
    assert "build(config" in inspect.getsource(mkdocs.commands.serve.serve)
    assert "self.builder = builder" in inspect.getsource(mkdocs.livereload.LiveReloadServer.__init__)
    assert "self.builder()" in inspect.getsource(mkdocs.livereload.LiveReloadServer)


def test_wrapping_the_serve_build_happens_once(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(mkdocs.commands.serve, "build", lambda *a, **k: calls.append("built"))

    def wrap(build):
        def wrapped(*args, **kwargs):
            calls.append("wrapped")
            build(*args, **kwargs)

        return wrapped

    framework.wrap_serve_build(wrap)
    framework.wrap_serve_build(wrap)
    serve_build: Any = mkdocs.commands.serve.build
    serve_build()
    assert calls == ["wrapped", "built"]


# --- MkDocs' log -----------------------------------------------------------------


def test_mkdocs_logs_the_page_error_lines_the_build_leaves_out():
    source = inspect.getsource(mkdocs.commands.build)
    assert "Error reading page '" in source and "Error building page '" in source


def test_warnings_that_must_not_fail_a_strict_build_are_printed_but_not_counted():
    assert "CountHandler()" in inspect.getsource(mkdocs.commands.build.build)
    mkdocs_logger = logging.getLogger("mkdocs")
    counter, shown = CountHandler(), logging.handlers.BufferingHandler(10)
    mkdocs_logger.addHandler(counter)
    mkdocs_logger.addHandler(shown)
    try:
        framework.warn_uncounted(["docs/x.md: reviewed: review overdue"])
    finally:
        mkdocs_logger.removeHandler(counter)
        mkdocs_logger.removeHandler(shown)
    assert counter.get_counts() == []
    assert [r.getMessage() for r in shown.buffer] == ["docs/x.md: reviewed: review overdue"]


def test_the_sitemap_reads_each_pages_update_date():
    template = Path(mkdocs_static_i18n.__file__).parent / "custom_i18n_sitemap" / "sitemap.xml"
    assert "file.page.update_date" in template.read_text(encoding="utf-8")
