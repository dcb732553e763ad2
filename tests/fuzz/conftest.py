"""Fixtures of the fuzz tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import posthog_experiments_client


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Run every async fuzz test on both event loops."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_retry_sleeps() -> Iterator[None]:
    posthog_experiments_client.set_testing(True)
    yield
    posthog_experiments_client.set_testing(False)
