"""The preview's error page: the problem lines, escaped, in the page's language."""

from __future__ import annotations

from knowledge.outputs.preview import error_page


def test_the_error_page_lists_the_lines_in_the_pages_language():
    lines = ["docs/a.md: title: <b>'x'</b> is already the title of docs/b.md"]
    danish, english = error_page(lines, "da"), error_page(lines, "en")
    assert '<html lang="da">' in danish and "Indholdet har fejl" in danish and "1 fejl" in danish
    assert '<html lang="en">' in english and "The content has problems" in english
    assert "&lt;b&gt;&#x27;x&#x27;&lt;/b&gt;" in danish and "<b>" not in danish
    assert "</body>" in danish  # MkDocs' live reload puts its script before it
    assert "Content-Security-Policy" not in danish  # it would block the live reload
