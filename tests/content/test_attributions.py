"""Exact attributions, checked against the source texts wherever a machine can:
titles, years and publishers of the sources, the names of ministries and
organisations, what a glossary entry's "Kilde" must contain, which relations a
source states, the reserve marker of the initiatives, and the sources' modal
verbs. Each test here would have caught one class of error of issue 13."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote

from knowledge.content.load import load_data, load_pages
from knowledge.content.model import field_of

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def ocr_clean(text: str) -> str:
    """An OCR text compared by letters only, without the letters OCR confuses
    with æ, ø and å (and those three), "|" read as the capital I it stands for."""
    text = text.replace("|", "i").casefold()
    return "".join(c for c in text if c.isalpha() and c not in "æøåaeozgé")


@cache
def data():
    found, problems = load_data(ROOT / "data")
    assert problems == []
    return found


@cache
def sources() -> dict[str, dict]:
    return data().by_id("sources")


@cache
def document_text(source_id: str) -> str:
    """A document's own text (with its OCR copy, which alone keeps some cover pages)."""
    file = ROOT / sources()[source_id]["file"]
    ocr = file.with_name(file.name.replace(".txt", ".ocr.txt"))
    return file.read_text(encoding="utf-8") + ("\n" + ocr.read_text(encoding="utf-8") if ocr.exists() else "")


@cache
def text_of(source_id: str) -> str:
    """What a source says: a document's text, or for a cited report the texts
    of the documents that cite it (with their addresses decoded)."""
    source = sources()[source_id]
    if source.get("file"):
        text = document_text(source_id)
    else:
        text = "\n".join(text_of(c) for c in source.get("cited_in") or [])
    return text + "\n" + unquote(text)


def occurs(phrase: str, text: str) -> bool:
    return squash(phrase) in squash(text) or ocr_clean(phrase) in ocr_clean(text)


# --- the sources themselves ---------------------------------------------------


def test_every_title_is_printed_in_a_source():
    """The title as the document prints it (a title whose cover page is lost may
    be the document's own name and its subtitle, each printed in the text)."""
    wrong = []
    for source in sources().values():
        title = source.get("title")
        if title and not all(occurs(part, text_of(source["id"])) for part in title.split(": ")):
            wrong.append(f"{source['id']}: {title!r}")
        # A title printed only in parts is the site's composition and says so (issue 26).
        if title and not occurs(title, text_of(source["id"])) and not source.get("title_composed"):
            wrong.append(f"{source['id']}: {title!r} is composed by the site, unmarked")
    assert wrong == []


def _without_periods_and_titles(text: str, source: dict) -> str:
    """The text without periods ("2023-2026") and the source's own title, which
    name years that are not a year of publication."""
    text = re.sub(r"\b\d{4}\s*[-–]\s*\d{4}\b", " ", squash(text))
    if source.get("title"):
        text = text.replace(squash(source["title"]), " ")
    return text


def test_every_year_is_a_year_the_source_gives():
    """A document's year stands on its own line (its cover); a cited report's
    year stands beside its title or author in the citation."""
    wrong = []
    for source in sources().values():
        year = source.get("year")
        if year is None:
            continue
        if source.get("file"):
            lines = {line.strip() for line in document_text(source["id"]).splitlines()}
            if str(year) not in lines:
                wrong.append(f"{source['id']}: {year} is not the document's date")
            continue
        text = _without_periods_and_titles(text_of(source["id"]), source)
        names = [squash(source.get("publisher") or "").split(" ")[0].strip("()")]
        names += [squash(source.get("title") or "")[:30]] if source.get("title") else []
        near = any(
            str(year) in text[max(0, m.start() - 120) : m.end() + 120]
            for name in names
            if name
            for m in re.finditer(re.escape(name), text)
        )
        if not near:
            wrong.append(f"{source['id']}: no citation gives {year}")
    assert wrong == []


def test_no_year_for_the_undated_documents():
    assert "year" not in sources()["status-handlingsplan-2023-2026"]
    assert "year" not in sources()["regeringen-2023-handlingsplan"]


def test_every_publisher_is_named_in_the_source():
    wrong = []
    for source in sources().values():
        publisher = source.get("publisher")
        words = re.findall(r"[^\W\d_]{3,}", publisher or "")
        if any(not occurs(w, text_of(source["id"])) for w in words):
            wrong.append(f"{source['id']}: {publisher!r}")
    assert wrong == []


