"""Normative force: the modal verbs of what the site says against the source
sentences it renders (issue 26).

For a caseworker "skal" (must) and "kan" (can) are different instructions. Every
Danish sentence with a modal word, wherever it stands (page bodies, front
matter, data files), is aligned with the source sentence that shares most of
its words; where the site's force is stronger or weaker than the source's, it
is a finding. English text is held to its Danish counterpart: no more "must"
than the Danish has "skal", and no "is/are to" or "should ideally" at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
SOURCE_FILES = {
    "sbst-2024-beredskaber": "sbst-2024-beredskaber.txt",
    "socialstyrelsen-2022-indsatsbeskrivelse": "socialstyrelsen-2022-indsatsbeskrivelse.txt",
    "partnerskabet-2026-faelles-retning": "partnerskabet-2026-faelles-retning.txt",
    "status-handlingsplan-2023-2026": "status-handlingsplan-2023-2026.txt",
}

# The force of a sentence: the strongest modal word in it. The table of
# equivalences: "det er vigtigt/væsentligt/afgørende at" is as strong as
# "bør", never "skal"; "kan med fordel" is "kan"; "vil" (will) is a statement
# about the future, as strong as "kan" for what it makes the reader do.
FORCE_DA = {
    "kan": 1,
    "kunne": 1,
    "vil": 1,
    "ville": 1,
    "fordel": 1,
    "bør": 2,
    "burde": 2,
    "vigtigt": 2,
    "væsentligt": 2,
    "afgørende": 2,
    "centralt": 2,
    "skal": 3,
    "skulle": 3,
    "krav": 3,
    "kravet": 3,
    "kravene": 3,
    "forpligtet": 3,
    "forpligtede": 3,
    "nødt": 3,
    "nødvendigt": 3,
}
# On the site only the verbs count (the site's "krav" is a noun in a heading
# or a link, the source's "krav" a requirement it sets).
SITE_DA = {w: f for w, f in FORCE_DA.items() if w in ("bør", "burde", "skal", "skulle")}
STRONG_DA = 3
NAMES = {1: "kan/vil", 2: "bør/vigtigt", 3: "skal"}

WORD = re.compile(r"[^\W\d_]+")
STOP = {"og", "i", "at", "er", "der", "til", "af", "en", "et", "som", "for", "med", "på", "de", "det", "den"}
STOP |= {"om", "så", "fx", "eller", "også", "være", "har", "ikke", "sig", "sin", "sine", "deres", "man"}
STOP |= set(FORCE_DA)
ALIGNED = 0.5  # share of a sentence's content words its source sentence must hold


def words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def force(text: str, table: dict[str, int] = FORCE_DA) -> int:
    return max((table.get(w, 0) for w in words(text)), default=0)


def sentences(text: str, blocks: bool = True) -> list[str]:
    """Sentences of plain text or Markdown, with links, emphasis, list markers
    and admonition lines gone; a heading or paragraph (``blocks``: the site's
    text, not the sources', whose lines break anywhere) ends a sentence."""
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"\{[^}]*\}", "", text)  # attribute lists
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"^\s*(?:!!!|\?\?\?).*$", "", text, flags=re.M)
    text = re.sub(r"^\s*(?:[-+]|\d+\.)\s+", "", text, flags=re.M)
    parts = re.split(r"\n\s*\n|\n(?=#)|(?<=^#)[^\n]*\n", text, flags=re.M) if blocks else [text]
    found = []
    for part in parts:
        part = re.sub(r"\s+", " ", re.sub(r"[\[\]*_#>|]", "", part)).strip()
        found += [
            s.strip() for s in re.split(r"(?<=[.!?:;])\s+(?=[A-ZÆØÅ\"“])", part) if len(WORD.findall(s)) >= 4
        ]
    return found


@cache
def source_sentences(source_id: str) -> tuple[str, ...]:
    return tuple(sentences((SOURCES / SOURCE_FILES[source_id]).read_text(encoding="utf-8"), blocks=False))


def all_source_ids() -> tuple[str, ...]:
    return tuple(SOURCE_FILES)


