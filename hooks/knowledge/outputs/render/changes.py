"""The changes of one language as readers get them: the list on the "Nyt og
ændret" / "What's new" page and its Atom feed (what changed: knowledge/indexes/changes.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from knowledge.content import ui
from knowledge.content.dates import long_date
from knowledge.content.index import Site, relative_url
from knowledge.indexes.changes import Change
from knowledge.outputs.render.common import e


def changes_list(site: Site, changes: list[Change] | None, from_url: str, feed_url: str) -> str:
    """HTML for the page: a link to the feed and the changes grouped by date
    (no ids: the dates move on, and published anchors must stay)."""
    lang = site.lang
    feed = (
        f'<p class="kb-feed"><a href="{e(relative_url(feed_url, from_url))}" type="application/atom+xml">'
        f"{e(ui.text('changes.feed', lang))}</a></p>"
    )
    if changes is None:
        return feed + f'<p class="kb-changes-empty">{e(ui.text("changes.no_history", lang))}</p>'
    if not changes:
        return feed + f'<p class="kb-changes-empty">{e(ui.text("changes.none", lang))}</p>'
    by_date: dict[dt.date, list[Change]] = {}
    for change in changes:
        by_date.setdefault(change.date, []).append(change)
    items = []
    for day, members in by_date.items():
        rows = "".join(
            f'<li><a href="{e(relative_url(c.page.url, from_url))}">{e(c.page.title)}</a>: {e(c.note)}</li>'
            for c in members
        )
        items.append(
            f'<dt><time datetime="{day.isoformat()}">{e(long_date(day, lang))}</time></dt><dd><ul>{rows}</ul></dd>'
        )
    return (
        feed
        # data-kb-skip: the list is the history's, not text to hold against the sources.
        + f'<dl class="kb-changes" aria-label="{e(ui.text("changes.caption", lang))}" data-kb-skip>'
        + f"{''.join(items)}</dl>"
    )


def _timestamp(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _entry_id(change: Change, lang: str) -> str:
    # The same change keeps its id wherever the site is published.
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'kb-change:{change.sha}:{lang}:{change.page.id}')}"


def atom_feed(
    site: Site,
    changes: list[Change] | None,
    site_url: str,
    page_url: str,
    feed_url: str,
    author: str,
    today: dt.date,
) -> str:
    """The Atom feed of the same changes (site-relative URLs made absolute)."""
    lang = site.lang
    base = site_url.rstrip("/") + "/"
    entries = []
    for change in changes or []:
        entries.append(
            "  <entry>\n"
            f"    <title>{xml_escape(change.page.title)}</title>\n"
            f"    <id>{_entry_id(change, lang)}</id>\n"
            f"    <link href={quoteattr(base + change.page.url)}/>\n"
            f"    <updated>{_timestamp(change.date)}</updated>\n"
            f"    <summary xml:lang={quoteattr(lang)}>{xml_escape(change.note)}</summary>\n"
            "  </entry>\n"
        )
    updated = max((c.date for c in changes or []), default=today)
    feed_id = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'kb-changes:{lang}')}"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(lang)}>\n'
        f"  <title>{xml_escape(ui.text('changes.feed_title', lang))}</title>\n"
        f"  <id>{feed_id}</id>\n"
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(base + feed_url)}/>\n'
        f'  <link rel="alternate" type="text/html" href={quoteattr(base + page_url)}/>\n'
        f"  <updated>{_timestamp(updated)}</updated>\n"
        f"  <author><name>{xml_escape(author)}</name></author>\n"
        f"{''.join(entries)}"
        "</feed>\n"
    )
