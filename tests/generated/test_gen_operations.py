"""Each generated operation against a stub transport, sync and async."""

from __future__ import annotations

import datetime
import json
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from posthog_experiments_client._generated.api.experiments import (
    experiments_duplicate_create,
    experiments_list,
    experiments_partial_update,
    experiments_retrieve,
)
from posthog_experiments_client._generated.client import AuthenticatedClient
from posthog_experiments_client._generated.models import (
    Error,
    Experiment,
    ExperimentParameters,
    FeatureFlagVariant,
    PatchedExperiment,
)
from posthog_experiments_client._generated.types import Response

from ._operations import NO_BODY, OPERATION_IDS, OPERATIONS, Operation
from ._support import BASE_URL, TOKEN, StubServer, assert_json_identical, experiment_body

PROJECT = "1"


def _answer(stub: StubServer, op: Operation) -> None:
    if op.answer is None:
        stub.respond_raw(op.status, b"")
    else:
        stub.respond_json(op.status, op.answer)


def _check_request(stub: StubServer, op: Operation, project_path: str = PROJECT) -> None:
    assert len(stub.requests) == 1
    request = stub.last
    assert request.method == op.method
    assert request.url.scheme == "https"
    assert request.url.host == "posthog.test"
    assert request.url.raw_path.split(b"?")[0] == op.path.format(project=project_path).encode()
    assert request.url.params.multi_items() == op.query
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    if op.sent_json is NO_BODY:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert_json_identical(json.loads(request.content), op.sent_json)


def _check_detailed(response: Response[Any], op: Operation) -> None:
    assert response.status_code == op.status
    assert isinstance(response.status_code, int)
    _check_parsed(response.parsed, op)
    if op.answer is None:
        assert response.content == b""
    else:
        assert json.loads(response.content) == op.answer


def _check_parsed(parsed: Any, op: Operation) -> None:
    if op.model is None:
        assert parsed is None
    else:
        assert isinstance(parsed, op.model)
        assert_json_identical(parsed.to_dict(), op.answer)


# ---------------------------------------------------------------------- every operation


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_sync_detailed(op: Operation, client: AuthenticatedClient, stub: StubServer) -> None:
    _answer(stub, op)
    response = op.module.sync_detailed(*op.call_args(PROJECT), client=client, **op.kwargs)
    _check_request(stub, op)
    _check_detailed(response, op)


@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_sync(op: Operation, client: AuthenticatedClient, stub: StubServer) -> None:
    _answer(stub, op)
    parsed = op.module.sync(*op.call_args(PROJECT), client=client, **op.kwargs)
    _check_request(stub, op)
    _check_parsed(parsed, op)


@pytest.mark.anyio
@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
async def test_asyncio_detailed(
    op: Operation, client: AuthenticatedClient, stub: StubServer
) -> None:
    _answer(stub, op)
    async with client:
        response = await op.module.asyncio_detailed(
            *op.call_args(PROJECT), client=client, **op.kwargs
        )
    _check_request(stub, op)
    _check_detailed(response, op)


@pytest.mark.anyio
@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
async def test_asyncio(op: Operation, client: AuthenticatedClient, stub: StubServer) -> None:
    _answer(stub, op)
    async with client:
        parsed = await op.module.asyncio(*op.call_args(PROJECT), client=client, **op.kwargs)
    _check_request(stub, op)
    _check_parsed(parsed, op)


@pytest.mark.anyio
async def test_one_stub_serves_sync_and_async(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body())
    sync_exp = experiments_retrieve.sync(PROJECT, 90, client=client)
    async with client:
        async_exp = await experiments_retrieve.asyncio(PROJECT, 90, client=client)
    assert isinstance(sync_exp, Experiment)
    assert isinstance(async_exp, Experiment)
    assert sync_exp.to_dict() == async_exp.to_dict() == experiment_body()
    assert [r.url.raw_path for r in stub.requests] == [b"/api/projects/1/experiments/90/"] * 2


