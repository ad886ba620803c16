"""Stage 1, the content: the content model, reading pages and data files
(the only file-system and git access), the index of one language's pages,
and the catalogues of editors' messages and readers' interface strings.
Imports nothing from the other stages."""
