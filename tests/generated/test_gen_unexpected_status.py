"""Statuses outside the spec (and outside the IANA registry) do not crash the operations."""

from __future__ import annotations

import httpx
import pytest

from posthog_experiments_client._generated import errors
from posthog_experiments_client._generated.client import AuthenticatedClient

from ._operations import OPERATION_IDS, OPERATIONS, Operation
from ._support import StubServer

HTML_ERROR_PAGE = (
    b"<!DOCTYPE html><html><head><title>posthog.test | 520: Web server is returning an unknown"
    b" error</title></head><body><h1>Web server is returning an unknown error</h1></body></html>"
)

BODIES = [
    pytest.param(HTML_ERROR_PAGE, "text/html; charset=UTF-8", id="html"),
    pytest.param(b"", None, id="empty"),
]
STATUSES = [520, 499]


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("content", "content_type"), BODIES)
@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_sync_detailed(
    op: Operation,
    status: int,
    content: bytes,
    content_type: str | None,
    client: AuthenticatedClient,
    stub: StubServer,
) -> None:
    stub.respond_raw(status, content, content_type)

    response = op.module.sync_detailed(*op.call_args("1"), client=client, **op.kwargs)

    assert response.status_code == status
    assert type(response.status_code) is int
    assert response.parsed is None
    assert response.content == content
    if content_type:
        assert response.headers["content-type"] == content_type
    assert op.module.sync(*op.call_args("1"), client=client, **op.kwargs) is None
    assert len(stub.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("content", "content_type"), BODIES)
@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
async def test_asyncio_detailed(
    op: Operation,
    status: int,
    content: bytes,
    content_type: str | None,
    client: AuthenticatedClient,
    stub: StubServer,
) -> None:
    stub.respond_raw(status, content, content_type)

    async with client:
        response = await op.module.asyncio_detailed(*op.call_args("1"), client=client, **op.kwargs)
        parsed = await op.module.asyncio(*op.call_args("1"), client=client, **op.kwargs)

    assert response.status_code == status
    assert type(response.status_code) is int
    assert response.parsed is None
    assert response.content == content
    assert parsed is None
    assert len(stub.requests) == 2


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_raise_on_unexpected_status_reports_520(op: Operation, stub: StubServer) -> None:
    api = AuthenticatedClient(
        base_url="https://posthog.test",
        token="t",
        raise_on_unexpected_status=True,
        httpx_args={"transport": httpx.MockTransport(stub)},
    )
    stub.respond_raw(520, HTML_ERROR_PAGE, "text/html")
    with api, pytest.raises(errors.UnexpectedStatus) as caught:
        op.module.sync_detailed(*op.call_args("1"), client=api, **op.kwargs)
    assert caught.value.status_code == 520
    assert caught.value.content == HTML_ERROR_PAGE
