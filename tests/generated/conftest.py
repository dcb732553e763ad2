from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from posthog_experiments_client._generated.client import AuthenticatedClient

from ._support import BASE_URL, TOKEN, StubServer


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def stub() -> StubServer:
    return StubServer()


@pytest.fixture
def client(stub: StubServer) -> Iterator[AuthenticatedClient]:
    """A client whose sync and async httpx clients both go to ``stub``."""
    api = AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(stub)}
    )
    yield api
    # Close what the test opened (the async side is closed by the async tests themselves).
    api.get_httpx_client().close()
