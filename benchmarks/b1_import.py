"""B1: import time of the package in a fresh interpreter, against ``import httpx``.

Each measurement is a new interpreter (``sys.executable -c ...``) that times its own import with
``perf_counter`` around the import statement, so interpreter start-up, equal for both, is left
out. The subject rows also list what the import loaded: generated model modules and whether the
fake server (``posthog_experiments_client.testing``) came along.

Bytecode: an installed package has its ``.pyc`` files, but this work tree may not (the
environment can set ``PYTHONDONTWRITEBYTECODE``), and compiling ~60 modules from source would
dwarf everything else. So the interpreters run with a private ``PYTHONPYCACHEPREFIX`` (a temporary
directory; nothing is written to the tree), and one unmeasured warm-up run per statement fills it,
for httpx and the package alike.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import replace

from ._harness import Row, interleave, row

TARGET_ADDED_MS = 30.0

_PROBE = """
import json, sys, time
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
modules = [m for m in sys.modules if m.startswith("posthog_experiments_client")]
print(json.dumps({{
    "ms": elapsed * 1000,
    "models": sorted(m for m in modules if "._generated.models." in m),
    "testing": any(m.startswith("posthog_experiments_client.testing") for m in modules),
    "httpx": "httpx" in sys.modules,
    "pydantic": "pydantic" in sys.modules,
}}))
"""

SUBJECTS = {
    "B1 root": "import posthog_experiments_client",
    "B1 sync": "from posthog_experiments_client import ExperimentsClient",
    "B1 async": "from posthog_experiments_client import AsyncExperimentsClient",
}
BASELINE = "import httpx"


def probe(statement: str, env: dict[str, str]) -> dict[str, object]:
    """Run ``statement`` in a fresh interpreter and report its import time and what it loaded.

    Args:
        statement: Python import statement.
        env: The interpreter's environment.

    Returns:
        ``ms`` and the loaded-module facts printed by the probe.
    """
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result: dict[str, object] = json.loads(completed.stdout)
    return result


def _ms(statement: str, facts: dict[str, dict[str, object]], env: dict[str, str]) -> float:
    result = probe(statement, env)
    facts[statement] = result
    value = result["ms"]
    assert isinstance(value, float)
    return value


def run(*, quick: bool) -> list[Row]:
    """Measure each subject against ``import httpx``, interleaved.

    Args:
        quick: Two rounds only (smoke test).

    Returns:
        One row per subject statement.
    """
    rounds = 2 if quick else 15
    facts: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as prefix:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = prefix
        statements = [BASELINE, *SUBJECTS.values()]
        for statement in statements:  # warm-up: compile and cache the bytecode
            probe(statement, env)
        results = interleave(
            {stmt: functools.partial(_ms, stmt, facts, env) for stmt in statements}, rounds
        )
    baseline_ms = results[BASELINE]
    rows = []
    for id, statement in SUBJECTS.items():
        subject_ms = results[statement]
        added = [s - b for s, b in zip(subject_ms, baseline_ms, strict=True)]
        added_median = sorted(added)[len(added) // 2]
        last = facts[statement]
        models = last["models"]
        assert isinstance(models, list)
        built = row(
            id,
            f"`{statement}`",
            f"`{BASELINE}`",
            "ms",
            subject_ms,
            baseline_ms,
            notes=(
                f"adds {added_median:+.1f} ms (target <= +{TARGET_ADDED_MS:g} ms); "
                f"loads {len(models)} model modules; fake server loaded: {last['testing']}; "
                f"httpx loaded: {last['httpx']}"
            ),
            extra={"added_ms": added, "models_loaded": models, "testing_loaded": last["testing"]},
        )
        passed = added_median <= TARGET_ADDED_MS and not last["testing"]
        rows.append(replace(built, target=f"<= +{TARGET_ADDED_MS:g} ms", passed=passed))
    return rows
