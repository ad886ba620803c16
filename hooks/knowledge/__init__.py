"""Pure logic behind the site's MkDocs hooks, in four stages that data flows
through one way; each stage's package says what it may import:

    content  (model, loading, the index of pages)        imports nothing else
    checks   (one line per problem)                      imports content
    indexes  (terms, links, mentions, dates of review)   imports content
    outputs  (render, search, packs, downloads, URLs)    imports content, indexes

Nothing in this package imports MkDocs; hooks/ translates MkDocs events into
calls of these functions and holds the per-build state.
"""
