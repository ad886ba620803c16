"""Search quality on a realistic query set: success@1, success@5, MRR@10 and the
zero-result rate, per language and category.

The query set is `tests/search/queries.tsv` (see its header). A *runner* turns a
query into the ordered list of result URLs the reader sees; this module only
loads queries, matches results against targets and aggregates. It is shared by
the browser test (tests/browser/test_search_quality.py), the engine comparison
(tools/search_compare.py) and the benchmark.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "search" / "queries.tsv"
THRESHOLDS = {"success@1": 0.80, "success@5": 0.95, "mrr@10": 0.85}
# The blind set (issue 25: written by someone who never saw the engine), held
# at what the engine reached on it: a regression set, not a tuning target.
BLIND_QUERIES = ROOT / "tests" / "search" / "queries_blind.tsv"
BLIND_THRESHOLDS = {"success@1": 0.90, "success@5": 0.97, "mrr@10": 0.93}
QUERY_SETS = {"repo": (QUERIES, THRESHOLDS), "blind": (BLIND_QUERIES, BLIND_THRESHOLDS)}


@dataclass(frozen=True)
class Query:
    lang: str
    category: str
    text: str
    targets: tuple[str, ...]  # paths under the language root, optionally with #anchor


def load_queries(path: Path = QUERIES) -> list[Query]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Query(r["lang"], r["category"], r["query"], tuple(r["targets"].split())) for r in rows]


def site_path(url: str, lang: str, default: str = "da") -> str:
    """A result URL as a path under its language root, with its #anchor: the form
    the targets are written in ('opslag/ordliste/#sara-v3')."""
    parts = urlsplit(url)
    path = parts.path.lstrip("/")
    prefix = "" if lang == default else f"{lang}/"
    if prefix and path.startswith(prefix):
        path = path[len(prefix) :]
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def matches(result: str, target: str) -> bool:
    """A page target matches any result on that page; an anchor target only its anchor."""
    if "#" in target:
        return result == target
    return result.split("#", 1)[0] == target


def rank_of(results: list[str], targets: Iterable[str]) -> int | None:
    """1-based rank of the first result that matches a target, or None."""
    targets = tuple(targets)
    for rank, result in enumerate(results, start=1):
        if any(matches(result, t) for t in targets):
            return rank
    return None


@dataclass
class Outcome:
    """Where the first right result is. The answer (a glossary definition shown
    above the results, with its text) counts as first: the reader sees it and
    the first result together at the top, and it does not push the results down."""

    query: Query
    results: list[str]
    answer: str | None = None
    rank: int | None = field(init=False)

    def __post_init__(self) -> None:
        self.rank = rank_of(self.results[:10], self.query.targets)
        if self.answer and rank_of([self.answer], self.query.targets):
            self.rank = 1


Found = list[str] | tuple[list[str], str | None]  # the results, or the results and the answer


def evaluate(queries: list[Query], run: Callable[[Query], Found], answers: bool = True) -> list[Outcome]:
    """Outcomes of the queries; with `answers=False` only the list of results counts."""
    outcomes = []
    for q in queries:
        found = run(q)
        results, answer = found if isinstance(found, tuple) else (found, None)
        outcomes.append(Outcome(q, results, answer if answers else None))
    return outcomes


def metrics(outcomes: list[Outcome]) -> dict[str, float]:
    n = len(outcomes) or 1
    return {
        "n": len(outcomes),
        "success@1": sum(o.rank == 1 for o in outcomes) / n,
        "success@5": sum(o.rank is not None and o.rank <= 5 for o in outcomes) / n,
        "mrr@10": sum(1 / o.rank for o in outcomes if o.rank) / n,
        "zero": sum(not o.results for o in outcomes) / n,
    }


def breakdown(outcomes: list[Outcome]) -> dict[tuple[str, str], dict[str, float]]:
    """Metrics for all queries, per language, and per language and category."""
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[("all", "all")].append(o)
        groups[(o.query.lang, "all")].append(o)
        groups[(o.query.lang, o.query.category)].append(o)
    return {key: metrics(group) for key, group in sorted(groups.items())}


def table(outcomes: list[Outcome]) -> str:
    lines = [f"{'lang':<5} {'category':<13} {'n':>4} {'s@1':>6} {'s@5':>6} {'mrr@10':>7} {'zero':>6}"]
    for (lang, category), m in breakdown(outcomes).items():
        lines.append(
            f"{lang:<5} {category:<13} {m['n']:>4} {m['success@1']:>6.2f} {m['success@5']:>6.2f} "
            f"{m['mrr@10']:>7.2f} {m['zero']:>6.2f}"
        )
    return "\n".join(lines)


def failures(outcomes: list[Outcome], limit: int = 5) -> str:
    """The queries whose right page was not first, with what came first instead."""
    lines = []
    for o in outcomes:
        if o.rank != 1:
            got = ", ".join(o.results[:limit]) or "(nothing)"
            if o.answer:
                got = f"answer {o.answer}; {got}"
            lines.append(f"[{o.query.lang}/{o.query.category}] {o.query.text!r}: rank {o.rank}; got {got}")
    return "\n".join(lines)


def below_thresholds(outcomes: list[Outcome], thresholds: dict[str, float] = THRESHOLDS) -> list[str]:
    overall = metrics(outcomes)
    problems = [
        f"{name} {overall[name]:.3f} < {limit}" for name, limit in thresholds.items() if overall[name] < limit
    ]
    if overall["zero"] > 0:
        problems.append(f"{overall['zero']:.3f} of the queries have no result")
    return problems
