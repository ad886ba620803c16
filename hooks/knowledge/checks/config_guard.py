"""The settings of mkdocs.yml that the site's promises rest on.

Removing a hook from `hooks:` silently switches off what it does (the guard
of published URLs, the Content-Security-Policy); an empty quick-exit address
turns every page's exit into a link to nowhere. Neither stops MkDocs. The
build (hooks/steps/content.py) and `make check` refuse to go on while one of
these is wrong.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import urlsplit

from knowledge.content.dates import as_date
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, LANGUAGES, Problem

LABEL = "mkdocs.yml"

# Markdown extensions the content is written with: without one, its syntax is
# printed as it is written, and nothing fails.
REQUIRED_EXTENSIONS = {
    "toc": "heading anchors, which trainers link to",
    "attr_list": "explicit anchors such as {#indhold}",
    "md_in_html": "Markdown inside <div markdown> blocks",
    "admonition": "the boxes written with !!!",
    "tables": "the tables",
    "def_list": "definition lists",
    "pymdownx.details": "the folding boxes written with ???",
    "pymdownx.superfences": "code blocks inside lists and boxes",
}
_LOOPBACK_HOSTS = ("localhost", "0.0.0.0", "::1")


def _names(entries: object) -> list[str]:
    """Plugin or extension names from MkDocs' list form (`- name` or `- name: {options}`)."""
    if not isinstance(entries, list):
        return []
    names = []
    for entry in entries:
        if isinstance(entry, str):
            names.append(entry)
        elif isinstance(entry, Mapping):
            names += [str(key) for key in entry]
    return names


def _options(entries: object, name: str) -> Mapping[str, Any]:
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, Mapping) and isinstance(entry.get(name), Mapping):
            return cast(Mapping[str, Any], entry[name])
    return {}


def _get(config: Mapping[str, Any], path: str) -> object:
    value: object = config
    for key in path.split("."):
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


# The hook that is the build (hooks/pipeline.py runs every step), and the plugins the
# build relies on, each with what it does: mkdocs.yml must list them.
REQUIRED_HOOKS = {"hooks/pipeline.py": "runs every step of the build, in order"}
REQUIRED_PLUGINS = {"i18n": "mkdocs-static-i18n builds the English edition"}
# Plugins that would undo what the site does itself.
FORBIDDEN_PLUGINS = {
    "search": "the site has its own search (README, 'Search'); Material's would add a second search box's "
    "index and lunr to every page",
}


def config_problems(
    config: Mapping[str, Any],
    hooks: Mapping[str, str] = REQUIRED_HOOKS,
    plugins: Mapping[str, str] = REQUIRED_PLUGINS,
) -> list[Problem]:
    """Everything wrong with the settings of mkdocs.yml (a plain mapping, as
    read by load.read_config). ``hooks`` and ``plugins``: the required ones,
    each with what it does."""
    listed = {posixpath.normpath(str(h)) for h in config.get("hooks") or [] if isinstance(h, str)}
    problems = [
        Problem(LABEL, "hooks", say("config-hook-missing", hook=hook, purpose=purpose))
        for hook, purpose in hooks.items()
        if posixpath.normpath(hook) not in listed
    ]
    plugin_names = set(_names(config.get("plugins")))
    problems += [
        Problem(LABEL, "plugins", say("config-plugin-missing", plugin=name, purpose=purpose))
        for name, purpose in plugins.items()
        if name not in plugin_names
    ]
    problems += [
        Problem(LABEL, "plugins", say("config-plugin-forbidden", plugin=name, reason=reason))
        for name, reason in FORBIDDEN_PLUGINS.items()
        if name in plugin_names
    ]
    extensions = set(_names(config.get("markdown_extensions")))
    problems += [
        Problem(LABEL, "markdown_extensions", say("config-extension-missing", name=name, purpose=purpose))
        for name, purpose in REQUIRED_EXTENSIONS.items()
        if name not in extensions
    ]
    problems += _settings_problems(config)
    problems += _asset_problems(config)
    problems += _language_problems(config)
    problems += _quick_exit_problems(config)
    problems += _today_problems(config)
    if "nav" in config:
        problems.append(Problem(LABEL, "nav", say("config-nav")))
    return problems


# Settings with one right value: path -> (that value, MkDocs' default if the key is left out, why).
REQUIRED_SETTINGS: dict[str, tuple[object, object, str]] = {
    "theme.name": ("material", None, "Material for MkDocs"),
    "theme.custom_dir": ("overrides", None, "the quick exit, footer and page templates live there"),
    "theme.font": (
        False,
        None,
        "system fonts: Material's default loads Google Fonts, a request to another site",
    ),
    "use_directory_urls": (True, True, "every published URL and anchor of urls.json is a folder address"),
    "plugins.i18n.docs_structure": ("suffix", None, "translations are page.en.md beside page.md"),
    **{
        f"validation.links.{check}": ("warn", "warn", "the strict build stops on a broken link")
        for check in ("not_found", "anchors", "absolute_links", "unrecognized_links")
    },
}
# Scripts every page needs.
REQUIRED_SCRIPTS = {"assets/javascripts/quick-exit.js": "the quick exit's keyboard shortcut"}


