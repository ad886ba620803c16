"""A course pack per competence module (what it holds: knowledge/outputs/course_pack.py).

Each pack is a page generated here: its Markdown file does not exist, so
editors never keep one. It is added after mkdocs-static-i18n has chosen this
language's files (the plugin cannot handle a generated file before that), with
the attributes the plugin gives its own files, so that the language switcher
leads to the other language's pack. Packs stay out of the navigation and out
of search (they repeat the module's pages); their article is put together
once every page is rendered, from those pages' HTML.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkDocsPage

import framework
from knowledge.content.load import page_url, split_language
from knowledge.content.model import LANGUAGES
from knowledge.outputs import course_pack
from knowledge.outputs.render import notices
from state import LanguageBuild, PackPage

# A pack is rebuilt from its pages on every build, so its front matter is fixed.
FRONT_MATTER = """---
title: {title}
search:
  exclude: true
hide:
  - navigation
  - toc
---

"""


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _pack_file(config: MkDocsConfig, url: str, lang: str, title: str, alternates: dict[str, File]) -> File:
    file = File.generated(
        config,
        course_pack.source_uri(url),
        content=FRONT_MATTER.format(title=_yaml_string(title)),
        inclusion=InclusionLevel.NOT_IN_NAV,
    )
    return framework.as_language_file(file, lang, alternates)


def add_pack_pages(files: Files, config: MkDocsConfig, language: LanguageBuild) -> Files:
    packs: dict[str, str] = {}
    for module in language.site.of_type("module"):
        base = split_language(module.path)[1]
        alternates = {  # only their addresses are read (the language switcher's links)
            other: _pack_file(config, course_pack.pack_url(page_url(base, other)), other, "", {})
            for other in LANGUAGES
            if other != language.lang
        }
        url = course_pack.pack_url(module.url)
        title = course_pack.title(language.site, module)
        file = _pack_file(config, url, language.lang, title, alternates)
        files.append(file)
        packs[file.src_uri] = module.id
    language.packs = packs
    return files


def fill_packs(files: Files, config: MkDocsConfig, language: LanguageBuild) -> None:
    """Each pack's article (cover, the pages, phases, terms, sources) from its pages' HTML."""
    site, scan = language.site, language.scan
    term_pages = language.references.term_pages()
    published = course_pack.Published(config.site_url or "/", language.aging.today)
    pack_pages: dict[str, PackPage] = {}
    for src_uri, module_id in language.packs.items():
        file = files.get_file_from_path(src_uri)
        if file is None or file.page is None:
            continue
        pack = course_pack.contents(site, site.pages[module_id], term_pages)
        pages = {page_id: _page(files, language, page_id) for page_id in pack.pages}
        articles = {page_id: (page.content or "") if page else "" for page_id, page in pages.items()}
        html = course_pack.pack_html(site, pack, articles, published)
        if scan.names is not None:  # Danish names in English: marked as on every page
            glossed = frozenset().union(*(scan.glossed.get(page_id, frozenset()) for page_id in pack.pages))
            html = scan.names.mark_html(html, glossed=glossed).html
        file.page.content = html
        # A pack changed when the newest of its pages did; the sitemap reads it.
        changed = max(language.aging.last_changed[page_id] for page_id in pack.pages)
        file.page.update_date = changed.isoformat()
        style = course_pack.print_style(site, site.pages[module_id], pack, published)
        pack_pages[src_uri] = PackPage(style, changed)
    language.pack_pages = pack_pages


def _page(files: Files, language: LanguageBuild, page_id: str) -> MkDocsPage | None:
    file = files.get_file_from_path(language.site.pages[page_id].path)
    return file.page if file is not None else None


def pack_context(context: dict[str, Any], page: MkDocsPage, language: LanguageBuild) -> None:
    """On a pack: its running header and footer for print (templates put them in <head>)."""
    pack = language.pack_pages.get(page.file.src_uri)
    if pack is not None:
        context["kb_head_style"] = pack.print_style
        context["kb_type"] = "course-pack"
        context["kb_last_changed"] = notices.date_html(pack.changed, language.lang)
