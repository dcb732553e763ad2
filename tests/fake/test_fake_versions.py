"""Rules that differ between the 2025 and 2026 versions, each with both answers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog

from ._support import BASE, NOT_FOUND, assert_error, by_version, create, detail, invalid
from .conftest import Connect

LAUNCH = "2026-01-01T00:00:00Z"
PAGEVIEW = {"kind": "EventsNode", "event": "$pageview"}


def _metric(**fields: Any) -> dict[str, Any]:
    return {"kind": "ExperimentMetric", "metric_type": "mean", "source": PAGEVIEW, **fields}


def _post_metrics(api: httpx.Client, metrics: list[Any], **extra: Any) -> httpx.Response:
    return api.post(BASE, json={"name": "M", "feature_flag_key": "m", "metrics": metrics, **extra})


# ---------------------------------------------------------------------- metrics


@pytest.mark.parametrize(
    ("metric", "message_2026"),
    [
        (
            {"kind": "ExperimentTrendsQuery", "count_query": {}},
            "Invalid metric at index 0: legacy metric kind 'ExperimentTrendsQuery' is no longer "
            "supported for new experiments. Use 'ExperimentMetric' instead.",
        ),
        (
            {"kind": "SomethingElse", "metric_type": "mean"},
            "Invalid metric at index 0: metric kind must be 'ExperimentMetric'",
        ),
        (
            {"kind": "ExperimentMetric", "metric_type": "funnel", "series": []},
            "Invalid metric at index 0: funnel metrics require at least one step. The experiment "
            "exposure event is added as the initial step automatically.",
        ),
        (
            {"kind": "ExperimentMetric", "source": PAGEVIEW},
            "Invalid metric at index 0: [{'loc': ('metric_type',), 'type': 'missing', 'msg': "
            "'Field required'}].",
        ),
        (
            _metric(source={"kind": "EventsNode", "event": "$pageview", "id": 3}),
            "Invalid metric at index 0: [{'loc': ('source', 'id'), 'type': 'extra_forbidden', "
            "'msg': 'Extra inputs are not permitted'}].",
        ),
        (
            _metric(source={"kind": "EventsNode", "event": "$pageview", "properties": {"a": 1}}),
            "Invalid metric at index 0: [{'loc': ('source', 'properties'), 'type': 'list_type', "
            "'msg': 'Input should be a valid list'}].",
        ),
    ],
)
def test_metrics_2026_refuses_what_2025_stores(
    api: httpx.Client, fake: FakePostHog, metric: dict[str, Any], message_2026: str
) -> None:
    fake.add_event("$pageview")
    response = _post_metrics(api, [metric])
    if fake.posthog_version == "2025":  # 2025 validates no metric at all
        assert response.status_code == 201, response.text
        assert response.json()["metrics"][0]["kind"] == metric["kind"]
        return
    invalid(response, message_2026, "metrics")


def test_nulls_in_metric_fields_are_accepted(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_event("$pageview")
    metric = _metric(
        goal=None,
        uuid=None,
        source={"kind": "EventsNode", "event": "$pageview", "math": None, "properties": None},
    )
    funnel = {"kind": "ExperimentMetric", "metric_type": "funnel", "series": [PAGEVIEW]}
    body = create(api, "Nulls", metrics=[metric], metrics_secondary=[{**funnel, "goal": None}])
    assert isinstance(body["metrics"][0]["uuid"], str)  # a null uuid is replaced
    assert body["metrics"][0]["goal"] is None


def test_events_never_ingested(api: httpx.Client, fake: FakePostHog) -> None:
    metric = _metric(source={"kind": "EventsNode", "event": "never seen"})
    response = _post_metrics(api, [metric])
    if fake.posthog_version == "2025":
        assert response.status_code == 201
        return
    invalid(
        response,
        "Event(s) 'never seen' not found. No events with these names have been ingested by this "
        "project. If you meant a different event, please correct it. Only if the user has "
        "explicitly confirmed they want to proceed with the unknown event (e.g. they will "
        "instrument it shortly), call again with allow_unknown_events=True. Do not flip the flag "
        "silently to bypass this check.",
    )
    allowed = _post_metrics(api, [metric], allow_unknown_events=True)
    assert allowed.status_code == 201, allowed.text
    assert "allow_unknown_events" not in allowed.json()  # write-only
    fake.add_event("seen later")
    later = _metric(source={"kind": "EventsNode", "event": "seen later"})
    assert (
        api.post(
            BASE, json={"name": "L", "feature_flag_key": "later", "metrics": [later]}
        ).status_code
        == 201
    )


@pytest.mark.posthog_versions("2026")
def test_actions_that_do_not_exist(api: httpx.Client, fake: FakePostHog) -> None:
    action = fake.add_action("Signed up", ["signup"])
    ok = _metric(source={"kind": "ActionsNode", "id": action})
    assert _post_metrics(api, [ok]).status_code == 201
    missing = _metric(source={"kind": "ActionsNode", "id": 404})
    invalid(
        api.post(BASE, json={"name": "A", "feature_flag_key": "a", "metrics": [missing]}),
        "Action(s) with ID 404 not found or deleted. Each ActionsNode must reference an existing "
        "action belonging to this project.",
    )


# ---------------------------------------------------------------------- update rules


def test_the_launched_rule_comes_before_the_variant_count_rule(api: httpx.Client) -> None:
    created = create(api, "Launched", start_date=LAUNCH)
    response = api.patch(
        detail(created["id"]),
        json={
            "parameters": {"feature_flag_variants": [{"key": "control", "rollout_percentage": 100}]}
        },
    )
    invalid(response, "Can't update feature_flag_variants on Experiment")


def test_update_whitelist_by_version(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Whitelist")
    path = detail(created["id"])
    scheduling = api.patch(path, json={"scheduling_config": {"timezone": "UTC"}})
    matured = api.patch(path, json={"only_count_matured_users": True})
    if fake.posthog_version == "2025":
        invalid(scheduling, "Can't update keys: scheduling_config on Experiment")
        assert matured.status_code == 200  # not a 2025 field: dropped
        assert "only_count_matured_users" not in matured.json()
    else:
        assert scheduling.json()["scheduling_config"] == {"timezone": "UTC"}
        assert matured.json()["only_count_matured_users"] is True
        invalid(
            api.patch(path, json={"exposure_preaggregation_enabled": True}),
            "Can't update keys: exposure_preaggregation_enabled on Experiment",
        )


@pytest.mark.posthog_versions("2026")
def test_legacy_metric_experiments_are_limited_in_2026(
    api: httpx.Client, fake: FakePostHog
) -> None:
    legacy = fake.add_experiment(
        "Legacy",
        validate=False,
        start_date="2025-06-01T00:00:00Z",
        metrics=[{"kind": "ExperimentFunnelsQuery", "funnels_query": {}}],
    )
    path = detail(legacy)
    assert api.patch(path, json={"name": "Renamed", "description": "d"}).status_code == 200
    invalid(
        api.patch(path, json={"archived": True, "conclusion": "won"}),
        "This experiment uses legacy metric formats and can only have its name, description, "
        "or end_date updated. Cannot update: archived, conclusion",
    )
    invalid(
        api.patch(path, json={"end_date": "2025-01-01T00:00:00Z"}),
        "End date must be after start date",
    )


@pytest.mark.posthog_versions("2025")
def test_legacy_metric_experiments_are_plain_rows_in_2025(api: httpx.Client) -> None:
    legacy = create(api, "Legacy", metrics=[{"kind": "ExperimentTrendsQuery", "count_query": {}}])
    response = api.patch(detail(legacy["id"]), json={"archived": True})
    assert response.status_code == 200


def test_restore_with_a_deleted_flag(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Restore", key="restore")
    path = detail(created["id"])
    api.patch(path, json={"deleted": True})
    fake.delete_feature_flag("restore")
    response = api.patch(path, json={"deleted": False})
    if fake.posthog_version == "2025":
        assert response.status_code == 200
        return
    invalid(
        response,
        "Cannot restore experiment: the linked feature flag has been deleted. Restore the "
        "feature flag first, then restore the experiment.",
    )


def test_update_feature_flag_params(api: httpx.Client, fake: FakePostHog) -> None:
    created = create(api, "Running", key="running", start_date=LAUNCH)
    parameters = {"rollout_percentage": 40, "feature_flag_variants": created_variants()}
    response = api.patch(
        detail(created["id"]),
        json={"parameters": parameters, "update_feature_flag_params": True},
    )
    assert response.status_code == 200, response.text
    groups = fake.feature_flag("running")["filters"]["groups"]
    # 2025 has no such switch (the key is dropped), so a running flag is left alone.
    assert groups[0]["rollout_percentage"] == by_version(fake.posthog_version, v2025=100, v2026=40)


def created_variants() -> list[dict[str, Any]]:
    return [
        {"key": "control", "name": "Control Group", "rollout_percentage": 50},
        {"key": "test", "name": "Test Variant", "rollout_percentage": 50},
    ]


# ---------------------------------------------------------------------- responses


def test_status_is_computed_in_2026_only(api: httpx.Client, fake: FakePostHog) -> None:
    draft = create(api, "Draft")
    running = create(api, "Running", key="running", start_date=LAUNCH)
    stopped = create(api, "Stopped", start_date=LAUNCH, end_date="2026-01-02T00:00:00Z")
    fake.set_feature_flag_active("running", False)
    statuses = [api.get(detail(e["id"])).json().get("status") for e in (draft, running, stopped)]
    expected = by_version(
        fake.posthog_version, v2025=[None, None, None], v2026=["draft", "paused", "stopped"]
    )
    assert statuses == expected


def test_lean_list_items(posthog_version: str) -> None:
    fake = FakePostHog(posthog_version=posthog_version, lean_list_items=True)
    fake.add_experiment("Lean")
    with fake.client() as client:
        item = client.get(BASE).json()["results"][0]
        full = client.get(detail(item["id"])).json()
    omitted = {
        "metrics",
        "metrics_secondary",
        "saved_metrics",
        "saved_metrics_ids",
        "holdout_id",
        "filters",
        "secondary_metrics",
        "stats_config",
        "scheduling_config",
        "exposure_criteria",
        "primary_metrics_ordered_uuids",
        "secondary_metrics_ordered_uuids",
    }
    assert not omitted & set(item)
    assert item == {k: v for k, v in full.items() if k not in omitted}
    fake.lean_list_items = False
    with fake.client() as client:
        assert "metrics" in client.get(BASE).json()["results"][0]


# ---------------------------------------------------------------------- routes


@pytest.mark.parametrize(
    "action",
    [
        "launch",
        "end",
        "pause",
        "resume",
        "reset",
        "archive",
        "unarchive",
        "ship_variant",
        "copy_to_project",
    ],
)
def test_2026_actions_are_unknown_paths_in_2025(
    connect: Connect, fake: FakePostHog, action: str
) -> None:
    experiment = fake.add_experiment("Exists")
    response = connect().post(f"{detail(experiment)}{action}/", json={})
    if fake.posthog_version == "2025":
        assert response.status_code == 404
        assert response.json() == NOT_FOUND
        assert connect(None).post(f"{detail(experiment)}{action}/").status_code == 404
    else:
        assert response.status_code != 404, response.text


def test_2025_actions_exist_in_both_versions(api: httpx.Client, fake: FakePostHog) -> None:
    assert api.get(f"{BASE}stats/").status_code == 200
    assert api.get(f"{BASE}eligible_feature_flags/").status_code == 200


def test_an_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="posthog_version must be one of"):
        FakePostHog(posthog_version="2024")


def test_version_is_reported(fake: FakePostHog, posthog_version: str) -> None:
    assert fake.posthog_version == posthog_version
    assert FakePostHog().posthog_version == "2026"  # today's PostHog by default


def test_writable_fields_come_from_the_generated_request_model() -> None:
    import attrs

    from posthog_experiments_client._generated.models.experiment_create import ExperimentCreate
    from posthog_experiments_client.testing._rules.experiment_fields import spec_writable_fields
    from posthog_experiments_client.testing._rules.versions import VERSIONS

    spec = spec_writable_fields()
    assert len(spec) == len(attrs.fields(ExperimentCreate)) - 1  # all but additional_properties
    assert {"type", "_create_in_folder"} <= set(spec)  # JSON names, not Python attributes
    for version in VERSIONS.values():
        names = version.writable_fields
        assert len(set(names)) == len(names)
        assert [n for n in names if n in spec] == [n for n in spec if n in names]  # spec order
    newest_only = {"feature_flag", "excluded_variants", "tags"}
    assert set(spec) - newest_only <= set(VERSIONS["2026"].writable_fields)
    for version in VERSIONS.values():
        assert not newest_only & set(version.writable_fields)  # newer than both versions
    assert "update_feature_flag_params" not in VERSIONS["2025"].writable_fields
    assert "update_feature_flag_params" in VERSIONS["2026"].writable_fields


def test_hogql_property_in_exposure_cohort_has_no_value(api: httpx.Client) -> None:
    custom = {"events": [{"id": "$pageview", "properties": [{"key": "x = 1", "type": "hogql"}]}]}
    experiment = create(
        api, "HogQL", start_date=LAUNCH, parameters={"custom_exposure_filter": custom}
    )
    cohort = api.post(
        f"{detail(experiment['id'])}create_exposure_cohort_for_experiment/", json={}
    ).json()["cohort"]
    entry = cohort["filters"]["properties"]["values"][0]["values"][0]
    assert entry["event_filters"] == [{"key": "x = 1", "type": "hogql"}]


def test_holdout_scope_of_the_2026_error(api: httpx.Client, fake: FakePostHog) -> None:
    assert_error(
        api.post(BASE, json={"name": "N", "feature_flag_key": "k", "holdout_id": 77}),
        400,
        "does_not_exist",
        'Invalid pk "77" - object does not exist.',
        "holdout_id",
    )


def test_rules_never_branch_on_the_version_name() -> None:
    """Every difference is a row of the version table, not an ``if version == ...``."""
    import re
    from pathlib import Path

    import posthog_experiments_client.testing as testing

    branch = re.compile(r'version\.name\s*[!=]=|posthog_version\s*[!=]=|[!=]=\s*"202[56]"')
    root = Path(testing.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if branch.search(line)
    ]
    assert offenders == []
