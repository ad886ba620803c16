"""Stage 3, the site's indexes: what the pages say about each other and
about time (glossary terms and names found in each page, links and
mentions gathered across pages, review dates, ended periods, recent
changes). Imports only the content stage; never writes HTML."""
