"""The search index of one language, as small files the browser fetches only
as far as a query needs them.

- `index.json`: the sorted keys (folded stems) with their document frequency,
  which shard holds each key's postings, the group (page) boundaries, the stop
  words and the scoring settings. Loaded when the reader starts searching; it
  grows with the vocabulary, not with the number of pages.
- `p<N>.<hash>.json`: postings for a run of consecutive keys. Each posting is
  (document, impact, flags): the impact is the key's weighted, length-normalised
  score in that document times the document's prior, precomputed here (a
  BM25F-like sum over the fields title, keywords, parent, summary, body); flags
  say whether the key is in the title or the keywords and how many distinct
  words the title has. A key keeps its best `MAX_POSTINGS` postings: enough to
  rank the first pages of results, and it bounds what one query downloads.
- `d<N>.<hash>.json`: what a result shows (URL, title, page, kind, snippet) for
  a run of documents, fetched only for the results on screen.

File names carry a hash of their content, so a browser never mixes shards of
two builds; `index.json` itself is revalidated on every first search.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from knowledge.outputs.search.analysis import QUESTION_CUES, SPELLINGS, Analyzer, loose, tokens
from knowledge.outputs.search.documents import SearchDoc

FORMAT = 1
# (weight, saturation k, length normalisation b) per field: a word in the title
# or the search terms counts far more than a word in the running text.
FIELDS = {
    "title": (10.0, 0.3, 0.0),
    "keywords": (9.0, 0.3, 0.0),
    "parent": (2.0, 0.3, 0.0),
    "summary": (3.0, 0.8, 0.3),
    "body": (1.5, 1.2, 0.75),
}
IMPACT_SCALE = 10  # impacts are stored as integers: round(score * IMPACT_SCALE)
MAX_POSTINGS = 400
POSTING_SHARD_BYTES = 24_000  # raw JSON; about a third of that gzip-compressed
DOCUMENT_SHARD_SIZE = 24
TITLE_TERMS_CAP = 15
# Query-time settings, written into index.json so that tuning needs no JS change.
QUERY_SETTINGS = {
    "expansion": {
        "surface": 1.25,  # the word exactly as written in a title or search term
        "exact": 1.0,
        "alias": 0.9,  # another name of the same glossary term ("SEL" for "serviceloven")
        "loose": 0.92,
        "prefix": 0.7,
        "compound": 0.6,
        "typo": 0.55,
        "typo2": 0.4,  # two typos, in a long word (often a compound)
        "split": 0.8,
        "stopWord": 0.25,  # a stop word counts only in a title or search term ("hvem er med")
        "cue": 0.5,  # a word a question implies ("hvem … for" -> "målgruppe"), likewise
    },
    "fullTitleBoost": 1.6,  # the query has every word of a page's or an entity's title
    "fullHeadingBoost": 1.25,  # … of a section heading
    "rareKnownWord": 2,  # a word found in at most this many documents may still be a typo
    "coverageExponent": 2.0,
    "maxExpansions": 24,
    "minPrefix": 3,
    "minCompound": 4,
    "minTypo": 5,
    "minTypo2": 9,  # words this long may have two typos
    "maxSuffix": 5,  # a word may be a key plus this many letters ("stalkng" = "stalk" + "ng")
    "results": 10,
    "relativeCutoff": 0.08,  # partial matches scoring under this share of the best are left out
    "subResults": 3,
}


@dataclass
class IndexFiles:
    """File name (relative to the language's search folder) -> JSON-able content."""

    files: dict[str, object]

    def dumps(self) -> dict[str, str]:
        return {
            name: json.dumps(body, ensure_ascii=False, separators=(",", ":"))
            for name, body in self.files.items()
        }


def _field_texts(doc: SearchDoc) -> dict[str, str]:
    return {
        "title": doc.title,
        "keywords": " \n ".join(doc.keywords),
        "parent": doc.parent,
        "summary": doc.summary,
        "body": doc.body,
    }


def _ordered(docs: list[SearchDoc]) -> list[SearchDoc]:
    """Documents of one group next to each other, the group's head (the page, or
    the entity that stands alone) first, groups in the order they came."""
    groups: dict[str, list[SearchDoc]] = {}
    for doc in docs:
        groups.setdefault(doc.group, []).append(doc)
    return [doc for members in groups.values() for doc in sorted(members, key=lambda d: d.url != d.group)]


SURFACE = "="  # prefix of the keys for words as written (see _field_counts)


def _field_counts(doc: SearchDoc, analyzer: Analyzer) -> dict[str, Counter[str]]:
    """Key counts per field. The title and the search terms also count each word
    as written (folded, not stemmed) under a key starting with "=": a reader who
    types "abuser" finds the page that names abusers before the pages about
    abuse, which share the stem."""
    texts = _field_texts(doc)
    counts = {name: Counter(analyzer.keys(text)) for name, text in texts.items()}
    for name in ("title", "keywords"):
        for token in tokens(texts[name]):
            surface = analyzer.surface(token)
            if surface != analyzer.key(token):
                counts[name][SURFACE + surface] += 1
    return counts


def _scores(
    docs: list[SearchDoc], analyzer: Analyzer
) -> tuple[dict[str, dict[int, tuple[float, int]]], Counter[str]]:
    """key -> {doc number: (score, flags)}, and each key's document frequency."""
    counts = [_field_counts(doc, analyzer) for doc in docs]
    average = (
        {name: (sum(sum(c[name].values()) for c in counts) / len(docs)) or 1.0 for name in FIELDS}
        if docs
        else {}
    )
    postings: dict[str, dict[int, tuple[float, int]]] = {}
    df: Counter[str] = Counter()
    for number, (doc, fields) in enumerate(zip(docs, counts, strict=True)):
        title_terms = min(
            len({k for k in fields["title"] if not k.startswith(SURFACE) and not analyzer.is_stop_word(k)}),
            TITLE_TERMS_CAP,
        )
        keys = set().union(*(c.keys() for c in fields.values()))
        for key in keys:
            part = {}
            for name, (weight, k, b) in FIELDS.items():
                tf = fields[name].get(key, 0)
                length = sum(fields[name].values()) / average[name]
                part[name] = weight * tf / (tf + k * (1 - b + b * length)) if tf else 0.0
            # The title and the search terms are both names of the document: a word
            # in both counts once, as the stronger of the two.
            score = max(part.pop("title"), part.pop("keywords")) + sum(part.values())
            flags = (1 if key in fields["title"] else 0) | (2 if key in fields["keywords"] else 0)
            postings.setdefault(key, {})[number] = (score * doc.prior, flags | (title_terms << 2))
            df[key] += 1
    return postings, df


def _encode_postings(entries: dict[int, tuple[float, int]]) -> list[int]:
    """The best MAX_POSTINGS postings, by document number, as a flat list of
    [document gap, impact, flags, …] (gaps compress well)."""
    best = sorted(entries.items(), key=lambda item: -item[1][0])[:MAX_POSTINGS]
    flat: list[int] = []
    previous = 0
    for number, (score, flags) in sorted(best):
        flat += [number - previous, max(1, round(score * IMPACT_SCALE)), flags]
        previous = number
    return flat


def _named(prefix: str, body: object) -> tuple[str, object]:
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return f"{prefix}.{hashlib.sha256(text.encode('utf-8')).hexdigest()[:10]}.json", body


def _shard_postings(
    keys: list[str], postings: dict[str, dict[int, tuple[float, int]]]
) -> list[tuple[int, dict[str, Any]]]:
    """Consecutive keys packed into shards of about POSTING_SHARD_BYTES."""
    shards: list[tuple[int, dict[str, Any]]] = []
    current: dict[str, list[int]] = {}
    start, size = 0, 0
    for position, key in enumerate(keys):
        encoded = _encode_postings(postings[key])
        entry_size = len(key) + 4 + sum(len(str(n)) + 1 for n in encoded)
        if current and size + entry_size > POSTING_SHARD_BYTES:
            shards.append((start, current))
            current, start, size = {}, position, 0
        current[key] = encoded
        size += entry_size
    if current or not shards:
        shards.append((start, current))
    return shards


def _runs(numbers: Iterable[int]) -> list[list[int]]:
    """Ascending document numbers as [first, count] runs: entities of one kind
    are consecutive, so a few runs stand for thousands of numbers at 50x."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and runs[-1][0] + runs[-1][1] == n:
            runs[-1][1] += 1
        else:
            runs.append([n, 1])
    return runs


def _alias_groups(docs: list[SearchDoc], analyzer: Analyzer) -> list[list[str]]:
    """The keys of the one-word names of each glossary term, where it has more
    than one: a query for any of them also finds pages that use another."""
    groups = []
    for doc in docs:
        keys = sorted({k for name in doc.aliases if len(ks := list(analyzer.keys(name))) == 1 for k in ks})
        if len(keys) > 1:
            groups.append(keys)
    return sorted(groups)


def _js_rules(lang: str) -> list[list[str]]:
    """The spelling rules with JavaScript's replacement syntax ($1 for \\1)."""
    return [[pattern, replacement.replace("\\", "$")] for pattern, replacement in SPELLINGS[lang]]


def build_index(docs: list[SearchDoc], analyzer: Analyzer) -> IndexFiles:
    docs = _ordered(docs)
    postings, df = _scores(docs, analyzer)
    # In the order of their loose form (see engine.js, Index): the browser finds a
    # key, its other spellings and the keys it begins with one binary search.
    keys = sorted(postings, key=lambda k: (k if k.startswith(SURFACE) else loose(k), k))
    files: dict[str, object] = {}

    shard_starts = []
    for number, (start, shard) in enumerate(_shard_postings(keys, postings)):
        name, files[name] = _named(f"p{number}", shard)
        shard_starts.append([start, name])

    document_files = []
    for number, first in enumerate(range(0, len(docs), DOCUMENT_SHARD_SIZE)):
        rows = [
            [d.url, d.label or d.title, d.parent, d.kind, d.snippet]
            for d in docs[first : first + DOCUMENT_SHARD_SIZE]
        ]
        name, files[name] = _named(f"d{number}", rows)
        document_files.append(name)

    group_starts, previous_group = [], None
    for number, doc in enumerate(docs):
        if doc.group != previous_group:
            group_starts.append(number)
            previous_group = doc.group
    gaps = [b - a for a, b in zip([0, *group_starts[:-1]], group_starts, strict=True)]

    files["index.json"] = {
        "format": FORMAT,
        "lang": analyzer.lang,
        "documents": len(docs),
        "keys": "\n".join(keys),
        "df": [df[k] for k in keys],
        "postings": shard_starts,
        "documentShards": {"size": DOCUMENT_SHARD_SIZE, "files": document_files},
        "groups": gaps,
        "stopWords": sorted(analyzer.stop_words),
        # Glossary definitions that stand alone: they give way to a page that
        # names the same thing, and the best one is shown as the answer.
        "definitions": _runs(n for n, d in enumerate(docs) if d.kind == "term" and not d.belongs_to),
        "sources": _runs(n for n, d in enumerate(docs) if d.kind == "source"),
        "aliases": _alias_groups(docs, analyzer),
        "spellings": _js_rules(analyzer.lang),
        "cues": [list(cue) for cue in QUESTION_CUES[analyzer.lang]],
        "impactScale": IMPACT_SCALE,
        "settings": QUERY_SETTINGS,
    }
    return IndexFiles(files)


def idf(documents: int, frequency: int) -> float:
    """BM25's inverse document frequency (the browser computes the same)."""
    return math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
