"""The Python lock files: every package, transitive ones included, pinned to one
version with its hashes, up to date with the direct dependencies in
requirements*.in, and installed with hash checking (`make lock` writes them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCKS = {"requirements.in": "requirements.txt", "requirements-dev.in": "requirements-dev.txt"}
PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+?)(?: ;[^\\]*)?$")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def entries(lock: str) -> list[str]:
    """The lock's requirements, each with its continuation lines joined."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    joined = re.sub(r"\s*\\\n\s*", " ", text)
    return [line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def locked(lock: str) -> dict[str, str]:
    versions = {}
    for entry in entries(lock):
        requirement, *hashes = entry.split(" --hash=")
        pinned = PIN.match(requirement.strip())
        assert pinned, f"{lock}: not pinned to one version: {requirement}"
        assert hashes and all(h.startswith("sha256:") for h in hashes), f"{lock}: no hash for {requirement}"
        versions[normalise(pinned["name"])] = pinned["version"]
    return versions


def direct(spec: str) -> dict[str, str]:
    versions = {}
    for line in (ROOT / spec).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        name, _, version = line.partition("==")
        assert version, f"{spec}: pin the direct dependency {line} to one version (==)"
        versions[normalise(name)] = version
    return versions


@pytest.mark.parametrize(("spec", "lock"), LOCKS.items())
def test_every_package_is_pinned_with_hashes_and_the_lock_matches_its_direct_dependencies(spec, lock):
    versions = locked(lock)
    for name, version in direct(spec).items():
        assert versions.get(name) == version, (
            f"{lock}: {name} is {versions.get(name)}, {spec} asks for {version}; run `make lock`"
        )


def test_the_dev_lock_holds_the_site_stack_at_the_same_versions():
    site, dev = locked("requirements.txt"), locked("requirements-dev.txt")
    assert {name: dev.get(name) for name in site} == site


def test_the_makefile_installs_only_from_the_locks_with_hash_checking():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "PIP_INSTALL := $(BIN)/python -m pip install $(PIP_FLAGS)" in makefile
    assert "PROPERDOCS_INSTALL := $(PROPERDOCS_VENV)/bin/python -m pip install $(PIP_FLAGS)" in makefile
    assert re.search(r"^PIP_FLAGS := .*--require-hashes", makefile, re.M)
    installs = re.findall(r"^\t.*pip install.*$", makefile, re.M)
    assert not installs, f"install with $(PIP_INSTALL): {installs}"
    assert "$(PIP_INSTALL) -r requirements.txt" in makefile
    assert "$(PIP_INSTALL) -r requirements-dev.txt" in makefile
    assert "$(PROPERDOCS_INSTALL) -r requirements-properdocs.txt" in makefile


def test_make_lint_covers_the_javascript_with_pinned_tools():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lint = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "eslint --max-warnings 0 ." in lint and "tsc --project jsconfig.json" in lint
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    for tool in ("eslint", "typescript"):
        assert re.fullmatch(r"\d+\.\d+\.\d+", package["devDependencies"][tool]), tool
