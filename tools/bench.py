"""Build-time benchmark: synthetic content at 1x, 10x and 50x the real site.

    make bench                      # sizes 1 10 50, 3 runs each
    .venv/bin/python tools/bench.py --sizes 1 10 --runs 2 --json bench/results.json
    .venv/bin/python tools/bench.py --profile 50     # where the hooks spend their time
    .venv/bin/python tools/bench.py --events 10      # wall time of each hook event, no profiler

For each size it builds the synthetic project (tools/synthetic.py) several
times and prints one table; the same figures go to a JSON file so that two
commits can be compared. How to read it:

  pages/lang   pages per language
  build s      median wall time of a full strict build, both languages
  ms/page      CPU time of the build / all pages built (both languages); this and every ratio
               below are CPU times, which a busy machine does not inflate as it does wall time
  MB peak      peak resident memory of the build process
  hooks x      full build / the same build with the project's hooks off (target <= 1.6)
  scale x      ms/page at this size / ms/page at 1x (target <= 1.15: linear)
  langs x      both languages / Danish only (2.0 means each language costs the same)
  rebuild x    a second build in the same process after touching one page (as `mkdocs serve`
               does) / a plain MkDocs build of the same content without hooks (target <= 1.8)
  first KB     gzip bytes of a first visit to a content page (HTML, CSS, JS, icons), per language
  search KB    gzip bytes the first search downloads: stemmer and index files, median over the
               query set (tools/search_bench.py; target <= 150 at every size)
  search ms    first keystroke to first results in Chromium, CPU slowed down 4x, the search
               opened as a reader opens it (the index starts loading then), median over a
               sample of the query set (tools/search_bench.py; target <= 250)
  cold ms      the same with focus and first word in the same instant: the worst case, no target
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import gzip
import json
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# One date for the whole run, the synthetic pages' review dates and every build's today
# alike (the builds run in subprocesses, which inherit it): a run across midnight would
# otherwise review its pages "tomorrow".
os.environ.setdefault("KB_TODAY", time.strftime("%Y-%m-%d"))

import search_bench
import synthetic  # reads KB_TODAY on import

ROOT = Path(__file__).resolve().parent.parent


TARGETS = {"hooks": 1.6, "scale": 1.15, "rebuild": 1.8, "search_kb": 150, "search_ms": 250}
FIRST_VISIT = (
    "assets/stylesheets/main.*.min.css",
    "assets/stylesheets/palette.*.min.css",
    "assets/stylesheets/site.css",
    "assets/javascripts/bundle.*.min.js",
    "assets/javascripts/*.js",
    "assets/javascripts/search/ui.js",
    "assets/javascripts/search/engine.js",
    "assets/stylesheets/search.css",
    "assets/favicon.svg",
    "assets/logo.svg",
)


def variant(project: Path, hooks: bool = True, languages: int = 2) -> Path:
    """mkdocs.yml with the project's hooks off and/or only the Danish build."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    name = "mkdocs.yml"
    if not hooks:
        text = re.sub(r"^hooks:\n(?:  - .*\n)+", "hooks: []\n", text, flags=re.M)
        # The templates in overrides/ read the interface strings the hooks provide.
        text = text.replace("  custom_dir: overrides\n", "")
        name = "mkdocs.nohooks.yml"
    if languages == 1:
        text = re.sub(r"(- locale: en\n(?:\s+\w+: .*\n)*?\s+build: )true", r"\1false", text)
        name = name.replace(".yml", ".da.yml")
    path = project / name
    path.write_text(text, encoding="utf-8")
    return path


