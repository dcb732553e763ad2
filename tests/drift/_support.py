"""Shared by the drift tests: the script loaded as a module, and what one run of it gave."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = Path(__file__).parent / "schemas"


def load_spec_drift() -> ModuleType:
    """Import ``scripts/spec_drift.py`` (once) as the module ``spec_drift``."""
    if "spec_drift" in sys.modules:
        return sys.modules["spec_drift"]
    spec = importlib.util.spec_from_file_location("spec_drift", ROOT / "scripts" / "spec_drift.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


@dataclass
class Result:
    """What one run of the script printed and returned."""

    code: int
    out: str
    err: str

    @property
    def findings(self) -> list[str]:
        """The finding ids of the report (lines indented by exactly two spaces)."""
        return [line[2:] for line in self.out.splitlines() if re.match(r"  \S", line)]

    @property
    def stale(self) -> list[str]:
        """The allow-list entries reported as matching nothing."""
        return [
            line.split("(stale): ", 1)[1] for line in self.err.splitlines() if "(stale): " in line
        ]
