"""Content that ages visibly: the dates at the foot of each page (last
change, last review, next review), a notice where a review is overdue,
banners on time-bound pages once their period has ended, and the "Nyt og
ændret" / "What's new" page with an Atom feed per language. The dates come
from knowledge/indexes/aging.py (computed when the content is loaded)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from knowledge.content import ui
from knowledge.content.model import Page
from knowledge.indexes import changes
from knowledge.outputs.render import changes as changes_html
from knowledge.outputs.render import notices
from state import LanguageBuild


def page_notices(markdown: str, src_uri: str, record: Page, language: LanguageBuild) -> str:
    """Notices under the title (the page's Markdown starts with it), and the list of changes."""
    aging, fragments = language.aging, language.fragments[src_uri]
    above = notices.period_banner(record, language.site.data, aging.today, language.lang)
    above += notices.overdue_notice(aging.reviews.get(record.id), language.lang)
    if above:
        title, _, rest = markdown.partition("\n")
        markdown = f"{title}\n{fragments.add(above)}{rest}"
    if record.meta.get("generator") == "changes":
        markdown += fragments.add(
            changes_html.changes_list(language.site, aging.changes, record.url, changes.feed_path(record.url))
        )
    return markdown


def set_update_dates(files: Files, language: LanguageBuild) -> None:
    """Each page's last change as its update date, which MkDocs' sitemap (built before
    the pages) and the sitemap's gzip timestamp read; MkDocs would put the clock's date there."""
    for file in files.documentation_pages():
        record = language.record(file.src_uri)
        if record is not None and file.page is not None:
            file.page.update_date = language.aging.last_changed[record.id].isoformat()


def page_dates(
    context: dict[str, Any], record: Page | None, language: LanguageBuild, config: MkDocsConfig
) -> None:
    """`kb_review` (reviewed, next review due), `kb_last_changed` and `kb_feed`, for the templates."""
    owner = str((config.extra.get("review") or {}).get("owner") or "")
    review = language.aging.reviews.get(record.id) if record else None
    context["kb_review"] = notices.review_line(review, language.lang, owner)
    if record is not None:
        context["kb_last_changed"] = notices.date_html(language.aging.last_changed[record.id], language.lang)
    feed_page = language.site.generated.get("changes")
    context["kb_feed"] = changes.feed_path(feed_page.url) if feed_page else ""


def write_feeds(languages: list[LanguageBuild], config: MkDocsConfig) -> None:
    """Each language's feed of its changes."""
    publisher = str((config.extra.get("publisher") or {}).get("name") or "")
    for language in languages:
        feed_page = language.site.generated.get("changes")
        if feed_page is None:
            continue
        path = Path(config.site_dir) / changes.feed_path(feed_page.url)
        path.parent.mkdir(parents=True, exist_ok=True)
        feed = changes_html.atom_feed(
            language.site,
            language.aging.changes,
            config.site_url or "/",
            feed_page.url,
            changes.feed_path(feed_page.url),
            publisher or ui.text("changes.author", language.lang),
            language.aging.today,
        )
        path.write_text(feed, encoding="utf-8")
