from __future__ import annotations

from collections.abc import Iterator

import pytest

import posthog_experiments_client as pec


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_retry_sleeps() -> Iterator[None]:
    pec.set_testing(True)
    yield
    pec.set_testing(False)