def test_documented_error_status_parses_error(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    body = {
        "type": "validation_error",
        "code": "invalid_input",
        "detail": "Can't update keys: feature_flag_key on Experiment",
        "attr": None,
    }
    stub.respond_json(400, body)
    response = experiments_partial_update.sync_detailed(
        PROJECT, 90, client=client, body=PatchedExperiment(name="x")
    )
    assert response.status_code == 400
    assert isinstance(response.parsed, Error)
    assert response.parsed.code == "invalid_input"
    assert response.parsed.attr is None
    assert_json_identical(response.parsed.to_dict(), body)


# ------------------------------------------------------------------- query parameters


def test_list_without_parameters_sends_no_query(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, {"count": 0, "next": None, "previous": None, "results": []})
    page = experiments_list.sync(PROJECT, client=client)
    assert stub.last.url.query == b""
    assert page is not None
    assert page.to_dict() == {"count": 0, "next": None, "previous": None, "results": []}


def test_list_falsy_parameters_are_still_sent(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, {"count": 0, "results": []})
    experiments_list.sync(
        PROJECT, client=client, limit=0, offset=0, archived=False, search="", created_by_id=0
    )
    assert stub.last.url.params.multi_items() == [
        ("limit", "0"),
        ("offset", "0"),
        ("search", ""),
        ("archived", "false"),
        ("created_by_id", "0"),
    ]


def test_list_passes_an_unlisted_status_filter(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, {"count": 0, "results": []})
    experiments_list.sync(PROJECT, client=client, status="paused")  # type: ignore[arg-type]
    assert stub.last.url.params.multi_items() == [("status", "paused")]


# --------------------------------------------------------------------------- path encoding


@pytest.mark.parametrize(
    ("project_id", "encoded"),
    [
        ("@current", "%40current"),
        ("../1", "%2E%2E%2F1"),
        ("1/../../admin", "1%2F%2E%2E%2F%2E%2E%2Fadmin"),
        ("a?b=c#d", "a%3Fb%3Dc%23d"),
        ("%2F", "%252F"),
        ("a b", "a%20b"),
    ],
)
@pytest.mark.parametrize("op", OPERATIONS, ids=OPERATION_IDS)
def test_project_id_is_percent_encoded(
    op: Operation, project_id: str, encoded: str, client: AuthenticatedClient, stub: StubServer
) -> None:
    _answer(stub, op)
    op.module.sync_detailed(*op.call_args(project_id), client=client, **op.kwargs)
    _check_request(stub, op, project_path=encoded)
    segments = stub.last.url.raw_path.split(b"?")[0].split(b"/")
    assert segments[:3] == [b"", b"api", b"projects"]
    assert unquote(segments[3].decode()) == project_id
    assert segments[4] == b"experiments"


@pytest.mark.parametrize("project_id", ["..", "."])
def test_dot_segment_project_id_cannot_escape_the_path(
    project_id: str, client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body())
    experiments_retrieve.sync_detailed(project_id, 90, client=client)
    segments = stub.last.url.raw_path.split(b"/")
    assert len(segments) == 7
    assert segments[:3] == [b"", b"api", b"projects"]
    assert unquote(segments[3].decode()) == project_id
    assert segments[4:] == [b"experiments", b"90", b""]


# ----------------------------------------------------------------------------- bodies


@pytest.mark.parametrize(
    ("body", "sent"),
    [
        (PatchedExperiment(), {}),
        (PatchedExperiment(archived=True), {"archived": True}),
        (PatchedExperiment(deleted=None), {"deleted": None}),
        (
            PatchedExperiment(
                holdout_id=None,
                parameters=None,
                metrics=None,
                stats_config=None,
                conclusion=None,
                conclusion_comment=None,
                saved_metrics_ids=None,
                exposure_criteria=None,
                primary_metrics_ordered_uuids=None,
            ),
            {
                "holdout_id": None,
                "parameters": None,
                "metrics": None,
                "stats_config": None,
                "conclusion": None,
                "conclusion_comment": None,
                "saved_metrics_ids": None,
                "exposure_criteria": None,
                "primary_metrics_ordered_uuids": None,
            },
        ),
        (
            PatchedExperiment(
                start_date=datetime.datetime(2025, 2, 3, 4, 5, 6, tzinfo=datetime.timezone.utc),
                parameters=ExperimentParameters(
                    feature_flag_variants=[FeatureFlagVariant(key="control")],
                    rollout_percentage=None,
                ),
            ),
            {
                "start_date": "2025-02-03T04:05:06+00:00",
                "parameters": {
                    "feature_flag_variants": [{"key": "control"}],
                    "rollout_percentage": None,
                },
            },
        ),
    ],
    ids=["empty", "one-field", "explicit-null", "many-nulls", "nested-and-datetime"],
)
def test_patch_sends_only_the_fields_set(
    body: PatchedExperiment, sent: dict[str, Any], client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body())
    experiments_partial_update.sync_detailed(PROJECT, 90, client=client, body=body)
    assert stub.last.method == "PATCH"
    assert_json_identical(json.loads(stub.last.content), sent)


def test_patch_echoes_a_parsed_datetime_verbatim(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    current = Experiment.from_dict(experiment_body())
    stub.respond_json(200, experiment_body())
    experiments_partial_update.sync_detailed(
        PROJECT, 90, client=client, body=PatchedExperiment(start_date=current.start_date)
    )
    assert json.loads(stub.last.content) == {"start_date": "2024-12-30T21:55:00Z"}


@pytest.mark.parametrize(
    "module", [experiments_partial_update, experiments_duplicate_create], ids=["patch", "dup"]
)
def test_optional_body_left_unset_sends_no_body(
    module: Any, client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body())
    module.sync_detailed(PROJECT, 90, client=client)
    assert stub.last.content == b""


def test_base_url_prefix_and_extra_headers_are_kept(stub: StubServer) -> None:
    api = AuthenticatedClient(
        base_url=f"{BASE_URL}/posthog",
        token=TOKEN,
        headers={"X-Trace": "t-1"},
        httpx_args={"transport": httpx.MockTransport(stub)},
    )
    stub.respond_json(200, experiment_body())
    with api:
        experiments_retrieve.sync(PROJECT, 90, client=api)
    assert stub.last.url.raw_path == b"/posthog/api/projects/1/experiments/90/"
    assert stub.last.headers["X-Trace"] == "t-1"
    assert stub.last.headers["Authorization"] == f"Bearer {TOKEN}"
