"""Regression guard for build performance (make bench measures it fully).

Builds the synthetic site at 1x and 10x, with and without the project's
hooks, in this one run, and compares ratios only (never absolute times), with
wide margins so that a noisy machine does not fail it:

- the hooks' cost per page at 10x is within 1.5x of their cost per page at
  1x: no hook walks all pages once per page;
- the whole build's time per page at 10x is within 1.5x of 1x (target 1.2);
- the hooks' share of the build stays under 2.5x (see README, "Benchmark",
  for the measured figures and the 1.15 target).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import bench  # noqa: E402
import synthetic  # noqa: E402

pytestmark = pytest.mark.slow


def test_hooks_and_build_grow_linearly(tmp_path):
    rows = {}
    for factor in (1, 10):
        project = tmp_path / f"x{factor}"
        pages = 2 * synthetic.generate(project, factor)["pages_per_language"]
        full = bench.run(project / "mkdocs.yml", tmp_path / f"site{factor}")["seconds"]
        bare = bench.run(bench.variant(project, hooks=False), tmp_path / f"bare{factor}")["seconds"]
        rows[factor] = {"per_page": full / pages, "hooks_per_page": (full - bare) / pages, "ratio": full / bare}
    hooks_growth = rows[10]["hooks_per_page"] / rows[1]["hooks_per_page"]
    scale = rows[10]["per_page"] / rows[1]["per_page"]
    summary = {k: {m: round(v, 4) for m, v in r.items()} for k, r in rows.items()}
    assert hooks_growth <= 1.5, f"hooks cost per page grew {hooks_growth:.2f}x from 1x to 10x: {summary}"
    assert scale <= 1.5, f"build time per page grew {scale:.2f}x from 1x to 10x: {summary}"
    assert rows[10]["ratio"] <= 2.5, f"hooks make the build {rows[10]['ratio']:.2f}x slower: {summary}"
