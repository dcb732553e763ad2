"""Error messages say what went wrong and what to do: which experiment and project a 404 is about,
which key a 401 refused and where it came from, whether a failed create may have been applied,
and where a redirect points. Scripted responses on both clients (asyncio and trio), and the fake
PostHog in-process and over a real socket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog

from ._scripted import API_KEY, Script, call_both, json_response
from .test_client_against_fake import connect as connect_client
from .test_client_against_fake import fake, flavour, mode

# fixtures used here, defined beside the other tests
__all__ = ["connect_client", "fake", "flavour", "mode"]

pytestmark = pytest.mark.anyio

NOT_FOUND = json_response(
    404, {"type": "invalid_request", "code": "not_found", "detail": "Not found.", "attr": None}
)
PROJECT_NOT_FOUND = json_response(
    404,
    {"type": "invalid_request", "code": "not_found", "detail": "Project not found.", "attr": None},
)
BAD_KEY = json_response(
    401,
    {
        "type": "authentication_error",
        "code": "authentication_failed",
        "detail": "Personal API key found in request Authorization header is invalid.",
        "attr": None,
    },
)
HTML_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body></html>"
)


def _errors(results: list[tuple[Script, Any]]) -> list[pec.APIStatusError]:
    errors = []
    for _, outcome in results:
        assert isinstance(outcome, pec.APIStatusError), repr(outcome)
        errors.append(outcome)
    assert len(errors) == 2  # the sync and the async client
    return errors


# ----------------------------------------------------------------------------- 404


@pytest.mark.parametrize(
    "invoke",
    [
        lambda c: c.get(42),
        lambda c: c.update(42, name="x"),
        lambda c: c.restore(42),
        lambda c: c.duplicate(42),
        lambda c: c.create_exposure_cohort(42),
        lambda c: c.archive(42),
    ],
    ids=["get", "update", "restore", "duplicate", "exposure_cohort", "archive"],
)
async def test_a_404_names_the_experiment_and_the_project(invoke: Callable[[Any], Any]) -> None:
    async def invoke_async(client: pec.AsyncExperimentsClient) -> Any:
        return await invoke(client)

    # archive reads the experiment after its action's 404, to tell the two 404s apart.
    script = lambda: Script(default=NOT_FOUND)  # noqa: E731
    for error in _errors(await call_both(script, invoke, invoke_async)):
        assert isinstance(error, pec.NotFoundError)
        assert str(error).startswith("404 invalid_request: Not found. ")
        assert "Experiment 42 was not found in project 1" in str(error)
        assert error.detail == "Not found."  # PostHog's own words stay on the attributes


async def test_a_404_from_delete_mentions_an_earlier_delete() -> None:
    results = await call_both(
        lambda: Script(NOT_FOUND), lambda c: c.delete(7), lambda c: c.delete(7)
    )
    for error in _errors(results):
        assert "Experiment 7 was not found in project 1" in str(error)
        assert "already deleted" in str(error)


async def test_a_404_for_the_project_names_the_project() -> None:
    def list_sync(client: pec.ExperimentsClient) -> Any:
        return client.list().first_page()

    async def list_async(client: pec.AsyncExperimentsClient) -> Any:
        return await client.list()

    for answer in (NOT_FOUND, PROJECT_NOT_FOUND):
        for error in _errors(await call_both(lambda a=answer: Script(a), list_sync, list_async)):
            assert "Project 1 was not found" in str(error)
            assert "project_id" in str(error)
    results = await call_both(
        lambda: Script(PROJECT_NOT_FOUND), lambda c: c.get(3), lambda c: c.get(3)
    )
    for error in _errors(results):
        assert "Project 1 was not found" in str(error)
        assert "Experiment 3" not in str(error)


# ----------------------------------------------------------------------------- 401


async def test_a_401_says_a_personal_key_is_wanted_and_where_the_key_came_from() -> None:
    results = await call_both(lambda: Script(BAD_KEY), lambda c: c.get(1), lambda c: c.get(1))
    for error in _errors(results):
        message = str(error)
        assert isinstance(error, pec.AuthenticationError)
        assert message.startswith("401 authentication_error: Personal API key found")
        assert "the api_key argument" in message
        assert "personal API key (phx_...)" in message
        assert "phc_" in message
        assert API_KEY not in message


@pytest.mark.parametrize("client_class", [pec.ExperimentsClient, pec.AsyncExperimentsClient])
async def test_a_401_names_the_environment_variable_and_spots_a_project_key(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_key = "phc_project_key_pasted_by_mistake"
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", project_key)
    client = client_class(project_id=1, transport=Script(BAD_KEY).transport())

    async def get() -> Any:
        if isinstance(client, pec.AsyncExperimentsClient):
            return await client.get(1)
        return client.get(1)

    with pytest.raises(pec.AuthenticationError) as caught:
        await get()
    message = str(caught.value)
    assert "The key from POSTHOG_PERSONAL_API_KEY is a project API key (phc_...)" in message
    assert "personal API key (phx_...)" in message
    assert project_key not in message


# ----------------------------------------------------------------------------- 502/503/504


WRITES = [
    ("create", lambda c: c.create(name="N", feature_flag_key="n")),
    ("duplicate", lambda c: c.duplicate(5)),
    ("exposure_cohort", lambda c: c.create_exposure_cohort(5)),
]


@pytest.mark.parametrize("status", [502, 503, 504])
@pytest.mark.parametrize(("name", "invoke"), WRITES, ids=[name for name, _ in WRITES])
async def test_a_gateway_error_on_a_write_says_it_may_have_been_applied(
    status: int, name: str, invoke: Callable[[Any], Any]
) -> None:
    page = httpx.Response(status, content=HTML_PAGE, headers={"Content-Type": "text/html"})

    async def invoke_async(client: pec.AsyncExperimentsClient) -> Any:
        return await invoke(client)

    results = await call_both(lambda: Script(page), invoke, invoke_async)
    for script, _ in results:
        assert script.methods == ["POST"]  # not retried
    for error in _errors(results):
        message = str(error)
        assert isinstance(error, pec.InternalServerError)
        assert "may have been applied" in message
        assert "not retried" in message
        assert "<" not in message
        assert "nginx" not in message
        assert f"an HTML page of {len(HTML_PAGE)} bytes, kept in .body" in message
        assert error.body == HTML_PAGE.decode()


async def test_a_gateway_error_on_a_read_says_nothing_about_being_applied() -> None:
    page = httpx.Response(502, content=HTML_PAGE, headers={"Content-Type": "text/html"})
    results = await call_both(lambda: Script(default=page), lambda c: c.get(1), lambda c: c.get(1))
    for script, _ in results:
        assert script.methods == ["GET"] * 3  # retried, then given up
    for error in _errors(results):
        assert (
            str(error) == f"502 Bad Gateway (an HTML page of {len(HTML_PAGE)} bytes, kept in .body)"
        )


async def test_an_html_page_without_a_content_type_stays_out_of_the_message() -> None:
    page = httpx.Response(500, content=b"  <!DOCTYPE html><html><body>Oops</body></html>")
    results = await call_both(lambda: Script(page), lambda c: c.get(1), lambda c: c.get(1))
    for error in _errors(results):
        assert "Oops" not in str(error)
        assert "kept in .body" in str(error)


async def test_a_plain_text_body_is_still_quoted() -> None:
    page = httpx.Response(500, content=b"upstream connect error")
    results = await call_both(lambda: Script(page), lambda c: c.get(1), lambda c: c.get(1))
    for error in _errors(results):
        assert str(error) == "500 Internal Server Error: upstream connect error"


# ----------------------------------------------------------------------------- 3xx


@pytest.mark.parametrize(
    ("location", "advice"),
    [
        (
            "https://eu.posthog.com/api/projects/1/experiments/1/",
            "set host='https://eu.posthog.com' (or POSTHOG_HOST)",
        ),
        ("http://us.posthog.com/api/projects/1/experiments/1/", "set host='http://us.posthog.com'"),
        ("/login?next=/api/projects/1/experiments/1/", "Check the host and any proxy"),
    ],
)
@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_names_the_location(status: int, location: str, advice: str) -> None:
    redirect = httpx.Response(status, headers={"Location": location})
    results = await call_both(lambda: Script(redirect), lambda c: c.get(1), lambda c: c.get(1))
    for script, _ in results:
        assert len(script.requests) == 1  # not followed
    for error in _errors(results):
        message = str(error)
        assert f"The host https://us.posthog.com redirects to {location}" in message
        assert advice in message
        assert "not followed" in message


async def test_a_redirect_without_a_location_says_so() -> None:
    results = await call_both(
        lambda: Script(httpx.Response(302)), lambda c: c.get(1), lambda c: c.get(1)
    )
    for error in _errors(results):
        assert "redirect without a Location" in str(error)


# ----------------------------------------------------------------------------- against the fake


@pytest.fixture
def connect(connect_client: Callable[..., Any]) -> Callable[..., Callable[..., Any]]:
    """``connect(**options)`` returns ``call(method_name, *args)``, awaiting it on either client."""

    def make(**options: Any) -> Callable[..., Any]:
        client = connect_client(**options)

        async def call(method: str, /, *args: Any, **kwargs: Any) -> Any:
            return await getattr(client, method)(*args, **kwargs)

        return call

    return make


async def test_fake_a_404_names_the_experiment_and_the_project(
    connect: Callable[..., Any], fake: FakePostHog
) -> None:
    call = connect()
    created = await call("create", name="Gone", feature_flag_key="gone")
    await call("delete", created.id)
    with pytest.raises(pec.NotFoundError) as caught:
        await call("get", created.id)
    assert f"Experiment {created.id} was not found in project {fake.project_id}" in str(
        caught.value
    )
    with pytest.raises(pec.NotFoundError) as caught:
        await call("delete", created.id)  # a second delete is not idempotent
    assert "already deleted" in str(caught.value)


async def test_fake_an_unknown_project_is_named(connect: Callable[..., Any]) -> None:
    call = connect(project_id=424242)
    with pytest.raises(pec.NotFoundError) as caught:
        await call("create", name="Nowhere", feature_flag_key="nowhere")
    assert "Project 424242 was not found" in str(caught.value)


async def test_fake_a_401_names_the_key_source(
    connect: Callable[..., Any], fake: FakePostHog
) -> None:
    wrong = "phx_not_a_key_the_fake_knows_about"
    call = connect(api_key=wrong)
    with pytest.raises(pec.AuthenticationError) as caught:
        await call("get", 1)
    assert "PostHog did not accept the key from the api_key argument" in str(caught.value)
    assert wrong not in str(caught.value)
    assert fake.api_key not in str(caught.value)


async def test_fake_a_502_after_the_create_was_applied_is_reported_not_retried(
    connect: Callable[..., Any], fake: FakePostHog
) -> None:
    call = connect()
    fake.faults.respond(
        502,
        HTML_PAGE.decode(),
        headers={"Content-Type": "text/html"},
        method="POST",
        process=True,  # PostHog acted, then the gateway failed
    )
    with pytest.raises(pec.InternalServerError) as caught:
        await call("create", name="Applied", feature_flag_key="applied")
    message = str(caught.value)
    assert f"POST /api/projects/{fake.project_id}/experiments/ may have been applied" in message
    assert "<html>" not in message
    assert "<html>" in caught.value.body
    assert len([r for r in fake.requests if r.method == "POST"]) == 1
    with fake.client() as http:
        listed = http.get(f"/api/projects/{fake.project_id}/experiments/?search=Applied").json()
    assert listed["count"] == 1  # it was applied once, as the message warned


async def test_fake_a_redirect_names_the_location(
    connect: Callable[..., Any], fake: FakePostHog
) -> None:
    call = connect()
    fake.faults.respond(
        301, headers={"Location": "https://posthog.example.com/api/projects/1/experiments/5/"}
    )
    with pytest.raises(pec.APIStatusError) as caught:
        await call("get", 5)
    assert caught.value.status_code == 301
    assert "redirects to https://posthog.example.com/api/projects/1/experiments/5/" in str(
        caught.value
    )
    assert "set host='https://posthog.example.com'" in str(caught.value)
    assert len(fake.requests) == 1
