"""Search analysis: the index (Python) and the browser (JavaScript) must turn
every word into the same key, or a typed word never meets the page that has it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from knowledge.outputs.search import english_stemmer, indexer
from knowledge.outputs.search.analysis import Analyzer, fold, loose, tokens

ROOT = Path(__file__).resolve().parents[2]
STEMMERS = ROOT / "docs" / "assets" / "javascripts" / "search" / "stemmers"
NODE = pytest.mark.skipif(
    shutil.which("node") is None, reason="needs Node.js (make test installs it with npm)"
)


def test_tokens_keep_words_and_numbers_and_drop_apostrophes():
    assert tokens("De fire K'er, SARA-V3 og 26 initiativer.") == [
        "de",
        "fire",
        "ker",
        "sara",
        "v3",
        "og",
        "26",
        "initiativer",
    ]
    assert tokens("a b 5") == ["5"]


def test_folding_writes_ae_oe_aa_and_drops_accents():
    assert fold("æresmotiveret økonomisk påvirkning café") == "aeresmotiveret oekonomisk paavirkning cafe"
    assert loose("oekonomisk") == loose("okonomisk") == "okonomisk"


def test_danish_keys_meet_across_inflections_and_spellings():
    da = Analyzer("da")
    assert da.key("sikkerhedsplanerne") == da.key("sikkerhedsplan")
    assert da.key("voldsudsattes") == da.key("voldsudsatte")
    assert da.key("økonomiske") == "oekonomisk"


def test_english_keys_meet_across_inflections():
    en = Analyzer("en")
    assert en.key("plans") == en.key("plan")
    assert en.key("assessments") == en.key("assessment")


def test_stop_words_are_known_as_keys():
    assert Analyzer("da").is_stop_word(Analyzer("da").key("hvordan"))
    assert not Analyzer("da").is_stop_word(Analyzer("da").key("vold"))


def _vocabulary() -> dict[str, list[str]]:
    """Every word on the site and in the query set, per language."""
    words: dict[str, set[str]] = {"da": set(), "en": set()}
    for path in (ROOT / "docs").rglob("*.md"):
        words["en" if path.name.endswith(".en.md") else "da"].update(tokens(path.read_text(encoding="utf-8")))
    for path in (ROOT / "data").glob("*.yml"):
        text = path.read_text(encoding="utf-8")
        words["da"].update(tokens(text))
        words["en"].update(tokens(text))
    queries = [ROOT / "tests" / "search" / name for name in ("queries.tsv", "queries_blind.tsv")]
    for line in (line for path in queries for line in path.read_text(encoding="utf-8").splitlines()):
        fields = line.split("\t")
        if len(fields) == 4 and fields[0] in words:
            words[fields[0]].update(tokens(fields[2]))
    return {lang: sorted(found) for lang, found in words.items()}


@NODE
def test_the_browser_computes_the_same_key_for_every_word_of_the_site():
    vocabulary = _vocabulary()
    assert len(vocabulary["da"]) > 3000 and len(vocabulary["en"]) > 2000
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "search" / "keys.mjs")],
        input=json.dumps(
            {"words": vocabulary, "spellings": {lang: indexer._js_rules(lang) for lang in vocabulary}}
        ),
        capture_output=True,
        text=True,
        check=True,
    )
    browser = json.loads(result.stdout)
    for lang, words in vocabulary.items():
        analyzer = Analyzer(lang)
        differ = [
            (word, [analyzer.key(word)], keys)
            for word, keys in zip(words, browser[lang], strict=True)
            if keys != [analyzer.key(word)]
        ]
        assert differ == [], f"{lang}: {len(differ)} words differ, e.g. {differ[:5]}"


@pytest.mark.parametrize(("lang", "package_file"), [("da", "dk.js"), ("en", "en.js")])
def test_the_vendored_stemmers_are_the_pinned_package_unchanged(lang, package_file):
    package = ROOT / "node_modules" / "@orama" / "stemmers" / "dist" / package_file
    if not package.exists():
        pytest.skip("node_modules not installed (make test installs it)")
    assert (STEMMERS / f"{lang}.js").read_bytes() == package.read_bytes()
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"][
        "@orama/stemmers"
    ]
    assert lock["packages"]["node_modules/@orama/stemmers"]["version"] == pinned


def test_the_english_stemmer_port_follows_the_porter_rules():
    cases = {
        "caresses": "caress",
        "ponies": "poni",
        "running": "run",
        "hopping": "hop",
        "relational": "relat",
        "generalization": "gener",
        "happy": "happi",
        "sky": "sky",
        "agreed": "agre",
    }
    assert {word: english_stemmer.stem(word) for word in cases} == cases
    assert re.fullmatch(r"[a-z]+", english_stemmer.stem("yesterday"))
