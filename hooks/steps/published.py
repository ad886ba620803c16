"""What readers get: each written page read once (knowledge/content/html.py)
for the anchors urls.json guards, the hashes of its Content-Security-Policy
and the checks of what is published (knowledge/checks/output.py). A page that
shows Markdown or markup as text, an invisible character, an empty field, or
Danish where it should be English stops the build, with the source file and
line that produced it."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page as MkDocsPage

from knowledge.checks.output import Finding, heading_findings, locate, page_findings
from knowledge.content.html import PageRecord, read_page
from knowledge.content.messages import say
from knowledge.content.model import DEFAULT_LANGUAGE, Problem
from knowledge.outputs.urls import anchors_in
from state import Build, LanguageBuild, PublishedPage
from steps.content import stop_on


def read_page_output(output: str, page: MkDocsPage, language: LanguageBuild) -> PageRecord:
    """The one reading of a written page; its anchors and what the checks need kept."""
    record = read_page(output)
    language.anchors[page.url] = anchors_in(record)
    language.published[page.url] = PublishedPage(
        f"docs/{page.file.src_uri}", page_findings(record, language.lang), record.headings
    )
    return record


def check_published(languages: list[LanguageBuild], config: MkDocsConfig, build: Build) -> None:
    """Once every language is built: one line per kind of finding per source file
    (a mistake in a data file shows on several pages, and is named once)."""
    sources = _Sources(Path(config.config_file_path).parent)
    default = next((lang for lang in languages if lang.lang == DEFAULT_LANGUAGE), None)
    first: dict[tuple[str, str], tuple[str, Finding]] = {}  # (file, code) -> (field, finding)
    places: dict[tuple[str, str], list[str]] = {}  # (file, code) -> every field it was found at
    own: set[tuple[str, str]] = set()
    for language in languages:
        prefix = f"{language.lang}/"
        for url, page in language.published.items():
            findings = list(page.findings)
            if default is not None and language is not default and url.startswith(prefix):
                danish = default.published.get(url[len(prefix) :])
                findings += heading_findings(page.headings, danish.headings if danish else [])
            for finding in findings:
                file, field = _where(finding, page.source, sources)
                key = (file, finding.code)
                if key not in first or (file == page.source and key not in own):
                    first[key] = (field, finding)  # as shown on the page the file builds, where it has one
                    if file == page.source:
                        own.add(key)
                fields = places.setdefault((file, finding.code), [])
                if field not in fields:
                    fields.append(field)
    problems = []
    for (file, code), (field, finding) in first.items():
        others = len(places[(file, code)]) - 1
        more = f" (and {others} more like it in this file)" if others else ""
        problems.append(Problem(file, field, say(code, **finding.message_values, more=more)))
    stop_on(problems, build)


def _where(finding: Finding, source: str, sources: _Sources) -> tuple[str, str]:
    """The file and line that produced a finding: the page's own file first, then the
    settings, the data and the other pages."""
    located = locate(finding.needle, sources.for_page(source), finding.context)
    if located is None:
        return source, "published page"
    return located[0], f"line {located[1]}"


class _Sources:
    """The texts a finding is looked for in, each read once per check."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self.texts: dict[str, str] = {}
        self.data = sorted(f"data/{p.name}" for p in (repo / "data").glob("*.yml"))
        # A generated page (a course pack, the glossary) shows other pages' text.
        self.docs = sorted(p.relative_to(repo).as_posix() for p in (repo / "docs").rglob("*.md"))

    def text(self, path: str) -> str:
        if path not in self.texts:
            file = self.repo / path
            self.texts[path] = file.read_text(encoding="utf-8") if file.is_file() else ""
        return self.texts[path]

    def for_page(self, source: str) -> dict[str, str]:
        return {path: self.text(path) for path in [source, "mkdocs.yml", *self.data, *self.docs]}
