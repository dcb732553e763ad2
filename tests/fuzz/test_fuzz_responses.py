"""Broken 2xx responses through the façade: a model or ResponseValidationError, nothing else.

Each example serves one mutated body (see ``_mutations.py``) with status 200 or 201 from an
``httpx.MockTransport`` to one façade method, sync or async (asyncio and trio). The call must
return the documented type or raise ``ResponseValidationError``; any other exception fails.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posthog_experiments_client import ResponseValidationError

from ._facade import OPERATIONS, Operation, Server, check_result
from ._mutations import mutated_responses
from ._settings import FUZZ

NAMES = sorted(OPERATIONS)


def _check(op: Operation, outcome: object, server: Server) -> None:
    """A ResponseValidationError keeps the whole body; anything else is the documented type."""
    if isinstance(outcome, ResponseValidationError):
        assert outcome.response.content == server.case.body
        assert outcome.response.status_code == server.case.status
    else:
        check_result(op, outcome)


CASES = {name: mutated_responses(OPERATIONS[name].corpus()) for name in NAMES}


@pytest.mark.parametrize("operation", NAMES)
@FUZZ
@given(data=st.data())
def test_sync_call_survives_broken_response(operation: str, data: st.DataObject) -> None:
    case = data.draw(CASES[operation], label="response")
    op = OPERATIONS[operation]
    server = Server(case)
    with server.sync_client() as client:
        try:
            result = op.call(client)
        except ResponseValidationError as exc:
            error: ResponseValidationError | None = exc
        else:
            error = None
    _check(op, result if error is None else error, server)


@pytest.mark.anyio
@pytest.mark.parametrize("operation", NAMES)
@FUZZ
@given(data=st.data())
async def test_async_call_survives_broken_response(operation: str, data: st.DataObject) -> None:
    case = data.draw(CASES[operation], label="response")
    op = OPERATIONS[operation]
    server = Server(case)
    async with server.async_client() as client:
        try:
            result = await op.acall(client)
        except ResponseValidationError as exc:
            error: ResponseValidationError | None = exc
        else:
            error = None
    _check(op, result if error is None else error, server)
