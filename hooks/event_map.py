"""The event map: every handler of the hooks, in the order MkDocs runs them,
with what each reads and writes (not itself a hook).

MkDocs runs the events of one build in this order: config, files, nav, then
page_markdown and page_content for every page, env, post_template for the
theme's own pages (404.html), page_context and post_page for every page, and
post_build. Within an event, a higher priority runs first; at equal priority,
plugins run before hooks and hooks in the order of mkdocs.yml.
mkdocs-static-i18n builds the default language first and every other
language from inside its own on_post_build (a nested build that runs all
these events again), so the state in hooks/build_state.py is kept per
language. The plugin's handlers are listed where a hook handles the same
event: several priorities are chosen relative to them.

``tests/unit/test_event_layer.py`` fails when a handler is added, removed or
re-prioritised without this map, or when the README's copy of the table is
out of date (``.venv/bin/python hooks/event_map.py`` prints it).
"""

from __future__ import annotations

from dataclasses import dataclass

I18N = "mkdocs-static-i18n"

# The build order of the events the hooks handle (mkdocs/commands/build.py):
# startup once per run, serve once `mkdocs serve` has built the site,
# build_error whenever a build fails.
EVENTS = (
    "startup",
    "config",
    "files",
    "nav",
    "page_markdown",
    "page_content",
    "env",
    "post_template",
    "page_context",
    "post_page",
    "post_build",
    "serve",
    "build_error",
)

# What each hook is for, in one line: mkdocs.yml must list every one of them
# (the build refuses to run without one, see knowledge/checks/config_guard.py).
HOOKS = {
    "hooks/content_pages.py": "reads and checks the content, writes each page's parts",
    "hooks/navigation.py": "orders the menu and the previous/next links",
    "hooks/review_and_changes.py": "review dates, banners on time-bound pages, What's new and its feeds",
    "hooks/cross_references.py": "glossary links, the indexes and the Related and Referenced-from boxes",
    "hooks/course_packs.py": "a printable course pack per competence module",
    "hooks/downloads.py": "the downloads of the structured content (CSV, JSON)",
    "hooks/structured_data.py": "each page's schema.org structured data",
    "hooks/search.py": "the site's own search index, one per language",
    "hooks/page_output.py": "valid HTML; no requests for sitemaps that do not exist",
    "hooks/content_security.py": "the Content-Security-Policy of every page",
    "hooks/stable_urls.py": "redirects, and the guard of published URLs and anchors",
    "hooks/preview.py": "shows content problems in the pages of `make serve`",
    "hooks/build_errors.py": "turns any failure into one line naming the file and the build step",
}

# Plugins the hooks rely on, and why.
PLUGINS = {
    "i18n": "mkdocs-static-i18n builds the English edition",
}


@dataclass(frozen=True)
class Handler:
    event: str
    priority: int
    module: str  # a hook file, or I18N
    reads: str
    writes: str


