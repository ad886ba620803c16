"""MkDocs hook: read and validate the content, order the navigation, and
write the parts of each page that come from front matter and data.

Event layer only: the work is done by the pure functions in knowledge/.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page as MkDocsPage

import build_state
from knowledge import ui
from knowledge.fragments import Fragments
from knowledge.index import build_site
from knowledge.load import EMBED, load_data, load_pages, read_page, split_language
from knowledge.model import DEFAULT_LANGUAGE
from knowledge.render import (
    boxes,
    contents,
    embeds,
    glossary,
    indexes,
    initiatives,
    matrices,
    overview,
    sources,
)
from knowledge.render.text import markdown_inline
from knowledge.slugs import slugify
from knowledge.validate import validate_all

log = logging.getLogger("mkdocs.hooks.content")

GENERATORS = {
    "glossary": glossary.glossary,
    "subject-index": indexes.subject_index,
    "organisations": indexes.organisations_page,
    "matrices": matrices.matrices,
    "sources": sources.sources_page,
    "initiatives": initiatives.initiatives_page,
}


def on_config(config):
    state = build_state.start(config)
    # One 404 page, in the default language: every language build would otherwise
    # write its own to the same site/404.html, the last one winning.
    if state.lang == DEFAULT_LANGUAGE:
        config.theme.static_templates.add("404.html")
    else:
        config.theme.static_templates.discard("404.html")
    toc = config.mdx_configs.setdefault("toc", {})
    toc["slugify"] = slugify
    toc["permalink_title"] = ui.text("copy_section_link", state.lang)
    return config


def on_files(files, config):
    """Runs before the i18n plugin (priority 0 > -100), so it sees every
    language's files (page.md and page.en.md)."""
    state = build_state.current(config)
    docs_dir = Path(config.docs_dir)
    data_dir = Path(config.config_file_path).parent / "data"
    paths = [f.src_uri for f in files.documentation_pages()]

    def read(directory, rel_path):
        return build_state.cached(directory / rel_path, lambda: read_page(directory, rel_path))

    state.pages, problems = load_pages(docs_dir, paths, read)
    data_files = sorted(data_dir.glob("*.yml"))
    state.data, data_problems = build_state.cached_group(data_files, lambda: load_data(data_dir))
    problems += data_problems
    if state.lang == DEFAULT_LANGUAGE:  # the same content for every language: check it once
        problems += validate_all(
            state.pages,
            state.data,
            embeds=frozenset(embeds.EMBEDS),
            languages=build_state.languages(config),
            require_translations=config.extra.get("require_translations", False),
        )
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(f"{len(problems)} content problem(s), listed above as file: field: reason")
    state.site = build_site(state.pages, state.data, state.lang, config.extra.get("publisher"))
    state.by_source = {page.path: page for page in state.site.pages.values()}
    return files


def _page_of(state, item):
    file = getattr(item, "file", None)
    return state.by_source.get(file.src_uri) if file is not None else None


def _sort_items(state, items):
    def key(item):
        if isinstance(item, Section):
            index = next((c for c in item.children if isinstance(c, MkDocsPage) and c.is_index), None)
            page = _page_of(state, index) if index else None
        else:
            page = _page_of(state, item)
        if page is None:
            return (999, getattr(item, "title", "") or "")
        is_index = split_language(page.path)[1].endswith("index.md") and not isinstance(item, Section)
        return (-1 if is_index else page.order, page.title.casefold())

    items.sort(key=key)
    for item in items:
        if isinstance(item, Section):
            index = next((c for c in item.children if isinstance(c, MkDocsPage) and c.is_index), None)
            page = _page_of(state, index) if index else None
            if page is not None:
                item.title = page.meta.get("nav_title") or page.title
            _sort_items(state, item.children)


def on_page_context(context, page, config, nav):
    """The page's type and generator, for the templates (the English file does not carry them)."""
    _, record = build_state.page_record(config, page)
    context["kb_type"] = record.type if record else ""
    context["kb_generator"] = record.meta.get("generator", "") if record else ""
    return context


def on_env(env, config, files):
    """The interface strings of this language, for the templates in overrides/."""
    env.globals["kb_ui"] = ui.for_language(build_state.current(config).lang)
    return env


def _pages_in_order(items):
    for item in items:
        if isinstance(item, Section):
            yield from _pages_in_order(item.children)
        elif isinstance(item, MkDocsPage):
            yield item


@event_priority(-150)  # after the i18n plugin has built this language's navigation
def on_nav(nav, config, files):
    """Order every section by the pages' `order`, title sections after their
    index page, and link previous/next pages in that order."""
    state = build_state.current(config)
    _sort_items(state, nav.items)
    nav.pages = list(_pages_in_order(nav.items))
    for previous, page, following in zip(
        [None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None], strict=False
    ):
        page.previous_page, page.next_page = previous, following
        record = _page_of(state, page)
        if record is not None and record.meta.get("nav_title"):
            page.title = record.meta["nav_title"]
    return nav


def on_page_markdown(markdown, page, config, files):
    state, record = build_state.page_record(config, page)
    if record is None:
        return markdown
    site = state.site
    page.meta["description"] = record.summary
    fragments = state.fragments[page.file.src_uri] = Fragments()
    # Our own H1: the navigation may show a shorter `nav_title`, which MkDocs
    # would otherwise also use as the page heading.
    parts = [f"# {markdown_inline(record.title)}"]
    if record.type != "home":
        parts.append(fragments.add(boxes.lead(record)))
    if contents.wanted(record.type, record.meta.get("generator")):
        parts.append(contents.MARKER)
    facts = boxes.facts(site, record)
    if facts:
        parts.append(fragments.add(facts))
    if record.type == "core-element":
        parts.append(fragments.add(boxes.purpose_callout(record, site.lang)))
    parts.append(EMBED.sub(lambda m: fragments.add(embeds.EMBEDS[m.group(1)](site, record)), markdown))
    if record.type == "overview":
        parts.append(fragments.lift(overview.overview(site, record)))
    elif record.type == "generated":
        parts.append(fragments.lift(GENERATORS[record.meta["generator"]](site, record.url)))
    return "\n\n".join(parts)


@event_priority(10)  # before cross_references scans the page
def on_page_content(html, page, config, files):
    """Put the generated HTML back (see knowledge/fragments.py) and tell
    MkDocs' anchor check about the anchors it brings."""
    fragments = build_state.current(config).fragments.pop(page.file.src_uri, None)
    if fragments is None:
        return html
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= fragments.anchor_ids()
    return fragments.inject(html)
