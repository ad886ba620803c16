"""Content that ages visibly, in real builds: the review line on every page,
banners and overdue notices from the date the build treats as today (an
overdue review warns but never fails a strict build), and What's new with its
Atom feed, also in a build without git history."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
import yaml
from real_content import real_site

from knowledge.content.messages import is_catalogued
from knowledge.outputs.render.boxes import PACK_SLUG
from site_build import ROOT, copy_project, mkdocs_build
from site_html import html_pages

pytestmark = pytest.mark.slow
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def _pages(site):
    for page in html_pages(site):
        rel = page.relative_to(site).as_posix()
        text = page.read_text(encoding="utf-8")
        if rel.endswith("404.html") or f"/{PACK_SLUG}/" in rel or 'http-equiv="refresh"' in text[:1000]:
            continue  # the 404 pages, the course packs (made of pages that show theirs), redirects
        yield rel, text


def _drafts() -> set[str]:
    """The URLs of the pages never checked against their sources (`drafted:`), both languages."""
    return {p.url for lang in ("da", "en") for p in real_site(lang).pages.values() if p.meta.get("drafted")}


# What the foot of a page says: (draft?, English?) -> its labels, and the claim a draft must not make
LABELS: dict[tuple[bool, bool], tuple[str, ...]] = {
    (False, False): ("Senest ændret", "Fagligt gennemgået", "Næste gennemgang"),
    (False, True): ("Last changed", "Reviewed", "Next review due"),
    (True, False): (
        "Senest ændret",
        "Udkast fra",
        "endnu ikke fagligt gennemgået mod kilderne",
        "Næste gennemgang",
    ),
    (True, True): ("Last changed", "Draft,", "not yet checked against the sources", "Next review due"),
}
NO_REVIEW_CLAIM = {False: "Fagligt gennemgået", True: "Reviewed"}


def test_every_page_shows_when_it_was_changed_and_reviewed_or_that_it_is_a_draft(built_site):
    drafts, wrong, seen = _drafts(), [], set()
    assert drafts  # issue 26: pages not yet reviewed say so
    for rel, html in _pages(built_site.site):
        english = rel.startswith("en/")
        footer = html[html.find('class="md-source-file kb-dates"') :]
        draft = rel.removesuffix("index.html") in drafts
        if draft:
            seen.add(rel.removesuffix("index.html"))
        if not all(label in footer for label in LABELS[draft, english]) or "<time datetime=" not in footer:
            wrong.append(rel)
        elif draft and NO_REVIEW_CLAIM[english] in footer:
            wrong.append(f"{rel}: a draft claims a review")
    assert wrong == []
    assert seen == drafts


def test_a_draft_says_so_in_both_languages_and_its_data_claims_no_review(built_site):
    site = built_site.site
    danish = (site / "kerneelementer" / "spejling" / "index.html").read_text(encoding="utf-8")
    english = (site / "en" / "kerneelementer" / "spejling" / "index.html").read_text(encoding="utf-8")
    assert (
        'Udkast fra <time datetime="2026-11-22">22. november 2026</time> – endnu ikke fagligt gennemgået mod '
        "kilderne" in danish
    )
    assert (
        'Draft, <time datetime="2026-11-22">22 November 2026</time> – not yet checked against the sources'
        in (english)
    )
    for rel, html in _pages(site):
        for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL):
            assert "lastReviewed" not in data and "reviewedBy" not in data, rel


def test_every_page_links_its_languages_feed_and_the_feeds_link_real_pages(built_site):
    site = built_site.site
    for rel, html in _pages(site):
        prefix = "en/" if rel.startswith("en/") else ""
        link = re.search(r'<link rel="alternate feed" type="application/atom\+xml"[^>]*href="([^"]+)"', html)
        assert link, rel
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), link.group(1)))
        assert target == f"{prefix}om/nyt-og-aendret/atom.xml", rel
    for prefix in ("", "en/"):
        feed = ET.parse(site / prefix / "om" / "nyt-og-aendret" / "atom.xml").getroot()
        entries = feed.findall("a:entry", ATOM)
        assert entries, prefix
        for entry in entries:
            anchor = entry.find("a:link", ATOM)
            url = anchor.get("href", "") if anchor is not None else ""
            path = url.split("://", 1)[1].split("/", 1)[1]
            assert (site / path / "index.html").exists(), url
            assert url.split("/", 3)[3].startswith(prefix)


def test_whats_new_lists_this_works_change_notes(built_site):
    """Every listed change with a page's own note shows that note. Which
    changes are the latest 40 depends on the history, so the expected notes
    come from it rather than from a fixed list."""
    from knowledge.content.load import load_history
    from knowledge.indexes.changes import recent_changes

    history = load_history(ROOT)
    assert history
    for lang, prefix in (("da", ""), ("en", "en/")):
        html = (built_site.site / prefix / "om" / "nyt-og-aendret" / "index.html").read_text(encoding="utf-8")
        notes = [c.note for c in recent_changes(history, real_site(lang))]
        assert notes, lang
        shown = unescape(html)  # a note's quotes and apostrophes are escaped in the page
        missing = [n for n in notes if n not in shown]
        assert missing == [], lang


def test_the_old_address_of_a_renamed_page_still_leads_to_it(built_site):
    for prefix in ("", "en/"):
        old = built_site.site / prefix / "definitioner" / "aeresrelateret-vold" / "index.html"
        assert "aeresmotiveret-vold/" in old.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def later_build(tmp_path_factory):
    """The site as it will be built in June 2028: every period over, every review overdue."""
    return mkdocs_build(ROOT, tmp_path_factory.mktemp("site2028") / "site", today="2028-06-01")


def test_time_bound_pages_show_their_banner_once_the_period_is_over(built_site, later_build):
    banners = {
        "handlingsplan/index.html": "Handlingsplanen 2023-2026 er udløbet; status er notatets og opdateres ikke.",
        # the site's inference from the deadline, said to be one (issue 26)
        "beredskaber/ansoegningsrunden-2024/index.html": "sitet slutter deraf, at ansøgningsrunden er afsluttet",
        "en/handlingsplan/index.html": "The action plan 2023-2026 has expired",
    }  # fmt: skip
    for rel, text in banners.items():
        assert text in (later_build.site / rel).read_text(encoding="utf-8"), rel
    # Built on 30 November 2026 (the tests' date), the plan has not ended yet.
    current = (built_site.site / "handlingsplan" / "index.html").read_text(encoding="utf-8")
    assert "kb-period-banner" not in current
    assert "Ansøgningsfristen var den 12. juni 2024" in (
        built_site.site / "beredskaber" / "ansoegningsrunden-2024" / "index.html"
    ).read_text(encoding="utf-8")
    # a page that describes the programme in the present tense shows no banner
    assert "kb-period-banner" not in (
        built_site.site / "beredskaber" / "udviklingsforloebet" / "index.html"
    ).read_text(encoding="utf-8")
    assert "kb-period-banner" not in (
        later_build.site / "kerneelementer" / "opsporing" / "index.html"
    ).read_text(encoding="utf-8")


def test_overdue_reviews_warn_but_never_fail_a_strict_build(later_build):
    assert later_build.returncode == 0, later_build.output[-3000:]
    warnings = [line for line in later_build.output.splitlines() if line.startswith("WARNING")]
    assert len(warnings) >= 60  # every page: none has been reviewed since 2026
    reason = warnings[0].split(": ", 2)[2]
    assert is_catalogued(reason), warnings[0]
    notice = (later_build.site / "kerneelementer" / "opsporing" / "index.html").read_text(encoding="utf-8")
    assert "Siden skulle have været gennemgået fagligt senest" in notice


def test_a_build_without_git_history_still_publishes_whats_new(tmp_path):
    project = copy_project(tmp_path / "project")  # a copy: no .git, as from a tarball
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 0, build.output[-3000:]
    html = (build.site / "om" / "nyt-og-aendret" / "index.html").read_text(encoding="utf-8")
    assert "bygget uden ændringshistorik" in html
    feed = ET.parse(build.site / "en" / "om" / "nyt-og-aendret" / "atom.xml").getroot()
    assert feed.findall("a:entry", ATOM) == []


def _editors_notes() -> dict[str, set[str]]:
    """Every note an editor wrote for readers, by language, straight from git:
    `change_note:` lines added to Danish (x.md) and English (x.en.md) pages, and
    `Change-note-da:` / `Change-note-en:` trailers of commit messages."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
        ).stdout

    notes: dict[str, set[str]] = {"da": set(), "en": set()}
    path = ""
    for line in git("log", "-p", "--unified=0", "--format=", "--", "docs").splitlines():
        if line.startswith("+++ "):
            path = line
        elif line.startswith("+change_note:"):
            value = str(yaml.safe_load(line[1:])["change_note"])
            notes["en" if path.endswith(".en.md") else "da"].add(" ".join(value.split()))
    for lang in notes:
        key = f"Change-note-{lang}"
        for value in git("log", f"--format=%(trailers:key={key},valueonly,unfold)").splitlines():
            notes[lang].add(" ".join(value.split()))
    return notes


def test_whats_new_shows_only_editors_notes_in_the_pages_language(built_site):
    """Never a commit subject (they are about the code), never a note in the
    other language, on the page or in the feed."""
    import subprocess

    subjects = set(
        subprocess.run(
            ["git", "-C", str(ROOT), "log", "--format=%s"], capture_output=True, text=True
        ).stdout.splitlines()
    )
    written = _editors_notes()
    for lang, prefix in (("da", ""), ("en", "en/")):
        feed = ET.parse(built_site.site / prefix / "om" / "nyt-og-aendret" / "atom.xml").getroot()
        shown = [entry.findtext("a:summary", "", ATOM) for entry in feed.findall("a:entry", ATOM)]
        html = (built_site.site / prefix / "om" / "nyt-og-aendret" / "index.html").read_text(encoding="utf-8")
        listed = re.findall(r"<li><a [^>]*>[^<]*</a>: ([^<]*)</li>", html[html.find('class="kb-changes"') :])
        assert shown and len(listed) == len(shown)
        for note in shown:
            assert note not in subjects, f"a commit subject on What's new ({lang}): {note}"
            assert note in written[lang], f"not an editor's {lang} note: {note}"
