"""The build is a function of the content, its git history and the pinned date
(KB_TODAY): never of the clock. The weekly publish and every pull request run
`make test` on whatever day they run, so a page, a test or a file that read
today's date would make the suite pass only on some days.

The real site is built again with the clock three years ahead (Debian's
faketime moves it for the build and everything it starts) and must come out
byte for byte the same.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from site_build import ROOT, mkdocs_build

pytestmark = pytest.mark.slow

LATER = "+1100 days"  # three years on


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_the_site_built_three_years_later_is_the_same_byte_for_byte(built_site, tmp_path):
    faketime = shutil.which("faketime")
    assert faketime, "this test needs Debian's faketime (apt-get install faketime; .ci/run installs it)"
    later = mkdocs_build(ROOT, tmp_path / "site", wrapper=(faketime, LATER))
    assert later.returncode == 0, later.output[-3000:]
    now, then = files_of(built_site.site), files_of(later.site)
    assert sorted(now) == sorted(then)
    assert [name for name in now if now[name] != then[name]] == []
