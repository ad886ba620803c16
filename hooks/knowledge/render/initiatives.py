"""The action plan's initiatives, from data/initiatives.yml: grouped by theme,
with tables by ministry and by status to scan them."""

from __future__ import annotations

from .. import ui
from ..index import Site
from .common import e, localized, page_link, site_note
from .text import markdown_inline, paragraphs


def _title(initiative: dict, lang: str) -> str:
    star = " *" if initiative["reserve_funded"] is True else ""
    return f"{initiative['number']}. {localized(initiative['title'], lang)}{star}"


def _anchor_link(initiative: dict, lang: str) -> str:
    return f'<a href="#{e(initiative["id"])}">{e(_title(initiative, lang))}</a>'


def _grouping_table(site: Site, key: str, groups: list[tuple[str, list[dict]]], anchor: str) -> str:
    lang = site.lang
    rows = []
    for label, members in groups:
        links = "".join(f"<li>{_anchor_link(i, lang)}</li>" for i in members)
        rows.append(f'<tr><th scope="row">{label}</th><td>{len(members)}</td><td><ul>{links}</ul></td></tr>')
    head = (
        f'<tr><th scope="col">{e(ui.text(key, lang))}</th>'
        f'<th scope="col">{e(ui.text("initiatives.count", lang))}</th>'
        f'<th scope="col">{e(ui.text("initiatives.initiative", lang))}</th></tr>'
    )
    return (
        f'<div class="kb-table-scroll" role="region" aria-labelledby="{anchor}" tabindex="0">'
        f'<table class="kb-grouping"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _ministry_label(ministry: dict, lang: str) -> str:
    name = localized(ministry.get("name"), lang)  # none where the note gives only the abbreviation
    return (
        f'<abbr title="{e(name)}">{e(ministry["id"])}</abbr>' if name else f"<abbr>{e(ministry['id'])}</abbr>"
    )


def _ministry_with_name(ministry: dict, lang: str) -> str:
    name = localized(ministry.get("name"), lang)
    return _ministry_label(ministry, lang) + (f" ({e(name)})" if name else "")


RESERVE = {True: "yes", False: "no"}  # otherwise the marker cannot be read in the note


def _initiative(site: Site, initiative: dict, from_url: str) -> str:
    lang = site.lang
    ministries = site.data.by_id("ministries")
    statuses = site.data.by_id("statuses")
    owners = ", ".join(
        _ministry_with_name(ministries[m], lang) for m in initiative["ministries"] if m in ministries
    )
    status = statuses[initiative["status"]]
    facts = [
        (ui.text("initiatives.ministry", lang), owners),
        (
            ui.text("initiatives.status", lang),
            f'<span class="kb-status kb-status--{e(status["id"])}">{e(localized(status["title"], lang))}</span> '
            f"– {e(localized(initiative['status_text'], lang))}",
        ),
        (
            ui.text("initiatives.reserve", lang),
            e(ui.text(RESERVE.get(initiative["reserve_funded"], "initiatives.reserve_unreadable"), lang)),
        ),
    ]
    related = [r for r in initiative.get("related") or [] if r in site.pages]
    if related:
        facts.append((ui.text("related", lang), ", ".join(page_link(site, r, from_url) for r in related)))
    dl = "".join(f"<dt>{e(label)}</dt><dd>{value}</dd>" for label, value in facts)
    return (
        f"### {markdown_inline(_title(initiative, lang))} {{#{initiative['id']}}}\n\n"
        f'<div class="kb-initiative"><dl class="kb-facts">{dl}</dl>'
        f"{paragraphs(localized(initiative['description'], lang))}</div>"
    )


def initiatives_page(site: Site, from_url: str) -> str:
    lang = site.lang
    initiatives = sorted(site.data.entries("initiatives"), key=lambda i: i["number"])
    parts = [f"## {ui.text('initiatives.summary', lang)} {{#overblik}}"]

    by_status = []
    for status in site.data.entries("statuses"):
        members = [i for i in initiatives if i["status"] == status["id"]]
        if members:
            by_status.append((e(localized(status["title"], lang)), members))
    parts.append(f'<h3 id="efter-status">{e(ui.text("initiatives.by_status", lang))}</h3>')
    parts.append(_grouping_table(site, "initiatives.status", by_status, "efter-status"))

    by_ministry = []
    for ministry in site.data.entries("ministries"):
        members = [i for i in initiatives if ministry["id"] in i["ministries"]]
        if members:
            name = localized(ministry.get("name"), lang)
            label = _ministry_label(ministry, lang) + (
                f' <span class="kb-meta">{e(name)}</span>' if name else ""
            )
            by_ministry.append((label, members))
    parts.append(f'<h3 id="efter-ministerium">{e(ui.text("initiatives.by_ministry", lang))}</h3>')
    parts.append(_grouping_table(site, "initiatives.ministry", by_ministry, "efter-ministerium"))
    notes = "".join(
        f"<dt>{e(m['id'])}</dt><dd>{site_note(m['site_explanation'], lang)}</dd>"
        for m in site.data.entries("ministries")
        if m.get("site_explanation")
    )
    if notes:  # what the note leaves unexplained, apart from the table
        parts.append(f'<dl class="kb-ministry-notes">{notes}</dl>')

    for theme in site.data.entries("themes"):
        members = [i for i in initiatives if i["theme"] == theme["id"]]
        parts.append(f"## {markdown_inline(localized(theme['title'], lang))} {{#{theme['id']}}}")
        parts.extend(_initiative(site, i, from_url) for i in members)
    return "\n\n".join(parts) + "\n"
