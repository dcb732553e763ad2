"""Hypothesis-generated arguments to ``create`` and ``update`` against the fake PostHog.

Each call must end in one of three ways:

* PostHog accepts it: exactly one request was sent, its body is valid UTF-8 JSON (no NaN or
  Infinity) holding the given fields, and an ``Experiment`` came back;
* ``InvalidArgumentError`` naming an argument that was passed, raised before anything was sent
  (the transport saw no request);
* PostHog's own 400 (``BadRequestError``) for a request it refuses, after exactly one complete
  request.

Anything else (another exception, a half-sent or unparseable request) fails the test.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from posthog_experiments_client import (
    AsyncExperimentsClient,
    BadRequestError,
    Experiment,
    ExperimentsClient,
    InvalidArgumentError,
    NotFoundError,
)
from posthog_experiments_client.testing import FakePostHog

from ._arguments import create_kwargs, update_kwargs
from ._settings import FUZZ


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests on to the fake, keeping each one, body read in full."""

    def __init__(self, inner: httpx.MockTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)


def _reject_constant(name: str) -> Any:
    raise AssertionError(f"the request body holds {name}, which is not JSON")


def _sent_body(request: httpx.Request) -> dict[str, Any]:
    assert request.headers["content-type"] == "application/json"
    text = request.content.decode("utf-8")  # strict: fails on anything that is not UTF-8
    body = json.loads(text, parse_constant=_reject_constant)
    assert isinstance(body, dict)
    return body


# The JSON key each keyword argument is sent as.
_WIRE_NAMES = {"type": "type"}


def check_outcome(
    kwargs: dict[str, Any], recorder: Recorder, result: Any, error: BaseException | None
) -> None:
    """Assert that the call ended in one of the three allowed ways (see module docstring)."""
    if isinstance(error, InvalidArgumentError):
        assert recorder.requests == [], "InvalidArgumentError after a request was sent"
        message = str(error)
        assert any(name in message for name in kwargs), f"{message!r} names no argument"
        return
    assert len(recorder.requests) == 1, f"{len(recorder.requests)} requests sent"
    body = _sent_body(recorder.requests[0])
    assert set(body) <= {_WIRE_NAMES.get(k, k) for k in kwargs}, "a field nobody passed was sent"
    if isinstance(error, (BadRequestError, NotFoundError)):
        assert error.status_code in (400, 404)
        return
    if error is not None:
        raise error
    assert isinstance(result, Experiment)


def _fake() -> tuple[FakePostHog, Recorder, int]:
    fake = FakePostHog(rate_limits=False)
    fake.add_holdout("Holdout")  # holdout_id 1 exists, 2 does not
    existing = fake.add_experiment("Existing", "existing-flag")
    return fake, Recorder(fake.transport()), existing


def _sync_client(fake: FakePostHog, recorder: Recorder) -> ExperimentsClient:
    return ExperimentsClient(
        api_key=fake.api_key,
        project_id=fake.project_id,
        host="https://posthog.test",
        transport=recorder,
        max_retries=0,
    )


def _async_client(fake: FakePostHog, recorder: Recorder) -> AsyncExperimentsClient:
    return AsyncExperimentsClient(
        api_key=fake.api_key,
        project_id=fake.project_id,
        host="https://posthog.test",
        transport=recorder,
        max_retries=0,
    )


def _call_sync(method: str, kwargs: dict[str, Any]) -> None:
    fake, recorder, existing = _fake()
    result: Any = None
    error: BaseException | None = None
    with _sync_client(fake, recorder) as client:
        try:
            if method == "create":
                result = client.create(**kwargs)
            else:
                result = client.update(existing, **kwargs)
        except (InvalidArgumentError, BadRequestError, NotFoundError) as exc:
            error = exc
    check_outcome(kwargs, recorder, result, error)
    assert fake.internal_errors == []


@FUZZ
@given(kwargs=create_kwargs)
def test_sync_create_with_generated_arguments(kwargs: dict[str, Any]) -> None:
    _call_sync("create", kwargs)


@FUZZ
@given(kwargs=update_kwargs)
def test_sync_update_with_generated_arguments(kwargs: dict[str, Any]) -> None:
    _call_sync("update", kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize("method", ["create", "update"])
@FUZZ
@given(data=st.data())
async def test_async_create_and_update_with_generated_arguments(
    method: str, data: st.DataObject
) -> None:
    kwargs = data.draw(create_kwargs if method == "create" else update_kwargs, label="kwargs")
    fake, recorder, existing = _fake()
    result: Any = None
    error: BaseException | None = None
    async with _async_client(fake, recorder) as client:
        try:
            if method == "create":
                result = await client.create(**kwargs)
            else:
                result = await client.update(existing, **kwargs)
        except (InvalidArgumentError, BadRequestError, NotFoundError) as exc:
            error = exc
    check_outcome(kwargs, recorder, result, error)
    assert fake.internal_errors == []


@FUZZ
@given(
    id=st.one_of(
        st.integers(-3, 10), st.integers(min_value=2**31), st.booleans(), st.floats(), st.text()
    )
)
def test_sync_update_with_generated_ids(id: Any) -> None:
    fake, recorder, _ = _fake()
    outcome: object
    with _sync_client(fake, recorder) as client:
        try:
            outcome = client.update(id, name="renamed")
        except (InvalidArgumentError, NotFoundError) as exc:
            outcome = exc
    if isinstance(outcome, InvalidArgumentError):
        assert recorder.requests == []
        assert "id" in str(outcome)
    elif isinstance(outcome, NotFoundError):
        assert len(recorder.requests) == 1
    else:
        assert isinstance(outcome, Experiment)
