"""Pure logic behind the site's MkDocs hooks.

Data flows one way: load -> validate -> index -> render. Nothing in this
package imports MkDocs; the files in ``hooks/`` translate MkDocs events into
calls of these functions and hold the per-build state.
"""
