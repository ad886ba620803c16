"""MkDocs hook: content that ages visibly. Review dates (the line at the foot of
each page, a notice and a build warning when a review is overdue), banners on
time-bound pages once their period has ended, and the "Nyt og ændret" /
"What's new" page with an Atom feed per language.

Event layer only: the work is done by knowledge/indexes/aging.py, review.py,
periods.py, changes.py and history.py.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs.utils import CountHandler

import build_state
from knowledge.content import ui
from knowledge.content.dates import build_date
from knowledge.content.load import load_history, load_last_changed
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, Problem
from knowledge.indexes import changes, review
from knowledge.indexes.aging import Aging, aging_of
from knowledge.outputs.render import changes as changes_html
from knowledge.outputs.render import notices

# Overdue reviews are reported but must never fail a build (`--strict` turns
# every warning of the "mkdocs" loggers into a failure): this logger prints
# through MkDocs' console handler but not through its strict-mode counter.
log = logging.getLogger("kb.review")
log.propagate = False


def _warn(lines: list[str]) -> None:
    log.handlers = [h for h in logging.getLogger("mkdocs").handlers if not isinstance(h, CountHandler)]
    for line in lines:
        log.warning(line)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """After content_pages has loaded the content (same priority, earlier in mkdocs.yml)."""
    state = build_state.current(config)
    setting = config.extra.get("today")  # `!ENV [KB_TODAY, ""]`: tests and previews pin the date
    today = build_date(setting, dt.date.today())
    if today is None:
        problem = Problem("mkdocs.yml", "extra.today (KB_TODAY)", say("date", value=setting))
        logging.getLogger("mkdocs.hooks.review").error(str(problem))
        raise PluginError("1 configuration problem, listed above as file: field: reason")
    repo = Path(config.config_file_path).parent
    has_feed = "changes" in state.site.generated
    history = load_history(repo) if has_feed else None
    state.aging = aging_of(state.site, today, history, load_last_changed(repo))
    if state.lang == DEFAULT_LANGUAGE:
        _warn([str(p) for p in review.overdue_problems(list(state.aging.reviews.values()))])
    return files


def on_page_markdown(markdown: str, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str:
    """Notices under the title (content_pages put the title first), and the list of changes."""
    state, record = build_state.page_record(config, page)
    if record is None:
        return markdown
    aging = build_state.required(state.aging, "review dates")
    fragments = state.fragments[page.file.src_uri]
    above = notices.period_banner(record, state.site.data, aging.today, state.lang)
    above += notices.overdue_notice(aging.reviews.get(record.id), state.lang)
    if above:
        title, _, rest = markdown.partition("\n")
        markdown = f"{title}\n{fragments.add(above)}{rest}"
    if record.meta.get("generator") == "changes":
        markdown += fragments.add(
            changes_html.changes_list(state.site, aging.changes, record.url, changes.feed_path(record.url))
        )
    return markdown


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Each page's last change as its update date, which MkDocs' sitemap (built before the
    pages) and the sitemap's gzip timestamp read; MkDocs would put the clock's date there."""
    state = build_state.current(config)
    aging = build_state.required(state.aging, "review dates")
    for file in files.documentation_pages():
        record = state.record(file.src_uri)
        if record is not None and file.page is not None:
            file.page.update_date = aging.last_changed[record.id].isoformat()
    return env


def on_page_context(context: dict, page: MkDocsPage, config: MkDocsConfig, nav: Navigation) -> dict:
    """`kb_review` (the line at the foot of the page) and `kb_feed`, for the templates."""
    state, record = build_state.page_record(config, page)
    aging = build_state.required(state.aging, "review dates")
    owner = str((config.extra.get("review") or {}).get("owner") or "")
    context["kb_review"] = notices.review_line(
        aging.reviews.get(record.id) if record else None, state.lang, owner
    )
    changed = aging.last_changed.get(record.id) if record else None
    if changed is not None:
        context["kb_last_changed"] = notices.date_html(changed, state.lang)
    feed_page = state.site.generated.get("changes")
    context["kb_feed"] = changes.feed_path(feed_page.url) if feed_page else ""
    return context


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language
def on_post_build(config: MkDocsConfig) -> None:
    """Each language's feed, written once every language is built."""
    if build_state.is_nested_build(config):
        return
    publisher = str((config.extra.get("publisher") or {}).get("name") or "")
    for state in build_state.all_builds():
        feed_page = state.site.generated.get("changes")
        aging: Aging | None = state.aging
        if feed_page is None or aging is None:
            continue
        path = Path(config.site_dir) / changes.feed_path(feed_page.url)
        path.parent.mkdir(parents=True, exist_ok=True)
        feed = changes_html.atom_feed(
            state.site,
            aging.changes,
            config.site_url or "/",
            feed_page.url,
            changes.feed_path(feed_page.url),
            publisher or ui.text("changes.author", state.lang),
            aging.today,
        )
        path.write_text(feed, encoding="utf-8")
