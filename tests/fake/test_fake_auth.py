"""Authentication, scopes and project access."""

from __future__ import annotations

import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog

from ._support import BASE, assert_error, create, detail
from .conftest import Connect


def test_missing_key_is_401_not_authenticated_with_www_authenticate(
    connect: Connect, origin: str
) -> None:
    response = connect(None).get(BASE)
    assert_error(
        response, 401, "not_authenticated", "Authentication credentials were not provided."
    )
    assert response.headers["WWW-Authenticate"] == (
        f'Bearer resource_metadata="{origin}/.well-known/oauth-protected-resource"'
    )


@pytest.mark.parametrize(
    ("how", "source"),
    [("header", "Authorization header"), ("body", "body"), ("query", "query string")],
)
def test_unknown_key_is_401_naming_where_it_was_found(
    connect: Connect, how: str, source: str
) -> None:
    client = connect(None)
    if how == "header":
        response = client.post(BASE, json={}, headers={"Authorization": "Bearer phx_nope"})
    elif how == "body":
        response = client.post(BASE, json={"personal_api_key": "phx_nope"})
    else:
        response = client.post(BASE, json={}, params={"personal_api_key": "phx_nope"})
    assert_error(
        response,
        401,
        "authentication_failed",
        f"Personal API key found in request {source} is invalid.",
    )
    assert "WWW-Authenticate" in response.headers


def test_key_in_body_and_in_query_string_authenticate(connect: Connect, fake: FakePostHog) -> None:
    client = connect(None)
    by_body = client.post(
        BASE, json={"personal_api_key": fake.api_key, "name": "A", "feature_flag_key": "a"}
    )
    assert by_body.status_code == 201
    by_query = client.get(BASE, params={"personal_api_key": fake.api_key})
    assert by_query.status_code == 200
    assert by_query.json()["count"] == 1


def test_header_wins_over_body_and_query(connect: Connect, fake: FakePostHog) -> None:
    # A valid header is used even though the body and the query name a bad key.
    response = connect().post(
        BASE,
        params={"personal_api_key": "phx_bad"},
        json={"personal_api_key": "phx_bad", "name": "A", "feature_flag_key": "a"},
    )
    assert response.status_code == 201
    # A bad header key is reported as the header's, even with a good key in the query.
    response = connect("phx_bad").get(BASE, params={"personal_api_key": fake.api_key})
    assert response.json()["detail"] == (
        "Personal API key found in request Authorization header is invalid."
    )


def test_non_bearer_or_oauth_tokens_count_as_no_credentials(connect: Connect) -> None:
    client = connect(None)
    for header in ("Basic abc", "Bearer pha_oauth_token", "Bearer x"):
        response = client.get(BASE, headers={"Authorization": header})
        assert response.status_code == 401, header
        assert response.json()["code"] == "not_authenticated"


def test_inactive_user_key_is_invalid(connect: Connect, fake: FakePostHog) -> None:
    user = fake.add_user(is_active=False)
    key = fake.add_key(user_id=user)
    assert_error(
        connect(key).get(BASE),
        401,
        "authentication_failed",
        "Personal API key found in request Authorization header is invalid.",
    )


@pytest.mark.parametrize(
    ("scopes", "method", "allowed"),
    [
        (["experiment:read"], "GET", True),
        (["experiment:read"], "POST", False),
        (["experiment:write"], "GET", True),  # write implies read
        (["experiment:write"], "POST", True),
        (["feature_flag:read"], "GET", False),
        (["*"], "POST", True),
    ],
)
def test_scopes(
    connect: Connect, fake: FakePostHog, scopes: list[str], method: str, allowed: bool
) -> None:
    client = connect(fake.add_key(scopes=scopes))
    if method == "GET":
        response = client.get(BASE)
    else:
        response = client.post(BASE, json={"name": "A", "feature_flag_key": "a"})
    if allowed:
        assert response.status_code in (200, 201)
    else:
        needed = "experiment:read" if method == "GET" else "experiment:write"
        assert_error(
            response, 403, "permission_denied", f"API key missing required scope '{needed}'"
        )


