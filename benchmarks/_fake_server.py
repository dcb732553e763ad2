"""Run ``FakePostHog`` over a loopback socket in a child process, for B4 and B5.

A separate process keeps the fake's CPU and allocations out of the client's measurements:
tracemalloc in the benchmark process then counts only the client side (B4), and the fake does
not compete with the client for the GIL (B5). The child prints one JSON line (base URL, key,
project id, experiment ids) and serves until its standard input is closed.

Run by hand: ``python -m benchmarks._fake_server --seeded 2000 --full 10``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._bodies import experiment

ROOT = Path(__file__).resolve().parents[1]

# The writable fields of the realistic experiment, to create full experiments through the API.
_FULL_FIELDS = (
    "description",
    "parameters",
    "metrics",
    "metrics_secondary",
    "exposure_criteria",
    "stats_config",
    "primary_metrics_ordered_uuids",
    "secondary_metrics_ordered_uuids",
    "filters",
    "secondary_metrics",
)


@dataclass(frozen=True)
class Served:
    """Where the child serves, and what it holds."""

    base_url: str
    api_key: str
    project_id: int
    ids: list[int]


def _serve(seeded: int, full: int) -> None:
    from posthog_experiments_client.testing import FakePostHog

    fake = FakePostHog(rate_limits=False)
    ids = fake.seed_experiments(seeded) if seeded else []
    body = experiment()
    fields: dict[str, Any] = {name: body[name] for name in _FULL_FIELDS}
    fields["allow_unknown_events"] = True  # 2026 refuses events this fake never ingested
    for number in range(full):
        ids.append(fake.add_experiment(f"Checkout flow {number}", **fields))
    with fake.serve() as base_url:
        info = {
            "base_url": base_url,
            "api_key": fake.api_key,
            "project_id": fake.project_id,
            "ids": ids,
        }
        print(json.dumps(info), flush=True)
        sys.stdin.read()  # until the parent closes our stdin


@contextmanager
def fake_server(*, seeded: int = 0, full: int = 0) -> Iterator[Served]:
    """Start a child process serving a fake with ``seeded`` minimal and ``full`` full experiments.

    Args:
        seeded: Experiments created with ``seed_experiments`` (fast, minimal bodies).
        full: Experiments created through the API rules with metrics, parameters, etc.

    Yields:
        Where it serves.
    """
    command = [sys.executable, "-m", "benchmarks._fake_server", f"--seeded={seeded}"]
    command.append(f"--full={full}")
    with subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    ) as child:
        assert child.stdout is not None
        assert child.stdin is not None
        try:
            line = child.stdout.readline()
            if not line:
                raise RuntimeError(f"fake server exited with {child.wait()}")
            info = json.loads(line)
            yield Served(info["base_url"], info["api_key"], info["project_id"], info["ids"])
        finally:
            child.stdin.close()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()


def main() -> None:
    """Entry point of the child process."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeded", type=int, default=0)
    parser.add_argument("--full", type=int, default=0)
    args = parser.parse_args()
    _serve(args.seeded, args.full)


if __name__ == "__main__":
    main()
