"""One search index per language.

mkdocs-static-i18n merges the entries of every language into one
search/search_index.json, so a search on /en/ finds Danish pages, and every
reader downloads both languages. This splits it: each language gets its own
entries and its own stemmer (lunr's Danish or English).
"""

from __future__ import annotations


def language_of(location: str, languages: tuple[str, ...], default: str) -> str:
    for lang in languages:
        if lang != default and (location == f"{lang}/" or location.startswith(f"{lang}/")):
            return lang
    return default


def split_index(index: dict, languages: tuple[str, ...], default: str) -> dict[str, dict]:
    """{language: search index} from the merged index."""
    split = {lang: {"config": {**index["config"], "lang": [lang]}, "docs": []} for lang in languages}
    for doc in index["docs"]:
        # Locations stay relative to the site root: Material resolves them against it.
        split[language_of(doc["location"], languages, default)]["docs"].append(doc)
    return split
