"""Normative force (issue 26): the site says "skal" only where its source does.

Every Danish sentence with "skal"/"bør" wherever it stands (page bodies, every
front-matter field, every data file, the course packs and downloads built from
them) is aligned with the source sentence it renders and may be no stronger;
English is no stronger than its Danish. The scanner is tests/normative.py.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from normative import Claim, data_claims, english_findings, findings, page_claims

from site_html import parse

PARTNERSHIP = ("partnerskabet-2026-faelles-retning",)
MODEL = ("socialstyrelsen-2022-indsatsbeskrivelse",)
STATUS = ("status-handlingsplan-2023-2026",)


def test_no_danish_sentence_is_stronger_than_its_source():
    found = findings(page_claims("da") + data_claims("da"))
    assert [str(f) for f in found] == []


def test_no_english_sentence_is_stronger_than_its_danish():
    assert english_findings() == []


# The sentences of issue 26 as they stood (main 2ee6294): each is a finding.
STRENGTHENED = [
    (
        "Et strategisk prioriteret samarbejde på tværs af ministerier, myndigheder og civilsamfund "
        "skal give en sammenhængende og koordineret indsats.",
        PARTNERSHIP,
    ),
    (
        "Nationale kvalitetsstandarder skal sikre adgang til krisecentre og ambulante tilbud af høj "
        "faglig kvalitet, uanset hvor i landet man bor.",
        PARTNERSHIP,
    ),
    (
        "Fagpersoner skal have viden, tryghed og redskaber til at spørge ind til vold i nære "
        "relationer og handle ved mistanke eller viden om vold.",
        PARTNERSHIP,
    ),
    (
        "Oplysning og undervisning skal give alle viden om vold i nære relationer, så de kan "
        "genkende vold, tale om den og søge hjælp.",
        PARTNERSHIP,
    ),
    (
        "De fælles retningslinjer skal også være tydelige om underretningspligten, hvis der er børn "
        "involveret, og om hvordan medarbejderne bedst forholder sig til den.",
        MODEL,
    ),
    (
        "Fagpersonen skal tage højde for, om den voldsudsatte person er rustet til at høre andre "
        "voldsudsattes historier, da der kan være risiko for retraumatisering.",
        MODEL,
    ),
    ("Indsatsen skal tage afsæt i borgerens håb, drømme og ressourcer.", MODEL),
    (
        "Indsatsmodellen styrker opsporingen af og hjælpen til voldsudsatte med en ambulant "
        "voldsfaglig indsats, som er billigere end et døgntilbud. Partnerskabet peger på, at både "
        "udsatte og udøvere skal have adgang til ambulante tilbud af høj faglig kvalitet, men at "
        "tilbuddene ofte finansieres kortvarigt.",
        MODEL + PARTNERSHIP,
    ),
    ("Vejledning og hjemmeside skal ifølge notatet lanceres i 2025.", STATUS),
]


@pytest.mark.parametrize(("text", "cited"), STRENGTHENED, ids=[t[:30] for t, _ in STRENGTHENED])
def test_the_check_catches_each_strengthened_sentence_of_the_issue(text, cited):
    assert findings([Claim("issue 26", text, cited)]) != []


def test_the_check_accepts_the_sources_own_force():
    kept = [
        ("Alle skal kunne genkende tegn på vold – også de mindre synlige former.", PARTNERSHIP),
        ("Det er væsentligt, at fagpersonen tager højde for, om den voldsudsatte person er rustet.", MODEL),
        ("Ifølge notatet vil vejledning og hjemmeside blive lanceret i 2025.", STATUS),
    ]
    assert findings([Claim("kept", t, c) for t, c in kept]) == []


def test_the_english_check_catches_are_to_and_should_ideally(tmp_path, monkeypatch):
    import normative

    monkeypatch.setattr(
        normative,
        "page_claims",
        lambda lang: [
            Claim(
                "p.en.md" if lang == "en" else "p.md",
                "Professionals are to have the knowledge. Staff should ideally be able to use methods. "
                "The aim of the strategy is to ensure development."
                if lang == "en"
                else "Målet er, at fagpersoner har viden.",
                (),
            )
        ],
    )
    monkeypatch.setattr(normative, "data_claims", lambda lang: [])
    found = normative.english_findings()
    assert len(found) == 2 and "are to have" in found[0] and "should ideally" in found[1]


# --- what the build makes of the texts: course packs and downloads -------------------

PACKS = "moduler/*/kursusmappe/index.html"


@pytest.mark.slow
def test_the_course_packs_say_no_more_than_the_sources(built_site):
    """A pack gathers pages, pathway phases and glossary entries: its Danish
    sentences are held to all the sources, its English to no 'is/are to'."""
    from normative import AIM, IDEALLY, IS_TO

    packs = sorted(built_site.site.glob(PACKS))
    assert packs
    claims = [
        Claim(p.relative_to(built_site.site).as_posix(), "\n\n".join(parse(p).article_text), ())
        for p in packs
    ]
    assert [str(f) for f in findings(claims)] == []
    english = sorted(built_site.site.glob("en/" + PACKS))
    assert english
    for pack in english:
        text = re.sub(r"\s+", " ", " ".join(parse(pack).article_text))
        assert [m.group(0) for m in IDEALLY.finditer(text)] == [], pack
        modal = [
            m.group(0)
            for m in IS_TO.finditer(text)
            if not AIM.search(text[max(0, m.start() - 60) : m.start()])
        ]
        assert modal == [], pack


@pytest.mark.slow
def test_the_downloads_say_no_more_than_the_sources(built_site):
    """The CSV and JSON downloads (data/) carry the data files' Danish texts;
    each row or value is aligned like any other text."""
    claims = []
    for path in sorted((built_site.site / "data").glob("*.csv")):
        rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";")
        claims += [Claim(path.name, value, ()) for row in rows for value in row]
    for path in sorted((built_site.site / "data").glob("*.json")):
        claims += [
            Claim(path.name, value, ())
            for value in _json_strings(json.loads(path.read_text(encoding="utf-8")))
        ]
    assert claims
    assert [str(f) for f in findings(claims)] == []


def _json_strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in _json_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return [value] if isinstance(value, str) else []
