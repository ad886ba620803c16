"""Every interface string the project adds, in both languages, in one place.

Templates read them as ``kb_ui.<key>`` (see hooks/cross_references.py);
render functions call ``text(key, lang)``.
"""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    # Boxes on content pages
    "related": {"da": "Relateret", "en": "Related"},
    "referenced_from": {"da": "Henvist fra", "en": "Referenced from"},
    "sources": {"da": "Kilder", "en": "Sources"},
    "source_of_page": {"da": "Siden bygger på", "en": "This page is based on"},
    "all_sources": {"da": "Alle kilder", "en": "All sources"},
    "purpose": {"da": "Formål", "en": "Purpose"},
    "facts": {"da": "Fakta", "en": "Facts"},
    # Relation labels, by front-matter field and direction
    "rel.related": {"da": "Se også", "en": "See also"},
    "rel.core_elements": {"da": "Kerneelementer", "en": "Core elements"},
    "rel.connects_to": {"da": "Hænger sammen med", "en": "Connected with"},
    "rel.builds": {"da": "Opbygger kompetencer til", "en": "Builds competence for"},
    "rel.included_in": {"da": "Indgår i definitionen", "en": "Included in the definition"},
    "rev.core_elements": {
        "da": "Berøres i udviklingsperspektiverne",
        "en": "Touched on in the development perspectives",
    },
    "rev.builds": {"da": "Opbygges i kompetencemodulerne", "en": "Built in the competence modules"},
    "rev.included_in": {"da": "Voldsformer i definitionen", "en": "Forms of violence in the definition"},
    "rev.connects_to": {"da": "Nævnt som forbundet af", "en": "Named as connected by"},
    "rev.related": {"da": "Peger hertil", "en": "Points here"},
    # Facts
    "role": {"da": "Rolle i modningsprojektet", "en": "Role in the maturation project"},
    "role.matured": {
        "da": "Et af de seks kerneelementer, der modnes i projektet",
        "en": "One of the six core elements matured in the project",
    },
    "role.prerequisite": {
        "da": "En af de to forudsætninger for hele forløbet (modnes ikke i projektet)",
        "en": "One of the two prerequisites for the whole pathway (not matured in the project)",
    },
    "role.short.matured": {"da": "Modnes i projektet", "en": "Matured in the project"},
    "role.short.prerequisite": {"da": "Forudsætning", "en": "Prerequisite"},
    "phases": {"da": "Faser i borgerforløbet", "en": "Phases of the citizen pathway"},
    "days": {"da": "Varighed", "en": "Length"},
    "audience": {"da": "Målgruppe", "en": "Audience"},
    "builds": {"da": "Kerneelementer", "en": "Core elements"},
    "defined_by": {"da": "Defineret af", "en": "Defined by"},
    "number": {"da": "Nummer", "en": "Number"},
    # Glossary and indexes
    "glossary": {"da": "Ordliste", "en": "Glossary"},
    "used_on": {"da": "Bruges på", "en": "Used on"},
    "used_on_count": {"da": "Bruges på {n} sider", "en": "Used on {n} pages"},
    "used_on_one": {"da": "Bruges på 1 side", "en": "Used on 1 page"},
    "not_used": {"da": "Endnu ikke brugt på andre sider.", "en": "Not yet used on other pages."},
    "see_page": {"da": "Læs mere", "en": "Read more"},
    "related_terms": {"da": "Relaterede begreber", "en": "Related terms"},
    "source": {"da": "Kilde", "en": "Source"},
    "danish_term": {"da": "Dansk", "en": "Danish"},
    "english_term": {"da": "Engelsk", "en": "English"},
    "letters": {"da": "Bogstaver", "en": "Letters"},
    "mentioned_on": {"da": "Nævnt på", "en": "Mentioned on"},
    "role_label": {"da": "Rolle", "en": "Role"},
    "abbreviation": {"da": "Forkortelse", "en": "Abbreviation"},
    "partnership_member": {
        "da": "Medlem af Det Nationale Partnerskab",
        "en": "Member of the National Partnership",
    },
    "glossary_entry": {"da": "Ordlisten", "en": "Glossary"},
    "term_popover.entry": {"da": "Hele opslaget i ordlisten", "en": "Full entry in the glossary"},
    "close": {"da": "Luk", "en": "Close"},
    "top_of_page": {"da": "sidens start", "en": "top of the page"},
    "kind.concept": {"da": "Begreb", "en": "Concept"},
    "kind.core-element": {"da": "Kerneelement", "en": "Core element"},
    "kind.violence-form": {"da": "Voldsform", "en": "Form of violence"},
    "kind.tool": {"da": "Redskab", "en": "Tool"},
    "kind.abbreviation": {"da": "Forkortelse", "en": "Abbreviation"},
    "kind.law": {"da": "Lov", "en": "Law"},
    "kind.organisation": {"da": "Organisation", "en": "Organisation"},
    "kind.perspective": {"da": "Udviklingsperspektiv", "en": "Development perspective"},
    "kind.module": {"da": "Kompetencemodul", "en": "Competence module"},
    # Matrices
    "matrix.yes": {"da": "ja", "en": "yes"},
    "matrix.perspectives": {
        "da": "Udviklingsperspektiver × kerneelementer",
        "en": "Development perspectives × core elements",
    },
    "matrix.modules": {
        "da": "Kompetencemoduler × kerneelementer",
        "en": "Competence modules × core elements",
    },
    "matrix.phases": {
        "da": "Borgerforløbets faser × kerneelementer",
        "en": "Phases of the citizen pathway × core elements",
    },
    "matrix.cell": {"da": "{row}: {column}", "en": "{row}: {column}"},
    # Initiatives
    "initiatives.by_theme": {"da": "Initiativerne efter tema", "en": "The initiatives by theme"},
    "initiatives.by_ministry": {"da": "Efter ministerium", "en": "By ministry"},
    "initiatives.by_status": {"da": "Efter status", "en": "By status"},
    "initiatives.count": {"da": "Antal", "en": "Number"},
    "initiatives.ministry": {"da": "Ministerium", "en": "Ministry"},
    "initiatives.status": {"da": "Status", "en": "Status"},
    "initiatives.theme": {"da": "Tema", "en": "Theme"},
    "initiatives.reserve": {"da": "Finansieret af reserven (*)", "en": "Funded by the reserve (*)"},
    "initiatives.reserve_short": {"da": "Reservefinansieret", "en": "Reserve-funded"},
    "initiatives.initiative": {"da": "Initiativ", "en": "Initiative"},
    "initiatives.summary": {"da": "Overblik", "en": "At a glance"},
    "initiatives.filter": {"da": "Filtrér initiativerne", "en": "Filter the initiatives"},
    "initiatives.all": {"da": "Alle", "en": "All"},
    "initiatives.showing": {
        "da": "Viser {n} af {total} initiativer.",
        "en": "Showing {n} of {total} initiatives.",
    },
    "initiatives.show_all": {"da": "Vis alle", "en": "Show all"},
    "initiatives.read_all": {"da": "Læs hele teksten", "en": "Read the full text"},
    "yes": {"da": "Ja", "en": "Yes"},
    "no": {"da": "Nej", "en": "No"},
    # Definitions
    "definitions.form": {"da": "Voldsform", "en": "Form of violence"},
    "definitions.not_listed": {"da": "ikke nævnt", "en": "not listed"},
    "definitions.listed": {"da": "nævnt", "en": "listed"},
    # Quick exit and page furniture (used by templates)
    "quick_exit": {"da": "Forlad siden hurtigt", "en": "Leave this site quickly"},
    "quick_exit_short": {"da": "Forlad siden", "en": "Leave site"},
    "quick_exit_hint": {
        "da": "Tryk tre gange på Shift for at forlade siden",
        "en": "Press Shift three times to leave this site",
    },
    "quick_exit_count": {
        "da": "Shift trykket {n} af 3 gange. Tryk igen for at forlade siden.",
        "en": "Shift pressed {n} of 3 times. Press again to leave this site.",
    },
    "quick_exit_leaving": {"da": "Forlader siden.", "en": "Leaving this site."},
    "hide_visit": {"da": "Skjul dit besøg", "en": "Hide your visit"},
    "footer_links": {"da": "Links om sitet", "en": "Links about the site"},
    "about": {"da": "Om sitet", "en": "About the site"},
    "accessibility_statement": {"da": "Tilgængelighedserklæring", "en": "Accessibility statement"},
    "copy_link": {"da": "Kopiér link", "en": "Copy link"},
    "on_this_page": {"da": "På denne side", "en": "On this page"},
    "menu": {"da": "Menu", "en": "Menu"},
    "search": {"da": "Søg", "en": "Search"},
    "link_copied": {"da": "Linket er kopieret", "en": "Link copied"},
    "copy_section_link": {"da": "Kopiér link til afsnittet", "en": "Copy link to this section"},
    "permalink": {"da": "Link til dette afsnit", "en": "Link to this section"},
    "last_updated": {"da": "Senest opdateret", "en": "Last updated"},
    "edit_page": {"da": "Ret denne side", "en": "Edit this page"},
    "diagram": {"da": "Diagram", "en": "Diagram"},
    "pathway.start": {"da": "Forløbets start", "en": "Start of the pathway"},
    "pathway.end": {"da": "Forløbets slutning", "en": "End of the pathway"},
    "pathway.or": {
        "da": "eller, hvis et gruppeforløb ikke er egnet:",
        "en": "or, where a group programme is not suitable:",
    },
    "pathway.throughout": {"da": "Gennem hele forløbet", "en": "Throughout the pathway"},
    "pathway.core_elements": {"da": "Kerneelementer", "en": "Core elements"},
    "overview.count": {"da": "{n} sider", "en": "{n} pages"},
    # The page-not-found page (one file for the whole site; see hooks/page_output.py)
    "not_found.title": {"da": "Siden findes ikke", "en": "Page not found"},
    "not_found.text": {
        "da": "Der er ingen side på denne adresse. Den kan være flyttet, eller adressen kan være skrevet forkert.",
        "en": "There is no page at this address. It may have moved, or the address may be mistyped.",
    },
    "not_found.home": {"da": "Gå til forsiden", "en": "Go to the home page"},
    "not_found.search": {
        "da": "eller søg efter emnet øverst på siden.",
        "en": "or search for the subject at the top of the page.",
    },
    "not_found.other_language": {
        "da": "Leder du efter de danske sider? Gå til den danske forside.",
        "en": "Looking for the English pages? Go to the English home page.",
    },
    "language_name": {"da": "Dansk", "en": "English"},
    # Publisher settings (accessibility statement)
    "publisher.name": {"da": "Udgiver", "en": "Publisher"},
    "publisher.email": {"da": "E-mail", "en": "E-mail"},
    "publisher.phone": {"da": "Telefon", "en": "Phone"},
    "publisher.statement_date": {"da": "Erklæringen er udarbejdet", "en": "Statement prepared"},
    "publisher.missing": {
        "da": "Udfyldes af udgiveren: extra.publisher.{key} i mkdocs.yml",
        "en": "To be filled in by the publisher: extra.publisher.{key} in mkdocs.yml",
    },
    # Sources page
    "sources.documents": {
        "da": "Dokumenterne, sitet bygger på",
        "en": "The documents this site is built from",
    },
    "sources.cited": {
        "da": "Rapporter og publikationer, dokumenterne henviser til",
        "en": "Reports and publications the documents cite",
    },
    "sources.cited_in": {"da": "Henvist til i", "en": "Cited in"},
    "sources.used_on": {"da": "Sider, der bygger på dokumentet", "en": "Pages based on this document"},
    "sources.link": {"da": "Link fra kilden", "en": "Link given in the source"},
    # Subject index and organisations
    "index.entry_kind": {"da": "Type", "en": "Type"},
    "index.only_glossary": {"da": "Se ordlisten.", "en": "See the glossary."},
    "index.only_organisations": {
        "da": "Kun nævnt på siden Organisationer.",
        "en": "Mentioned only on the Organisations page.",
    },
    "organisations.kind.ministry": {"da": "Ministerier", "en": "Ministries"},
    "organisations.kind.agency": {"da": "Styrelser og statslige organer", "en": "Agencies and state bodies"},
    "organisations.kind.municipality": {"da": "Kommuner", "en": "Municipalities"},
    "organisations.kind.region": {"da": "Regioner", "en": "Regions"},
    "organisations.kind.ngo": {
        "da": "Civilsamfund og organisationer",
        "en": "Civil society and organisations",
    },
    "organisations.kind.research": {"da": "Forskning og viden", "en": "Research and knowledge"},
    "organisations.kind.police": {"da": "Politi", "en": "Police"},
    "organisations.kind.other": {"da": "Andre aktører", "en": "Other actors"},
    "organisations.not_mentioned": {"da": "Kun nævnt i kilderne.", "en": "Mentioned in the sources only."},
}


def text(key: str, lang: str, /, **values: object) -> str:
    value = STRINGS[key][lang]
    return value.format(**values) if values else value


def for_language(lang: str) -> dict[str, str]:
    return {key: value[lang] for key, value in STRINGS.items()}
