"""Every lower-layer failure maps into the exception tree, on both clients."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest

import posthog_experiments_client as pec
from posthog_experiments_client._exceptions import decode_body as pec_decode

from ._scripted import Script, call_both, experiment, json_response

REQUEST = httpx.Request("GET", "https://us.posthog.com/api/projects/1/experiments/1/")


def _httpx_exceptions() -> list[type[Exception]]:
    found = []
    for name in httpx.__all__:
        value = getattr(httpx, name)
        if inspect.isclass(value) and issubclass(value, Exception):
            found.append(value)
    return found


def _instantiate(cls: type[Exception]) -> Exception:
    if cls is httpx.HTTPStatusError:
        return cls("boom", request=REQUEST, response=httpx.Response(500, request=REQUEST))
    for args, kwargs in (((("boom",), {"request": REQUEST})), (("boom",), {}), ((), {})):
        try:
            return cls(*args, **kwargs)
        except TypeError:
            continue
    raise AssertionError(f"cannot build {cls}")


@pytest.mark.anyio
@pytest.mark.parametrize("error_class", _httpx_exceptions(), ids=lambda c: c.__name__)
async def test_every_httpx_exception_is_mapped(error_class: type[Exception]) -> None:
    error = _instantiate(error_class)
    results = await call_both(
        lambda: Script(error, default=error),
        lambda c: c.with_options(max_retries=0).get(1),
        lambda c: c.with_options(max_retries=0).get(1),
    )
    for _, outcome in results:
        assert isinstance(outcome, pec.PostHogError), repr(outcome)
        assert outcome.__cause__ is error
        if isinstance(error, httpx.TimeoutException):
            assert isinstance(outcome, pec.APITimeoutError)
        else:
            assert isinstance(outcome, pec.APIConnectionError)


STATUS_CLASSES = [
    (400, pec.BadRequestError),
    (401, pec.AuthenticationError),
    (403, pec.PermissionDeniedError),
    (404, pec.NotFoundError),
    (405, pec.MethodNotAllowedError),
    (409, pec.ConflictError),
    (429, pec.RateLimitError),
    (500, pec.InternalServerError),
    (502, pec.InternalServerError),
    (503, pec.InternalServerError),
    (504, pec.InternalServerError),
    (520, pec.InternalServerError),
    (499, pec.InternalServerError),
    (418, pec.APIStatusError),
    (422, pec.APIStatusError),
    (302, pec.APIStatusError),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
async def test_status_codes_map_to_typed_errors(status: int, error_class: type[Exception]) -> None:
    body = {
        "type": "server_error",
        "code": "error",
        "detail": "A server error occurred.",
        "attr": None,
    }
    results = await call_both(
        lambda: Script(json_response(status, body), default=json_response(status, body)),
        lambda c: c.with_options(max_retries=0).get(1),
        lambda c: c.with_options(max_retries=0).get(1),
    )
    for script, outcome in results:
        assert type(outcome) is error_class
        assert outcome.status_code == status
        assert outcome.detail == "A server error occurred."
        assert outcome.response.status_code == status
        assert len(script.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "message"),
    [
        (
            json_response(
                400,
                {
                    "type": "validation_error",
                    "code": "required",
                    "detail": "This field is required.",
                    "attr": "feature_flag_key",
                },
            ),
            "400 validation_error on feature_flag_key: This field is required.",
        ),
        (
            json_response(
                400,
                {
                    "type": "validation_error",
                    "code": "invalid_input",
                    "detail": "End date must be after start date",
                    "attr": None,
                },
            ),
            "400 validation_error: End date must be after start date",
        ),
        (
            json_response(
                400,
                {"detail": "Duplication is not supported for experiments using legacy metrics."},
            ),
            "400: Duplication is not supported for experiments using legacy metrics.",
        ),
        (
            httpx.Response(502, content=b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
            "502 Bad Gateway (an HTML page of 50 bytes, kept in .body)",
        ),
        (httpx.Response(405), "405 Method Not Allowed"),
    ],
)
async def test_messages_read_like_posthogs(response: httpx.Response, message: str) -> None:
    results = await call_both(
        lambda: Script(response),
        lambda c: c.with_options(max_retries=0).update(1, name="x"),
        lambda c: c.with_options(max_retries=0).update(1, name="x"),
    )
    for _, outcome in results:
        assert isinstance(outcome, pec.APIStatusError)
        assert str(outcome) == message


MALFORMED_BODIES = [
    b"<html>oops</html>",
    b'{"id": 1, "name": "trunc',
    b"[]",
    b"null",
    b'"a string"',
    json.dumps({k: v for k, v in experiment().items() if k != "created_at"}).encode(),
    json.dumps(experiment(feature_flag="not an object")).encode(),
    json.dumps(experiment(created_at="yesterday")).encode(),
    b"\xff\xfe\x00garbage",
    b"[" * 200_000 + b"]" * 200_000,
    b"",
]


@pytest.mark.anyio
@pytest.mark.parametrize("body", MALFORMED_BODIES, ids=range(len(MALFORMED_BODIES)))
async def test_malformed_success_bodies_raise_response_validation_error(body: bytes) -> None:
    results = await call_both(
        lambda: Script(httpx.Response(200, content=body)),
        lambda c: c.get(1),
        lambda c: c.get(1),
    )
    for _, outcome in results:
        assert isinstance(outcome, pec.ResponseValidationError), repr(outcome)
        assert outcome.response.content == body  # no data is lost
        assert outcome.body == pec_decode(body)
        assert outcome.response.status_code == 200


@pytest.mark.anyio
async def test_validation_error_names_the_field() -> None:
    body = json.dumps(experiment(saved_metrics=[{"id": 1}])).encode()
    results = await call_both(
        lambda: Script(httpx.Response(200, content=body)), lambda c: c.get(1), lambda c: c.get(1)
    )
    for _, outcome in results:
        assert "saved_metrics[0].experiment: required field is missing" in str(outcome)


@pytest.mark.anyio
async def test_errors_chain_their_cause() -> None:
    results = await call_both(
        lambda: Script(httpx.Response(200, content=b"{bad")), lambda c: c.get(1), lambda c: c.get(1)
    )
    for _, outcome in results:
        assert isinstance(outcome.__cause__, ValueError)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda c: c.get("1"), "id must be an int"),
        (lambda c: c.get(True), "id must be an int"),
        (lambda c: c.get(0), "id must be a positive int"),
        (lambda c: c.create(name=1, feature_flag_key="k"), "name must be a str"),
        (
            lambda c: c.create(name="n", feature_flag_key="k", parameters=[1]),
            "parameters must be a model or a dict",
        ),
        (
            lambda c: c.create(name="n", feature_flag_key="k", metrics={"kind": "x"}),
            "metrics must be a list",
        ),
        (
            lambda c: c.create(name="n", feature_flag_key="k", start_date=5),
            "start_date must be a datetime or an ISO 8601 str",
        ),
        (lambda c: c.update(1, archived="yes"), "archived must be a bool"),
        (lambda c: c.update(1, filters={"x": float("nan")}), "filters is not JSON-serialisable"),
        (lambda c: c.update(1, filters={"x": object()}), "filters is not JSON-serialisable"),
        (lambda c: c.update(1, description="\ud800"), "description is not JSON-serialisable"),
        (lambda c: c.duplicate(1, name=5), "name must be a str"),
        (lambda c: c.requires_flag_implementation(events=5), "events must be a list"),
    ],
)
async def test_wrong_arguments_raise_before_sending(call: Any, fragment: str) -> None:
    async def invoke_async(c: pec.AsyncExperimentsClient) -> Any:
        return await call(c)

    results = await call_both(lambda: Script(), call, invoke_async)
    for script, outcome in results:
        assert isinstance(outcome, pec.InvalidArgumentError), repr(outcome)
        assert fragment in str(outcome)
        assert script.requests == []


@pytest.mark.anyio
async def test_what_posthog_judges_is_sent_as_given() -> None:
    """Blob contents, enum values and date text go to PostHog unchecked and unchanged."""
    given = {
        "parameters": {"feature_flag_variants": "not a list", "extra": [1, {"x": None}]},
        "metrics": [{"kind": "FutureMetric", "anything": True}],
        "type": "a-type-from-the-future",
        "conclusion": "paused",
        "start_date": "next tuesday",
        "stats_config": {"method": 7},
    }

    async def invoke_async(c: pec.AsyncExperimentsClient) -> Any:
        return await c.create(name="n", feature_flag_key="k", **given)

    results = await call_both(
        lambda: Script(default=json_response(400, {"detail": "no"})),
        lambda c: c.create(name="n", feature_flag_key="k", **given),
        invoke_async,
    )
    for script, outcome in results:
        assert isinstance(outcome, pec.BadRequestError), repr(outcome)
        sent = json.loads(script.requests[0].content)
        assert sent == {"name": "n", "feature_flag_key": "k", **given}


def test_list_arguments_are_checked_when_list_is_called() -> None:
    script = Script()
    client = pec.ExperimentsClient(api_key="phx_k", project_id=1, transport=script.transport())
    with pytest.raises(pec.InvalidArgumentError, match="page_size must be >= 1"):
        client.list(page_size=0)
    with pytest.raises(pec.InvalidArgumentError, match="archived must be a bool"):
        client.list(archived="no")  # type: ignore[arg-type]
    assert script.requests == []
