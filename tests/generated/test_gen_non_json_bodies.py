"""Non-JSON bodies on documented statuses: an error page parses to None, a 2xx raises a shape error."""

from __future__ import annotations

import pytest

from posthog_experiments_client._generated.api.experiments import (
    experiments_create,
    experiments_list,
    experiments_retrieve,
)
from posthog_experiments_client._generated.client import AuthenticatedClient
from posthog_experiments_client._generated.models import ExperimentCreate
from posthog_experiments_client._generated.types import ResponseShapeError

from ._support import StubServer

HTML = b"<html><body>Bad things</body></html>"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 429])
def test_an_html_error_page_parses_to_none(
    status: int, client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_raw(status, HTML, "text/html")
    detailed = experiments_retrieve.sync_detailed("1", 5, client=client)
    assert detailed.status_code == status
    assert detailed.parsed is None
    assert detailed.content == HTML
    stub.respond_raw(status, b"", None)
    assert experiments_list.sync(project_id="1", client=client) is None


@pytest.mark.anyio
async def test_a_2xx_that_is_not_json_raises_a_shape_error(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_raw(201, HTML, "text/html")
    with pytest.raises(ResponseShapeError, match="201 response body is not valid JSON"):
        await experiments_create.asyncio_detailed(
            "1", client=client, body=ExperimentCreate(name="n", feature_flag_key="k")
        )
    stub.respond_raw(200, b"\xff\xfe", None)
    with pytest.raises(ResponseShapeError, match="not valid JSON"):
        experiments_retrieve.sync("1", 5, client=client)
