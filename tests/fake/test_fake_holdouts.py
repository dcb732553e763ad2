"""/experiment_holdouts/: CRUD, validation, ordering, scopes, and the experiments' flags."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import NOT_FOUND, PROJECT, assert_error, create, detail, invalid

HOLDOUTS = f"/api/projects/{PROJECT}/experiment_holdouts/"
TEN_PERCENT = [{"properties": [], "rollout_percentage": 10}]
KEYS = ["id", "name", "description", "filters", "created_by", "created_at", "updated_at"]


def _holdout(api: httpx.Client, name: str = "Holdout", filters: Any = None) -> Any:
    response = api.post(HOLDOUTS, json={"name": name, "filters": filters or TEN_PERCENT})
    assert response.status_code == 201, response.text
    return response.json()


def _flag_holdout(version: str, holdout: Any) -> dict[str, Any]:
    """What the flag of an experiment using ``holdout`` carries (None: no holdout)."""
    if version == "2025":
        return {"holdout_groups": holdout["filters"] if holdout else None}
    if holdout is None:
        return {"holdout": None}
    exclusion = holdout["filters"][0]["rollout_percentage"]
    return {"holdout": {"id": holdout["id"], "exclusion_percentage": exclusion}}


def _flag_filters(api: httpx.Client, experiment_id: int) -> dict[str, Any]:
    filters: dict[str, Any] = api.get(detail(experiment_id)).json()["feature_flag"]["filters"]
    return filters


def test_create_answers_201_and_names_each_group_holdout_id(api: httpx.Client) -> None:
    body = _holdout(api, filters=[*TEN_PERCENT, {"properties": [], "rollout_percentage": 5}])
    assert list(body) == KEYS
    assert body["name"] == "Holdout"
    assert body["description"] is None
    assert body["filters"] == [
        {"properties": [], "rollout_percentage": 10, "variant": f"holdout-{body['id']}"},
        {"properties": [], "rollout_percentage": 5, "variant": f"holdout-{body['id']}"},
    ]
    assert body["created_by"]["email"] == "ada@example.com"
    assert api.get(f"{HOLDOUTS}{body['id']}/").json() == body


@pytest.mark.parametrize(
    ("payload", "detail_text", "attr", "code"),
    [
        ({"filters": TEN_PERCENT}, "This field is required.", "name", "required"),
        ({"name": "", "filters": TEN_PERCENT}, "This field may not be blank.", "name", "blank"),
        (
            {"name": "x" * 401, "filters": TEN_PERCENT},
            "Ensure this field has no more than 400 characters.",
            "name",
            "max_length",
        ),
        ({"name": "h"}, "Filters are required to create an holdout group", None, "invalid_input"),
        (
            {"name": "h", "filters": []},
            "Filters are required to create an holdout group",
            None,
            "invalid_input",
        ),
        ({"name": "h", "filters": None}, "This field may not be null.", "filters", "null"),
        (
            {"name": "h", "filters": [{"properties": []}]},
            "Rollout percentage must be present.",
            "filters",
            "invalid_input",
        ),
        (
            {"name": "h", "filters": [{"rollout_percentage": 101}]},
            "Rollout percentage must be between 0 and 100.",
            "filters",
            "invalid_input",
        ),
        (
            {"name": "h", "filters": [{"rollout_percentage": -1}]},
            "Rollout percentage must be between 0 and 100.",
            "filters",
            "invalid_input",
        ),
    ],
)
def test_create_validation_messages(
    api: httpx.Client, payload: dict[str, Any], detail_text: str, attr: str | None, code: str
) -> None:
    assert_error(api.post(HOLDOUTS, json=payload), 400, code, detail_text, attr)
    assert api.get(HOLDOUTS).json()["count"] == 0


def test_list_is_newest_first_and_pages_by_limit_and_offset(
    api: httpx.Client, clock: FakeClock, origin: str
) -> None:
    ids = []
    for number in range(3):
        ids.append(_holdout(api, f"H{number}")["id"])
        clock.advance(1)
    page = api.get(HOLDOUTS, params={"limit": 2}).json()
    assert page["count"] == 3
    assert [h["id"] for h in page["results"]] == ids[::-1][:2]
    assert page["next"] == f"{origin}{HOLDOUTS}?limit=2&offset=2"
    assert page["previous"] is None
    last = api.get(HOLDOUTS, params={"limit": 2, "offset": 2}).json()
    assert [h["id"] for h in last["results"]] == [ids[0]]
    assert last["next"] is None
    assert last["previous"] == f"{origin}{HOLDOUTS}?limit=2"


def test_other_projects_and_unknown_ids_are_not_found(api: httpx.Client, fake: FakePostHog) -> None:
    other = fake.add_holdout("Elsewhere", project_id=fake.second_project_id)
    for path in (f"{HOLDOUTS}{other}/", f"{HOLDOUTS}999/", f"{HOLDOUTS}abc/"):
        assert_error(api.get(path), 404, "not_found", NOT_FOUND["detail"])
    assert api.get(HOLDOUTS).json()["count"] == 0


def test_an_experiment_carries_the_holdout_in_itself_and_its_flag(
    api: httpx.Client, fake: FakePostHog
) -> None:
    holdout = _holdout(api)
    experiment = create(api, holdout_id=holdout["id"])
    assert experiment["holdout"] == holdout
    assert experiment["holdout_id"] == holdout["id"]
    filters = experiment["feature_flag"]["filters"]
    assert filters.items() >= _flag_holdout(fake.posthog_version, holdout).items()


def test_new_filters_are_rewritten_into_the_flags_of_its_experiments(
    api: httpx.Client, fake: FakePostHog
) -> None:
    holdout = _holdout(api)
    using = create(api, "Using", holdout_id=holdout["id"])
    other = create(api, "Other")
    before = _flag_filters(api, other["id"])
    version_before = api.get(detail(using["id"])).json()["feature_flag"]["version"]

    response = api.patch(
        f"{HOLDOUTS}{holdout['id']}/",
        json={"filters": [{"properties": [], "rollout_percentage": 25}]},
    )
    assert response.status_code == 200, response.text
    changed = response.json()
    assert changed["filters"] == [
        {"properties": [], "rollout_percentage": 25, "variant": f"holdout-{holdout['id']}"}
    ]
    flag = api.get(detail(using["id"])).json()["feature_flag"]
    assert flag["filters"].items() >= _flag_holdout(fake.posthog_version, changed).items()
    assert flag["version"] == version_before + 1
    assert _flag_filters(api, other["id"]) == before


def test_a_rename_leaves_the_flags_alone(api: httpx.Client) -> None:
    holdout = _holdout(api)
    using = create(api, holdout_id=holdout["id"])
    before = _flag_filters(api, using["id"])
    response = api.patch(f"{HOLDOUTS}{holdout['id']}/", json={"name": "Renamed"})
    assert response.json()["name"] == "Renamed"
    assert response.json()["filters"] == holdout["filters"]
    assert _flag_filters(api, using["id"]) == before


def test_put_needs_the_name_and_checks_the_filters(api: httpx.Client) -> None:
    holdout = _holdout(api)
    path = f"{HOLDOUTS}{holdout['id']}/"
    assert_error(
        api.put(path, json={"filters": TEN_PERCENT}),
        400,
        "required",
        "This field is required.",
        "name",
    )
    invalid(
        api.put(path, json={"name": "h", "filters": [{"rollout_percentage": 200}]}),
        "Rollout percentage must be between 0 and 100.",
        "filters",
    )
    assert api.put(path, json={"name": "Whole"}).json()["name"] == "Whole"


def test_delete_answers_204_and_clears_the_holdout_from_experiments_and_flags(
    api: httpx.Client, fake: FakePostHog
) -> None:
    holdout = _holdout(api)
    using = create(api, holdout_id=holdout["id"])
    response = api.delete(f"{HOLDOUTS}{holdout['id']}/")
    assert response.status_code == 204
    assert response.content == b""
    after = api.get(detail(using["id"])).json()
    assert after["holdout"] is None
    assert after["holdout_id"] is None
    assert (
        after["feature_flag"]["filters"].items()
        >= _flag_holdout(fake.posthog_version, None).items()
    )
    assert_error(api.get(f"{HOLDOUTS}{holdout['id']}/"), 404, "not_found", "Not found.")
    assert_error(api.delete(f"{HOLDOUTS}{holdout['id']}/"), 404, "not_found", "Not found.")


def test_a_launched_experiment_cannot_change_its_holdout(api: httpx.Client) -> None:
    first, second = _holdout(api, "First"), _holdout(api, "Second")
    running = create(api, holdout_id=first["id"], start_date="2026-01-01T00:00:00Z")
    path = detail(running["id"])
    invalid(
        api.patch(path, json={"holdout_id": second["id"]}),
        "Can't update holdout on running Experiment",
    )
    invalid(
        api.patch(path, json={"holdout_id": None}), "Can't update holdout on running Experiment"
    )
    assert api.patch(path, json={"holdout_id": first["id"]}).status_code == 200
    draft = create(api, "Draft")
    changed = api.patch(detail(draft["id"]), json={"holdout_id": second["id"]}).json()
    assert changed["holdout"]["id"] == second["id"]


def test_scopes_are_experiment_read_and_write(connect: Any, fake: FakePostHog) -> None:
    reader = connect(fake.add_key(scopes=["experiment:read"]))
    assert reader.get(HOLDOUTS).status_code == 200
    assert_error(
        reader.post(HOLDOUTS, json={"name": "h", "filters": TEN_PERCENT}),
        403,
        "permission_denied",
        "API key missing required scope 'experiment:write'",
    )
    metrics_only = connect(fake.add_key(scopes=["experiment_saved_metric:write"]))
    assert_error(
        metrics_only.get(HOLDOUTS),
        403,
        "permission_denied",
        "API key missing required scope 'experiment:read'",
    )
    writer = connect(fake.add_key(scopes=["experiment:write"]))
    assert writer.post(HOLDOUTS, json={"name": "h", "filters": TEN_PERCENT}).status_code == 201
