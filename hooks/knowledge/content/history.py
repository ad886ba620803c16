"""The content's change history, read from `git log` (load.py runs git; this
module only parses its output, so it is tested without a repository).

For each commit: its date and subject, the content files it changed, whether
a change touched the content or only review dates, the `change_note:` it set
on a page, if any, and the notes for readers in its message's trailers
(`Change-note-da:`, `Change-note-en:`), for changes to data files.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

# Record and field separators in the `git log --format` output; trailers are
# joined by TRAILER on the header line.
RECORD, FIELD, TRAILER = "\x1e", "\x1f", "\x1d"
TRAILER_KEY = "Change-note-"  # + language: "Change-note-da: Rettet: ..."
LOG_FORMAT = (
    f"{RECORD}%H{FIELD}%cs{FIELD}%s{FIELD}"
    f"%(trailers:key={TRAILER_KEY}da,key={TRAILER_KEY}en,unfold,separator=%x1d)"
)
# For last-changed dates: each commit's author time (seconds), then the files it touched.
LAST_CHANGED_FORMAT = f"{RECORD}%at"
# Front-matter lines whose change is not a change of the content readers see.
_META_LINE = re.compile(r"^(reviewed|drafted|review_by|search_terms|change_note):")
_NOTE_START = re.compile(r"^change_note:")


@dataclass(frozen=True)
class FileChange:
    path: str  # repository-relative: "docs/om/index.md", "data/glossary.yml"
    content: bool  # False if only review dates (and the like) changed
    note: str = ""  # the `change_note:` this commit set in the file


@dataclass(frozen=True)
class Commit:
    sha: str
    date: dt.date
    subject: str
    files: tuple[FileChange, ...]
    notes: tuple[tuple[str, str], ...] = ()  # (language, note) from the message's trailers

    def note(self, lang: str) -> str:
        return next((note for note_lang, note in self.notes if note_lang == lang), "")


def _note(added: list[str], start: int) -> str:
    """The value of a `change_note:` line that the diff adds (with the
    indented lines of a folded value after it)."""
    block = [added[start]]
    for line in added[start + 1 :]:
        if not line.startswith((" ", "\t")):
            break
        block.append(line)
    try:
        value = yaml.safe_load("\n".join(block))
    except yaml.YAMLError:
        return ""
    note = value.get("change_note") if isinstance(value, dict) else None
    return " ".join(str(note).split()) if note else ""


def _file_change(path: str, lines: list[str]) -> FileChange:
    added = [line[1:] for line in lines if line.startswith("+")]
    changed = [line[1:] for line in lines if line.startswith(("+", "-"))]
    note = next((_note(added, i) for i, line in enumerate(added) if _NOTE_START.match(line)), "")
    content = bool(note) or any(not _META_LINE.match(line) and line.strip() for line in changed)
    return FileChange(path, content, note)


def _diff_files(diff: str) -> list[FileChange]:
    files: list[FileChange] = []
    path: str | None = None
    lines: list[str] = []
    for line in diff.splitlines():
        if line.startswith("diff --git "):
            if path is not None:
                files.append(_file_change(path, lines))
            path = line.rsplit(" b/", 1)[-1]
            lines = []
        elif path is not None and not line.startswith(("+++", "---")):
            lines.append(line)
    if path is not None:
        files.append(_file_change(path, lines))
    return files


def _trailers(text: str) -> tuple[tuple[str, str], ...]:
    """`Change-note-da: ...` trailers -> (("da", "..."),), the first per language."""
    notes: dict[str, str] = {}
    for trailer in text.split(TRAILER):
        key, _, value = trailer.partition(":")
        lang = key.strip().lower().removeprefix(TRAILER_KEY.lower())
        if key.strip().lower().startswith(TRAILER_KEY.lower()) and value.strip():
            notes.setdefault(lang, " ".join(value.split()))
    return tuple(notes.items())


def parse_log(output: str) -> list[Commit]:
    """Commits from `git log --format=LOG_FORMAT -p --unified=0`, newest first."""
    commits = []
    for record in output.split(RECORD):
        if not record.strip():
            continue
        header, _, diff = record.partition("\n")
        sha, date, subject, trailers = [*header.split(FIELD), "", "", "", ""][:4]
        try:
            day = dt.date.fromisoformat(date.strip())
        except ValueError:
            continue
        commits.append(
            Commit(sha.strip(), day, subject.strip(), tuple(_diff_files(diff)), _trailers(trailers))
        )
    return commits


def parse_last_changed(output: str) -> dict[str, dt.date]:
    """Repository path -> the (UTC) day of the newest commit that touched it,
    from `git log --format=LAST_CHANGED_FORMAT --name-only` (newest first)."""
    last: dict[str, dt.date] = {}
    for record in output.split(RECORD):
        stamp, _, names = record.strip().partition("\n")
        if not stamp.strip().isdigit():
            continue
        day = dt.datetime.fromtimestamp(int(stamp), dt.UTC).date()
        for name in names.split("\n"):
            if name.strip():
                last.setdefault(name.strip(), day)
    return last
