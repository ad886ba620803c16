"""The settings the site's promises rest on: the required hook and plugins,
Markdown extensions, the theme's overrides, both languages
and a quick exit that leads away from the site."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from knowledge.checks.config_guard import REQUIRED_HOOKS, config_problems, own_addresses
from knowledge.content.load import read_config

ROOT = Path(__file__).resolve().parents[2]
CONFIG, _ = read_config(ROOT / "mkdocs.yml")


def problems(change) -> list[str]:
    config = copy.deepcopy(CONFIG)
    change(config)
    return [str(p) for p in config_problems(config)]


def test_the_real_settings_have_the_pipeline_and_nothing_wrong():
    assert problems(lambda c: None) == []
    assert CONFIG["hooks"] == list(REQUIRED_HOOKS) == ["hooks/pipeline.py"]


def _set(path: str, value: object):
    def change(config: dict) -> None:
        *parents, key = path.split(".")
        for name in parents:
            config = config[name]
        config[key] = value

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda c: c["hooks"].remove("hooks/pipeline.py"),
            "mkdocs.yml: hooks: hooks/pipeline.py is missing (runs every step of the build, in order)",
        ),
        (
            lambda c: c.update(plugins=[p for p in c["plugins"] if "i18n" not in p]),
            "mkdocs.yml: plugins: i18n is missing (mkdocs-static-i18n builds the English edition)",
        ),
        (
            lambda c: c["markdown_extensions"].remove("md_in_html"),
            "mkdocs.yml: markdown_extensions: md_in_html is missing (Markdown inside <div markdown> blocks)",
        ),
        (
            _set("theme.name", "mkdocs"),
            "mkdocs.yml: theme.name: 'mkdocs'; must be 'material' (Material for MkDocs)",
        ),
        (
            _set("extra.quick_exit.url", None),
            "mkdocs.yml: extra.quick_exit.url: None; must be an https:// address on another site (the quick exit "
            "leads there)",
        ),
        (
            _set("extra.quick_exit.url", "https://localhost/"),
            "mkdocs.yml: extra.quick_exit.url: 'https://localhost/'; must be an https:// address on another site "
            "(the quick exit leads there)",
        ),
        (
            _set("extra.quick_exit.url", "https://vold-i-naere-relationer.github.io/"),
            "mkdocs.yml: extra.quick_exit.url: 'https://vold-i-naere-relationer.github.io/' is on the site's own "
            "host; the quick exit must lead away from the site",
        ),
        (
            _set("extra.today", "30.11.2026"),
            "mkdocs.yml: extra.today (KB_TODAY): must be a date written YYYY-MM-DD, not '30.11.2026'",
        ),
    ],
)
def test_a_wrong_setting_is_one_line(change, expected):
    assert problems(change) == [expected]


def test_the_site_is_published_where_site_url_and_the_repository_say():
    assert own_addresses(
        {"site_url": "http://127.0.0.1:8000/", "repo_url": "https://github.com/Org/Site"}
    ) == ("https://org.github.io/Site/",)
    assert own_addresses({"site_url": "https://kb.example.org", "repo_url": ""}) == (
        "https://kb.example.org/",
    )


@pytest.mark.parametrize("value", ["2027-02-30", "30.11.2026"])
def test_a_wrong_kb_today_is_one_line_not_a_traceback(monkeypatch, value):
    # YAML reads 2027-02-30 as a date that does not exist: the loader keeps the text.
    monkeypatch.setenv("KB_TODAY", value)
    config, read_problems = read_config(ROOT / "mkdocs.yml")
    assert read_problems == []
    assert [str(p) for p in config_problems(config)] == [
        f"mkdocs.yml: extra.today (KB_TODAY): must be a date written YYYY-MM-DD, not {value!r}"
    ]


def test_a_plugin_that_would_undo_the_sites_own_work_is_refused():
    from knowledge.checks.config_guard import config_problems

    config = {"plugins": ["i18n", "search"], "hooks": ["hooks/pipeline.py"]}
    found = [str(p) for p in config_problems(config) if p.field == "plugins"]
    assert found == [
        "mkdocs.yml: plugins: search must not be switched on: the site has its own search (README, 'Search'); "
        "Material's would add a second search box's index and lunr to every page"
    ]
