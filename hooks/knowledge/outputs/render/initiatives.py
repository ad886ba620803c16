"""The action plan's initiatives, from data/initiatives.yml.

Built to be scanned on a phone: the overview groups the initiatives by status
and by ministry in lists that fold open (no squeezed tables), and each
initiative is a card under its theme with its number, title, status, ministry,
reserve marker and the first paragraph of its description; the rest of the
text is one tap away. The cards carry their theme, ministries and status as
data attributes, so that assets/javascripts/initiative-filter.js can add
filters; without JavaScript the page is the grouped lists and the cards.
"""

from __future__ import annotations

from typing import Any

from knowledge.content import ui
from knowledge.content.index import Site
from knowledge.outputs.render.common import e, localized, page_link, site_note
from knowledge.outputs.render.text import markdown_inline, paragraphs


def _title(initiative: dict[str, Any], lang: str) -> str:
    star = " *" if initiative["reserve_funded"] is True else ""
    return f"{initiative['number']}. {localized(initiative['title'], lang)}{star}"


def _anchor_link(initiative: dict[str, Any], lang: str) -> str:
    return f'<a href="#{e(initiative["id"])}">{e(_title(initiative, lang))}</a>'


def _ministry_name(ministry: dict[str, Any], lang: str) -> str:
    """The ministry's name with the note's abbreviation, once (plain text, for
    the filter); only the abbreviation where no source gives the name."""
    name = localized(ministry.get("name"), lang)
    if not name:
        return str(ministry["id"])
    return name if ministry["id"] in name else f"{name} ({ministry['id']})"


def _ministry_html(ministry: dict[str, Any], lang: str) -> str:
    """The same with the abbreviation marked as one."""
    abbr = f"<abbr>{e(ministry['id'])}</abbr>"
    return e(_ministry_name(ministry, lang)).replace(e(ministry["id"]), abbr, 1)


def _groups(title: str, anchor: str, groups: list[tuple[str, list[dict[str, Any]]]], lang: str) -> str:
    """A heading and one folding list per group: its name and count, then its initiatives."""
    items = []
    for label, members in groups:
        links = "".join(f"<li>{_anchor_link(i, lang)}</li>" for i in members)
        items.append(
            f'<details class="kb-fold kb-group"><summary><span class="kb-group__name">{label}</span> '
            f'<span class="kb-group__count">{len(members)}</span></summary><ul>{links}</ul></details>'
        )
    return f'<h3 id="{anchor}">{e(title)}</h3><div class="kb-groups" data-kb-overview>{"".join(items)}</div>'


def _filters(site: Site, initiatives: list[dict[str, Any]]) -> str:
    """The filter form, for initiative-filter.js to show and fill in (the
    counts depend on the other filters); hidden without JavaScript."""
    lang = site.lang

    def select(key: str, label_key: str, options: list[tuple[str, str]]) -> str:
        choices = "".join(f'<option value="{e(value)}">{e(text)}</option>' for value, text in options)
        return (
            f'<label class="kb-filter__field"><span>{e(ui.text(label_key, lang))}</span>'
            f'<select data-kb-filter="{key}"><option value="">{e(ui.text("initiatives.all", lang))}</option>'
            f"{choices}</select></label>"
        )

    used_ministries = {m for i in initiatives for m in i["ministries"]}
    used_statuses = {i["status"] for i in initiatives}
    fields = [
        select(
            "theme",
            "initiatives.theme",
            [(t["id"], localized(t["title"], lang)) for t in site.data.entries("themes")],
        ),
        select(
            "ministry",
            "initiatives.ministry",
            [
                (m["id"], _ministry_name(m, lang))
                for m in site.data.entries("ministries")
                if m["id"] in used_ministries
            ],
        ),
        select(
            "status",
            "initiatives.status",
            [
                (s["id"], localized(s["title"], lang))
                for s in site.data.entries("statuses")
                if s["id"] in used_statuses
            ],
        ),
    ]
    return (
        f'<form class="kb-filter" data-kb-filters hidden aria-label="{e(ui.text("initiatives.filter", lang))}" '
        f'data-count="{e(ui.text("initiatives.showing", lang))}">'
        f'<p class="kb-filter__title">{e(ui.text("initiatives.filter", lang))}</p>'
        f'<div class="kb-filter__fields">{"".join(fields)}</div>'
        f'<p class="kb-filter__result"><span role="status" data-kb-filter-count></span> '
        f'<button type="button" class="md-button" data-kb-filter-reset hidden>'
        f"{e(ui.text('initiatives.show_all', lang))}</button></p>"
        # No card left: what was chosen, and a button per choice to widen it.
        f'<div class="kb-filter__empty" data-kb-filter-empty hidden '
        f'data-text="{e(ui.text("initiatives.none", lang))}" data-remove="{e(ui.text("initiatives.remove", lang))}">'
        f'<p></p><p class="kb-filter__widen"></p></div></form>'
    )


