"""Run ``FakePostHog`` over a loopback socket in a child process, for B4, B5 and B6.

A separate process keeps the fake's CPU and allocations out of the client's measurements:
tracemalloc in the benchmark process then counts only the client side (B4), and the fake does
not compete with the client for the GIL (B5). The child prints one JSON line (base URL, key,
project id, experiment ids) and serves until its standard input is closed.

For B6 it also holds an experiment with ``--results-metrics`` metrics and seeded data for each,
its id last in ``ids``, and holds every query request for ``--query-delay`` seconds.

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


def _results_experiment(fake: Any, metrics: int, delay: float) -> int:
    """An experiment with ``metrics`` mean metrics, data for each, every query slowed alike."""
    from posthog_experiments_client.testing import Fault, simulate_experiment

    uuids = [f"bench-metric-{n}" for n in range(metrics)]
    source = {"kind": "EventsNode", "event": "purchase"}
    experiment_id: int = fake.add_experiment(
        "Results",
        metrics=[
            {"kind": "ExperimentMetric", "metric_type": "mean", "uuid": u, "source": source}
            for u in uuids
        ],
        start_date="2026-01-01T00:00:00Z",
        allow_unknown_events=True,
    )
    simulated = simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000, seed=7
    )
    for uuid in uuids:
        fake.set_metric_data(experiment_id, uuid, simulated.mean)
    fake.set_exposures(experiment_id, simulated.exposures)
    fake.faults.add(Fault("POST", "*/query/", times=10**9, delay=delay, process=True))
    return experiment_id


def _serve(seeded: int, full: int, results_metrics: int = 0, query_delay: float = 0.0) -> None:
    from posthog_experiments_client.testing import FakePostHog

    fake = FakePostHog(rate_limits=False)
    ids = fake.seed_experiments(seeded) if seeded else []
    body = experiment()
    fields: dict[str, Any] = {name: body[name] for name in _FULL_FIELDS}
    fields["allow_unknown_events"] = True  # 2026 refuses events this fake never ingested
    for number in range(full):
        ids.append(fake.add_experiment(f"Checkout flow {number}", **fields))
    if results_metrics:
        ids.append(_results_experiment(fake, results_metrics, query_delay))
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
def fake_server(
    *, seeded: int = 0, full: int = 0, results_metrics: int = 0, query_delay: float = 0.0
) -> Iterator[Served]:
    """Start a child process serving a fake with ``seeded`` minimal and ``full`` full experiments.

    Args:
        seeded: Experiments created with ``seed_experiments`` (fast, minimal bodies).
        full: Experiments created through the API rules with metrics, parameters, etc.
        results_metrics: Also an experiment with this many metrics and their data (last id).
        query_delay: Seconds every query request is held before its answer.

    Yields:
        Where it serves.
    """
    command = [sys.executable, "-m", "benchmarks._fake_server", f"--seeded={seeded}"]
    command.append(f"--full={full}")
    command += [f"--results-metrics={results_metrics}", f"--query-delay={query_delay}"]
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
    parser.add_argument("--results-metrics", type=int, default=0)
    parser.add_argument("--query-delay", type=float, default=0.0)
    args = parser.parse_args()
    _serve(args.seeded, args.full, args.results_metrics, args.query_delay)


if __name__ == "__main__":
    main()
