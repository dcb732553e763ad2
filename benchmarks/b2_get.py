"""B2: the cost of one ``get()`` on top of httpx, sync and async, in-process transport.

Both sides send through the same ``httpx.MockTransport`` whose handler returns one pre-built
response body (bytes), so the handler costs the same on both sides. The baseline is what a user
without this client would write: ``httpx.Client.get()`` (with the same auth header) followed by
``json.loads`` of the body. The subject is ``ExperimentsClient.get(id)``, which also checks the
id, builds the request, parses the body into the generated ``Experiment`` model, and keeps its
retry and error bookkeeping. Rounds alternate the order of the two sides.
"""

from __future__ import annotations

import asyncio
import json

import httpx

from ._bodies import experiment_bytes
from ._harness import Row, async_interleave, async_time_per_call, interleave, row, time_per_call

TARGET = 1.3
HOST = "https://us.posthog.com"
API_KEY = "phx_benchmark_key_0123456789"
PROJECT_ID = 1
EXPERIMENT_ID = 90
PATH = f"/api/projects/{PROJECT_ID}/experiments/{EXPERIMENT_ID}/"


def transport() -> httpx.MockTransport:
    """A transport answering every request with the same pre-built Experiment body."""
    body = experiment_bytes(EXPERIMENT_ID)
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(handler)


def _sizes(quick: bool) -> tuple[int, int]:
    """Rounds and calls per round."""
    return (2, 3) if quick else (31, 300)


def run_sync(*, quick: bool) -> Row:
    """``ExperimentsClient.get`` against ``httpx.Client.get`` + ``json.loads``."""
    from posthog_experiments_client import ExperimentsClient

    rounds, calls = _sizes(quick)
    mock = transport()
    auth = {"Authorization": f"Bearer {API_KEY}"}
    with (
        httpx.Client(transport=mock, base_url=HOST, headers=auth) as http,
        ExperimentsClient(
            api_key=API_KEY, project_id=PROJECT_ID, host=HOST, transport=mock
        ) as client,
    ):
        assert client.get(EXPERIMENT_ID).id == json.loads(http.get(PATH).content)["id"]
        results = interleave(
            {
                "baseline": lambda: time_per_call(
                    lambda: json.loads(http.get(PATH).content), calls
                ),
                "subject": lambda: time_per_call(lambda: client.get(EXPERIMENT_ID), calls),
            },
            rounds,
        )
    return row(
        "B2 sync",
        "`ExperimentsClient.get()` -> Experiment",
        "`httpx.Client.get()` + `json.loads`",
        "us/call",
        [s * 1e6 for s in results["subject"]],
        [b * 1e6 for b in results["baseline"]],
        max_ratio=TARGET,
        notes=f"MockTransport, {len(experiment_bytes())} B body; {rounds} rounds x {calls} calls",
    )


def run_async(*, quick: bool) -> Row:
    """``AsyncExperimentsClient.get`` against ``httpx.AsyncClient.get`` + ``json.loads``."""
    from posthog_experiments_client import AsyncExperimentsClient

    rounds, calls = _sizes(quick)
    mock = transport()
    auth = {"Authorization": f"Bearer {API_KEY}"}

    async def main() -> dict[str, list[float]]:
        async with (
            httpx.AsyncClient(transport=mock, base_url=HOST, headers=auth) as http,
            AsyncExperimentsClient(
                api_key=API_KEY, project_id=PROJECT_ID, host=HOST, transport=mock
            ) as client,
        ):

            async def baseline_call() -> object:
                return json.loads((await http.get(PATH)).content)

            async def subject_call() -> object:
                return await client.get(EXPERIMENT_ID)

            await baseline_call()
            await subject_call()
            return await async_interleave(
                {
                    "baseline": lambda: async_time_per_call(baseline_call, calls),
                    "subject": lambda: async_time_per_call(subject_call, calls),
                },
                rounds,
            )

    results = asyncio.run(main())
    return row(
        "B2 async",
        "`AsyncExperimentsClient.get()` -> Experiment",
        "`httpx.AsyncClient.get()` + `json.loads`",
        "us/call",
        [s * 1e6 for s in results["subject"]],
        [b * 1e6 for b in results["baseline"]],
        max_ratio=TARGET,
        notes=f"asyncio, MockTransport; {rounds} rounds x {calls} calls",
    )


def run(*, quick: bool) -> list[Row]:
    """Both rows of B2."""
    return [run_sync(quick=quick), run_async(quick=quick)]
