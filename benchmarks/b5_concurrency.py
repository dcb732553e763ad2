"""B5: concurrency over a real socket: 200 concurrent async ``get()``, and 8 threads sharing
one sync client.

The fake serves from a child process over loopback (``_fake_server``), holding experiments with
full bodies (metrics, parameters, ...). One client is created per side and reused across rounds,
as an application would; a warm-up burst opens the connections first.

* Async: one ``AsyncExperimentsClient`` runs 200 ``get()`` at once (``asyncio.gather``) against a
  raw ``httpx.AsyncClient`` doing the same GETs plus ``json.loads``. Throughput is requests per
  second of wall time. Every result is checked (right id), and every exception is counted: the
  target also requires no pool errors. The CPU time this process spent per request is reported
  too, because with the fake on the other core the wall-clock ratio can hide client cost.
* Threads: one ``ExperimentsClient`` shared by 8 threads, each doing sequential ``get()`` calls,
  against one shared ``httpx.Client``. The results are checked: each thread must get the
  experiment it asked for, with no exception.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import httpx

from ._fake_server import Served, fake_server
from ._harness import Row, async_interleave, interleave, row

TARGET = 0.9
CONCURRENCY = 200
THREADS = 8


class Tally:
    """Errors and wrong results seen by one side."""

    def __init__(self) -> None:
        self.errors: dict[str, int] = {}
        self.wrong = 0

    def error(self, exc: BaseException) -> None:
        name = type(exc).__name__
        self.errors[name] = self.errors.get(name, 0) + 1

    def summary(self) -> str:
        errors = ", ".join(f"{k} x{v}" for k, v in sorted(self.errors.items())) or "none"
        return f"errors: {errors}; wrong results: {self.wrong}"

    @property
    def clean(self) -> bool:
        return not self.errors and not self.wrong


def _path(served: Served, id: int) -> str:
    return f"/api/projects/{served.project_id}/experiments/{id}/"


async def _burst(
    get: Callable[[int], Any], ids: list[int], count: int, tally: Tally
) -> tuple[float, float]:
    """``count`` concurrent gets; returns (wall seconds, process CPU seconds)."""
    wanted = [ids[i % len(ids)] for i in range(count)]
    cpu, wall = time.process_time(), time.perf_counter()
    results = await asyncio.gather(*(get(id) for id in wanted), return_exceptions=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for id, result in zip(wanted, results, strict=True):
        if isinstance(result, BaseException):
            tally.error(result)
        elif result != id:
            tally.wrong += 1
    return wall, cpu


def run_async(served: Served, *, quick: bool) -> list[Row]:
    """200 concurrent ``get()`` on one AsyncExperimentsClient vs raw httpx.AsyncClient."""
    from posthog_experiments_client import AsyncExperimentsClient

    count, rounds = (10, 2) if quick else (CONCURRENCY, 15)
    tallies = {"subject": Tally(), "baseline": Tally()}
    cpu: dict[str, list[float]] = {"subject": [], "baseline": []}
    auth = {"Authorization": f"Bearer {served.api_key}"}

    async def main() -> dict[str, list[float]]:
        async with (
            AsyncExperimentsClient(
                api_key=served.api_key, project_id=served.project_id, host=served.base_url
            ) as client,
            httpx.AsyncClient(base_url=served.base_url, headers=auth) as http,
        ):

            async def subject_get(id: int) -> int:
                return (await client.get(id)).id

            async def baseline_get(id: int) -> int:
                response = await http.get(_path(served, id))
                response.raise_for_status()
                result: int = json.loads(response.content)["id"]
                return result

            async def measure(side: str, get: Callable[[int], Any]) -> float:
                wall, used = await _burst(get, served.ids, count, tallies[side])
                cpu[side].append(used / count * 1e6)
                return count / wall

            warm = Tally()  # the warm-up opens the pools' connections; its errors count too
            await _burst(subject_get, served.ids, count, warm)
            await _burst(baseline_get, served.ids, count, warm)
            if not warm.clean:
                tallies["subject"].errors["warm-up"] = 1
            return await async_interleave(
                {
                    "subject": lambda: measure("subject", subject_get),
                    "baseline": lambda: measure("baseline", baseline_get),
                },
                rounds,
            )

    results = asyncio.run(main())
    clean = tallies["subject"].clean and tallies["baseline"].clean
    throughput = row(
        "B5 async",
        f"{count} concurrent `AsyncExperimentsClient.get()`",
        "raw `httpx.AsyncClient.get()` + `json.loads`",
        "req/s",
        results["subject"],
        results["baseline"],
        min_ratio=TARGET,
        notes=(
            f"asyncio, fake in a child process over loopback; {rounds} rounds; "
            f"client {tallies['subject'].summary()}; raw {tallies['baseline'].summary()}"
        ),
        extra={
            "subject_errors": tallies["subject"].errors,
            "baseline_errors": tallies["baseline"].errors,
        },
    )
    if not clean:
        throughput = replace(throughput, passed=False)
    cpu_row = row(
        "B5 async CPU",
        "client-process CPU per request, same bursts",
        "the same for raw httpx",
        "us CPU/req",
        cpu["subject"],
        cpu["baseline"],
        notes="reference only: what the wall-clock ratio hides when the fake is the bottleneck",
    )
    return [throughput, cpu_row]


def run_threads(served: Served, *, quick: bool) -> Row:
    """One ExperimentsClient shared by 8 threads vs one shared httpx.Client."""
    from posthog_experiments_client import ExperimentsClient

    per_thread, rounds = (3, 2) if quick else (50, 9)
    tallies = {"subject": Tally(), "baseline": Tally()}
    auth = {"Authorization": f"Bearer {served.api_key}"}
    with (
        ExperimentsClient(
            api_key=served.api_key, project_id=served.project_id, host=served.base_url
        ) as client,
        httpx.Client(base_url=served.base_url, headers=auth) as http,
        ThreadPoolExecutor(THREADS) as pool,
    ):

        def subject_get(id: int) -> int:
            return client.get(id).id

        def baseline_get(id: int) -> int:
            response = http.get(_path(served, id))
            response.raise_for_status()
            result: int = json.loads(response.content)["id"]
            return result

        def worker(get: Callable[[int], int], offset: int, tally: Tally) -> None:
            for step in range(per_thread):
                id = served.ids[(offset * per_thread + step) % len(served.ids)]
                try:
                    if get(id) != id:
                        tally.wrong += 1
                except Exception as exc:  # counted, and reported in the row
                    tally.error(exc)

        def measure(side: str, get: Callable[[int], int]) -> float:
            started = time.perf_counter()
            futures = [pool.submit(worker, get, n, tallies[side]) for n in range(THREADS)]
            for future in futures:
                future.result()
            return THREADS * per_thread / (time.perf_counter() - started)

        measure("subject", subject_get)  # warm-up
        measure("baseline", baseline_get)
        results = interleave(
            {
                "subject": lambda: measure("subject", subject_get),
                "baseline": lambda: measure("baseline", baseline_get),
            },
            rounds,
        )
    built = row(
        "B5 threads",
        f"`ExperimentsClient` shared by {THREADS} threads, {per_thread} `get()` each",
        f"one `httpx.Client` shared by {THREADS} threads",
        "req/s",
        results["subject"],
        results["baseline"],
        notes=(
            f"target: safe to share (no error, every thread gets its own experiment); "
            f"client {tallies['subject'].summary()}; raw {tallies['baseline'].summary()}"
        ),
    )
    clean = tallies["subject"].clean and tallies["baseline"].clean
    return replace(built, target="0 errors, right results", passed=clean)


def run(*, quick: bool) -> list[Row]:
    """All rows of B5."""
    with fake_server(full=10 if quick else 50) as served:
        return [*run_async(served, quick=quick), run_threads(served, quick=quick)]
