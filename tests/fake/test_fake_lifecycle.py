"""2026's lifecycle actions and the other actions outside the docs page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import BASE, NOT_FOUND, assert_error, create, detail, invalid
from .conftest import Connect

LAUNCH = "2026-01-01T00:00:00Z"
NOW = "2026-01-01T12:00:00Z"  # the frozen test clock

lifecycle = pytest.mark.posthog_versions("2026")


def _act(api: httpx.Client, experiment_id: int, action: str, **body: Any) -> httpx.Response:
    return api.post(f"{detail(experiment_id)}{action}/", json=body)


def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


@lifecycle
def test_launch_pause_resume_end_archive(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(api, "Lifecycle", key="lifecycle")
    eid = experiment["id"]
    invalid(_act(api, eid, "pause"), "Experiment has not been launched yet.")
    invalid(_act(api, eid, "end"), "Experiment has not been launched yet.")
    invalid(_act(api, eid, "reset"), "Experiment is already in draft state.")

    launched = _ok(_act(api, eid, "launch"))
    assert (launched["status"], launched["start_date"]) == ("running", NOW)
    assert launched["feature_flag"]["active"] is True
    invalid(_act(api, eid, "launch"), "Experiment has already been launched.")
    invalid(_act(api, eid, "resume"), "Experiment is not paused.")

    paused = _ok(_act(api, eid, "pause"))
    assert paused["status"] == "paused"
    assert fake.feature_flag("lifecycle")["active"] is False  # pausing switches the flag off
    assert [e["name"] for e in api.get(BASE, params={"status": "paused"}).json()["results"]] == [
        "Lifecycle"
    ]
    invalid(_act(api, eid, "pause"), "Experiment is already paused.")
    resumed = _ok(_act(api, eid, "resume"))
    assert resumed["status"] == "running"
    assert fake.feature_flag("lifecycle")["active"] is True

    invalid(_act(api, eid, "archive"), "Experiment must be ended before it can be archived.")
    assert_error(
        _act(api, eid, "end", conclusion="maybe"),
        400,
        "invalid_choice",
        '"maybe" is not a valid choice.',
        "conclusion",
    )
    ended = _ok(_act(api, eid, "end", conclusion="won", conclusion_comment="Clear win"))
    assert (ended["status"], ended["end_date"]) == ("stopped", NOW)
    assert (ended["conclusion"], ended["conclusion_comment"]) == ("won", "Clear win")
    assert ended["feature_flag"]["active"] is True  # ending leaves the flag alone
    invalid(_act(api, eid, "end"), "Experiment has already ended.")
    invalid(_act(api, eid, "pause"), "Experiment has already ended.")

    invalid(_act(api, eid, "unarchive"), "Experiment is not archived.")
    archived = _ok(_act(api, eid, "archive"))
    assert archived["archived"] is True
    assert api.get(BASE).json()["count"] == 0
    invalid(_act(api, eid, "archive"), "Experiment is already archived.")
    assert _ok(_act(api, eid, "unarchive"))["archived"] is False


@lifecycle
def test_reset_clears_dates_and_conclusion(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(
        api,
        "Reset",
        key="reset",
        start_date=LAUNCH,
        end_date="2026-01-01T06:00:00Z",
        conclusion="lost",
        conclusion_comment="no",
        archived=True,
    )
    reset = _ok(_act(api, experiment["id"], "reset"))
    assert (reset["start_date"], reset["end_date"], reset["archived"]) == (None, None, False)
    assert (reset["conclusion"], reset["conclusion_comment"]) == (None, None)
    assert reset["status"] == "draft"
    assert fake.feature_flag("reset")["active"] is True  # the flag is untouched


@lifecycle
def test_launch_guards(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(api, "Guarded", key="guarded")
    fake.delete_feature_flag("guarded")
    invalid(
        _act(api, experiment["id"], "launch"),
        "Experiment cannot be launched because its feature flag has been deleted.",
    )
    assert api.get(detail(experiment["id"])).json()["start_date"] is None


@lifecycle
def test_ship_variant(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(api, "Ship", key="ship", start_date=LAUNCH)
    eid = experiment["id"]
    assert_error(
        _act(api, eid, "ship_variant"), 400, "required", "This field is required.", "variant_key"
    )
    invalid(
        _act(api, eid, "ship_variant", variant_key="nope"),
        "Variant 'nope' not found on feature flag.",
    )
    shipped = _ok(_act(api, eid, "ship_variant", variant_key="test", conclusion="won"))
    assert (shipped["status"], shipped["end_date"], shipped["conclusion"]) == (
        "stopped",
        NOW,
        "won",
    )
    filters = fake.feature_flag("ship")["filters"]
    assert [(v["key"], v["rollout_percentage"]) for v in filters["multivariate"]["variants"]] == [
        ("control", 0),
        ("test", 100),
    ]
    # A 100% group already serves everyone, so no release group is added.
    assert filters["groups"] == [{"properties": [], "rollout_percentage": 100}]
    assert shipped["feature_flag"]["version"] == 2
    # Shipping again after the end only rewrites the flag.
    again = _ok(_act(api, eid, "ship_variant", variant_key="control"))
    assert again["end_date"] == NOW
    variants = fake.feature_flag("ship")["filters"]["multivariate"]["variants"]
    assert [v["rollout_percentage"] for v in variants] == [100, 0]


@lifecycle
def test_ship_variant_adds_a_release_group_when_rollout_is_partial(
    api: httpx.Client, fake: FakePostHog
) -> None:
    experiment = create(
        api, "Partial", key="partial", start_date=LAUNCH, parameters={"rollout_percentage": 30}
    )
    _ok(_act(api, experiment["id"], "ship_variant", variant_key="control"))
    groups = fake.feature_flag("partial")["filters"]["groups"]
    assert groups == [
        {
            "properties": [],
            "rollout_percentage": 100,
            "description": "Added automatically when the experiment was ended to keep only one "
            "variant.",
        },
        {"properties": [], "rollout_percentage": 30},
    ]


@lifecycle
def test_ship_variant_under_an_approval_policy(api: httpx.Client, fake: FakePostHog) -> None:
    fake.ship_variant_requires_approval = True
    experiment = create(api, "Approval", key="approval", start_date=LAUNCH)
    before = fake.feature_flag("approval")
    response = _act(api, experiment["id"], "ship_variant", variant_key="test")
    assert response.status_code == 409
    body = response.json()
    assert isinstance(body["change_request_id"], str)
    assert body["change_request_id"]
    assert fake.feature_flag("approval") == before  # nothing changed
    assert api.get(detail(experiment["id"])).json()["end_date"] is None
    fake.ship_variant_requires_approval = False
    assert _act(api, experiment["id"], "ship_variant", variant_key="test").status_code == 200


@lifecycle
def test_a_shared_flag_pauses_both_experiments(api: httpx.Client, fake: FakePostHog) -> None:
    source = create(api, "Shared", key="shared", start_date=LAUNCH)
    copy = api.post(f"{detail(source['id'])}duplicate/", json={}).json()
    assert copy["feature_flag"]["id"] == source["feature_flag"]["id"]
    _ok(_act(api, copy["id"], "launch"))
    _ok(_act(api, source["id"], "pause"))
    assert api.get(detail(copy["id"])).json()["status"] == "paused"


@lifecycle
def test_copy_to_project(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_event("$pageview")
    target = fake.second_project_id
    elsewhere = fake.add_project(name="Not mine", members=[])
    saved = fake.add_saved_metric("Saved")
    metric = {
        "kind": "ExperimentMetric",
        "metric_type": "mean",
        "source": {"kind": "EventsNode", "event": "$pageview"},
    }
    source = create(
        api,
        "Portable",
        key="portable",
        start_date=LAUNCH,
        metrics=[metric],
        saved_metrics_ids=[{"id": saved}],
    )
    path = f"{detail(source['id'])}copy_to_project/"
    missing = api.post(path, json={})
    assert (missing.status_code, missing.json()) == (400, {"detail": "target_team_id is required."})
    unknown = api.post(path, json={"target_team_id": 999})
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "Target team not found."})
    forbidden = api.post(path, json={"target_team_id": elsewhere})
    assert forbidden.status_code == 403
    assert forbidden.json() == {"detail": "You do not have write access to the target project."}

    response = api.post(path, json={"target_team_id": target, "name": "Portable copy"})
    assert response.status_code == 201, response.text
    copy = response.json()
    assert copy["name"] == "Portable copy"
    assert copy["status"] == "draft"
    assert copy["feature_flag"]["team_id"] == target
    assert copy["feature_flag"]["key"] == "portable"
    assert copy["feature_flag"]["id"] != source["feature_flag"]["id"]
    assert copy["saved_metrics"] == []
    assert copy["metrics"][0]["source"] == metric["source"]
    assert copy["metrics"][0]["uuid"] != source["metrics"][0]["uuid"]
    listed = api.get(f"/api/projects/{target}/experiments/").json()
    assert [e["id"] for e in listed["results"]] == [copy["id"]]
    assert api.get(BASE).json()["count"] == 1


# ---------------------------------------------------------------------- both versions


def test_eligible_feature_flags(api: httpx.Client, connect: Connect, fake: FakePostHog) -> None:
    path = f"{BASE}eligible_feature_flags/"
    fake.add_feature_flag("boolean", variants=None)
    fake.add_feature_flag(
        "control-second",
        variants=[
            {"key": "a", "rollout_percentage": 50},
            {"key": "control", "rollout_percentage": 50},
        ],
    )
    fake.add_feature_flag("gone", deleted=True)
    for index in range(25):
        fake.add_feature_flag(f"good-{index:02}", active=index % 2 == 0)
    first = api.get(path).json()
    assert first["count"] == 25
    assert len(first["results"]) == 20  # default page of 20
    assert first["results"][0]["key"] == "good-24"  # newest first
    assert {"key", "filters", "active", "created_by", "experiment_set"} <= set(first["results"][0])
    assert len(api.get(path, params={"limit": 500}).json()["results"]) == 25  # capped at 100
    assert [
        f["key"] for f in api.get(path, params={"search": "GOOD-0", "limit": 3}).json()["results"]
    ] == [
        "good-09",
        "good-08",
        "good-07",
    ]
    assert api.get(path, params={"active": "false"}).json()["count"] == 12
    assert api.get(path, params={"offset": 20}).json()["results"][-1]["key"] == "good-00"
    for bad in ({"limit": "x"}, {"offset": "-1"}):
        response = api.get(path, params=bad)
        assert (response.status_code, response.json()) == (
            400,
            {"error": "Invalid limit or offset"},
        )
    reader = connect(fake.add_key(scopes=["experiment:read"]))
    assert reader.get(path).json()["detail"] == "API key missing required scope 'feature_flag:read'"
    assert connect(fake.add_key(scopes=["feature_flag:read"])).get(path).status_code == 200


def test_stats(api: httpx.Client, fake: FakePostHog, clock: FakeClock) -> None:
    now = clock()
    fake.add_experiment("Draft")
    fake.add_experiment("Recent", start_date=now - timedelta(days=3))
    fake.add_experiment("Recent 2", start_date=now - timedelta(days=10))
    fake.add_experiment(
        "Older", start_date=now - timedelta(days=40), end_date=now - timedelta(days=5)
    )
    fake.add_experiment("Gone", start_date=now - timedelta(days=1), deleted=True)
    response = api.get(f"{BASE}stats/")
    assert response.status_code == 200
    assert response.json() == {
        "launched_last_30d": 2,
        "launched_previous_30d": 1,
        "percent_change": 100.0,
        "active_experiments": 2,
        "completed_last_30d": 1,
    }


def test_timeseries_results_and_recalculation(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_event("$pageview")
    metric = {
        "kind": "ExperimentMetric",
        "metric_type": "mean",
        "source": {"kind": "EventsNode", "event": "$pageview"},
    }
    experiment = create(api, "Series", start_date=LAUNCH, metrics=[metric])
    stored = experiment["metrics"][0]
    results_path = f"{detail(experiment['id'])}timeseries_results/"
    invalid(api.get(results_path), "metric_uuid query parameter is required")
    invalid(
        api.get(results_path, params={"metric_uuid": stored["uuid"]}),
        "fingerprint query parameter is required",
    )
    query = {"metric_uuid": stored["uuid"], "fingerprint": stored["fingerprint"]}
    before = api.get(results_path, params=query).json()
    assert (before["status"], before["timeseries"], before["created_at"]) == ("pending", {}, None)

    recalc_path = f"{detail(experiment['id'])}recalculate_timeseries/"
    invalid(api.post(recalc_path, json={}), "metric is required")
    body = {"metric": stored, "fingerprint": stored["fingerprint"]}
    started = api.post(recalc_path, json=body)
    assert started.status_code == 201
    assert started.json()["status"] == "pending"
    again = api.post(recalc_path, json=body)
    assert again.status_code == 200
    assert again.json()["id"] == started.json()["id"]
    assert api.get(results_path, params=query).json()["created_at"] == NOW
    assert api.get(f"{BASE}999/timeseries_results/", params=query).json() == NOT_FOUND


def test_stats_is_not_an_experiment_id(api: httpx.Client) -> None:
    assert list(api.get(f"{BASE}stats").json()) == [
        "launched_last_30d",
        "launched_previous_30d",
        "percent_change",
        "active_experiments",
        "completed_last_30d",
    ]
