"""Malformed requests, routing, verbs and the schema endpoint."""

from __future__ import annotations

import json

import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog
from posthog_experiments_client.testing._http.schema import SPEC_PATH

from ._support import BASE, NOT_FOUND, assert_error, create, detail
from .conftest import Connect


def _python_json_error(body: bytes) -> str:
    """What the running interpreter's JSON decoder says (its wording changes between versions)."""
    try:
        json.loads(body)
    except ValueError as exc:
        return str(exc)
    raise AssertionError(f"{body!r} is valid JSON")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{bad", None),
        (b'{"name": "x",}', None),
        (b"[1, 2", None),
        (b'{"n": NaN}', "Out of range float values are not JSON compliant: 'NaN'"),
        (b"\xff\xfe", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
    ],
)
def test_invalid_json_is_a_parse_error(api: httpx.Client, body: bytes, message: str | None) -> None:
    expected = message if message is not None else _python_json_error(body)
    response = api.post(BASE, content=body, headers={"Content-Type": "application/json"})
    assert_error(response, 400, "parse_error", f"JSON parse error - {expected}")


def test_parse_error_comes_before_401_without_an_authorization_header(connect: Connect) -> None:
    # PostHog reads the body to look for `personal_api_key` when the header has none.
    response = connect(None).post(BASE, content=b"{", headers={"Content-Type": "application/json"})
    assert response.json()["code"] == "parse_error"


def test_parse_error_on_patch(api: httpx.Client) -> None:
    experiment = create(api, "Patch me")
    response = api.patch(
        detail(experiment["id"]), content=b"nope", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_unsupported_media_type(api: httpx.Client) -> None:
    response = api.post(BASE, content=b"name=x", headers={"Content-Type": "text/plain"})
    assert_error(
        response, 415, "unsupported_media_type", 'Unsupported media type "text/plain" in request.'
    )


def test_empty_body_is_an_empty_object(api: httpx.Client) -> None:
    response = api.post(BASE)
    assert_error(response, 400, "required", "This field is required.", "name")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "1/"),
        ("PUT", ""),
        ("PATCH", ""),
        ("DELETE", ""),
        ("GET", "1/duplicate/"),
        ("PUT", "requires_flag_implementation/"),
    ],
)
def test_unsupported_verb_is_405_envelope(api: httpx.Client, method: str, path: str) -> None:
    create(api, "Verbs")
    response = api.request(method, BASE + path, json={})
    assert_error(response, 405, "method_not_allowed", f'Method "{method}" not allowed.')
    assert "Allow" in response.headers


def test_unsupported_verb_still_needs_credentials(connect: Connect) -> None:
    assert connect(None).post(detail(1), json={}).status_code == 401


@pytest.mark.parametrize(
    "path",
    [
        "/api/projects/1/nothing/",
        "/api/projects/1/experiments/1/unknown_action/",
        "/api/experiments/",
        "/",
        "/api/projects/1/experiments/1.5/",
    ],
)
def test_unknown_paths_are_404_envelopes_without_auth(connect: Connect, path: str) -> None:
    response = connect(None).get(path)
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_environments_alias(api: httpx.Client) -> None:
    experiment = create(api, "Env")
    response = api.get(f"/api/environments/1/experiments/{experiment['id']}/")
    assert response.status_code == 200
    assert response.json()["id"] == experiment["id"]


def test_head_and_options(api: httpx.Client) -> None:
    create(api, "Head")
    head = api.head(BASE)
    assert head.status_code == 200
    assert head.content == b""
    options = api.options(BASE)
    assert options.status_code == 200
    assert options.headers["Allow"] == "GET, POST, HEAD, OPTIONS"
    assert options.json()["renders"] == ["application/json"]


def test_json_responses_are_compact_utf8(api: httpx.Client) -> None:
    response = create(api, "Zürich ✓", key="zurich")
    raw = api.get(detail(response["id"]))
    assert raw.headers["Content-Type"] == "application/json"
    assert "Zürich ✓".encode() in raw.content
    assert b'"id":1,' in raw.content


def test_every_response_of_the_viewset_has_allow_and_vary(api: httpx.Client) -> None:
    response = api.get(detail(999))
    assert response.headers["Allow"] == "GET, PUT, PATCH, DELETE, HEAD, OPTIONS"
    assert response.headers["Vary"] == "Accept"


def test_schema_endpoint(connect: Connect) -> None:
    if not SPEC_PATH.exists():
        pytest.skip(f"{SPEC_PATH} is copied in by the build (make); not present yet")
    client = connect(None)  # served without credentials, like a public spec URL
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/yaml")
    assert response.text == SPEC_PATH.read_text(encoding="utf-8")
    as_json = client.get("/api/schema/", params={"format": "json"})
    assert as_json.headers["Content-Type"] == "application/json"
    assert json.loads(as_json.content)["openapi"].startswith("3.")


def test_the_fake_never_answers_500_on_garbage(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(api, "Robust", start_date="2026-01-01T00:00:00Z")
    path = detail(experiment["id"])
    bodies: list[object] = [
        {"parameters": {"feature_flag_variants": None}},
        {"parameters": {"feature_flag_variants": "x"}},
        {"parameters": ["x"]},
        {"metrics": [{"uuid": 5}]},
        {"saved_metrics_ids": [{"id": "abc"}]},
        {"holdout_id": [1]},
        {"start_date": "9999-12-31T23:59:59-01:00"},
        {"exposure_criteria": "x"},
        {"stats_config": "bayesian"},
        {"deleted": {"a": 1}},
        "just a string",
        None,
        12,
    ]
    for body in bodies:
        for response in (api.patch(path, json=body), api.post(BASE, json=body)):
            assert response.status_code < 500, (body, response.text)
    overflow = api.post(
        BASE,
        content=b'{"name": "x", "holdout_id": 1e400}',
        headers={"Content-Type": "application/json"},
    )
    assert_error(
        overflow,
        400,
        "parse_error",
        "JSON parse error - Out of range float values are not JSON compliant: '1e400'",
    )
    assert fake.internal_errors == []


def test_in_process_transport_is_a_mock_transport_with_network_like_responses(
    fake: FakePostHog,
) -> None:
    transport = fake.transport()
    assert isinstance(transport, httpx.MockTransport)
    with fake.client() as client:
        response = client.get(BASE)
    assert response.elapsed.total_seconds() >= 0  # set only when the stream was read and closed
    assert response.http_version == "HTTP/1.1"
    assert response.headers["Content-Length"] == str(len(response.content))


def test_handle_is_the_synchronous_core(fake: FakePostHog) -> None:
    request = httpx.Request(
        "GET", "http://posthog.test" + BASE, headers={"Authorization": f"Bearer {fake.api_key}"}
    )
    response = fake.handle(request)
    assert response.status_code == 200
    assert response.read() == b'{"count":0,"next":null,"previous":null,"results":[]}'
    assert fake.requests[0].method == "GET"