# --- names ---------------------------------------------------------------------


def test_ministry_names_are_names_the_sources_give():
    """The status note gives ministries as abbreviations; a name may only be
    one a source prints with the abbreviation ("Name (ABBR)"), anything else
    is the site's explanation (issue 26: SBM, LIGE and JM had names)."""
    texts = "\n".join(text_of(s) for s in sources() if sources()[s].get("file"))
    wrong = [
        f"{m['id']}: {m['name']['da']!r}"
        for m in data().entries("ministries")
        if m.get("name") and not occurs(f"{m['name']['da']} ({m['id']})", texts)
    ]
    assert wrong == []
    unexplained = [
        m["id"] for m in data().entries("ministries") if not m.get("name") and not m.get("site_explanation")
    ]
    assert unexplained == []


def test_an_organisations_abbreviation_is_paired_with_its_name_by_a_source_or_explained():
    """ "Social- og Boligministeriet (SBM)" where no source pairs the two is the
    site's reading of the status note, and says so."""
    texts = "\n".join(text_of(s) for s in sources() if sources()[s].get("file"))
    wrong = [
        f"{org['id']}: {org['abbreviation']}"
        for org in data().entries("organisations")
        if org.get("abbreviation")
        and not any(
            occurs(f"{n} ({org['abbreviation']})", texts) for n in [org["name"], *(org.get("forms") or [])]
        )
        and org["abbreviation"] not in (org.get("site_explanation") or {}).get("da", "")
    ]
    assert wrong == []


def test_organisation_names_are_names_their_sources_give():
    wrong = []
    for org in data().entries("organisations"):
        text = "\n".join(text_of(s) for s in org["sources"])
        if not any(occurs(n, text) for n in [org["name"], *(org.get("forms") or [])]):
            wrong.append(f"{org['id']}: {org['name']!r}")
    assert wrong == []


# --- what "Kilde:" points to -------------------------------------------------------

FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
QUOTE = re.compile(r'"([^"]+)"|”([^”]+)”|’([^’]+)’')


def _unsupported(text: str, source_ids: list[str]) -> list[str]:
    """Figures (two digits or more) and quotations in ``text`` that none of
    the sources contains."""
    source_text = "\n".join(text_of(s) for s in source_ids)
    missing = [n for n in FIGURE.findall(text) if len(re.sub(r"\D", "", n)) >= 2 and n not in source_text]
    for groups in QUOTE.findall(text):
        quote = next(g for g in groups if g)
        if not occurs(quote, source_text):
            missing.append(quote)
    return missing


def test_every_glossary_definition_is_in_the_sources_it_names():
    """Under 'Kilde' stand only sources that contain the definition's figures
    and quotations (the site's own explanations are apart from it)."""
    wrong = []
    for term in data().entries("terms"):
        wrong += [f"{term['id']}: {x}" for x in _unsupported(term["da"]["definition"], term["sources"])]
    assert wrong == []


def test_every_organisation_role_is_in_the_sources_it_names():
    wrong = []
    for org in data().entries("organisations"):
        wrong += [f"{org['id']}: {x}" for x in _unsupported(org["role"]["da"], org["sources"])]
    assert wrong == []


def test_site_explanations_stay_out_of_what_the_sources_say():
    """An expansion the sources do not give (VIVE, KL, PLO, ...) is never
    part of a definition that stands above 'Kilde'."""
    expansions = {
        "vive": "Forsknings- og Analysecenter",
        "kl": "Kommunernes Landsforening",
        "plo": "Praktiserende Lægers Organisation",
        "lgbt": "Lesbiske",
        "ngo": "Non-governmental",
        "ptsd": "Posttraumatisk",
        "uim": "Udlændinge- og Integrationsministeriet",
        "buvm": "Børne- og Undervisningsministeriet",
        # issue 26: the status note gives only these abbreviations, the
        # partnership only "SIRI", the guidance only "SEL § 109"
        "jm": "Justitsministeriet",
        "sbm": "Social- og Boligministeriet",
        "lige": "Ligestillingsafdelingen",
        "siri": "Styrelsen for International Rekruttering",
        "sel": "lov om social service",
    }
    terms = data().by_id("terms")
    for term_id, expansion in expansions.items():
        assert expansion.casefold() not in terms[term_id]["da"]["definition"].casefold(), term_id
        assert expansion.casefold() in terms[term_id]["site_explanation"]["da"].casefold(), term_id


# --- relations a source states ---------------------------------------------------

