"""GET, PATCH, PUT and DELETE on /experiments/{id}/."""

from __future__ import annotations

import httpx
import pytest

from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import BASE, NOT_FOUND, assert_error, by_version, create, detail, invalid
from .conftest import Connect

LAUNCH = "2026-01-01T00:00:00Z"


def test_retrieve_returns_the_stored_experiment(api: httpx.Client) -> None:
    created = create(api, "Retrieve me")
    response = api.get(detail(created["id"]))
    assert response.status_code == 200
    assert response.json() == created


@pytest.mark.parametrize("path", ["999/", "abc/", "1x/", "-1/", "999"])
def test_unknown_or_non_integer_id_is_404(api: httpx.Client, path: str) -> None:
    create(api, "Exists")
    response = api.get(BASE + path)
    assert response.status_code == 404
    assert response.json() == NOT_FOUND


def test_trailing_slash_is_optional(api: httpx.Client) -> None:
    created = create(api, "Slash")
    assert api.get(f"{BASE}{created['id']}").json()["id"] == created["id"]
    assert api.get("/api/projects/1/experiments").json()["count"] == 1


def test_search_applies_to_the_detail_route(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Checkout")
    assert api.get(detail(created["id"]), params={"search": "check"}).status_code == 200
    assert api.get(detail(created["id"]), params={"search": "zzz"}).json() == NOT_FOUND
    assert api.patch(detail(created["id"]), params={"search": "zzz"}, json={}).status_code == 404
    bogus = api.get(detail(created["id"]), params={"order": "bogus"})
    if fake.posthog_version == "2026":  # the order allowlist applies to every action
        invalid(bogus, "Invalid order field: 'bogus'")
    else:
        assert bogus.status_code == 200


def test_patch_changes_only_what_is_sent(api: httpx.Client, clock: FakeClock) -> None:
    created = create(api, "Before", description="keep me")
    clock.advance(30)
    response = api.patch(detail(created["id"]), json={"name": "After", "archived": True})
    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["description"], body["archived"]) == ("After", "keep me", True)
    assert body["updated_at"] == "2026-01-01T12:00:30Z"
    assert body["created_at"] == created["created_at"]
    assert api.get(detail(created["id"])).json() == body


@pytest.mark.parametrize(
    ("payload", "keys"),
    [
        ({"feature_flag_key": "different"}, "get_feature_flag_key"),
        ({"type": "web"}, "type"),
        ({"type": "product"}, "type"),
        ({"_create_in_folder": "x"}, "_create_in_folder"),
        (
            {"type": "web", "feature_flag_key": "other", "_create_in_folder": "y"},
            "_create_in_folder, get_feature_flag_key, type",
        ),
    ],
)
def test_update_whitelist(api: httpx.Client, payload: dict[str, str], keys: str) -> None:
    created = create(api, "Locked", key="locked")
    invalid(
        api.patch(detail(created["id"]), json=payload), f"Can't update keys: {keys} on Experiment"
    )


def test_sending_the_current_flag_key_and_read_only_fields_is_fine(api: httpx.Client) -> None:
    created = create(api, "Same", key="same")
    response = api.patch(
        detail(created["id"]),
        json={
            "feature_flag_key": "same",
            "id": 999,
            "created_at": "2000-01-01T00:00:00Z",
            "foo": 1,
        },
    )
    assert response.status_code == 200
    assert response.json()["id"] == created["id"]
    assert response.json()["created_at"] == created["created_at"]


def test_field_validation_applies_to_patch(api: httpx.Client) -> None:
    created = create(api, "Valid")
    assert_error(
        api.patch(detail(created["id"]), json={"name": ""}),
        400,
        "blank",
        "This field may not be blank.",
        "name",
    )
    assert_error(
        api.patch(detail(created["id"]), json={"conclusion": "meh"}),
        400,
        "invalid_choice",
        '"meh" is not a valid choice.',
        "conclusion",
    )
    invalid(
        api.patch(
            detail(created["id"]),
            json={"start_date": "2026-02-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"},
        ),
        "End date must be after start date",
    )
    invalid(
        api.patch(detail(created["id"]), json={"filters": {"properties": [{"key": "x"}]}}),
        "Experiments do not support global filter properties",
    )


