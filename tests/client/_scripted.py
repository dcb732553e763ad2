"""A scripted transport: each request gets the next scripted answer (a response or an exception),
and every request is recorded. One sync handler serves both the sync and the async client."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

import posthog_experiments_client as pec

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPERIMENT = json.loads((FIXTURES / "docs_experiment.json").read_text())
API_KEY = "phx_secret_key_value_123"

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def experiment(**changes: Any) -> dict[str, Any]:
    return {**EXPERIMENT, **changes}


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


class Script:
    def __init__(self, *answers: Answer, default: Answer | None = None) -> None:
        self.answers = list(answers)
        self.default = default
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if self.answers else self.default
        if answer is None:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        # A fresh copy, so the same scripted answer can serve several clients and attempts.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    @property
    def methods(self) -> list[str]:
        return [r.method for r in self.requests]


def sync_client(script: Script, **options: Any) -> pec.ExperimentsClient:
    return pec.ExperimentsClient(
        **{"api_key": API_KEY, "project_id": 1, **options}, transport=script.transport()
    )


def async_client(script: Script, **options: Any) -> pec.AsyncExperimentsClient:
    return pec.AsyncExperimentsClient(
        **{"api_key": API_KEY, "project_id": 1, **options}, transport=script.transport()
    )


async def call_both(
    script_factory: Callable[[], Script],
    invoke_sync: Callable[[pec.ExperimentsClient], Any],
    invoke_async: Callable[[pec.AsyncExperimentsClient], Awaitable[Any]],
    **options: Any,
) -> list[tuple[Script, BaseException | Any]]:
    """Run the same call on a sync and an async client, each with a fresh script."""
    results: list[tuple[Script, BaseException | Any]] = []
    script = script_factory()
    try:
        results.append((script, invoke_sync(sync_client(script, **options))))
    except BaseException as exc:
        results.append((script, exc))
    script = script_factory()
    try:
        results.append((script, await invoke_async(async_client(script, **options))))
    except BaseException as exc:
        results.append((script, exc))
    return results
