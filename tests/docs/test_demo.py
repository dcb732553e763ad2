"""``scripts/demo.py`` (what ``make demo`` runs): it needs only the runtime dependencies, shows a
fault recovered and a typed error, labels ids by resource and says where its code lives."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "scripts" / "demo.py"

# Runs the demo as if only the runtime dependencies were installed: importing anything else fails
# as it would in ``.venv-demo`` (optional imports, such as httpx's CLI extras, are skipped).
_RUN_WITH_RUNTIME_ONLY = """
import runpy, sys

allowed = set(sys.argv[2].split(","))

class RuntimeOnly:
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names or top in allowed or top.startswith("_"):
            return None
        raise ModuleNotFoundError(f"No module named {name!r} (not a runtime dependency)", name=name)

sys.meta_path.insert(0, RuntimeOnly())
path = sys.argv[1]
sys.argv[:] = [path]
runpy.run_path(path, run_name="__main__")
"""

# The runtime dependencies and what they pull in themselves.
RUNTIME = {
    "posthog_experiments_client",
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "sniffio",
    "idna",
    "certifi",
    "attrs",
    "attr",
    "dateutil",
    "six",
    "typing_extensions",
    "exceptiongroup",
}


def _run_demo() -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _RUN_WITH_RUNTIME_ONLY, str(DEMO), ",".join(sorted(RUNTIME))],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_demo_needs_only_the_runtime_dependencies_and_shows_what_it_promises() -> None:
    lines = _run_demo()
    text = "\n".join(lines)
    assert re.search(
        r"recover from a fault\s+get experiment #\d+: 502 Bad Gateway -> retried -> 200 OK", text
    )
    assert re.search(r"a typed error\s+NotFoundError: 404 .*Experiment \d+ was not found", text)
    assert re.search(r"exposure cohort\s+cohort #\d+ ", text)
    assert "scripts/demo.py" in lines[0]
    assert "posthog_experiments_client/" in lines[1]
    # Every "#<id>" names its resource.
    for match in re.finditer(r"(\S+) #\d+", text):
        assert match.group(1) in ("experiment", "cohort", "(project"), match.group(0)