RESERVE = {True: "yes", False: "no"}  # otherwise the marker cannot be read in the note


def _facts(site: Site, initiative: dict[str, Any]) -> str:
    lang = site.lang
    ministries = site.data.by_id("ministries")
    status = site.data.by_id("statuses")[initiative["status"]]
    owners = ", ".join(
        _ministry_html(ministries[m], lang) for m in initiative["ministries"] if m in ministries
    )
    rows = [
        (
            ui.text("initiatives.status", lang),
            f'<span class="kb-status kb-status--{e(status["id"])}">{e(localized(status["title"], lang))}</span>',
        ),
        (ui.text("initiatives.ministry", lang), owners),
        (
            ui.text("initiatives.reserve", lang),
            e(ui.text(RESERVE.get(initiative["reserve_funded"], "initiatives.reserve_unreadable"), lang)),
        ),
    ]
    return "".join(f"<div><dt>{e(label)}</dt><dd>{value}</dd></div>" for label, value in rows)


def _split_description(text: str) -> tuple[str, str]:
    """The first paragraph (the card's short description) and the rest."""
    first, _, rest = text.strip().partition("\n\n")
    return first, rest


# A first paragraph longer than this is clamped on the card until "read all" is opened.
CLAMP_WORDS = 30


def _initiative(site: Site, initiative: dict[str, Any], from_url: str) -> str:
    """Markdown for one card: the heading stays Markdown (table of contents,
    permalink); the card's HTML opens before it and closes after it."""
    lang = site.lang
    first, rest = _split_description(localized(initiative["description"], lang))
    status = site.data.by_id("statuses")[initiative["status"]]
    more = [f'<p class="kb-initiative__status-text">{e(localized(initiative["status_text"], lang))}</p>']
    if rest:
        more.append(paragraphs(rest))
    related = [r for r in initiative.get("related") or [] if r in site.pages]
    if related:
        links = ", ".join(page_link(site, r, from_url) for r in related)
        more.append(f'<p class="kb-meta">{e(ui.text("related", lang))}: {links}</p>')
    clamp = " kb-initiative--clamp" if len(first.split()) > CLAMP_WORDS else ""
    opening = (
        f'<div class="kb-initiative{clamp}" data-kb-theme="{e(initiative["theme"])}" '
        f'data-kb-ministry="{e(" ".join(initiative["ministries"]))}" data-kb-status="{e(status["id"])}">'
    )
    body = (
        f'<dl class="kb-initiative__facts">{_facts(site, initiative)}</dl>'
        f'<div class="kb-initiative__lead">{paragraphs(first)}</div>'
        f'<details class="kb-fold kb-initiative__more"><summary>{e(ui.text("initiatives.read_all", lang))}</summary>'
        f"{''.join(more)}</details></div>"
    )
    return f"{opening}\n\n### {markdown_inline(_title(initiative, lang))} {{#{initiative['id']}}}\n\n{body}"


def initiatives_page(site: Site, from_url: str) -> str:
    lang = site.lang
    initiatives = sorted(site.data.entries("initiatives"), key=lambda i: i["number"])
    # The filters first: on a phone the overview's lists put them 2.4 screens
    # down; once a filter is chosen the script hides the overview, so the
    # matching cards follow the form.
    parts = [_filters(site, initiatives), f"## {ui.text('initiatives.summary', lang)} {{#overblik}}"]

    by_status = []
    for status in site.data.entries("statuses"):
        members = [i for i in initiatives if i["status"] == status["id"]]
        if members:
            by_status.append((e(localized(status["title"], lang)), members))
    parts.append(_groups(ui.text("initiatives.by_status", lang), "efter-status", by_status, lang))

    by_ministry = []
    for ministry in site.data.entries("ministries"):
        members = [i for i in initiatives if ministry["id"] in i["ministries"]]
        if members:
            by_ministry.append((_ministry_html(ministry, lang), members))
    parts.append(_groups(ui.text("initiatives.by_ministry", lang), "efter-ministerium", by_ministry, lang))
    notes = "".join(
        f"<dt>{e(m['id'])}</dt><dd>{site_note(m['site_explanation'], lang)}</dd>"
        for m in site.data.entries("ministries")
        if m.get("site_explanation")
    )
    if notes:  # what the note leaves unexplained, apart from the lists
        parts.append(f'<dl class="kb-ministry-notes">{notes}</dl>')

    for theme in site.data.entries("themes"):
        members = [i for i in initiatives if i["theme"] == theme["id"]]
        parts.append(f"## {markdown_inline(localized(theme['title'], lang))} {{#{theme['id']}}}")
        parts.extend(_initiative(site, i, from_url) for i in members)
    return "\n\n".join(parts) + "\n"