def test_launching_a_draft_activates_its_flag(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Launch", key="launch")
    assert created["feature_flag"]["active"] is False
    body = api.patch(detail(created["id"]), json={"start_date": LAUNCH}).json()
    assert body["start_date"] == LAUNCH
    assert body["feature_flag"]["active"] is True
    assert fake.feature_flag("launch")["active"] is True


def test_end_date_only_stores_and_start_date_null_goes_back_to_draft(
    api: httpx.Client, fake: FakePostHog
) -> None:
    created = create(api, "Cycle", key="cycle", start_date=LAUNCH)
    stopped = api.patch(detail(created["id"]), json={"end_date": "2026-01-05T00:00:00Z"}).json()
    assert stopped["end_date"] == "2026-01-05T00:00:00Z"
    assert stopped["feature_flag"]["active"] is True
    # Only payload dates are compared: an end before the stored start is not rejected.
    early = api.patch(detail(created["id"]), json={"end_date": "2025-01-01T00:00:00Z"})
    assert early.status_code == 200
    draft = api.patch(detail(created["id"]), json={"start_date": None, "end_date": None}).json()
    assert (draft["start_date"], draft["end_date"]) == (None, None)
    assert api.get(BASE, params={"status": "draft"}).json()["count"] == 1
    assert fake.feature_flag("cycle")["active"] is True  # the flag is not switched off


def test_parameters_are_replaced_and_sync_a_drafts_flag(
    api: httpx.Client, fake: FakePostHog
) -> None:
    created = create(
        api,
        "Sync",
        key="sync",
        parameters={"minimum_detectable_effect": 1, "rollout_percentage": 80},
    )
    variants = [
        {"key": "control", "rollout_percentage": 20},
        {"key": "red", "rollout_percentage": 40},
        {"key": "blue", "rollout_percentage": 40},
    ]
    body = api.patch(
        detail(created["id"]), json={"parameters": {"feature_flag_variants": variants}}
    ).json()
    shown = by_version(
        fake.posthog_version,
        v2025=variants,
        v2026=[{**v, "split_percent": v["rollout_percentage"]} for v in variants],
    )
    assert body["parameters"] == {"feature_flag_variants": shown}  # wholesale
    flag = fake.feature_flag("sync")
    assert flag["filters"]["multivariate"]["variants"] == variants
    # 2025 creates and syncs flags at 100%; 2026 takes parameters.rollout_percentage.
    rollout = by_version(fake.posthog_version, v2025=100, v2026=80)
    assert flag["filters"]["groups"] == [{"properties": [], "rollout_percentage": rollout}]
    assert flag["version"] == 2
    # Parameters without variants put the flag back on the defaults.
    api.patch(detail(created["id"]), json={"parameters": {"minimum_detectable_effect": 2}})
    keys = [v["key"] for v in fake.feature_flag("sync")["filters"]["multivariate"]["variants"]]
    assert keys == ["control", "test"]
    invalid(
        api.patch(
            detail(created["id"]),
            json={
                "parameters": {
                    "feature_flag_variants": [
                        {"key": "control", "rollout_percentage": 10},
                        {"key": "t", "rollout_percentage": 10},
                    ]
                }
            },
        ),
        "Invalid variant definitions: Variant rollout percentages must sum to 100.",
    )


def test_launched_experiments_cannot_change_variants(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Locked", key="locked-variants", start_date=LAUNCH)
    path = detail(created["id"])
    for variants in (
        [{"key": "control", "rollout_percentage": 50}, {"key": "other", "rollout_percentage": 50}],
        [
            {"key": "control", "rollout_percentage": 50},
            {"key": "test", "rollout_percentage": 25},
            {"key": "new", "rollout_percentage": 25},
        ],
    ):
        invalid(
            api.patch(path, json={"parameters": {"feature_flag_variants": variants}}),
            "Can't update feature_flag_variants on Experiment",
        )
    # Same keys, new percentages: accepted, but the flag is left alone.
    reweighted = [
        {"key": "control", "rollout_percentage": 90},
        {"key": "test", "rollout_percentage": 10},
    ]
    response = api.patch(path, json={"parameters": {"feature_flag_variants": reweighted}})
    assert response.status_code == 200
    keys_and_shares = [
        (v["key"], v["rollout_percentage"])
        for v in response.json()["parameters"]["feature_flag_variants"]
    ]
    assert keys_and_shares == [("control", 90), ("test", 10)]
    assert (
        fake.feature_flag("locked-variants")["filters"]["multivariate"]["variants"][0][
            "rollout_percentage"
        ]
        == 50
    )


def test_holdout_changes(api: httpx.Client, fake: FakePostHog) -> None:
    first = fake.add_holdout("First", rollout_percentage=5)
    second = fake.add_holdout("Second", rollout_percentage=20)
    draft = create(api, "Draft", key="draft-holdout")
    body = api.patch(detail(draft["id"]), json={"holdout_id": first}).json()
    assert body["holdout"]["name"] == "First"
    flag_filters = fake.feature_flag("draft-holdout")["filters"]
    if fake.posthog_version == "2025":
        assert flag_filters["holdout_groups"] == fake.holdout(first)["filters"]
    else:
        assert flag_filters["holdout"] == {"id": first, "exclusion_percentage": 5}
    cleared = api.patch(detail(draft["id"]), json={"holdout_id": None}).json()
    assert (cleared["holdout"], cleared["holdout_id"]) == (None, None)

    running = create(api, "Running", key="running-holdout", holdout_id=first, start_date=LAUNCH)
    invalid(
        api.patch(detail(running["id"]), json={"holdout_id": second}),
        "Can't update holdout on running Experiment",
    )
    invalid(
        api.patch(detail(running["id"]), json={"holdout_id": None}),
        "Can't update holdout on running Experiment",
    )
    assert api.patch(detail(running["id"]), json={"holdout_id": first}).status_code == 200


def test_saved_metrics_are_replaced_on_update(api: httpx.Client, fake: FakePostHog) -> None:
    a = fake.add_saved_metric("A")
    b = fake.add_saved_metric("B")
    created = create(api, "Saved", saved_metrics_ids=[{"id": a}])
    body = api.patch(detail(created["id"]), json={"saved_metrics_ids": [{"id": b}]}).json()
    assert [s["name"] for s in body["saved_metrics"]] == ["B"]
    assert body["saved_metrics_ids"] is None
    cleared = api.patch(detail(created["id"]), json={"saved_metrics_ids": None}).json()
    assert cleared["saved_metrics"] == []
    untouched = api.patch(detail(created["id"]), json={"name": "Renamed"}).json()
    assert untouched["saved_metrics"] == []


def test_saved_metric_links_on_update(api: httpx.Client, fake: FakePostHog) -> None:
    a = fake.add_saved_metric("A")
    b = fake.add_saved_metric("B")
    created = create(api, "Links", saved_metrics_ids=[{"id": a}])
    link_id = created["saved_metrics"][0]["id"]
    body = api.patch(
        detail(created["id"]), json={"saved_metrics_ids": [{"id": a}, {"id": b}]}
    ).json()
    assert [s["saved_metric"] for s in body["saved_metrics"]] == [a, b]
    # 2025 deletes and recreates every link; 2026 keeps the one that stays.
    kept = body["saved_metrics"][0]["id"] == link_id
    assert kept is by_version(fake.posthog_version, v2025=False, v2026=True)


def test_metrics_on_update_get_uuids_and_fingerprints(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_event("signup")
    created = create(api, "Metrics")
    metric = {
        "kind": "ExperimentMetric",
        "metric_type": "funnel",
        "series": [{"kind": "EventsNode", "event": "signup"}],
    }
    body = api.patch(detail(created["id"]), json={"metrics": [metric]}).json()
    uuid = body["metrics"][0]["uuid"]
    assert body["primary_metrics_ordered_uuids"] == [uuid]
    first_fingerprint = body["metrics"][0]["fingerprint"]
    launched = api.patch(detail(created["id"]), json={"start_date": LAUNCH}).json()
    assert launched["metrics"][0]["fingerprint"] != first_fingerprint  # recomputed


def test_soft_delete_and_restore(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Deletable", key="deletable")
    path = detail(created["id"])
    deleted = api.patch(path, json={"deleted": True})
    assert deleted.status_code == 200
    assert deleted.json()["deleted"] is True
    assert api.get(path).json() == NOT_FOUND
    assert api.get(BASE).json()["count"] == 0
    assert fake.feature_flag("deletable")["deleted"] is False  # flag untouched
    assert api.patch(path, json={"deleted": True}).json() == NOT_FOUND
    assert api.patch(path, json={"name": "x"}).status_code == 404
    restored = api.patch(path, json={"deleted": False})
    assert restored.status_code == 200
    assert restored.json()["deleted"] is False
    assert api.get(path).status_code == 200


def test_restore_accepts_drf_false_spellings(api: httpx.Client) -> None:
    created = create(api, "Spelling")
    path = detail(created["id"])
    api.patch(path, json={"deleted": True})
    assert api.patch(path, json={"deleted": "false"}).json()["deleted"] is False


def test_put_requires_name_and_flag_key(api: httpx.Client) -> None:
    created = create(api, "Put", key="put")
    path = detail(created["id"])
    assert_error(
        api.put(path, json={"feature_flag_key": "put"}),
        400,
        "required",
        "This field is required.",
        "name",
    )
    assert_error(
        api.put(path, json={"name": "X"}),
        400,
        "required",
        "This field is required.",
        "feature_flag_key",
    )
    response = api.put(path, json={"name": "Put again", "feature_flag_key": "put"})
    assert response.status_code == 200
    assert response.json()["name"] == "Put again"
    assert response.json()["description"] == created["description"]


@pytest.mark.parametrize("target", ["1/", "999/", "abc/"])
def test_delete_is_405_with_an_empty_body(api: httpx.Client, target: str) -> None:
    create(api, "Undeletable")
    response = api.delete(BASE + target)
    assert response.status_code == 405
    assert response.content == b""
    assert "content-type" not in response.headers
    assert api.get(BASE).json()["count"] == 1


def test_delete_still_checks_auth_and_scope(connect: Connect, fake: FakePostHog) -> None:
    assert connect(None).delete(detail(1)).status_code == 401
    reader = connect(fake.add_key(scopes=["experiment:read"]))
    assert (
        reader.delete(detail(1)).json()["detail"]
        == "API key missing required scope 'experiment:write'"
    )
