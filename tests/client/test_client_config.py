"""Construction, configuration from the environment, options and safety of the key."""

from __future__ import annotations

import logging
import platform
from typing import Any

import httpx
import pytest

import posthog_experiments_client as pec

from ._scripted import API_KEY, Script, call_both, experiment, json_response

CLIENTS = [pec.ExperimentsClient, pec.AsyncExperimentsClient]


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POSTHOG_PERSONAL_API_KEY", "POSTHOG_HOST", "POSTHOG_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("client_class", CLIENTS)
def test_missing_key_and_project_name_argument_and_variable(client_class: type) -> None:
    with pytest.raises(pec.ConfigurationError, match=r"api_key=.*POSTHOG_PERSONAL_API_KEY"):
        client_class(project_id=1)
    with pytest.raises(pec.ConfigurationError, match=r"project_id=.*POSTHOG_PROJECT_ID"):
        client_class(api_key="phx_k")


@pytest.mark.parametrize("client_class", CLIENTS)
def test_settings_come_from_the_environment(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", "phx_env")
    monkeypatch.setenv("POSTHOG_HOST", "https://eu.posthog.com/")
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "42")
    client = client_class()
    assert (
        repr(client) == f"{client_class.__name__}(host='https://eu.posthog.com', project_id='42')"
    )


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"host": "http://posthog.internal"}, "clear text"),
        ({"host": "ftp://x"}, "http(s) URL"),
        ({"host": "https://x?y=1"}, "query"),
        ({"project_id": "../1"}, "numeric id or '@current'"),
        ({"project_id": 1.5}, "int or a str"),
        ({"project_id": True}, "int or a str"),
        ({"timeout": -1}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"headers": {"Authorization": "Bearer other"}}, "api_key"),
    ],
)
def test_bad_options_raise_configuration_error(
    client_class: type, options: dict[str, object], fragment: str
) -> None:
    settings = {"api_key": "phx_k", "project_id": 1, **options}
    with pytest.raises(
        pec.ConfigurationError, match=fragment.replace("(", r"\(").replace(")", r"\)")
    ):
        client_class(**settings)


@pytest.mark.parametrize("client_class", CLIENTS)
def test_plain_http_is_allowed_for_loopback_or_when_asked(client_class: type) -> None:
    for host in ("http://localhost:8010", "http://127.0.0.1:8000", "http://[::1]:80"):
        client_class(api_key="phx_k", project_id=1, host=host)
    client_class(
        api_key="phx_k",
        project_id="@current",
        host="http://posthog.internal",
        allow_insecure_http=True,
    )


