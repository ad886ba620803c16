"""Every page the build writes is valid HTML by the W3C Nu HTML Checker: both
languages, generated pages, the 404 page and a redirect page. One Java run over
all files (tools/html_check.py)."""

from __future__ import annotations

import pytest
from html_check import html_files, nu_errors

from knowledge.outputs.urls import redirect_page

pytestmark = pytest.mark.slow

# The error Material's toggles used to cause on every page: the checker must
# report it here, which shows that it really read the files it was given.
CANARY = (
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>canary</title></head>'
    '<body><input type="checkbox" id="c" autocomplete="off"><label for="c">c</label></body></html>'
)


def test_every_built_page_is_valid_html(built_site, tmp_path):
    pages = html_files(built_site.site)
    assert len(pages) > 100, "the whole site, both languages"
    assert (built_site.site / "404.html") in pages
    assert any(p.is_relative_to(built_site.site / "en") for p in pages)
    # The site has no moved page today; check the page stable_urls writes for one.
    redirect = tmp_path / "gammel" / "index.html"
    redirect.parent.mkdir()
    redirect.write_text(redirect_page("gammel/", "ny/", "Ny side", "da"), encoding="utf-8")
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")

    errors = nu_errors([*pages, redirect, canary], base=built_site.site.parent)
    canary_errors = [line for line in errors if line.startswith(str(canary))]
    assert len(canary_errors) == 1 and "autocomplete" in canary_errors[0], errors
    site_errors = [line for line in errors if line not in canary_errors]
    assert not site_errors, f"{len(site_errors)} HTML errors:\n" + "\n".join(site_errors[:50])