# Where the intervention description describes each module's content, and the
# words by which it names each core element there.
MODULE_SECTIONS = {
    "modul-voldsfaglig-viden": ("Voldsfaglig viden og kompetencer", "Opsporing"),
    "modul-opsporing": ("Opsporing", "Risikovurdering"),
    "modul-risikovurdering": ("Risikovurdering", "Gruppeforløb"),
    "modul-gruppeforloeb": ("Gruppeforløb", "Antal dage"),
}
CORE_ELEMENT_WORDS = {
    "opsporing": "opspor",
    "risikovurdering-og-sikkerhedsplan": "sikkerhedsplan",
    "spejling": "spejling",
    "mestrings-og-handlekompetencer": "mestrings- og handlekompetencer",
    "erkendelse-af-volden": "erkendelse af volden",
    "aktivering-af-netvaerk": "positive netværk",
    "relationsopbygning": "relationsopbygning",
    "koordineret-samarbejde": "koordineret samarbejde",
}


@cache
def pages() -> dict:
    docs = ROOT / "docs"
    found, problems = load_pages(docs, [p.relative_to(docs).as_posix() for p in docs.rglob("*.md")])
    assert problems == []
    return {p.id: p for p in found if p.lang == "da"}


def test_a_module_builds_only_what_the_source_says_it_builds():
    """`builds` holds what the source's description of the module names; what
    the site adds by its own reading is in `builds_reading` (issue 13, item 3)."""
    text = re.sub(r"[ \t]+\n", "\n", (SOURCES / "socialstyrelsen-2022-indsatsbeskrivelse.txt").read_text())
    competence = text[text.index("Voldsfaglig viden og kompetencer\n") :]
    wrong = []
    for module in (p for p in pages().values() if p.type == "module"):
        if module.id not in MODULE_SECTIONS:
            assert module.refs("builds") == [], f"{module.id}: the source describes no content for it"
            continue
        start, end = MODULE_SECTIONS[module.id]
        section = squash(competence[competence.index(start + "\n") : competence.index("\n" + end + "\n")])
        for target in module.refs("builds"):
            if CORE_ELEMENT_WORDS[target] not in section:
                wrong.append(f"{module.id}: builds {target}, which its section does not name")
    assert wrong == []


def test_relations_the_site_reads_into_the_sources_are_marked_as_its_reading():
    assert field_of("perspective", "core_elements").basis == "reading"
    assert field_of("module", "builds_reading").basis == "reading"
    assert field_of("module", "builds").basis == "source"


# --- the status note ---------------------------------------------------------------


def test_the_reserve_marker_is_as_legible_as_the_note():
    """Marked * in the restored note = true; no * = false; a title the OCR text
    cannot give in full ("[?]") = unreadable, never a guessed "no"."""
    note = (SOURCES / "status-handlingsplan-2023-2026.txt").read_text(encoding="utf-8")
    titles = [line for line in note.splitlines() if line.strip()]
    wrong = []
    for initiative in data().entries("initiatives"):
        title = initiative["title"]["da"]
        line = next((t for t in titles if t.startswith(title)), None)
        assert line is not None, initiative["id"]
        expected = "unreadable" if "[?]" in line else line.rstrip().endswith("*")
        if initiative["reserve_funded"] != expected:
            wrong.append(f"{initiative['id']}: {initiative['reserve_funded']!r}, the note: {line!r}")
    assert wrong == []


# --- modal verbs ------------------------------------------------------------------

MODAL = {
    "kan",
    "kunne",
    "bør",
    "burde",
    "skal",
    "skulle",
    "vil",
    "ville",
    "må",
    "formodes",
    "forventes",
    "skønnes",
}
WORD = re.compile(r"[^\W\d_]+")
STOP = {"og", "i", "at", "er", "der", "til", "af", "en", "som", "for", "med", "på", "de", "det", "den", "om"}
STOP |= {"så", "fx", "eller", "også", "være", "har", "ikke", *MODAL}
# Sentences a person has compared with the source: the source's modal verb
# belongs to another clause, which the page gives as a sentence of its own.
CHECKED = {
    "Det er også centralt, at der koordineres med andre relevante sektorer, eksempelvis sundhedsvæsenet og politi.":
    "the source's 'kan' is in the next clause, 'De kan spille …' on the page",
    "Retningslinjer og klare procedurer for samarbejde med andre relevante sektorer er også afgørende.":
    "the source's 'kan' governs the clause before 'ligesom'",
}  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.casefold() for w in WORD.findall(text)}


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text)
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(WORD.findall(s)) >= 4]