def aligned(
    sentence: str, source_ids: tuple[str, ...], least: float = ALIGNED, size: int = 3
) -> list[tuple[float, str]]:
    """The source sentences this one may render: those holding at least
    ``least`` of its content words (of which it has ``size`` or more), the
    closest first."""
    own = words(sentence) - STOP
    if len(own) < size:
        return []
    found = []
    for source_id in source_ids:
        for candidate in source_sentences(source_id):
            share = len(own & words(candidate)) / len(own)
            if share >= least:
                found.append((share, candidate))
    return sorted(found, reverse=True)


@dataclass(frozen=True)
class Claim:
    where: str  # file and field
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    where: str
    sentence: str
    source: str
    site_force: int
    source_force: int

    def __str__(self) -> str:
        change = "strengthened" if self.site_force > self.source_force else "weakened"
        return (
            f"{self.where}: {change} ({NAMES.get(self.site_force, 'none')} for the source's "
            f"{NAMES.get(self.source_force, 'none')}): {self.sentence!r} -- source: {self.source!r}"
        )


# Sentences a person has compared with their source: the force differs in the
# aligned sentence only because the source's modal word governs another clause
# or the site states the source's own requirement in other words.
CHECKED = {
    "Social- og Boligstyrelsens udviklingsforløb, der skal understøtte kommuner i at udarbejde og implementere lokale beredskaber mod vold i nære relationer.":
    "the source: 'skal understøtte de deltagende kommuner i at udarbejde lokale beredskaber'",
    "Psykisk vold kan være direkte målrettet nedbrydelse af den voldsudsattes selvtillid, tillid til egne evner og til at kunne handle selvstændigt, og partnerskabet nævner den blandt de mindre synlige former, som alle skal kunne genkende tegn på.":
    "the partnership: 'Alle skal kunne genkende tegn på vold, herunder også mindre synlige former som psykisk vold'",
}  # fmt: skip


CLAUSE = re.compile(r"[,;:–]\s+|\s+(?:men|mens|så)\s+")


def findings(claims: list[Claim]) -> list[Finding]:
    found = []
    for claim in claims:
        for sentence in sentences(claim.text):
            own = force(sentence, SITE_DA)
            if own < 2 or sentence in CHECKED:
                continue
            cited = claim.sources or all_source_ids()
            candidates = aligned(sentence, cited)
            # A sentence that joins two of the source's: the clause that holds the modal.
            clause = next((c for c in CLAUSE.split(sentence) if force(c, SITE_DA) == own), "")
            in_clause = aligned(clause, cited, 0.8, 5) if clause != sentence else []
            # Any source sentence that close with the same force supports it
            # (the source often says a thing twice, in other words).
            if any(force(c) >= own for _, c in candidates + in_clause):
                continue
            candidates = candidates or in_clause
            if not candidates:
                continue
            best = candidates[0][1]
            found.append(Finding(claim.where, sentence, best, own, force(best)))
    return found


# --- where the site's Danish text stands --------------------------------------


