"""Reading on a phone, in Chromium at 390 px: initiatives as cards with
filters, a glossary whose letters stay at hand, "På denne side" at the top of
long pages and a pathway diagram that reads top to bottom."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from browser_support import settle

ROOT = Path(__file__).resolve().parents[2]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
VISIBLE_CARDS = "[...document.querySelectorAll('.kb-initiative')].filter(c => c.checkVisibility())"


def published_anchors(url: str) -> list[str]:
    return json.loads((ROOT / "urls.json").read_text(encoding="utf-8"))["pages"][url]


def visible_cards(page) -> list[dict]:
    return page.evaluate(
        f"{VISIBLE_CARDS}.map(c => ({{theme: c.dataset.kbTheme, ministry: c.dataset.kbMinistry, "
        "status: c.dataset.kbStatus}))"
    )


# --- Initiatives ------------------------------------------------------------


@pytest.mark.parametrize("path", ["handlingsplan/", "en/handlingsplan/"])
def test_initiatives_without_javascript_are_grouped_lists_and_cards_with_every_anchor(visit, path):
    page = visit(**PHONE, java_script_enabled=False).goto(path)
    assert not page.locator("form.kb-filter").is_visible(), "the filters need JavaScript"
    assert page.locator("article table").count() == 0, "no squeezed tables"
    assert page.locator(".kb-initiative").count() == 26
    assert page.locator("#efter-status + .kb-groups details").count() >= 3
    assert page.locator("#efter-ministerium + .kb-groups details").count() >= 3
    for anchor in published_anchors(path):
        assert page.locator(f"[id='{anchor}']").count() == 1, anchor
    # A group opens with a tap and links to its initiatives' cards.
    group = page.locator("#efter-status + .kb-groups details").first
    group.locator("summary").tap()
    link = group.locator("a").first
    target = link.get_attribute("href")
    link.tap()
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert page.locator(target).is_visible()


def test_initiative_cards_use_the_width_and_readable_text_on_a_phone(visit):
    page = visit(**PHONE).goto("handlingsplan/")
    settle(page)
    sizes = page.evaluate("""() => {
        const content = document.querySelector('article').getBoundingClientRect().width;
        return [...document.querySelectorAll('.kb-initiative')].map(c => ({
            share: c.getBoundingClientRect().width / content,
            title: parseFloat(getComputedStyle(c.querySelector('h3')).fontSize),
            facts: parseFloat(getComputedStyle(c.querySelector('.kb-initiative__facts dd')).fontSize),
            lead: parseFloat(getComputedStyle(c.querySelector('.kb-initiative__lead p')).fontSize),
        }));
    }""")
    assert len(sizes) == 26
    for card in sizes:
        assert card["share"] > 0.9 and card["title"] >= 16 and card["facts"] >= 14 and card["lead"] >= 16, (
            card
        )
    # The rest of an initiative's text is one tap away.
    card = page.locator(".kb-initiative").first
    more = card.locator("details.kb-initiative__more")
    assert more.get_attribute("open") is None
    more.locator("summary").tap()
    assert more.get_attribute("open") is not None
    assert more.locator(".kb-initiative__status-text").is_visible()


def test_initiative_filters_show_the_matching_cards_with_counts(visit):
    page = visit(**PHONE).goto("handlingsplan/")
    form = page.locator("form.kb-filter")
    form.wait_for(state="visible")
    status = form.locator("select[data-kb-filter='status']")
    ministry = form.locator("select[data-kb-filter='ministry']")
    theme = form.locator("select[data-kb-filter='theme']")
    count = form.locator("[data-kb-filter-count]")
    assert count.inner_text() == "Viser 26 af 26 initiativer."
    assert count.get_attribute("role") == "status"
    assert status.locator("option").first.inner_text() == "Alle (26)"
    completed = status.locator("option[value='gennemfoert']").inner_text()
    n_completed = int(completed.rsplit("(", 1)[1].rstrip(")"))

    status.select_option("gennemfoert")
    cards = visible_cards(page)
    assert len(cards) == n_completed and {c["status"] for c in cards} == {"gennemfoert"}
    assert count.inner_text() == f"Viser {n_completed} af 26 initiativer."
    # The other filters count what they would leave, given this choice.
    for option in ministry.locator("option[value]:not([value=''])").all():
        value, text = option.get_attribute("value"), option.inner_text()
        expected = sum(1 for c in cards if value in c["ministry"].split())
        assert text.endswith(f"({expected})"), (value, text)

    ministry.select_option("JM")
    cards = visible_cards(page)
    assert cards and all(c["status"] == "gennemfoert" and "JM" in c["ministry"].split() for c in cards)
    # A theme with no card left hides its heading too.
    for option in theme.locator("option[value]:not([value=''])").all():
        value = option.get_attribute("value")
        has_cards = any(c["theme"] == value for c in cards)
        assert page.locator(f"h2[id='{value}']").is_visible() == has_cards, value

    reset = form.locator("[data-kb-filter-reset]")
    reset.tap()
    assert len(visible_cards(page)) == 26
    assert not reset.is_visible()
    assert page.evaluate("document.activeElement.dataset.kbFilter") == "theme"


def test_a_link_to_an_initiative_the_filters_hide_clears_them(visit):
    page = visit(**PHONE).goto("handlingsplan/")
    form = page.locator("form.kb-filter")
    form.wait_for(state="visible")
    form.locator("select[data-kb-filter='status']").select_option("gennemfoert")
    hidden = page.evaluate(
        "[...document.querySelectorAll('.kb-initiative[hidden] h3[id]')].map(h => h.id)[0]"
    )
    # A link to it (the overview, hidden while a filter is chosen, has them too).
    page.evaluate("id => { location.hash = id; }", hidden)
    page.wait_for_function("id => document.getElementById(id).checkVisibility()", arg=hidden)
    assert len(visible_cards(page)) == 26


def test_the_initiatives_page_is_much_shorter_on_a_phone(visit):
    page = visit(**PHONE).goto("handlingsplan/")
    settle(page)
    screens = page.evaluate("document.documentElement.scrollHeight / innerHeight")
    assert screens < 20, f"{screens:.1f} screens (31 before the cards)"


# --- Glossary ---------------------------------------------------------------


def test_the_glossary_letters_stay_under_the_header_and_mark_the_current_letter(visit):
    page = visit(**PHONE).goto("opslag/ordliste/")
    settle(page)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    settle(page)
    header = page.locator(".md-header").bounding_box()
    letters = page.locator("nav.kb-letters")
    box = letters.bounding_box()
    assert abs(box["y"] - (header["y"] + header["height"])) <= 1, (box, header)
    assert box["height"] <= 60, "one row of letters"
    current = letters.locator("a[aria-current]")
    page.wait_for_function("document.querySelector('nav.kb-letters a[aria-current]')")
    assert current.count() == 1 and current.is_visible()
    # A letter leads to its section, which lands below the letters, not under them.
    target = letters.locator("a").last
    href = target.get_attribute("href")
    target.tap()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    settle(page)
    heading = page.locator(href).bounding_box()
    assert heading["y"] >= letters.bounding_box()["y"] + letters.bounding_box()["height"] - 1
    assert heading["y"] < 844


def test_the_pages_that_use_a_term_are_folded_behind_their_count(visit):
    page = visit(**PHONE).goto("opslag/ordliste/")
    used = page.locator("details.kb-used-by").first
    summary = used.locator("summary").inner_text()
    assert re.fullmatch(r"Bruges på (1 side|\d+ sider)", summary), summary
    n = int(summary.split()[2])
    assert used.get_attribute("open") is None
    assert not used.locator("a").first.is_visible()
    used.locator("summary").tap()
    assert used.locator("a").count() == n
    assert used.locator("a").first.is_visible()
    assert float(used.locator("a").first.evaluate("a => parseFloat(getComputedStyle(a).fontSize)")) >= 14


# --- Long pages and the pathway --------------------------------------------


@pytest.mark.parametrize(
    ("path", "label"),
    [("kerneelementer/spejling/", "På denne side"), ("en/kerneelementer/spejling/", "On this page")],
)
def test_long_pages_start_with_their_contents_on_a_phone_only(visit, path, label):
    page = visit(**PHONE).goto(path)
    contents = page.locator("details.kb-page-contents")
    assert contents.is_visible()
    assert contents.locator("summary").inner_text() == label
    # Right after the lead, within the first screen.
    assert contents.bounding_box()["y"] < 844
    assert page.evaluate(
        "document.querySelector('.kb-lead').compareDocumentPosition(document.querySelector('.kb-page-contents'))"
        " & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    headings = page.locator("article h2[id]:not([id^='kb-'])").evaluate_all("hs => hs.map(h => h.id)")
    links = contents.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href').slice(1))")
    assert links == headings
    contents.locator("summary").tap()
    contents.locator("a").last.tap()
    page.wait_for_url(re.compile("#" + re.escape(links[-1]) + "$"))
    wide = visit(**DESKTOP).goto(path)
    assert not wide.locator("details.kb-page-contents").is_visible(), (
        "Material's own contents are beside the text"
    )


def test_the_pathway_diagram_reads_top_to_bottom_on_a_phone_and_left_to_right_on_a_wide_screen(visit):
    def positions(page):
        return page.evaluate("""() => {
            const box = s => document.querySelector(s).getBoundingClientRect();
            const steps = [...document.querySelectorAll('.kb-pathway__step')].map(s => s.getBoundingClientRect());
            return {start: box('.kb-pathway__start'), end: box('.kb-pathway__end'),
                    steps: steps.map(r => ({x: r.x, y: r.y, bottom: r.bottom}))};
        }""")

    phone = positions(visit(**PHONE).goto("indsatsmodellen/borgerforloeb/"))
    ys = [s["y"] for s in phone["steps"]]
    assert ys == sorted(ys) and len(set(ys)) == len(ys), "steps one under the other"
    assert phone["start"]["bottom"] <= ys[0] and phone["end"]["y"] >= phone["steps"][-1]["bottom"]

    wide = positions(visit(**DESKTOP).goto("en/indsatsmodellen/borgerforloeb/"))
    xs = [s["x"] for s in wide["steps"]]
    assert xs == sorted(xs) and len({round(s["y"]) for s in wide["steps"]}) == 1, "steps side by side"
    assert round(wide["start"]["y"]) == round(wide["end"]["y"]) and wide["end"]["x"] > wide["start"]["x"]


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_relation_matrices_keep_their_row_labels_when_scrolled_sideways(visit, width, lang):
    # Tall enough for a whole matrix: elementFromPoint sees only the screen.
    page = visit(**{**PHONE, "viewport": {"width": width, "height": 1400}}).goto(
        lang + "opslag/sammenhaenge/"
    )
    matrices = page.locator(".kb-matrix")
    assert matrices.count() == 3
    for i in range(3):
        matrix = matrices.nth(i)
        matrix.evaluate("m => m.scrollIntoView()")
        # The named, focusable region is the box that scrolls (Material's wrapper does not).
        assert matrix.get_attribute("role") == "region" and matrix.get_attribute("tabindex") == "0"
        assert matrix.get_attribute("aria-labelledby")
        box = matrix.evaluate(
            """m => { m.scrollLeft = m.scrollWidth;
                 const r = m.getBoundingClientRect();
                 return {wide: m.scrollWidth > m.clientWidth + 50, scrolled: m.scrollLeft > 0,
                   labels: [...m.querySelectorAll('tbody th')].map(th => {
                     const t = th.getBoundingClientRect();
                     const hit = document.elementFromPoint(t.left + 8, t.top + t.height / 2);
                     return t.left >= r.left - 1 && t.right <= r.right && th.contains(hit); })}; }"""
        )
        assert box["wide"] and box["scrolled"], "the matrix scrolls sideways"
        assert box["labels"] and all(box["labels"]), "every row label stays in view, over the cells"


@pytest.mark.parametrize("lang", ["", "en/"])
def test_the_subject_index_folds_its_longer_lists_so_a_phone_can_scan_it(visit, lang):
    page = visit(**PHONE).goto(lang + "opslag/stikordsregister/")
    screens = page.evaluate("document.documentElement.scrollHeight / innerHeight")
    assert screens < 30, f"{screens:.1f} screens (70 before the lists were folded)"
    entries = page.locator(".kb-index__entry")
    folded = page.locator(".kb-index__entry details.kb-fold")
    assert entries.count() > 100 and folded.count() > 40
    # Folded only where there is more than one page; the count says how many.
    first = folded.first
    pages = first.locator(".kb-locations > li").count()
    assert pages >= 2 and str(pages) in first.locator("summary").inner_text()
    first.locator("summary").tap()
    assert first.locator(".kb-locations a").first.is_visible()


@pytest.mark.parametrize("lang", ["", "en/"])
def test_initiative_filters_come_first_and_a_choice_with_no_match_offers_to_widen_it(visit, lang):
    page = visit(**PHONE).goto(lang + "handlingsplan/")
    form = page.locator("form.kb-filter")
    overview = page.locator("#overblik")
    assert form.bounding_box()["y"] < overview.bounding_box()["y"], "the filters before the overview"
    assert form.bounding_box()["y"] < 1.6 * 844  # 2.6 screens down before
    theme = page.locator('select[data-kb-filter="theme"]')
    status = page.locator('select[data-kb-filter="status"]')
    empty = page.locator("[data-kb-filter-empty]")
    theme.select_option(index=1)
    assert not overview.is_visible(), "a chosen filter hides the overview between the form and the cards"
    assert not empty.is_visible()
    # A theme and a status that no initiative has together.
    for value in status.evaluate("s => [...s.options].map(o => o.value).filter(Boolean)"):
        status.select_option(value)
        if page.locator(".kb-initiative:not([hidden])").count() == 0:
            break
    else:
        pytest.fail("no theme and status without initiatives: pick another pair")
    assert empty.is_visible()
    chosen = theme.evaluate("s => s.options[s.selectedIndex].dataset.label")
    assert chosen in empty.locator("p").first.inner_text()
    buttons = empty.locator("button")
    assert buttons.count() == 2
    buttons.last.tap()  # remove the status: the theme's initiatives come back
    assert status.input_value() == "" and theme.input_value()
    assert page.locator(".kb-initiative:not([hidden])").count() > 0 and not empty.is_visible()
    page.locator("[data-kb-filter-reset]").tap()
    assert overview.is_visible()
