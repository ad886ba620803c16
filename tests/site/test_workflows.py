"""The CI and publishing workflows: valid GitHub Actions, shaped so that nothing
is published unless the tests and the strict build pass, and with the least
privilege each job needs (checked by zizmor, offline)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
BIN = Path(sys.executable).parent

# The official actions the workflows use and their current major versions when
# last checked (2026-11); Dependabot (.github/dependabot.yml) proposes newer ones.
CURRENT_MAJOR = {
    "actions/checkout": 7,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}
PINNED = re.compile(r"(?P<action>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40}) # v(?P<major>\d+)(?:\.\d+)*")


def load(name):
    # PyYAML reads the key `on` as True.
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps_of(job):
    return [s.get("uses", "") or s.get("run", "") for s in job["steps"]]


def test_workflows_match_the_github_actions_schema():
    result = subprocess.run(
        [
            str(BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, sorted(WORKFLOWS.glob("*.yml"))),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_config_matches_its_schema():
    result = subprocess.run(
        [
            str(BIN / "check-jsonschema"),
            "--builtin-schema",
            "vendor.dependabot",
            str(WORKFLOWS.parent / "dependabot.yml"),
        ],
        capture_output=True,
        text=True,
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


def test_the_site_is_rebuilt_every_week_for_date_driven_content():
    (schedule,) = load("pages.yml")["on"]["schedule"]
    _minute, hour, day, month, weekday = schedule["cron"].split()
    assert (day, month, weekday) == ("*", "*", "1"), "every Monday"
    assert int(hour) < 8, "in the morning (UTC)"


def test_only_the_deploy_job_may_publish():
    for name in ("ci.yml", "pages.yml"):
        assert load(name)["permissions"] == {"contents": "read"}, f"{name}: read-only by default"
        for job_name, job in load(name)["jobs"].items():
            if (name, job_name) != ("pages.yml", "deploy"):
                writes = {k for k, v in job.get("permissions", {}).items() if v == "write"}
                assert not writes, f"{name}: job {job_name} may write {writes}"
    deploy = load("pages.yml")["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert not any("run" in step for step in deploy["steps"]), "the deploy job runs none of our code"


def test_checkouts_leave_no_token_behind():
    for name in ("ci.yml", "pages.yml"):
        for job in load(name)["jobs"].values():
            for step in job["steps"]:
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step["with"]["persist-credentials"] is False, name


def test_actions_are_official_pinned_to_a_commit_and_at_their_current_major():
    for path in sorted(WORKFLOWS.glob("*.yml")):
        # The version comment is not part of the value YAML reads: read the lines.
        for line in path.read_text(encoding="utf-8").splitlines():
            if "uses:" not in line:
                continue
            pinned = PINNED.search(line)
            assert pinned, f"{path.name}: pin to a full commit SHA with a version comment: {line.strip()}"
            action, major = pinned["action"], int(pinned["major"])
            assert action in CURRENT_MAJOR, f"{path.name}: {action} is not one of the official actions we use"
            assert major >= CURRENT_MAJOR[action], (
                f"{path.name}: {action} v{major}, current is v{CURRENT_MAJOR[action]}"
            )


def test_zizmor_finds_nothing_of_medium_severity_or_above():
    result = subprocess.run(
        [
            str(BIN / "zizmor"),
            "--offline",
            "--min-severity",
            "medium",
            "--no-progress",
            str(WORKFLOWS.parent),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_lock_file_is_watched_for_updates_and_the_npm_one_audited():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert {u["package-ecosystem"] for u in config["updates"]} == {"github-actions", "pip", "npm"}
    audit_steps = [step for job in load("ci.yml")["jobs"].values() for step in steps_of(job)]
    assert any(step.startswith("npm audit") for step in audit_steps)