def _strings(value: object, path: str, lang: str) -> Iterator[tuple[str, str]]:
    """Every string of ``lang`` in a YAML value: under a key ``lang``, or
    anywhere for "da" when the value is not localized."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("da", "en"):
                if key == lang:
                    yield from _strings(item, f"{path}.{key}", lang)
            elif key not in ("id", "page", "sources", "related", "url", "file", "forms"):
                yield from _strings(item, f"{path}.{key}", lang)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            label = item.get("id", i) if isinstance(item, dict) else i
            yield from _strings(item, f"{path}[{label}]", lang)
    elif isinstance(value, str) and lang == "da":
        yield path, value


def _localized(value: object, path: str, lang: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == lang and isinstance(item, str):
                yield f"{path}.{key}", item
            elif key == lang:
                yield from _all_strings(item, f"{path}.{key}")
            elif key not in ("da", "en"):
                yield from _localized(item, f"{path}.{key}", lang)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            label = item.get("id", i) if isinstance(item, dict) else i
            yield from _localized(item, f"{path}[{label}]", lang)


def _all_strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "forms":
                yield from _all_strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _all_strings(item, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def _front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front) or {}, body


def page_claims(lang: str) -> list[Claim]:
    """The text of every page of ``lang``: each front-matter string, then the body."""
    claims = []
    for path in sorted((ROOT / "docs").rglob("*.md")):
        if path.name.endswith(".en.md") != (lang == "en"):
            continue
        meta, body = _front_matter(path)
        danish = path.with_name(path.name.replace(".en.md", ".md"))
        cited = tuple(s for s in (_front_matter(danish)[0].get("sources") or []) if s in SOURCE_FILES)
        rel = path.relative_to(ROOT).as_posix()
        for key, value in meta.items():
            if key in ("search_terms", "redirect_from", "id", "type", "sources", "change_note"):
                continue
            for where, text in _all_strings(value, key):
                claims.append(Claim(f"{rel} ({where})", text, cited))
        claims.append(Claim(rel, body, cited))
    return claims


def data_claims(lang: str) -> list[Claim]:
    """The text of every data file in ``lang`` (the glossary, the initiatives,
    the organisations, the citizen pathway, the periods, the sources)."""
    claims = []
    for path in sorted((ROOT / "data").glob("*.yml")):
        value = yaml.safe_load(path.read_text(encoding="utf-8"))
        file_sources = (
            tuple(s for s in (value.get("sources") or []) if s in SOURCE_FILES)
            if isinstance(value, dict)
            else ()
        )
        entries = value if isinstance(value, list) else [value]
        for entry in entries:
            cited = file_sources
            if isinstance(entry, dict) and entry.get("sources"):
                cited = tuple(s for s in entry["sources"] if s in SOURCE_FILES) or file_sources
            label = entry.get("id", "") if isinstance(entry, dict) else ""
            for where, text in _localized(entry, f"{path.name}[{label}]", lang):
                claims.append(Claim(where, text, cited))
    return claims


# --- English --------------------------------------------------------------------

STRONG_EN = re.compile(r"\b(?:must|has to|have to|had to|shall|required to|obliged to)\b", re.I)
SKAL = re.compile(r"\b(?:skal|skulle|må|krav|kravet|kravene|forpligtet|forpligtede|nødt)\b", re.I)
# "is/are to" + verb as a modal (translationese for "skal", "kan" or "bør");
# "the aim is to …" (a definition of an aim, purpose, task) is plain English.
IS_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:not\s+)?to\s+(?!date\b)[a-z]+", re.I)
# "The aim of the strategy is to …", "the first step is to …": the aim, not a modal.
AIM = re.compile(r"\b(?:aim|purpose|goal|task|step|objective|role|intention|point|idea)s?\b[^.;:]*$", re.I)
IDEALLY = re.compile(r"\bshould ideally\b", re.I)


def english_findings() -> list[str]:
    """English text stronger than its Danish: more "must" than the Danish has
    "skal", and the modal translationese "is/are to" and "should ideally"."""
    danish = {
        c.where.replace(".en.md", ".md").replace(".en)", ".da)").replace(".en.", ".da."): c.text
        for c in page_claims("da") + data_claims("da")
    }
    found = []
    for claim in page_claims("en") + data_claims("en"):
        text = re.sub(r"\s+", " ", claim.text)
        found += [
            f"{claim.where}: 'is/are to': {m.group(0)!r}"
            for m in IS_TO.finditer(text)
            if not AIM.search(text[max(0, m.start() - 60) : m.start()])
        ]
        found += [f"{claim.where}: 'should ideally'" for m in IDEALLY.finditer(text)]
        strong = len(STRONG_EN.findall(text))
        key = claim.where.replace(".en.md", ".md").replace(".en)", ".da)").replace(".en.", ".da.")
        if key.endswith(".en"):
            key = key[:-3] + ".da"
        if strong > len(SKAL.findall(danish.get(key, ""))):
            found.append(f"{claim.where}: {strong} x must/has to, the Danish has fewer skal")
    return found
