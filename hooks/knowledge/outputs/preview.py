"""The page `make serve` shows at every address while the content has
problems: the same lines the build prints, in the page's language.

MkDocs' live reload adds its script to every HTML page it serves, so this
page reloads by itself when the next build is done: into the real page once
the content is fixed. It is never published (a build with problems publishes
nothing), so it carries no Content-Security-Policy that would block that script.
"""

from __future__ import annotations

from knowledge.content import ui
from knowledge.outputs.render.common import e

_STYLE = (
    "body{margin:0;font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1f;"
    "background:#fff}main{max-width:60rem;margin:0 auto;padding:1.5rem 1rem}"
    "h1{font-size:1.5rem;color:#8c1d18}ol{padding-left:1.5rem}"
    "li{margin:.5rem 0}code{font:.9rem/1.4 ui-monospace,Menlo,Consolas,monospace;"
    "white-space:pre-wrap;overflow-wrap:anywhere}"
)


def error_page(lines: list[str], lang: str) -> str:
    items = "".join(f"<li><code>{e(line)}</code></li>" for line in lines)
    return (
        f'<!doctype html>\n<html lang="{e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{e(ui.text('preview.title', lang))}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n<h1>{e(ui.text('preview.title', lang))}</h1>\n"
        f"<p>{e(ui.text('preview.intro', lang))}</p>\n"
        f"<p><strong>{e(ui.text('preview.count', lang, count=len(lines)))}</strong></p>\n"
        f'<ol class="kb-preview-problems">{items}</ol>\n'
        f"<p>{e(ui.text('preview.reload', lang))}</p>\n</main>\n</body>\n</html>\n"
    )