@pytest.mark.parametrize(
    ("method", "path_suffix", "scope"),
    [
        ("GET", "1/", "experiment:read"),
        ("GET", "requires_flag_implementation/", "experiment:read"),
        ("PATCH", "1/", "experiment:write"),
        ("PUT", "1/", "experiment:write"),
        ("DELETE", "1/", "experiment:write"),
        ("POST", "1/duplicate/", "experiment:write"),
        ("POST", "1/create_exposure_cohort_for_experiment/", "experiment:write"),
    ],
)
def test_every_action_checks_its_scope(
    connect: Connect, fake: FakePostHog, method: str, path_suffix: str, scope: str
) -> None:
    fake.add_experiment("A")
    client = connect(fake.add_key(scopes=["feature_flag:read"]))
    response = client.request(method, BASE + path_suffix, json={})
    assert_error(response, 403, "permission_denied", f"API key missing required scope '{scope}'")


def test_key_limited_to_other_projects(connect: Connect, fake: FakePostHog) -> None:
    other = fake.add_project()
    key = fake.add_key(project_ids=[other])
    assert_error(
        connect(key).get(BASE),
        403,
        "permission_denied",
        "API key does not have access to the requested project: ID 1.",
    )
    assert connect(key).get(f"/api/projects/{other}/experiments/").status_code == 200


def test_project_limit_is_checked_before_scopes(connect: Connect, fake: FakePostHog) -> None:
    other = fake.add_project()
    key = fake.add_key(project_ids=[other], scopes=["experiment:read"])
    response = connect(key).post(BASE, json={})
    assert response.json()["detail"] == (
        "API key does not have access to the requested project: ID 1."
    )


def test_key_limited_to_other_organization(connect: Connect, fake: FakePostHog) -> None:
    key = fake.add_key(organization_ids=["00000000-0000-4000-8000-000000000000"])
    assert_error(
        connect(key).get(BASE),
        403,
        "permission_denied",
        f"API key does not have access to the requested organization: ID {fake.organization_id}.",
    )
    good = fake.add_key(organization_ids=[fake.organization_id])
    assert connect(good).get(BASE).status_code == 200


def test_user_without_membership_is_403(connect: Connect, fake: FakePostHog) -> None:
    outsider = fake.add_user(project_ids=[])
    key = fake.add_key(user_id=outsider)
    assert_error(
        connect(key).get(BASE), 403, "permission_denied", "You don't have access to the project."
    )


def test_at_current_resolves_to_the_users_current_project(
    api: httpx.Client, fake: FakePostHog, connect: Connect
) -> None:
    created = create(api, "Here")
    listed = api.get("/api/projects/@current/experiments/").json()
    assert [e["id"] for e in listed["results"]] == [created["id"]]
    other = fake.add_project()
    user = fake.add_user(project_ids=[other], current_project_id=other)
    listed_elsewhere = connect(fake.add_key(user_id=user)).get("/api/projects/@current/experiments")
    assert listed_elsewhere.json()["count"] == 0


def test_at_current_without_a_current_project_is_404(connect: Connect, fake: FakePostHog) -> None:
    user = fake.add_user(project_ids=[])
    response = connect(fake.add_key(user_id=user)).get("/api/projects/@current/experiments/")
    assert_error(response, 404, "not_found", "Project not found.")


@pytest.mark.parametrize("project", ["abc", "999", "1.5", "-1"])
def test_bad_or_unknown_project_is_404_project_not_found(api: httpx.Client, project: str) -> None:
    response = api.get(f"/api/projects/{project}/experiments/")
    if project == "1.5":  # the route does not match a dot at all
        assert_error(response, 404, "not_found", "Not found.")
    else:
        assert_error(response, 404, "not_found", "Project not found.")


def test_authentication_comes_before_project_resolution(connect: Connect) -> None:
    response = connect(None).get("/api/projects/abc/experiments/")
    assert response.status_code == 401


def test_project_resolution_comes_before_scope_checks(connect: Connect, fake: FakePostHog) -> None:
    key = fake.add_key(scopes=["feature_flag:read"])
    assert connect(key).get("/api/projects/abc/experiments/").status_code == 404


def test_other_projects_experiments_are_invisible(api: httpx.Client, fake: FakePostHog) -> None:
    other = fake.add_project()
    elsewhere = fake.add_experiment("Elsewhere", project_id=other)
    assert_error(api.get(detail(elsewhere)), 404, "not_found", "Not found.")
    assert api.get(f"/api/projects/{other}/experiments/{elsewhere}/").status_code == 200
    assert api.get(BASE).json()["count"] == 0