EVENT_MAP = (
    Handler(
        "startup",
        0,
        "hooks/preview.py",
        "the command (`build` or `serve`)",
        "in a preview: the build function of `mkdocs serve`, wrapped so that a failed build (the first one "
        "too) writes an error page at every address and the preview carries on",
    ),
    Handler(
        "config",
        100,
        "hooks/build_errors.py",
        "nothing",
        "MkDocs' own 'Error reading page' lines are left out (the one line of on_build_error names the page)",
    ),
    Handler(
        "config",
        0,
        "hooks/content_pages.py",
        "mkdocs.yml (as written), the i18n plugin's current language and `building` flag",
        "stops the build if a required hook, plugin, extension or setting is missing or wrong; drops the "
        "previous build's state (every language in the outer build, this one in a nested build); the toc's "
        "slugify and permalink title; a 404 page in every language",
    ),
    Handler("config", -100, I18N, "its `languages`", "the language's config (site name, theme language)"),
    Handler(
        "files",
        0,
        "hooks/content_pages.py",
        "every language's Markdown files (before the plugin keeps one language's), data/*.yml",
        "`site`: the validated, indexed content of the language; or stops the build, one line per problem; "
        "the addresses of every language's pages, for the preview's error pages",
    ),
    Handler(
        "files",
        0,
        "hooks/review_and_changes.py",
        "`site`, `extra.today` (KB_TODAY), git history",
        "`aging`: every page's review dates and the recent changes; a warning per overdue review "
        "(never counted by strict mode)",
    ),
    Handler(
        "files",
        -50,
        "hooks/cross_references.py",
        "`site.data`",
        "`scan`: the language's term matcher; for English, the Danish names to mark",
    ),
    Handler("files", -100, I18N, "the files", "this language's files"),
    Handler(
        "files",
        -200,
        "hooks/course_packs.py",
        "`site` (the modules)",
        "a generated page per module, its course pack (language switcher attributes, not in the "
        "navigation); `packs`",
    ),
    Handler("nav", -100, I18N, "the files", "this language's navigation"),
    Handler(
        "nav",
        -150,
        "hooks/navigation.py",
        "`site` (`order`, `nav_title`, index pages)",
        "the order of every section, section titles, previous/next links",
    ),
    Handler("page_markdown", 50, I18N, "the Markdown", "admonition titles in the language"),
    Handler(
        "page_markdown",
        0,
        "hooks/content_pages.py",
        "`site`, the page's record",
        "the page's Markdown (H1, lead, facts, embeds, generated body); `fragments` of the page",
    ),
    Handler(
        "page_markdown",
        0,
        "hooks/review_and_changes.py",
        "`aging`, `site.data` (periods), the page's record",
        "a period's banner and an overdue notice under the title, the list of changes; into `fragments`",
    ),
    Handler(
        "page_content",
        10,
        "hooks/content_pages.py",
        "takes the page's `fragments`",
        "the generated HTML back in place; the anchors it brings, for MkDocs' link check",
    ),
    Handler(
        "page_content",
        0,
        "hooks/cross_references.py",
        "`scan` (the matcher), `site`",
        "Danish names marked and glossed (English), glossary term links and printed link addresses "
        "in the HTML; the page's entry in `scan`",
    ),
    Handler("env", 0, I18N, "the environment", "Jinja's loop controls (for its sitemap template)"),
    Handler(
        "env",
        0,
        "hooks/content_pages.py",
        "the language, `scan` (the Danish names)",
        "`kb_ui`: interface strings for the templates; the 404 page's languages and home links; "
        "`kb_names`: marks Danish names in table-of-contents entries",
    ),
    Handler(
        "env",
        0,
        "hooks/review_and_changes.py",
        "`aging` (each page's last change)",
        "each page's update date, for MkDocs' sitemap (rendered before the pages)",
    ),
    Handler(
        "env",
        0,
        "hooks/cross_references.py",
        "`scan` of every page",
        "`references` (mentions, links, headings); the glossary's, subject index's and organisations' "
        "places filled in",
    ),
    Handler(
        "env",
        -50,
        "hooks/course_packs.py",
        "`packs`, `references`, the HTML of the modules' and core elements' pages",
        "each course pack's article (cover, the pages, phases, terms, sources); `pack_styles`",
    ),
    Handler(
        "post_template",
        -200,
        "hooks/content_security.py",
        "404.html",
        "its Content-Security-Policy (not in the preview, whose live reload adds an inline script)",
    ),
    Handler(
        "post_template",
        -250,
        "hooks/page_output.py",
        "404.html, with its policy",
        "valid toggles (no `autocomplete` on Material's checkboxes), no hreflang alternate links; "
        "`not_found_html`: the language's 404 page",
    ),
    Handler(
        "page_context", 50, I18N, "the page's file", "the page's i18n context (Material's language switcher)"
    ),
    Handler(
        "page_context",
        0,
        "hooks/content_pages.py",
        "the page's record",
        "`kb_type` and `kb_generator` for the templates",
    ),
    Handler(
        "page_context",
        0,
        "hooks/review_and_changes.py",
        "`aging`, the page's record",
        "`kb_review` (reviewed, next review due) and `kb_feed` for the templates",
    ),
    Handler(
        "page_context",
        0,
        "hooks/cross_references.py",
        "`references`, `site`",
        "`kb_boxes`: the Related, Referenced from and Sources boxes, Danish names marked (English)",
    ),
    Handler(
        "page_context",
        0,
        "hooks/course_packs.py",
        "`pack_styles`",
        "on a course pack: `kb_head_style` (its running header and footer for print) and `kb_type`",
    ),
    Handler(
        "page_context",
        0,
        "hooks/structured_data.py",
        "the page's record, `site`, the navigation, the page's last change (`aging`)",
        "`kb_jsonld`: the page's schema.org data (Article, DefinedTermSet, WebSite, BreadcrumbList)",
    ),
    Handler(
        "page_context",
        0,
        "hooks/search.py",
        "the page's final article HTML, its record",
        "`search_docs`: the page's search documents (the page and its sections)",
    ),
    Handler(
        "post_page",
        0,
        "hooks/page_output.py",
        "the page's HTML and table of contents, the language, `scan` (the Danish names)",
        "'På denne side' in place of its marker; no hreflang alternate links; valid toggles and "
        "table-of-contents label",
    ),
    Handler("post_page", 0, "hooks/stable_urls.py", "the page's HTML", "`publication`: its URL and anchors"),
    Handler("post_page", -100, I18N, "the page's HTML", "nothing here (it forwards to with-pdf)"),
    Handler(
        "post_page",
        -200,
        "hooks/content_security.py",
        "the page's HTML, inline scripts included",
        "its Content-Security-Policy (not in the preview, whose live reload adds an inline script)",
    ),
    Handler(
        "post_build",
        0,
        "hooks/downloads.py",
        "`site`, `references`",
        "the language's downloads in data/ (initiatives and glossary as CSV and JSON, relations as JSON); "
        "their URLs in `publication`",
    ),
    Handler(
        "post_build",
        0,
        "hooks/search.py",
        "`search_docs`, `site` (glossary, organisations, initiatives, sources)",
        "the language's search index in <language root>/search/",
    ),
    Handler(
        "post_build",
        0,
        "hooks/page_output.py",
        "`not_found_html` of every language built so far",
        "site/404.html (Danish) and site/en/404.html: every language build writes 404.html",
    ),
    Handler(
        "post_build",
        -100,
        I18N,
        "its languages",
        "in the outer build: builds every other language (all events again)",
    ),
    Handler(
        "post_build",
        -200,
        "hooks/review_and_changes.py",
        "`aging` and `site` of every language (outer build only)",
        "one Atom feed of the changes per language",
    ),
    Handler(
        "post_build",
        -250,
        "hooks/stable_urls.py",
        "`site` and `publication` of every language, urls.json",
        "redirect pages, `publication.redirects`; in the outer build, stops it if a URL or anchor of "
        "urls.json disappears",
    ),
    Handler(
        "serve",
        0,
        "hooks/preview.py",
        "the live-reload server",
        "a rebuild that fails before it builds (mkdocs.yml) shows its line at every address too, instead "
        "of leaving the browser waiting; the next good build reloads it into the page",
    ),
    Handler(
        "build_error",
        -100,
        "hooks/build_errors.py",
        "the exception and its traceback",
        "one line (file, build step, what failed) instead of a traceback, then stops with a non-zero exit",
    ),
)


def markdown_table() -> str:
    """The map as the README shows it."""
    lines = ["| Event | Priority | Module | Reads | Writes |", "| --- | --- | --- | --- | --- |"]
    for handler in EVENT_MAP:
        module = handler.module.removeprefix("hooks/")
        lines.append(
            f"| {handler.event} | {handler.priority} | {module} | {handler.reads} | {handler.writes} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown_table())
