"""Bugs the fuzzer found in the façade, kept as explicit examples so that they stay fixed.

Each was an exception other than ResponseValidationError escaping a façade method, or a method
returning something other than its documented type, for a 2xx body that is not the documented
shape. The explicit ``@example`` is the input that failed; the strategy around it looks for its
neighbours. Every test runs the sync client and the async client on asyncio and on trio.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import anyio
from hypothesis import example, given
from hypothesis import strategies as st

from posthog_experiments_client import ResponseValidationError

from . import _corpus
from ._facade import OPERATIONS, Server, check_result
from ._mutations import Case
from ._settings import FUZZ


def _survives(operation: str, case: Case) -> None:
    """The sync and async calls return the documented type or raise ResponseValidationError."""
    op = OPERATIONS[operation]
    with Server(case).sync_client() as client, contextlib.suppress(ResponseValidationError):
        check_result(op, op.call(client))

    async def main() -> None:
        async with Server(case).async_client() as aclient:
            with contextlib.suppress(ResponseValidationError):
                check_result(op, await op.acall(aclient))

    for backend in ("asyncio", "trio"):
        anyio.run(main, backend=backend)


def _page(**fields: Any) -> Case:
    body = {"count": 3, "next": None, "previous": None, "results": _corpus.experiments()[:1]}
    body.update(fields)
    return Case(200, "application/json", json.dumps(body).encode())


_LINK = "https://us.posthog.com/api/projects/1/experiments/?limit=2&offset=2"


@FUZZ
@given(case=st.text(max_size=20).map(lambda tail: _page(next="http://[" + tail)))
@example(case=_page(next="http://["))
@example(case=_page(next="https://[::1/api/projects/1/experiments/?offset=2"))
def test_regression_next_link_that_is_not_a_url(case: Case) -> None:
    """A ``next`` link that urlsplit() refuses raised ValueError from the pager."""
    _survives("list", case)


@FUZZ
@given(
    case=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF).map(
        lambda s: _page(next=f"{_LINK}&search={s}")
    )
)
@example(case=_page(next=_LINK + "&search=\ud800"))
@example(case=_page(next="https://us.posthog.com/?offset=2&\udfff=1"))
def test_regression_next_link_that_is_not_utf8(case: Case) -> None:
    """A ``next`` link holding a lone surrogate (valid JSON) raised UnicodeEncodeError
    while the next request was built."""
    _survives("list", case)


@FUZZ
@given(case=st.integers(0, 10**6).map(lambda count: _page(count=count, results=None)))
@example(case=_page(results=None))
def test_regression_page_with_null_results(case: Case) -> None:
    """A page with ``results: null`` raised TypeError while iterating."""
    _survives("list", case)


@FUZZ
@given(case=st.integers(1, 3).map(lambda n: _page(results=[None] * n)))
@example(case=_page(results=[None]))
def test_regression_page_with_null_items(case: Case) -> None:
    """A page with ``results: [null]`` yielded None instead of an Experiment."""
    _survives("list", case)


@FUZZ
@given(case=st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
@example(case={})
def test_regression_null_exposure_cohort(case: dict[str, Any]) -> None:
    """``{"cohort": null}`` made create_exposure_cohort() return None instead of a Cohort."""
    body = {**case, "cohort": None}
    _survives("create_exposure_cohort", Case(201, "application/json", json.dumps(body).encode()))