def _setting(config: Mapping[str, Any], path: str, default: object) -> object:
    if path.startswith("plugins.i18n."):
        return _options(config.get("plugins"), "i18n").get(path.rsplit(".", 1)[1], default)
    value = _get(config, path)
    return default if value is None else value


def _settings_problems(config: Mapping[str, Any]) -> list[Problem]:
    problems = []
    i18n = "i18n" in _names(config.get("plugins"))
    for path, (wanted, default, why) in REQUIRED_SETTINGS.items():
        if path.startswith("plugins.i18n.") and not i18n:
            continue  # the missing plugin is the problem
        value = _setting(config, path, default)
        if value != wanted:
            expected = f"{wanted!r} ({why})"
            problems.append(Problem(LABEL, path, say("config-value", value=value, expected=expected)))
    return problems


def _asset_problems(config: Mapping[str, Any]) -> list[Problem]:
    """Scripts and styles from the site itself only (readers' privacy), and the required ones there."""
    problems = []
    for key in ("extra_javascript", "extra_css"):
        entries = config.get(key) or []
        paths = [e if isinstance(e, str) else e.get("path") for e in entries if isinstance(e, (str, Mapping))]
        problems += [
            Problem(LABEL, key, say("config-external", value=path))
            for path in paths
            if isinstance(path, str) and ("://" in path or path.startswith("//"))
        ]
        if key == "extra_javascript":
            problems += [
                Problem(LABEL, key, say("config-script-missing", script=script, purpose=purpose))
                for script, purpose in REQUIRED_SCRIPTS.items()
                if script not in paths
            ]
    return problems


def _language_problems(config: Mapping[str, Any]) -> list[Problem]:
    if "i18n" not in _names(config.get("plugins")):
        return []  # reported as a missing plugin
    languages = _options(config.get("plugins"), "i18n").get("languages")
    entries = [e for e in languages if isinstance(e, Mapping)] if isinstance(languages, list) else []
    locales = tuple(str(e.get("locale")) for e in entries)
    defaults = [str(e.get("locale")) for e in entries if e.get("default")]
    if sorted(locales) == sorted(LANGUAGES) and defaults == [DEFAULT_LANGUAGE]:
        return []
    shown = ", ".join(f"{locale} (default)" if locale in defaults else locale for locale in locales) or "none"
    expected = ", ".join(f"{lang} (default)" if lang == DEFAULT_LANGUAGE else lang for lang in LANGUAGES)
    return [Problem(LABEL, "plugins.i18n.languages", say("config-languages", value=shown, expected=expected))]


def _quick_exit_problems(config: Mapping[str, Any]) -> list[Problem]:
    value = _get(config, "extra.quick_exit.url")
    field = "extra.quick_exit.url"
    parts = urlsplit(value) if isinstance(value, str) else None
    host = (parts.hostname or "") if parts else ""
    loopback = host in _LOOPBACK_HOSTS or host.startswith("127.")
    if parts is None or parts.scheme != "https" or "." not in host or loopback:
        return [Problem(LABEL, field, say("config-quick-exit", value=value))]
    if any(host == urlsplit(own).hostname for own in own_addresses(config)):
        return [Problem(LABEL, field, say("config-quick-exit-own", value=value))]
    return []


def _today_problems(config: Mapping[str, Any]) -> list[Problem]:
    """The date the build treats as today (`extra.today`, set by KB_TODAY): empty, or a date."""
    value = _get(config, "extra.today")
    if value in (None, "") or as_date(value) is not None:
        return []
    return [Problem(LABEL, "extra.today (KB_TODAY)", say("date", value=value))]


def shared_without_address(site_url: str, environ: Mapping[str, str]) -> list[Problem]:
    """A build for publishing (CI=true, or KB_PUBLISH set as pages.yml does)
    whose site_url is still the preview's: every absolute address it writes
    would point at 127.0.0.1. Reported, not a failure (tests build so too)."""
    reasons = [
        f"{name}={environ[name]}"
        for name in ("CI", "KB_PUBLISH")
        if environ.get(name, "") not in ("", "0", "false")
    ]
    host = urlsplit(site_url).hostname or ""
    if not reasons or (host and host not in _LOOPBACK_HOSTS and not host.startswith("127.")):
        return []
    return [
        Problem(
            "mkdocs.yml", "site_url (SITE_URL)", say("site-url-local", reason=reasons[0], url=site_url or "/")
        )
    ]


def own_addresses(config: Mapping[str, Any]) -> tuple[str, ...]:
    """Where the site is published: `site_url` (CI sets it to the GitHub Pages
    address; a local build has the preview's), and the GitHub Pages address
    that `repo_url` implies, so that a local check knows it too."""
    found = []
    site_url = str(config.get("site_url") or "")
    host = urlsplit(site_url).hostname or ""
    if (
        site_url.startswith(("http://", "https://"))
        and host not in _LOOPBACK_HOSTS
        and not host.startswith("127.")
    ):
        found.append(site_url.rstrip("/") + "/")
    repo = urlsplit(str(config.get("repo_url") or ""))
    owner, _, name = repo.path.strip("/").partition("/")
    if repo.hostname == "github.com" and owner and name:
        found.append(f"https://{owner.lower()}.github.io/{name.removesuffix('.git')}/")
    return tuple(dict.fromkeys(found))
