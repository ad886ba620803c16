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
    "rel.core_elements": {
        "da": "Kerneelementer (sitets læsning)",
        "en": "Core elements it relates to (the site's reading)",
    },
    "rel.connects_to": {"da": "Hænger sammen med", "en": "Connected with"},
    "rel.builds": {"da": "Opbygger kompetencer til", "en": "Builds competence for"},
    "rel.builds_reading": {
        "da": "Opbygger efter sitets læsning også kompetencer til",
        "en": "In the site's reading, also builds competence for",
    },
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
    "builds_reading": {
        "da": "Kerneelementer efter sitets læsning",
        "en": "Core elements in the site's reading",
    },
    "site_explanation": {"da": "Sitets forklaring", "en": "The site's explanation"},
    # Inside a gloss in running text: "KL (the site's explanation: Local Government Denmark)".
    "site_explanation_inline": {"da": "sitets forklaring", "en": "the site's explanation"},
    "defined_by": {"da": "Defineret af", "en": "Defined by"},
    "number": {"da": "Nummer", "en": "Number"},
    # Glossary and indexes
    "glossary": {"da": "Ordliste", "en": "Glossary"},
    "used_on": {"da": "Bruges på", "en": "Used on"},
    "used_on_count": {"da": "Bruges på {n} sider", "en": "Used on {n} pages"},
    "used_on_one": {"da": "Bruges på 1 side", "en": "Used on 1 page"},
    "index.on_pages": {"da": "På {n} sider", "en": "On {n} pages"},
    "not_used": {"da": "Endnu ikke brugt på andre sider.", "en": "no other page yet."},
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
    "matrix.cell_reading": {
        "da": "{row}: {column} (sitets læsning)",
        "en": "{row}: {column} (the site's reading)",
    },
    "rel.mark_source": {"da": "kilden angiver sammenhængen", "en": "the source states the connection"},
    "rel.mark_reading": {"da": "sitets læsning", "en": "the site's reading"},
    "matrix.legend_source": {
        "da": "en sammenhæng, som kilden selv angiver",
        "en": "a connection the source itself states",
    },
    "matrix.legend_reading": {
        "da": "sitets egen læsning; kilderne angiver den ikke selv",
        "en": "the site's own reading; the sources do not state it",
    },
    # Initiatives
    "initiatives.by_theme": {"da": "Initiativerne efter tema", "en": "The initiatives by theme"},
    "initiatives.by_ministry": {"da": "Efter ministerium", "en": "By ministry"},
    "initiatives.by_status": {"da": "Efter status i statusnotatet", "en": "By status in the status note"},
    "initiatives.count": {"da": "Antal", "en": "Number"},
    "initiatives.ministry": {"da": "Ministerium", "en": "Ministry"},
    # Whose status: the undated status note's, not a current one.
    "initiatives.status": {"da": "Status i statusnotatet", "en": "Status in the status note"},
    "initiatives.theme": {"da": "Tema", "en": "Theme"},
    "initiatives.reserve": {"da": "Finansieret af reserven (*)", "en": "Funded by the reserve (*)"},
    "initiatives.reserve_short": {"da": "Reservefinansieret", "en": "Reserve-funded"},
    "initiatives.reserve_unreadable": {
        "da": "Kan ikke læses i notatet (teksten er beskadiget)",
        "en": "Cannot be read in the note (the text is damaged)",
    },
    "initiatives.initiative": {"da": "Initiativ", "en": "Initiative"},
    "initiatives.summary": {"da": "Overblik", "en": "At a glance"},
    "initiatives.filter": {"da": "Filtrér initiativerne", "en": "Filter the initiatives"},
    "initiatives.all": {"da": "Alle", "en": "All"},
    "initiatives.showing": {
        "da": "Viser {n} af {total} initiativer.",
        "en": "Showing {n} of {total} initiatives.",
    },
    "initiatives.show_all": {"da": "Vis alle", "en": "Show all"},
    "initiatives.none": {
        "da": "Intet initiativ passer til alle dine valg: {choices}. Fjern et af valgene, eller vis alle.",
        "en": "No initiative matches all your choices: {choices}. Remove one of them, or show all.",
    },
    "initiatives.remove": {"da": "Fjern: {choice}", "en": "Remove: {choice}"},
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
    # The skip link: Danish as before; English without repeating "leave this site".
    "quick_exit_skip": {
        "da": "Forlad siden hurtigt (tryk tre gange på shift for at forlade siden)",
        "en": "Leave this site quickly (or press Shift three times)",
    },
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
    "search.prompt": {"da": "Skriv for at søge", "en": "Type to search"},
    "search.loading": {"da": "Henter søgningen …", "en": "Loading search …"},
    "search.failed": {
        "da": "Søgningen kunne ikke hentes. Prøv igen.",
        "en": "The search could not be loaded. Please try again.",
    },
    "search.none": {"da": "Ingen resultater", "en": "No results"},
    "search.one": {"da": "1 resultat", "en": "1 result"},
    "search.other": {"da": "{n} resultater", "en": "{n} results"},
    "search.more": {"da": "Flere steder på siden", "en": "More places on this page"},
    "search.clear": {"da": "Ryd søgningen", "en": "Clear the search"},
    "search.answer": {"da": "Fra ordlisten", "en": "From the glossary"},
    "search.show_more": {"da": "Vis flere resultater ({n} endnu)", "en": "Show more results ({n} more)"},
    "search.shown": {"da": "{shown} af {n} resultater vist", "en": "{shown} of {n} results shown"},
    "search.no_script": {
        "da": "Søgningen kræver JavaScript. Find emnet i stikordsregistret eller ordlisten:",
        "en": "Search needs JavaScript. Find the subject in the subject index or the glossary:",
    },
    "search.glossary_az": {"da": "Ordliste A-Å", "en": "Glossary A-Z"},
    "link_copied": {"da": "Linket er kopieret", "en": "Link copied"},
    "copy_section_link": {"da": "Kopiér link til afsnittet", "en": "Copy link to this section"},
    "permalink": {"da": "Link til dette afsnit", "en": "Link to this section"},
    # Dates of a page: git's last change, and the last review against the sources.
    "last_updated": {"da": "Senest ændret", "en": "Last changed"},
    "review.reviewed": {"da": "Fagligt gennemgået", "en": "Reviewed"},
    # A draft (`drafted:`): "Udkast fra <date> – endnu ikke fagligt gennemgået mod kilderne".
    # English: "Draft, <date> – …" ("Draft of <date>" reads as a draft of a date).
    "review.drafted": {"da": "Udkast fra", "en": "Draft,"},
    "review.not_reviewed": {
        "da": "endnu ikke fagligt gennemgået mod kilderne",
        "en": "not yet checked against the sources",
    },
    "review.next": {"da": "Næste gennemgang", "en": "Next review due"},
    "review.owner": {"da": "Ansvarlig", "en": "Responsible"},
    "review.overdue": {
        "da": "Siden skulle have været gennemgået fagligt senest {date}. Indholdet kan være forældet; "
        "tjek det mod kilderne, før du bruger det.",
        "en": "This page was due for review by {date}. Its content may be out of date; check it "
        "against the sources before you rely on it.",
    },
    "review.notice": {"da": "Gennemgang", "en": "Review"},
    "period.notice": {"da": "Tidsbegrænset indhold", "en": "Time-bound content"},
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
    "sources.no_publisher": {"da": "Afsender ikke angivet", "en": "Sender not stated"},
    "sources.untitled": {"da": "titel ikke angivet i kilden", "en": "title not given in the source"},
    "sources.composed": {"da": "titlen er sammensat af sitet", "en": "title composed by the site"},
    "sources.pages": {"da": "s. {pages}", "en": "p. {pages}"},
    "sources.pages_range": {"da": "s. {pages}", "en": "pp. {pages}"},
    # What's new (Nyt og ændret) and its Atom feed
    "changes.feed": {"da": "Følg ændringerne som Atom-feed", "en": "Follow the changes as an Atom feed"},
    "changes.feed_title": {
        "da": "Vold i nære relationer: nyt og ændret",
        "en": "Violence in close relations: what's new",
    },
    "changes.author": {
        "da": "Redaktionen af Vold i nære relationer",
        "en": "The editors of Violence in close relations",
    },
    "changes.date": {"da": "Dato", "en": "Date"},
    "changes.page": {"da": "Side", "en": "Page"},
    "changes.note": {"da": "Ændring", "en": "Change"},
    "changes.caption": {"da": "Seneste ændringer af indholdet", "en": "Recent changes to the content"},
    "changes.none": {"da": "Ingen ændringer endnu.", "en": "No changes yet."},
    "changes.no_history": {
        "da": "Denne udgave af sitet er bygget uden ændringshistorik, så listen er tom.",
        "en": "This copy of the site was built without its change history, so the list is empty.",
    },
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
    "organisations.not_mentioned": {
        "da": "Kun nævnt i kilderne.",
        "en": "No page; named in the sources only.",
    },
    # The preview's error page (make serve, while the content has problems)
    "preview.title": {"da": "Indholdet har fejl", "en": "The content has problems"},
    "preview.intro": {
        "da": "Siden kan ikke vises, før disse fejl er rettet. Hver linje nævner filen, feltet eller "
        "linjen og hvad der er galt (se EDITING.md, 'Build errors and how to fix them').",
        "en": "The page cannot be shown until these problems are fixed. Each line names the file, the "
        "field or line, and what is wrong (see EDITING.md, 'Build errors and how to fix them').",
    },
    "preview.reload": {
        "da": "Gem rettelsen: siden genindlæses af sig selv.",
        "en": "Save the fix: this page reloads by itself.",
    },
    "preview.count": {"da": "{count} fejl", "en": "{count} problem(s)"},
    # Downloads (knowledge/outputs/downloads.py): dataset names, their fields, the links to them
    "data.download": {"da": "Hent data", "en": "Download the data"},
    "data.about_link": {"da": "Om data og genbrug", "en": "About the data and reuse"},
    "data.format.csv": {"da": "CSV (regneark)", "en": "CSV (spreadsheet)"},
    "data.format.json": {"da": "JSON", "en": "JSON"},
    "data.files": {"da": "Filer", "en": "Files"},
    "data.shown_on": {"da": "Vises på", "en": "Shown on"},
    "data.field": {"da": "Kolonne (CSV)", "en": "Column (CSV)"},
    "data.key": {"da": "Nøgle (JSON)", "en": "Key (JSON)"},
    "data.meaning": {"da": "Indhold", "en": "Content"},
    "data.csv": {"da": "CSV-filerne", "en": "The CSV files"},
    "data.csv_format": {
        "da": "CSV-filerne er til regneark. De er gemt i tegnsættet UTF-8 med et BOM-tegn først i "
        "filen, så Excel viser æ, ø og å rigtigt, og felterne er adskilt af semikolon ({delimiter}), som dansk Excel "
        "bruger: filen åbner i kolonner, når man dobbeltklikker på den. Med engelske indstillinger, "
        "hvor skilletegnet er komma, kan filen åbnes med Data > Fra tekst/CSV. Har et felt flere "
        "værdier (fx flere kilder), står de på hver sin linje i cellen. En værdi, som Excel ville "
        "læse som en formel (den begynder med =, +, - eller @), har fået et ' foran. JSON-filerne "
        "har samme indhold med værdierne, som de er, feltnavnene fra kolonnen Nøgle (JSON), en "
        "beskrivelse af felterne og datoen, filen er dannet.",
        "en": "The CSV files are for spreadsheets. They are saved as UTF-8 with a byte order mark, so "
        "that Excel shows the Danish letters correctly, and the fields are separated by semicolons "
        "({delimiter}), as Danish Excel expects: the file opens in columns when you double-click "
        "it. With English settings, where the separator is a comma, open the file with Data > From "
        "Text/CSV. Where a field has several values (e.g. several sources), each is on its own line "
        "in the cell. A value that Excel would read as a formula (starting with =, +, - or @) has "
        "a ' in front of it. The JSON files have the same content with the values as they are, "
        "the field names from the Key (JSON) column, a description of the fields and the date the "
        "file was compiled.",
    },
    "data.initiativer": {"da": "Handlingsplanens initiativer", "en": "The action plan's initiatives"},
    "data.initiativer.number": {"da": "Nummer", "en": "Number"},
    "data.initiativer.number.about": {
        "da": "Sitets løbenummer (1-26) i statusnotatets rækkefølge; notatet nummererer ikke initiativerne.",
        "en": "The site's running number (1 to 26), in the status note's order; the note does not number the initiatives.",
    },
    "data.initiativer.id": {"da": "Id", "en": "Id"},
    "data.initiativer.id.about": {
        "da": "Initiativets faste id; også ankeret til initiativet på siden.",
        "en": "The initiative's stable id; also the anchor of the initiative on the page.",
    },
    "data.initiativer.title": {"da": "Titel", "en": "Title"},
    "data.initiativer.title.about": {"da": "Initiativets titel.", "en": "The initiative's title."},
    "data.initiativer.theme": {"da": "Tema", "en": "Theme"},
    "data.initiativer.theme.about": {
        "da": "Det af handlingsplanens tre temaer, initiativet hører under.",
        "en": "Which of the action plan's three themes the initiative belongs to.",
    },
    "data.initiativer.ministries": {"da": "Ministerium", "en": "Ministry"},
    "data.initiativer.ministries.about": {
        "da": "Det eller de ansvarlige ministerier, med den forkortelse, statusnotatet bruger.",
        "en": "The responsible ministry or ministries, by the abbreviation the status note uses.",
    },
    "data.initiativer.status": {"da": "Status", "en": "Status"},
    "data.initiativer.status.about": {
        "da": "Initiativets status, som statusnotatet angiver den.",
        "en": "The initiative's status, as the status note gives it.",
    },
    "data.initiativer.status_text": {"da": "Statustekst", "en": "Status text"},
    "data.initiativer.status_text.about": {
        "da": "Statusnotatets sætning om initiativets status.",
        "en": "The status note's sentence on the initiative's status.",
    },
    "data.initiativer.reserve_funded": {
        "da": "Finansieret af reserven (*)",
        "en": "Funded by the reserve (*)",
    },
    "data.initiativer.reserve_funded.about": {
        "da": "Ja, hvis initiativet er markeret med * i statusnotatet: finansieret som led i aftalen "
        "om udmøntning af reserven til foranstaltninger på social-, sundheds- og "
        "arbejdsmarkedsområdet for 2023-2026.",
        "en": "Yes if the initiative is marked * in the status note: funded as part of the agreement "
        "on the allocation of the reserve for measures in the social, health and labour market areas "
        "for 2023-2026.",
    },
    "data.initiativer.description": {"da": "Beskrivelse", "en": "Description"},
    "data.initiativer.description.about": {
        "da": "Hvad der er gjort, fra statusnotatet. Afsnit er adskilt af en tom linje; linjer, der "
        "begynder med «- », er punkter i en liste.",
        "en": "What has been done, from the status note. Paragraphs are separated by a blank line; "
        "lines that begin with '- ' are items of a list.",
    },
    "data.initiativer.sources": {"da": "Kilde", "en": "Source"},
    "data.initiativer.sources.about": {
        "da": "Dokumentet, oplysningerne kommer fra: udgiver (år): titel.",
        "en": "The document the information comes from: publisher (year): title.",
    },
    "data.initiativer.url": {"da": "Adresse", "en": "Address"},
    "data.initiativer.url.about": {
        "da": "Initiativets afsnit på sitet.",
        "en": "The initiative's section on the site.",
    },
    "data.ordliste": {"da": "Ordlisten", "en": "The glossary"},
    "data.ordliste.id": {"da": "Id", "en": "Id"},
    "data.ordliste.id.about": {
        "da": "Begrebets faste id; også ankeret til begrebet i ordlisten.",
        "en": "The term's stable id; also the anchor of the term in the glossary.",
    },
    "data.ordliste.term": {"da": "Begreb", "en": "Term"},
    "data.ordliste.term.about": {"da": "Begrebet på dansk.", "en": "The term in English."},
    "data.ordliste.other_term": {"da": "Begreb på engelsk", "en": "Term in Danish"},
    "data.ordliste.other_term.about": {
        "da": "Begrebet i sitets engelske udgave.",
        "en": "The term in the site's Danish edition.",
    },
    "data.ordliste.kind": {"da": "Type", "en": "Type"},
    "data.ordliste.kind.about": {
        "da": "Hvad slags begreb det er (fx begreb, kerneelement, voldsform, forkortelse).",
        "en": "What sort of term it is (e.g. concept, core element, form of violence, abbreviation).",
    },
    "data.ordliste.definition": {"da": "Definition", "en": "Definition"},
    "data.ordliste.definition.about": {
        "da": "Definitionen, som ordlisten viser den.",
        "en": "The definition, as the glossary shows it.",
    },
    "data.ordliste.sources": {"da": "Kilder", "en": "Sources"},
    "data.ordliste.sources.about": {
        "da": "De dokumenter, definitionen bygger på: udgiver (år): titel, én pr. linje.",
        "en": "The documents the definition is based on: publisher (year): title, one per line.",
    },
    "data.ordliste.used_on": {"da": "Bruges på", "en": "Used on"},
    "data.ordliste.used_on.about": {
        "da": "Sitets sider, der bruger begrebet: titel (adresse), én pr. linje.",
        "en": "The site's pages that use the term: title (address), one per line.",
    },
    "data.ordliste.url": {"da": "Adresse", "en": "Address"},
    "data.ordliste.url.about": {
        "da": "Begrebet i sitets ordliste.",
        "en": "The term in the site's glossary.",
    },
    "data.sammenhaenge": {"da": "Sammenhænge mellem siderne", "en": "Relations between the pages"},
    "data.sammenhaenge.id": {"da": "Id", "en": "Id"},
    "data.sammenhaenge.id.about": {
        "da": "Sidens faste id (den sidste del af dens adresse).",
        "en": "The page's stable id (the last part of its address).",
    },
    "data.sammenhaenge.type": {"da": "Type", "en": "Type"},
    "data.sammenhaenge.type.about": {
        "da": "Sidetypen: perspective (udviklingsperspektiv), core-element (kerneelement), "
        "definition, violence-form (voldsform), module (kompetencemodul) eller topic (emne).",
        "en": "The page type: perspective (development perspective), core-element, definition, "
        "violence-form (form of violence), module (competence module) or topic.",
    },
    "data.sammenhaenge.title": {"da": "Titel", "en": "Title"},
    "data.sammenhaenge.title.about": {"da": "Sidens titel.", "en": "The page's title."},
    "data.sammenhaenge.url": {"da": "Adresse", "en": "Address"},
    "data.sammenhaenge.url.about": {"da": "Sidens adresse.", "en": "The page's address."},
    "data.sammenhaenge.relations": {"da": "Relationer", "en": "Relations"},
    "data.sammenhaenge.relations.about": {
        "da": "Sidens relationer til andre sider, efter relationstype (fx builds: de kerneelementer, "
        "et modul opbygger kompetencer til), som id'er. Hver relationstype er forklaret under "
        "relation_types.",
        "en": "The page's relations to other pages, by type of relation (e.g. builds: the core "
        "elements a module builds competence for), as ids. Each type of relation is explained "
        "under relation_types.",
    },
    "data.sammenhaenge.data": {"da": "Henvisninger", "en": "References"},
    "data.sammenhaenge.data.about": {
        "da": "Sidens henvisninger til sitets data: phases (faser i borgerforløbet, se phases) og "
        "sources (kilder), som id'er.",
        "en": "The page's references to the site's data: phases (of the citizen pathway, see "
        "phases) and sources, as ids.",
    },
    # Course packs
    "pack.heading": {"da": "Kursusmappe: {title}", "en": "Course pack: {title}"},
    "pack.link": {"da": "Kursusmappe", "en": "Course pack"},
    "pack.link_text": {
        "da": "Modulet samlet til undervisning og print",
        "en": "The whole module in one document, for teaching and printing",
    },
    "pack.compiled": {"da": "Samlet", "en": "Compiled"},
    "pack.address": {"da": "Kursusmappens adresse", "en": "Address of this course pack"},
    "pack.site": {"da": "Sitet", "en": "The site"},
    "pack.about": {
        "da": "Kursusmappen samler modulets side, siderne om de kerneelementer, modulet opbygger "
        "kompetencer til, de faser i borgerforløbet, hvor kerneelementerne er i spil, de begreber "
        "fra ordlisten, som siderne bruger, og deres kilder. Teksten er sitets, som den så ud den "
        "dag, mappen blev samlet.",
        "en": "This course pack gathers the module's page, the pages on the core elements the module "
        "builds competence for, the phases of the citizen pathway in which those core elements are at "
        "work, the glossary terms those pages use, and their sources. The text is the site's, as it "
        "stood on the day the pack was compiled.",
    },
    "pack.print_hint": {
        "da": "Udskriv eller gem som PDF fra browserens menu: hver del begynder på en ny side, "
        "og links står med deres adresse.",
        "en": "Print or save as PDF from the browser's menu: each part starts on a new page, "
        "and links are printed with their addresses.",
    },
    "pack.contents": {"da": "Indhold", "en": "Contents"},
    "pack.online": {"da": "På sitet", "en": "On the site"},
    "pack.phases": {"da": "Borgerforløbets faser", "en": "Phases of the citizen pathway"},
    "pack.phases_about": {
        "da": "De faser i borgerforløbet, hvor mappens kerneelementer er i spil.",
        "en": "The phases of the citizen pathway in which this pack's core elements are at work.",
    },
    "pack.phase_elements": {"da": "Kerneelementer i mappen", "en": "Core elements in this pack"},
    "pack.terms": {"da": "Begreber", "en": "Terms"},
    "pack.terms_about": {
        "da": "Begreber fra sitets ordliste, som mappens sider bruger.",
        "en": "Terms from the site's glossary that this pack's pages use.",
    },
    "pack.sources": {"da": "Kilder", "en": "Sources"},
    "pack.sources_about": {
        "da": "Kilderne til mappens sider, faser og begreber.",
        "en": "The sources of this pack's pages, phases and terms.",
    },
    "pack.source_entry": {"da": "Kilden på sitets kildeside", "en": "This source in the list of sources"},
    "pack.page_of": {"da": "Side {n} af {total}", "en": "Page {n} of {total}"},
}


def text(key: str, lang: str, /, **values: object) -> str:
    value = STRINGS[key][lang]
    return value.format(**values) if values else value


def for_language(lang: str) -> dict[str, str]:
    return {key: value[lang] for key, value in STRINGS.items()}
