"""The matrix script reads its facts from pyproject.toml, and the workflows agree with them."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


matrix = _load("matrix")
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_supported_versions_start_at_requires_python() -> None:
    versions = matrix.supported_versions()
    floor = re.search(r'requires-python = ">=(3\.\d+)"', PYPROJECT)
    assert floor is not None
    assert versions[0] == floor.group(1)
    minors = [int(v.split(".")[1]) for v in versions]
    assert minors == list(range(minors[0], minors[0] + len(minors)))  # no gap


def test_lowest_bounds_are_the_declared_lower_bounds() -> None:
    bounds = matrix.lowest_bounds()
    assert set(bounds) == set(matrix.RUNTIME_DEPENDENCIES)
    for name, version in bounds.items():
        assert f'"{name}>={version}' in PYPROJECT


def test_release_numbers_compare_without_trailing_zeros() -> None:
    assert matrix._same("0.27.0", "0.27")
    assert matrix._same("2.8.2", "2.8.2")
    assert not matrix._same("0.27.1", "0.27")
    assert not matrix._same("23.2.0", "23.1")


def test_the_test_workflow_runs_every_supported_version() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "test.yml").read_text("utf-8"))
    listed = workflow["jobs"]["test"]["strategy"]["matrix"]["python"]
    assert listed == matrix.supported_versions()


def test_the_drift_workflow_checks_both_clouds() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "drift.yml").read_text("utf-8"))
    urls = [entry["url"] for entry in workflow["jobs"]["drift"]["strategy"]["matrix"]["include"]]
    assert urls == ["https://us.posthog.com/api/schema/", "https://eu.posthog.com/api/schema/"]
    steps = " ".join(str(step.get("run", "")) for step in workflow["jobs"]["drift"]["steps"])
    assert "make drift SCHEMA=published-schema.json" in steps


def test_skip_current_leaves_out_the_running_interpreter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    current = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert matrix.main(["pythons", "--skip-current", "--versions", current]) == 0
    out = capsys.readouterr().out
    assert f"--- {current}: skipped, the interpreter running this script" in out
    assert f"skipped: {current} (--skip-current)" in out
