"""MkDocs hook: a course pack per competence module (see knowledge/outputs/course_pack.py).

Each pack is a page generated in this hook: its Markdown file does not exist,
so editors never keep one. It is added after mkdocs-static-i18n has chosen this
language's files (the plugin cannot handle a generated file before that), with
the language attributes the plugin gives its own files, so that the language
switcher leads to the other language's pack. Packs stay out of the navigation
and out of search (they repeat the module's pages). Their article is put
together once every page is rendered (on_env), from those pages' HTML.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge.content.load import page_url, split_language
from knowledge.content.model import LANGUAGES
from knowledge.outputs import course_pack
from knowledge.outputs.render import notices

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


def _pack_file(config: MkDocsConfig, url: str, lang: str, title: str) -> File:
    file = File.generated(
        config,
        course_pack.source_uri(url),
        content=FRONT_MATTER.format(title=_yaml_string(title)),
        inclusion=InclusionLevel.NOT_IN_NAV,
    )
    # What mkdocs-static-i18n sets on its own files (suffix.create_i18n_file).
    file.locale = lang  # type: ignore[attr-defined]
    file.locale_alternate_of = lang  # type: ignore[attr-defined]
    file.alternates = {lang: file}  # type: ignore[attr-defined]
    return file


@event_priority(-200)  # after mkdocs-static-i18n (-100) has kept this language's files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = build_state.current(config)
    for module in state.site.of_type("module"):
        url = course_pack.pack_url(module.url)
        file = _pack_file(config, url, state.lang, course_pack.title(state.site, module))
        base = split_language(module.path)[1]
        for other in LANGUAGES:
            if other != state.lang:
                # Only its address is read (the language switcher's link).
                alternate_url = course_pack.pack_url(page_url(base, other))
                file.alternates[other] = _pack_file(config, alternate_url, other, "")  # type: ignore[attr-defined]
        files.append(file)
        state.packs[file.src_uri] = module.id
    return files


@event_priority(-50)  # after cross_references has gathered every page's references (0)
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    state = build_state.current(config)
    references = build_state.required(state.references, "the cross-references (cross_references.on_env)")
    aging = build_state.required(state.aging, "review dates")
    scan = build_state.required(state.scan, "the page scans (cross_references.on_page_content)")
    term_pages = references.term_pages()
    published = course_pack.Published(config.site_url or "/", aging.today)
    for src_uri, module_id in state.packs.items():
        file = files.get_file_from_path(src_uri)
        if file is None or file.page is None:
            continue
        pack = course_pack.contents(state.site, state.site.pages[module_id], term_pages)
        pages = {page_id: _page(files, state, page_id) for page_id in pack.pages}
        articles = {page_id: (page.content or "") if page else "" for page_id, page in pages.items()}
        html = course_pack.pack_html(state.site, pack, articles, published)
        if scan.names is not None:  # Danish names in English: marked as on every page (language.py)
            glossed = frozenset().union(*(scan.glossed.get(page_id, frozenset()) for page_id in pack.pages))
            html = scan.names.mark_html(html, glossed=glossed).html
        file.page.content = html
        # A pack changed when the newest of its pages did.
        state.pack_changed[src_uri] = max(aging.last_changed[page_id] for page_id in pack.pages)
        file.page.update_date = state.pack_changed[src_uri].isoformat()  # read by the sitemap
        state.pack_styles[src_uri] = course_pack.print_style(
            state.site, state.site.pages[module_id], pack, published
        )
    return env


def _page(files: Files, state: build_state.LanguageBuild, page_id: str) -> MkDocsPage | None:
    file = files.get_file_from_path(state.site.pages[page_id].path)
    return file.page if file is not None else None


def on_page_context(context: dict, page: MkDocsPage, config: MkDocsConfig, nav: Navigation) -> dict:
    """The pack's running header and footer for print (templates put it in <head>)."""
    state = build_state.current(config)
    style = state.pack_styles.get(page.file.src_uri)
    if style:
        context["kb_head_style"] = style
        context["kb_type"] = "course-pack"
        context["kb_last_changed"] = notices.date_html(state.pack_changed[page.file.src_uri], state.lang)
    return context