def test_http_client_type_is_checked() -> None:
    with pytest.raises(pec.ConfigurationError, match=r"httpx\.AsyncClient"):
        pec.AsyncExperimentsClient(api_key="k", project_id=1, http_client=httpx.Client())  # type: ignore[arg-type]
    with pytest.raises(pec.ConfigurationError, match="not both"):
        pec.ExperimentsClient(
            api_key="k",
            project_id=1,
            http_client=httpx.Client(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


@pytest.mark.anyio
async def test_requests_carry_auth_user_agent_accept_and_custom_headers() -> None:
    results = await call_both(
        lambda: Script(default=json_response(200, experiment())),
        lambda c: c.with_options(headers={"X-Team": "growth"}).get(7),
        lambda c: c.with_options(headers={"X-Team": "growth"}).get(7),
    )
    for script, outcome in results:
        assert isinstance(outcome, pec.Experiment)
        request = script.requests[0]
        assert request.headers["authorization"] == f"Bearer {API_KEY}"
        assert request.headers["user-agent"].startswith(
            f"posthog-experiments-client/{pec.__version__} Python/{platform.python_version()}"
        )
        assert request.headers["accept"] == "application/json"
        assert request.headers["x-team"] == "growth"
        assert str(request.url) == "https://us.posthog.com/api/projects/1/experiments/7/"


@pytest.mark.anyio
async def test_project_current_alias_is_encoded() -> None:
    script = Script(default=json_response(200, experiment()))
    client = pec.AsyncExperimentsClient(
        api_key="k", project_id="@current", transport=script.transport()
    )
    await client.get(1)
    assert script.requests[0].url.raw_path == b"/api/projects/%40current/experiments/1/"


def test_with_options_shares_the_pool_and_leaves_the_original_unchanged() -> None:
    script = Script(default=json_response(503, {"detail": "down"}))
    client = pec.ExperimentsClient(api_key="k", project_id=1, transport=script.transport())
    quick = client.with_options(max_retries=0, timeout=1.5)
    assert quick._pools is client._pools
    with pytest.raises(pec.InternalServerError):
        quick.get(1)
    assert len(script.requests) == 1
    assert script.requests[0].extensions["timeout"]["read"] == 1.5
    with pytest.raises(pec.InternalServerError):
        client.get(1)
    assert len(script.requests) == 4
    assert script.requests[-1].extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    quick.close()
    assert not client._pools.is_closed()  # the copy does not own the pool
    client.close()
    assert client._pools.is_closed()


def test_own_http_client_is_used_and_left_open() -> None:
    script = Script(default=json_response(200, experiment()))
    hooks: list[str] = []
    http = httpx.Client(
        transport=script.transport(), event_hooks={"request": [lambda r: hooks.append(r.method)]}
    )
    with pec.ExperimentsClient(api_key="k", project_id=1, http_client=http) as client:
        client.get(1)
    assert hooks == ["GET"]
    assert not http.is_closed


@pytest.mark.anyio
async def test_async_context_manager_closes_the_pool() -> None:
    script = Script(default=json_response(200, experiment()))
    async with pec.AsyncExperimentsClient(
        api_key="k", project_id=1, transport=script.transport()
    ) as client:
        await client.get(1)
    assert client._pools.is_closed()


@pytest.mark.anyio
async def test_key_never_leaks_into_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="posthog_experiments_client")
    failing = json_response(
        401,
        {
            "type": "authentication_error",
            "code": "authentication_failed",
            "detail": "Personal API key found in request Authorization header is invalid.",
            "attr": None,
        },
    )
    results = await call_both(
        lambda: Script(json_response(503, {}), failing), lambda c: c.get(1), lambda c: c.get(1)
    )
    for _, outcome in results:
        assert isinstance(outcome, pec.AuthenticationError)
        for text in (str(outcome), repr(outcome), repr(outcome.request), repr(outcome.response)):
            assert API_KEY not in text
    assert caplog.records, "debug logging is expected"
    assert any("retrying GET" in r.getMessage() for r in caplog.records)
    assert any("-> 401" in r.getMessage() for r in caplog.records)
    assert all(API_KEY not in r.getMessage() for r in caplog.records)
    for client_class in CLIENTS:
        client = client_class(api_key=API_KEY, project_id=1)
        assert API_KEY not in repr(client)
        assert API_KEY not in repr(client._settings)


@pytest.mark.anyio
async def test_redirects_are_not_followed_so_the_key_stays_home() -> None:
    redirect = httpx.Response(302, headers={"Location": "https://evil.example/steal"})
    results = await call_both(lambda: Script(redirect), lambda c: c.get(1), lambda c: c.get(1))
    for script, outcome in results:
        assert isinstance(outcome, pec.APIStatusError)
        assert outcome.status_code == 302
        assert [r.url.host for r in script.requests] == ["us.posthog.com"]


@pytest.mark.anyio
async def test_next_links_to_another_origin_stay_on_the_configured_host() -> None:
    first = json_response(
        200,
        {
            "count": 2,
            "next": "https://evil.example/api/projects/1/experiments/?limit=1&offset=1",
            "previous": None,
            "results": [experiment(id=1)],
        },
    )
    second = json_response(
        200, {"count": 2, "next": None, "previous": None, "results": [experiment(id=2)]}
    )

    async def collect_async(c: pec.AsyncExperimentsClient) -> list[int]:
        return [e.id async for e in c.list(page_size=1)]

    results = await call_both(
        lambda: Script(first, second), lambda c: [e.id for e in c.list(page_size=1)], collect_async
    )
    for script, outcome in results:
        assert outcome == [1, 2]
        assert {r.url.host for r in script.requests} == {"us.posthog.com"}
        assert script.requests[1].url.params["offset"] == "1"


@pytest.mark.anyio
async def test_a_next_link_that_does_not_advance_is_refused() -> None:
    stuck = json_response(
        200,
        {
            "count": 5,
            "next": "https://us.posthog.com/api/projects/1/experiments/?limit=1&offset=0",
            "previous": None,
            "results": [experiment()],
        },
    )

    async def collect_async(c: pec.AsyncExperimentsClient) -> list[int]:
        return [e.id async for e in c.list(page_size=1)]

    results = await call_both(
        lambda: Script(default=stuck), lambda c: list(c.list(page_size=1)), collect_async
    )
    for script, outcome in results:
        assert isinstance(outcome, pec.ResponseValidationError)
        assert len(script.requests) == 1


@pytest.mark.anyio
async def test_a_server_echoing_the_key_does_not_put_it_in_messages() -> None:
    def echo(status: int) -> Any:
        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(
                status, content=f"you sent {request.headers['authorization']}".encode()
            )

        return answer

    for status in (400, 502, 200):
        results = await call_both(
            lambda status=status: Script(default=echo(status)),
            lambda c: c.with_options(max_retries=0).get(1),
            lambda c: c.with_options(max_retries=0).get(1),
        )
        for _, outcome in results:
            assert isinstance(outcome, pec.PostHogError)
            assert API_KEY not in str(outcome)
            assert "phx_***" in str(outcome)
            assert API_KEY.encode() in (
                outcome.body if isinstance(outcome.body, bytes) else outcome.body.encode()
            )


def test_transport_of_the_wrong_kind_is_refused_at_construction() -> None:
    with pytest.raises(pec.ConfigurationError, match=r"httpx\.AsyncBaseTransport"):
        pec.AsyncExperimentsClient(api_key="k", project_id=1, transport=httpx.HTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(pec.ConfigurationError, match=r"httpx\.BaseTransport"):
        pec.ExperimentsClient(api_key="k", project_id=1, transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(pec.ConfigurationError, match="transport must be"):
        pec.ExperimentsClient(api_key="k", project_id=1, transport="http://localhost")  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_a_closed_client_raises_a_typed_error() -> None:
    sync = pec.ExperimentsClient(api_key="k", project_id=1, transport=Script().transport())
    sync.close()
    with pytest.raises(pec.APIConnectionError, match="has been closed"):
        sync.get(1)
    async_client = pec.AsyncExperimentsClient(
        api_key="k", project_id=1, transport=Script().transport()
    )
    await async_client.aclose()
    with pytest.raises(pec.APIConnectionError, match="has been closed"):
        await async_client.get(1)
