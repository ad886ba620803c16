"""The CI and publishing workflows: valid GitHub Actions, and shaped so that
nothing is published unless the tests and the strict build pass."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"


def load(name):
    # PyYAML reads the key `on` as True.
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps_of(job):
    return [s.get("uses", "") or s.get("run", "") for s in job["steps"]]


def test_workflows_match_the_github_actions_schema():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
         *map(str, sorted(WORKFLOWS.glob("*.yml")))],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_requests_run_make_test():
    ci = load("ci.yml")
    assert "pull_request" in ci["on"]
    assert ".ci/run" in steps_of(ci["jobs"]["test"])
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_main_is_tested_built_and_deployed_with_the_official_pages_actions():
    pages = load("pages.yml")
    assert pages["on"]["push"]["branches"] == ["main"]
    assert pages["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert pages["concurrency"]["group"] == "pages"
    build, deploy = pages["jobs"]["build"], pages["jobs"]["deploy"]
    steps = steps_of(build)
    test, make_build = steps.index(".ci/run"), steps.index("make build")
    upload = next(i for i, s in enumerate(steps) if s.startswith("actions/upload-pages-artifact@"))
    assert test < make_build < upload, "tests and the strict build come before the upload"
    assert any(s.startswith("actions/configure-pages@") for s in steps)
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert steps_of(deploy)[0].startswith("actions/deploy-pages@")
