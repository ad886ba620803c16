"""Every check of the content in one call. The build (hooks/content_pages.py)
and `make check` (tools/check.py) both run it, so both print the same lines.

The order of the lines follows the files, so that the problems of one file
are read together; within a file, the loader's (encoding, YAML, Markdown
text) come first, then the content model's, then the links'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from knowledge.checks.config_guard import config_problems, own_addresses
from knowledge.checks.source_checks import SourceSettings, source_problems
from knowledge.checks.validate import validate_all
from knowledge.content.dates import build_date
from knowledge.content.load import address_of
from knowledge.content.messages import say
from knowledge.content.model import LANGUAGES, Page, Problem, SiteData


@dataclass(frozen=True)
class Settings:
    """What the checks take from mkdocs.yml and the file system."""

    languages: tuple[str, ...] = LANGUAGES
    require_translations: bool = False
    own_addresses: tuple[str, ...] = ()
    files: frozenset[str] = frozenset()  # every file of docs/
    templates: frozenset[str] | None = None  # the theme's page templates (None: not known)
    embeds: frozenset[str] = frozenset()  # the names an embed line may give (the render stage's)
    today: dt.date | None = None  # the build's date (None: dates are not compared with it)
    # Addresses the build writes itself -> what writes them (the outputs stage's).
    generated: Mapping[str, str] = field(default_factory=dict)


def languages_built(config: Mapping[str, Any]) -> tuple[str, ...]:
    """The languages mkdocs-static-i18n builds, from its settings in mkdocs.yml."""
    for entry in config.get("plugins") or []:
        options = entry.get("i18n") if isinstance(entry, Mapping) else None
        if isinstance(options, Mapping) and isinstance(options.get("languages"), list):
            return tuple(
                str(lang.get("locale"))
                for lang in options["languages"]
                if isinstance(lang, Mapping) and lang.get("build", True)
            )
    return LANGUAGES


def settings(
    config: Mapping[str, Any],
    files: Iterable[str],
    templates: frozenset[str] | None,
    embeds: Iterable[str],
    clock: dt.date | None = None,
    generated: Mapping[str, str] | None = None,
) -> Settings:
    """``clock``: the system's date, the build's date where KB_TODAY pins none."""
    extra = config.get("extra") if isinstance(config.get("extra"), Mapping) else {}
    assert isinstance(extra, Mapping)
    return Settings(
        languages=languages_built(config),
        require_translations=bool(extra.get("require_translations", False)),
        own_addresses=own_addresses(config),
        files=frozenset(files),
        templates=templates,
        embeds=frozenset(embeds),
        today=build_date(extra.get("today"), clock) if clock is not None else None,
        generated=dict(generated or {}),
    )


def config_lines(config: Mapping[str, Any], read_problems: list[Problem]) -> list[Problem]:
    """mkdocs.yml's problems: how it is written first (YAML, keys given twice);
    only a file read as written is checked for what the site needs (the
    settings of a broken file would only add consequences)."""
    return read_problems or config_problems(config)


def generated_problems(settings: Settings) -> list[Problem]:
    """A file of docs/ at an address the build writes itself: one of the two would vanish."""
    problems = []
    for path in sorted(settings.files):
        address = address_of(path)
        for generated, generator in settings.generated.items():
            if address == generated or (generated.endswith("/") and address.startswith(generated)):
                problems.append(
                    Problem(
                        f"docs/{path}", "file", say("generated-address", url=address, generator=generator)
                    )
                )
                break
    return problems


def content_problems(pages: list[Page], data: SiteData, settings: Settings) -> list[Problem]:
    """The content model's checks of front matter and data, and the checks of
    the pages' Markdown that need the whole site. A page at a generated address
    is named as such, and not checked as a page of the site."""
    taken = generated_problems(settings)
    refused = {p.file for p in taken}
    pages = [p for p in pages if f"docs/{p.path}" not in refused]
    problems = taken + validate_all(
        pages,
        data,
        languages=settings.languages,
        require_translations=settings.require_translations,
        templates=settings.templates,
        today=settings.today,
    )
    source = SourceSettings(
        settings.embeds, settings.files, settings.own_addresses, frozenset(settings.generated)
    )
    return problems + source_problems(pages, data, source)


def by_file(problems: list[Problem]) -> list[Problem]:
    """Each file's problems together, files in order (stable within a file),
    and each line once."""
    return sorted(dict.fromkeys(problems), key=lambda p: p.file)