def _paragraphs(body: str) -> list[str]:
    """Paragraphs, with a list joined to the sentence that leads into it."""
    body = re.sub(r"\]\([^)]*\)", "]", body)
    body = re.sub(r"[\[\]*#>]", "", body)
    merged: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        if merged and block.lstrip().startswith("- ") and merged[-1].rstrip().endswith(":"):
            merged[-1] += " " + block
        else:
            merged.append(block)
    return merged


def test_the_perspectives_keep_the_modal_verbs_of_the_source():
    """A sentence without kan/bør/skal/... whose source sentence has one turns
    a proposal into a fact (issue 13, item 9)."""
    publication = (SOURCES / "partnerskabet-2026-faelles-retning.txt").read_text(encoding="utf-8")
    wrong = []
    for page in (p for p in pages().values() if p.type == "perspective"):
        part = re.split(rf"^## Udviklingsperspektiv {page.meta['number']}:", publication, flags=re.M)[1]
        source = _sentences(re.split(r"^## Udviklingsperspektiv", part, flags=re.M)[0])
        body = (ROOT / "docs" / page.path).read_text(encoding="utf-8").split("\n---\n", 1)[1]
        for paragraph in _paragraphs(body):
            for sentence in _sentences(paragraph.replace("\n", " ")):
                words = _words(sentence) - STOP
                if _words(sentence) & MODAL or sentence.strip("- ") in CHECKED or not words:
                    continue
                best = max(source, key=lambda s: len(words & _words(s)) / len(words))
                if len(words & _words(best)) / len(words) >= 0.5 and _words(best) & MODAL:
                    wrong.append(f"{page.id}: {sentence!r} (source: {best!r})")
    assert wrong == []


def test_the_modal_check_catches_a_proposal_made_a_fact():
    """The sentence of item 9 as it was: without the source's "kan"."""
    before = "Undervisningen tager udgangspunkt i konkrete arbejdssituationer og gentages løbende for at fastholde viden."
    source = _sentences((SOURCES / "partnerskabet-2026-faelles-retning.txt").read_text(encoding="utf-8"))
    words = _words(before) - STOP
    best = max(source, key=lambda s: len(words & _words(s)) / len(words))
    assert "kan" in _words(best) and not _words(before) & MODAL


# --- the sources' terms -------------------------------------------------------------


def test_no_page_uses_a_term_no_source_uses():
    """'Æresrelateret vold' is no source's term (issue 13, item 8)."""
    texts = "\n".join(text_of(s) for s in sources() if sources()[s].get("file"))
    assert not occurs("æresrelateret vold", texts)
    for path in (ROOT / "docs").rglob("*.md"):
        if path.name.endswith(".en.md"):
            continue
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        assert "æresrelateret vold" not in body.casefold(), path


def test_glossary_terms_follow_the_sources():
    terms = data().by_id("terms")
    assert terms["aeresrelateret-vold"]["da"]["term"] == "æresmotiveret vold"
    texts = "\n".join(text_of(s) for s in terms["aeresrelateret-vold"]["sources"])
    assert occurs("æresmotiveret vold", texts)


def test_no_year_is_attached_to_an_undated_source():
    """'… i indsatsbeskrivelsen (Socialstyrelsen 2022)': a year beside the
    publisher of an undated document, where the text names that document
    (issue 26). The same publisher's dated reports keep their years."""
    undated = [
        (src["publisher"], src["title"].split()[0].casefold())
        for src in sources().values()
        if src.get("file") and not src.get("year") and src.get("publisher") and src.get("title")
    ]
    assert undated  # the intervention description and the guidance are undated
    wrong = []
    # data/sources.yml is the list of what the documents cite, with their own years
    data_files = [p for p in (ROOT / "data").glob("*.yml") if p.name != "sources.yml"]
    for path in [*(ROOT / "docs").rglob("*.md"), *data_files]:
        text = re.sub(r"\s+", " ", path.read_text(encoding="utf-8"))
        for publisher, name in undated:
            for m in re.finditer(re.escape(publisher) + r",? ((?:19|20)\d\d)\b", text):
                if name in text[max(0, m.start() - 120) : m.start()].casefold():
                    wrong.append(f"{path.relative_to(ROOT)}: {m.group(0)!r} for the undated {name}")
    assert wrong == []
