from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ._support import Result, load_spec_drift


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run the script's ``main`` with the given arguments and capture its output."""
    spec_drift = load_spec_drift()

    def _run(*args: str | Path) -> Result:
        code = spec_drift.main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run
