"""Stage 4, the outputs: the HTML of pages and their parts (render/), the
search index (search/), course packs, downloads, structured data, URLs and
redirects, the Content-Security-Policy. Imports the content and index
stages, never the checks."""
