"""B6: ``results()`` for an experiment with 10 metrics, against the socket fake with every query
slowed by the same delay, compared with the time of one query.

The fake serves from a child process over loopback (``_fake_server``) and holds each query
request (``POST .../query/``) for the same delay, as a slow PostHog would. ``results()`` sends
the 10 metric queries and the exposure query at once (after fetching the experiment), so it
should take about one query's time, not eleven. The baseline is one such query sent with raw
httpx. Both clients are measured; every ``results()`` is checked (every slot filled, no error).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace
from typing import Any

import httpx

from ._fake_server import Served, fake_server
from ._harness import Row, async_interleave, interleave, row

TARGET = 1.5
METRICS = 10


def _query_body(served: Served, experiment: dict[str, Any]) -> dict[str, Any]:
    metric = experiment["metrics"][0]
    return {"query": {"kind": "ExperimentQuery", "experiment_id": served.ids[-1], "metric": metric}}


def _check(results: Any, problems: list[str]) -> None:
    if len(results.primary) != METRICS or results.errors:
        problems.append(f"{len(results.primary)} metrics, errors: {results.errors!r}")


def run_sync(served: Served, rounds: int) -> Row:
    """``ExperimentsClient.results()`` vs one raw query."""
    from posthog_experiments_client import ExperimentsClient

    experiment_id = served.ids[-1]
    problems: list[str] = []
    auth = {"Authorization": f"Bearer {served.api_key}"}
    query_path = f"/api/environments/{served.project_id}/query/"
    with (
        ExperimentsClient(
            api_key=served.api_key, project_id=served.project_id, host=served.base_url
        ) as client,
        httpx.Client(base_url=served.base_url, headers=auth, timeout=60) as http,
    ):
        body = _query_body(served, client.get(experiment_id).to_dict())

        def subject() -> float:
            started = time.perf_counter()
            _check(client.results(experiment_id), problems)
            return time.perf_counter() - started

        def baseline() -> float:
            started = time.perf_counter()
            http.post(query_path, json=body).raise_for_status()
            return time.perf_counter() - started

        subject(), baseline()  # warm-up: open the connections
        results = interleave({"subject": subject, "baseline": baseline}, rounds)
    return _row("B6 sync", "`ExperimentsClient.results()`", results, problems)


def run_async(served: Served, rounds: int) -> Row:
    """``AsyncExperimentsClient.results()`` vs one raw query."""
    from posthog_experiments_client import AsyncExperimentsClient

    experiment_id = served.ids[-1]
    problems: list[str] = []
    auth = {"Authorization": f"Bearer {served.api_key}"}
    query_path = f"/api/environments/{served.project_id}/query/"

    async def main() -> dict[str, list[float]]:
        async with (
            AsyncExperimentsClient(
                api_key=served.api_key, project_id=served.project_id, host=served.base_url
            ) as client,
            httpx.AsyncClient(base_url=served.base_url, headers=auth, timeout=60) as http,
        ):
            body = _query_body(served, (await client.get(experiment_id)).to_dict())

            async def subject() -> float:
                started = time.perf_counter()
                _check(await client.results(experiment_id), problems)
                return time.perf_counter() - started

            async def baseline() -> float:
                started = time.perf_counter()
                (await http.post(query_path, json=body)).raise_for_status()
                return time.perf_counter() - started

            await subject()
            await baseline()
            return await async_interleave({"subject": subject, "baseline": baseline}, rounds)

    return _row("B6 async", "`AsyncExperimentsClient.results()`", asyncio.run(main()), problems)


def _row(id: str, what: str, results: dict[str, list[float]], problems: list[str]) -> Row:
    built = row(
        id,
        f"{what}, {METRICS} metrics + exposures, each query slowed alike",
        "one raw `httpx` query with the same delay",
        "s",
        results["subject"],
        results["baseline"],
        max_ratio=TARGET,
        notes=(
            f"fake in a child process over loopback; {len(results['subject'])} rounds; "
            f"problems: {'; '.join(problems) or 'none'}"
        ),
    )
    return replace(built, passed=False) if problems else built


def run(*, quick: bool) -> list[Row]:
    """Both rows of B6."""
    delay, rounds = (0.05, 2) if quick else (0.25, 7)
    with fake_server(results_metrics=METRICS, query_delay=delay) as served:
        return [run_sync(served, rounds), run_async(served, rounds)]