def load_project_config(config_file: Path, site_dir: Path):
    """The strict MkDocs config of a project, quietly, as `mkdocs build` loads it."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    import logging

    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    os.chdir(config_file.parent)
    return load_config(str(config_file), site_dir=str(site_dir), strict=True)


def measure_once(config_file: Path, site_dir: Path, rebuild: bool) -> dict:
    """One build in this process (run in a fresh subprocess per measurement)."""
    from mkdocs.commands.build import build

    start, cpu = time.perf_counter(), time.process_time()
    build(load_project_config(config_file, site_dir))
    result = {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu}
    if rebuild:
        # As `mkdocs serve` does after an edit: reload the config, build again, same process.
        page = config_file.parent / "docs" / "kerneelementer" / "spejling.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        start, cpu = time.perf_counter(), time.process_time()
        build(load_project_config(config_file, site_dir))
        result["rebuild_seconds"] = time.perf_counter() - start
        result["rebuild_cpu_seconds"] = time.process_time() - cpu
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def run(config_file: Path, site_dir: Path, rebuild: bool = False) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(config_file), str(site_dir)]
        + (["--rebuild"] if rebuild else []),
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise SystemExit(f"build of {config_file} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def page_weight(site: Path, lang: str) -> dict:
    prefix = "" if lang == "da" else "en/"
    html = site / prefix / "kerneelementer" / "spejling" / "index.html"
    assets = {p for pattern in FIRST_VISIT for p in site.glob(pattern)}
    first = gz(html) + sum(gz(p) for p in assets)
    return {
        "first_visit_kb": first / 1024,
        "html_kb": gz(html) / 1024,
        "search_kb": search_bench.first_search_kb(site, lang),
        "search_ms": search_bench.first_results_ms(site, lang, sample=10)["median"],
        # The worst case beside it: focus and first word in the same instant.
        "search_cold_ms": search_bench.first_results_ms(site, lang, sample=10, head_start=0)["median"],
    }


def median_of(config_file: Path, site_dir: Path, runs: int) -> dict:
    results = [run(config_file, site_dir) for _ in range(runs)]
    return {
        "seconds": statistics.median(r["seconds"] for r in results),
        "cpu_seconds": statistics.median(r["cpu_seconds"] for r in results),
        "maxrss_mb": max(r["maxrss_mb"] for r in results),
    }


def bench_size(factor: int, runs: int, work: Path) -> dict:
    project = work / f"x{factor}"
    info = synthetic.generate(project, factor)
    site = work / f"site-x{factor}"
    full = median_of(project / "mkdocs.yml", site, runs)
    weight = {lang: page_weight(site, lang) for lang in ("da", "en")}
    no_hooks = median_of(variant(project, hooks=False), work / f"site-x{factor}-nohooks", runs)
    danish = median_of(variant(project, languages=1), work / f"site-x{factor}-da", runs)
    rebuilt = run(project / "mkdocs.yml", work / f"site-x{factor}-rebuild", rebuild=True)
    pages = info["pages_per_language"]
    return {
        "factor": factor,
        "pages_per_language": pages,
        "build_s": full["seconds"],
        "cpu_s": full["cpu_seconds"],
        # Per page and the ratios in CPU time: the build is single-threaded, and CPU time
        # does not count the time the process waited for a core on a busy machine.
        "ms_per_page": 1000 * full["cpu_seconds"] / (2 * pages),
        "peak_mb": full["maxrss_mb"],
        "hooks_off_s": no_hooks["seconds"],
        "hooks_ratio": full["cpu_seconds"] / no_hooks["cpu_seconds"],
        "danish_only_s": danish["seconds"],
        "languages_ratio": full["cpu_seconds"] / danish["cpu_seconds"],
        "rebuild_s": rebuilt["rebuild_seconds"],
        "rebuild_ratio": rebuilt["rebuild_cpu_seconds"] / no_hooks["cpu_seconds"],
        "page_weight": weight,
    }


def table(rows: list[dict]) -> str:
    head = (
        f"{'size':>5} {'pages/lang':>10} {'build s':>8} {'ms/page':>8} {'MB peak':>8} {'hooks x':>8} "
        f"{'scale x':>8} {'langs x':>8} {'rebuild x':>9} {'first KB da/en':>15} {'search KB da/en':>15} "
        f"{'search ms da/en':>15} {'cold ms da/en':>15}"
    )
    lines = [head, "-" * len(head)]
    base = rows[0]["ms_per_page"]
    for r in rows:
        w = r["page_weight"]
        lines.append(
            f"{str(r['factor']) + 'x':>5} {r['pages_per_language']:>10} {r['build_s']:>8.1f} {r['ms_per_page']:>8.1f} "
            f"{r['peak_mb']:>8.0f} {r['hooks_ratio']:>8.2f} {r['ms_per_page'] / base:>8.2f} "
            f"{r['languages_ratio']:>8.2f} {r['rebuild_ratio']:>9.2f} "
            f"{w['da']['first_visit_kb']:>7.1f}/{w['en']['first_visit_kb']:<7.1f} "
            f"{w['da']['search_kb']:>7.1f}/{w['en']['search_kb']:<7.1f} "
            f"{w['da']['search_ms']:>7.0f}/{w['en']['search_ms']:<7.0f} "
            f"{w['da']['search_cold_ms']:>7.0f}/{w['en']['search_cold_ms']:<7.0f}"
        )
    return "\n".join(lines)


def profile(factor: int, work: Path, top: int = 25) -> None:
    """cProfile of one full build at ``factor``: the functions of hooks/ by cumulative time."""
    project = work / f"x{factor}"
    synthetic.generate(project, factor)
    profiler = cProfile.Profile()
    profiler.runcall(measure_once, project / "mkdocs.yml", work / "site-profile", False)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    # total_tt and stats are attributes pstats has always had but typeshed does not list;
    # get_stats_profile() would merge functions of the same name (every hook's on_files).
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{factor}x: {total:.1f} s in total")
    rows = [(key, value) for key, value in stats.stats.items() if "/hooks/" in key[0]]  # type: ignore[attr-defined]
    rows.sort(key=lambda item: -item[1][3])
    print(f"{'cumulative s':>12} {'share':>6}  function")
    for (file, line, name), (_, calls, _, cumulative, _) in rows[:top]:
        print(
            f"{cumulative:>12.2f} {cumulative / total:>6.1%}  {Path(file).name}:{line} {name} ({calls} calls)"
        )


def event_times(factor: int, work: Path) -> None:
    """One full build at ``factor`` with a timer around each of the project's
    hook events: their own wall time, without cProfile's overhead. What the
    build costs beyond it comes from what the hooks add (generated pages, term
    links) that MkDocs and Material then render, index and write."""
    from mkdocs.commands.build import build

    project = work / f"x{factor}"
    synthetic.generate(project, factor)
    config = load_project_config(project / "mkdocs.yml", work / "site-events")
    spent: collections.defaultdict[str, float] = collections.defaultdict(float)

    def timed(handler, key):
        def run_handler(*args, **kwargs):
            start = time.perf_counter()
            try:
                return handler(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - start

        return run_handler

    for handlers in config.plugins.events.values():
        for i, handler in enumerate(handlers):
            module = getattr(handler, "__module__", "") or ""
            if module.startswith("hooks/"):
                handlers[i] = timed(handler, f"{module}:{handler.__name__}")
    start = time.perf_counter()
    build(config)
    total = time.perf_counter() - start
    hooks = sum(spent.values())
    print(f"{factor}x: build {total:.2f} s, hook events {hooks:.2f} s ({hooks / total:.0%})")
    for key, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{seconds:>8.3f} s  {key}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--profile", type=int, metavar="SIZE")
    parser.add_argument("--events", type=int, metavar="SIZE")
    parser.add_argument("--measure", nargs=2, metavar=("CONFIG", "SITE"), help=argparse.SUPPRESS)
    parser.add_argument("--rebuild", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_once(Path(args.measure[0]), Path(args.measure[1]), args.rebuild)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        if args.profile:
            profile(args.profile, Path(tmp))
            return 0
        if args.events:
            event_times(args.events, Path(tmp))
            return 0
        rows = []
        for factor in args.sizes:
            rows.append(bench_size(factor, args.runs, Path(tmp)))
            print(f"  {factor}x done: {rows[-1]['build_s']:.1f} s", file=sys.stderr)
    print(table(rows))
    base = rows[0]["ms_per_page"]
    for r in rows:
        r["scale_ratio"] = r["ms_per_page"] / base
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"targets": TARGETS, "results": rows}, indent=1) + "\n", encoding="utf-8")
    print(f"\nJSON: {args.json.relative_to(ROOT) if args.json.is_relative_to(ROOT) else args.json}")
    missed = [
        f"{r['factor']}x {name} {value:.2f} > {TARGETS[name]}"
        for r in rows
        for name, value in (
            ("hooks", r["hooks_ratio"]),
            ("scale", r["scale_ratio"]),
            ("rebuild", r["rebuild_ratio"]),
            *(
                (name, r["page_weight"][lang][name])
                for name in ("search_kb", "search_ms")
                for lang in ("da", "en")
            ),
        )
        if value > TARGETS[name]
    ]
    for line in missed:
        print("MISSED:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
