"""Smoke test of the benchmarks: each one runs once, with tiny sizes, so that none can rot.

No timing is asserted: benchmarks are not tests. Each runs as ``python -m benchmarks --quick
--only B#`` in a fresh interpreter, exactly as ``make bench`` would, writing its JSON to a
temporary file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXPECTED_ROWS = {
    "B1": {"B1 root", "B1 sync", "B1 async"},
    "B2": {"B2 sync", "B2 async"},
    "B3": {"B3 vs pydantic", "B3 vs pydantic (py)", "B3 vs pydantic, gc off", "B3 vs json"},
    "B4": {"B4 memory"},
    "B5": {"B5 async", "B5 async CPU", "B5 threads"},
    "B6": {"B6 sync", "B6 async"},
}


def _run(tmp_path: Path, *args: str) -> tuple[str, dict[str, object]]:
    output = tmp_path / "results.json"
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", f"--output={output}", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout, json.loads(output.read_text(encoding="utf-8"))


@pytest.mark.parametrize("benchmark", sorted(EXPECTED_ROWS))
def test_benchmark_runs_once_with_tiny_sizes(tmp_path: Path, benchmark: str) -> None:
    stdout, document = _run(tmp_path, "--only", benchmark)
    results = document["results"]
    assert isinstance(results, list)
    assert {row["id"] for row in results} == EXPECTED_ROWS[benchmark]
    for row in results:
        assert row["id"] in stdout
        assert row["subject"]["n"] >= 1
        assert row["ratio"]["median"] > 0
    machine = document["machine"]
    assert isinstance(machine, dict)
    assert isinstance(machine["cpu_count"], int)
    assert machine["python"]
    assert stdout.startswith(f"machine: {machine['cpu_count']} CPUs")


def test_b5_reports_no_errors_in_quick_mode(tmp_path: Path) -> None:
    """B5's correctness half (no pool errors, every thread gets its own result) is checked
    even with tiny sizes."""
    _, document = _run(tmp_path, "--only", "B5")
    results = document["results"]
    assert isinstance(results, list)
    rows = {row["id"]: row for row in results}
    assert rows["B5 threads"]["passed"] is True
    assert "errors: none" in rows["B5 async"]["notes"]


def test_pydantic_baseline_accepts_the_benchmark_body() -> None:
    """The B3 comparison is only fair while both model sets parse the same page."""
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "from benchmarks import _bodies, _pydantic_models as p; "
            "page = p.PaginatedExperimentList.model_validate_json(_bodies.page_bytes(3)); "
            "assert len(page.results) == 3",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
