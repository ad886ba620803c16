"""Input is read strictly: a key given twice and a file that is not UTF-8
are problems with their line; a byte-order mark and Windows line endings
are not (MkDocs accepts them, so the checks read them the same way)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.content import strict_yaml
from knowledge.content.load import decode, load_data, parse_front_matter, read_config, read_page
from knowledge.content.model import COLLECTIONS

ROOT = Path(__file__).resolve().parents[2]
PAGE = (
    "---\ntype: topic\nid: side\ntitle: Side\nsummary: Om siden.\n---\n\n## Afsnit\n\nTekst med æ, ø og å.\n"
)


def test_a_key_given_twice_is_found_with_both_lines_and_its_place():
    text = "initiatives:\n  - id: a\n    status: x\n    title: t\n    status: y\n"
    value, repeated = strict_yaml.parse(text)
    assert value == {"initiatives": [{"id": "a", "status": "y", "title": "t"}]}  # as PyYAML would read it
    assert [(r.path, r.first_line, r.line) for r in repeated] == [("initiatives.a.status", 3, 5)]


def test_an_entry_without_its_dash_merges_into_the_one_above_and_is_one_problem(tmp_path):
    data = (ROOT / "data").iterdir()
    for file in data:
        (tmp_path / file.name).write_bytes(file.read_bytes())
    text = (tmp_path / "organisations.yml").read_text(encoding="utf-8")
    (tmp_path / "organisations.yml").write_text(
        text.replace("- id: dialog-mod-vold", "  id: dialog-mod-vold")
    )
    site_data, problems = load_data(tmp_path)
    line = text.splitlines().index("- id: dialog-mod-vold") + 1
    assert len(problems) == 1
    assert str(problems[0]).startswith(
        f"data/organisations.yml: lev-uden-vold: a second entry starts at line {line} without its leading '- ' "
        "(id, name, "
    )
    assert "organisations" in site_data.broken  # references into it are not checked


def test_front_matter_lines_count_from_the_top_of_the_file():
    meta, problems = parse_front_matter("docs/a.md", "---\ntitle: A\nsummary: B\ntitle: C\n---\n")
    assert meta["title"] == "C"
    assert [str(p) for p in problems] == [
        "docs/a.md: title: given twice (lines 2 and 4); the second would silently replace the first"
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: A\n\nTekst.\n", "not closed: add a line --- after the last field"),
        ("\n---\ntitle: A\n---\n", "must start on the first line: remove what comes before the first ---"),
        ("# Titel\n", "missing (the file must start with a --- block)"),
    ],
)
def test_front_matter_that_is_not_there_says_why(text, reason):
    _, problems = parse_front_matter("docs/a.md", text)
    assert [str(p) for p in problems] == [f"docs/a.md: front matter: {reason}"]


def test_a_file_that_is_not_utf8_is_named_with_its_line():
    text, problems = decode("---\ntitle: Ø\n".encode("cp1252"), "docs/a.md")
    assert text is None
    assert [str(p) for p in problems] == [
        "docs/a.md: file: not saved as UTF-8: line 2 has the byte 0xd8 (the file is probably Latin-1 or "
        "Windows-1252)"
    ]


@pytest.mark.parametrize(
    "variant",
    [
        lambda data: b"\xef\xbb\xbf" + data,
        lambda data: data.replace(b"\n", b"\r\n"),
        lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"),
    ],
    ids=["byte-order mark", "CRLF", "both"],
)
def test_a_byte_order_mark_and_crlf_read_as_the_plain_file(tmp_path, variant):
    (tmp_path / "plain.md").write_bytes(PAGE.encode("utf-8"))
    (tmp_path / "variant.md").write_bytes(variant(PAGE.encode("utf-8")))
    plain, plain_problems = read_page(tmp_path, "plain.md")
    other, other_problems = read_page(tmp_path, "variant.md")
    assert plain_problems == other_problems == []
    assert other.meta == plain.meta
    assert other.source == plain.source


def test_an_empty_data_file_is_a_problem_and_its_collection_is_not_checked(tmp_path):
    for file in (ROOT / "data").iterdir():
        (tmp_path / file.name).write_bytes(file.read_bytes())
    (tmp_path / "glossary.yml").write_text("# all commented out\n", encoding="utf-8")
    site_data, problems = load_data(tmp_path)
    assert [str(p) for p in problems] == ["data/glossary.yml: file: empty: it must hold a list of entries"]
    assert site_data.broken == {"terms"}


def test_the_real_data_and_settings_read_without_problems():
    site_data, problems = load_data(ROOT / "data")
    assert problems == [] and site_data.broken == set()
    assert all(site_data.entries(name) for name in COLLECTIONS)
    config, problems = read_config(ROOT / "mkdocs.yml")
    assert problems == []
    assert config["extra"]["quick_exit"]["url"].startswith("https://")


def test_settings_read_env_tags_as_mkdocs_does(tmp_path, monkeypatch):
    (tmp_path / "mkdocs.yml").write_text('site_url: !ENV [KB_TEST_SITE, "http://127.0.0.1:8000/"]\n')
    assert read_config(tmp_path / "mkdocs.yml")[0]["site_url"] == "http://127.0.0.1:8000/"
    monkeypatch.setenv("KB_TEST_SITE", "https://example.org/site/")
    assert read_config(tmp_path / "mkdocs.yml")[0]["site_url"] == "https://example.org/site/"
