"""Stage 2, the checks: everything wrong with the content or the settings,
as one `file: field: reason` line each, before anything is built (the
build and `make check` run the same). Imports only the content stage."""
