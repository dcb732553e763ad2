"""The façade calls under test, and the serving of one canned response to them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from posthog_experiments_client import (
    AsyncExperimentsClient,
    Cohort,
    Experiment,
    ExperimentsClient,
)

from . import _corpus
from ._mutations import Case

API_KEY = "phx_fuzz_key_0123456789"
HOST = "https://us.posthog.com"
MAX_REQUESTS = 6  # a pager that has not stopped by then never will


@dataclass(frozen=True)
class Operation:
    """One façade method: how to call it (sync and async), and what it must return."""

    name: str
    corpus: Callable[[], list[Any]]
    call: Callable[[ExperimentsClient], Any]
    acall: Callable[[AsyncExperimentsClient], Awaitable[Any]]
    returns: type | tuple[type, ...]


async def _alist(client: AsyncExperimentsClient) -> list[Any]:
    return [item async for item in client.list(page_size=2)]


OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in [
        Operation("get", _corpus.experiments, lambda c: c.get(1), lambda c: c.get(1), Experiment),
        Operation(
            "list",
            _corpus.pages,
            lambda c: list(c.list(page_size=2)),
            _alist,
            list,
        ),
        Operation(
            "create",
            _corpus.experiments,
            lambda c: c.create(name="n", feature_flag_key="k"),
            lambda c: c.create(name="n", feature_flag_key="k"),
            Experiment,
        ),
        Operation(
            "duplicate",
            _corpus.experiments,
            lambda c: c.duplicate(1),
            lambda c: c.duplicate(1),
            Experiment,
        ),
        Operation(
            "create_exposure_cohort",
            _corpus.cohort_responses,
            lambda c: c.create_exposure_cohort(1),
            lambda c: c.create_exposure_cohort(1),
            Cohort,
        ),
        Operation(
            "requires_flag_implementation",
            _corpus.flag_responses,
            lambda c: c.requires_flag_implementation(events=[{"id": "$pageview"}]),
            lambda c: c.requires_flag_implementation(events=[{"id": "$pageview"}]),
            bool,
        ),
    ]
}


class Server:
    """Answers every request with the same canned response, and counts the requests."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert len(self.requests) <= MAX_REQUESTS, "the pager does not stop"
        headers = {} if self.case.content_type is None else {"content-type": self.case.content_type}
        return httpx.Response(self.case.status, content=self.case.body, headers=headers)

    def sync_client(self) -> ExperimentsClient:
        return ExperimentsClient(
            api_key=API_KEY, project_id=1, host=HOST, transport=httpx.MockTransport(self)
        )

    def async_client(self) -> AsyncExperimentsClient:
        return AsyncExperimentsClient(
            api_key=API_KEY, project_id=1, host=HOST, transport=httpx.MockTransport(self)
        )


def check_result(operation: Operation, result: Any) -> None:
    """A successful call returned the documented type (every item, for a list)."""
    assert isinstance(result, operation.returns), (
        f"{operation.name} returned {type(result).__name__} {result!r:.200}"
    )
    if isinstance(result, list):
        for item in result:
            assert isinstance(item, Experiment), f"list yielded {type(item).__name__} {item!r:.80}"
