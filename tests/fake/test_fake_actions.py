"""duplicate, create_exposure_cohort_for_experiment, requires_flag_implementation."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
import pytest

from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import BASE, NOT_FOUND, by_version, create, detail, experiment_keys, invalid

LAUNCH = "2026-01-01T00:00:00Z"


def _duplicate(api: httpx.Client, experiment_id: int, **body: object) -> httpx.Response:
    return api.post(f"{detail(experiment_id)}duplicate/", json=body)


# ---------------------------------------------------------------------- duplicate


PAGEVIEWS = {"kind": "EventsNode", "event": "$pageview"}


def test_duplicate_copies_the_right_fields(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_event("$pageview")
    holdout = fake.add_holdout()
    saved = fake.add_saved_metric("Saved")
    source = create(
        api,
        "Source",
        key="source",
        description="desc",
        type="web",
        parameters={"minimum_detectable_effect": 7},
        filters={"events": [{"id": "$pageview"}]},
        metrics=[
            {"kind": "ExperimentMetric", "metric_type": "mean", "uuid": "m1", "source": PAGEVIEWS}
        ],
        metrics_secondary=[
            {
                "kind": "ExperimentMetric",
                "metric_type": "funnel",
                "uuid": "m2",
                "series": [PAGEVIEWS],
            }
        ],
        stats_config={"method": "frequentist"},
        exposure_criteria={"filterTestAccounts": True},
        saved_metrics_ids=[{"id": saved, "metadata": {"type": "secondary"}}],
        holdout_id=holdout,
        start_date=LAUNCH,
        end_date="2026-01-10T00:00:00Z",
        conclusion="won",
        conclusion_comment="yay",
        archived=True,
    )
    api.post(f"{detail(source['id'])}create_exposure_cohort_for_experiment/", json={})
    response = _duplicate(api, source["id"])
    assert response.status_code == 201
    copy = response.json()
    assert list(copy) == experiment_keys(fake.posthog_version)
    assert copy["id"] != source["id"]
    assert copy["name"] == "Source (Copy)"
    for key in (
        "description",
        "type",
        "parameters",
        "filters",
        "stats_config",
        "exposure_criteria",
    ):
        assert copy[key] == source[key], key
    primary = [m["uuid"] for m in copy["metrics"]]
    secondary = [m["uuid"] for m in copy["metrics_secondary"]]
    if fake.posthog_version == "2025":  # 2025 keeps the source's uuids
        assert (primary, secondary) == (["m1"], ["m2"])
        assert copy["primary_metrics_ordered_uuids"] == source["primary_metrics_ordered_uuids"]
    else:  # 2026 gives the copy new uuids and remaps the ordering arrays
        assert primary[0] not in ("m1", "m2")
        assert secondary[0] not in ("m1", "m2", primary[0])
        assert copy["primary_metrics_ordered_uuids"] == primary
        assert copy["secondary_metrics_ordered_uuids"][0] == secondary[0]
    assert [m["source"] for m in copy["metrics"]] == [PAGEVIEWS]
    assert [(s["saved_metric"], s["metadata"]) for s in copy["saved_metrics"]] == [
        (saved, {"type": "secondary"})
    ]
    assert copy["saved_metrics"][0]["id"] != source["saved_metrics"][0]["id"]
    # Reset or not copied:
    assert (copy["start_date"], copy["end_date"], copy["archived"], copy["deleted"]) == (
        None,
        None,
        False,
        False,
    )
    assert (copy["holdout"], copy["holdout_id"], copy["exposure_cohort"]) == (None, None, None)
    assert (copy["conclusion"], copy["conclusion_comment"]) == (None, None)
    # The copy shares the source's flag.
    assert copy["feature_flag"]["id"] == source["feature_flag"]["id"]
    assert copy["feature_flag_key"] == "source"


def test_duplicate_names_count_up_against_live_names(api: httpx.Client) -> None:
    source = create(api, "Conflict Test")
    names = [_duplicate(api, source["id"]).json()["name"] for _ in range(3)]
    assert names == ["Conflict Test (Copy)", "Conflict Test (Copy) 1", "Conflict Test (Copy) 2"]
    # A deleted copy frees its name.
    first_copy = api.get(BASE, params={"search": "(Copy)", "order": "created_at"}).json()[
        "results"
    ][0]
    api.patch(detail(first_copy["id"]), json={"deleted": True})
    assert _duplicate(api, source["id"]).json()["name"] == "Conflict Test (Copy)"


def test_duplicate_with_a_given_name(api: httpx.Client, fake: FakePostHog) -> None:
    source = create(api, "Named")
    named = _duplicate(api, source["id"], name="Brand new").json()["name"]
    assert named == by_version(fake.posthog_version, v2025="Named (Copy)", v2026="Brand new")
    invalid_name = _duplicate(api, source["id"], name="")
    if fake.posthog_version == "2025":  # 2025 reads only feature_flag_key from the body
        assert invalid_name.status_code == 201
    else:
        assert invalid_name.status_code == 400
        assert invalid_name.json()["attr"] == "name"


@pytest.mark.posthog_versions("2026")
def test_duplicate_refuses_legacy_metrics_with_a_bare_body_in_2026(
    api: httpx.Client, fake: FakePostHog
) -> None:
    legacy = fake.add_experiment(
        "Legacy", validate=False, metrics=[{"kind": "ExperimentTrendsQuery", "count_query": {}}]
    )
    response = _duplicate(api, legacy)
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Duplication is not supported for experiments using legacy metrics."
    }


@pytest.mark.posthog_versions("2025")
def test_duplicate_copies_legacy_metrics_in_2025(api: httpx.Client) -> None:
    legacy = {"kind": "ExperimentTrendsQuery", "count_query": {"kind": "TrendsQuery"}}
    source = create(api, "Legacy", metrics=[legacy])
    copy = _duplicate(api, source["id"]).json()
    assert copy["metrics"][0]["kind"] == "ExperimentTrendsQuery"


def test_duplicate_with_a_new_flag_key(api: httpx.Client, fake: FakePostHog) -> None:
    variants = [
        {"key": "control", "rollout_percentage": 10},
        {"key": "x", "rollout_percentage": 90},
    ]
    source = create(
        api,
        "Own flag",
        key="own",
        start_date=LAUNCH,
        parameters={"feature_flag_variants": variants},
    )
    copy = _duplicate(api, source["id"], feature_flag_key="own-copy").json()
    assert copy["feature_flag_key"] == "own-copy"
    assert copy["feature_flag"]["id"] != source["feature_flag"]["id"]
    assert copy["feature_flag"]["active"] is False  # the copy is a draft
    assert copy["feature_flag"]["filters"]["multivariate"]["variants"] == variants


def test_duplicate_onto_an_existing_flag_applies_the_existing_flag_rules(
    api: httpx.Client, fake: FakePostHog
) -> None:
    source = create(api, "Source")
    fake.add_feature_flag("boolean-flag", variants=None)
    invalid(
        _duplicate(api, source["id"], feature_flag_key="boolean-flag"),
        by_version(
            fake.posthog_version,
            v2025="Feature flag is not eligible for experiments.",
            v2026="Feature flag must have at least 2 variants (control and at least one test "
            "variant)",
        ),
    )
    variants = [
        {"key": "control", "rollout_percentage": 20},
        {"key": "test", "rollout_percentage": 80},
    ]
    good = fake.add_feature_flag("shared-flag", variants=variants)
    source = create(api, "With parameters", parameters={"minimum_detectable_effect": 3})
    copy = _duplicate(api, source["id"], feature_flag_key="shared-flag").json()
    assert copy["feature_flag"]["id"] == good
    if fake.posthog_version == "2025":  # parameters unchanged
        assert copy["parameters"] == source["parameters"]
    else:  # the linked flag's variants replace the copied ones
        assert copy["parameters"]["minimum_detectable_effect"] == 3
        assert [
            (v["key"], v["rollout_percentage"]) for v in copy["parameters"]["feature_flag_variants"]
        ] == [("control", 20), ("test", 80)]
    invalid_key = _duplicate(api, source["id"], feature_flag_key="bad key")
    assert invalid_key.json()["attr"] == "key"


def test_duplicate_of_unknown_or_deleted_is_404(api: httpx.Client) -> None:
    source = create(api, "Gone")
    api.patch(detail(source["id"]), json={"deleted": True})
    assert _duplicate(api, source["id"]).json() == NOT_FOUND
    assert _duplicate(api, 999).json() == NOT_FOUND


def test_duplicate_without_a_body(api: httpx.Client) -> None:
    source = create(api, "No body")
    response = api.post(f"{detail(source['id'])}duplicate/")
    assert response.status_code == 201
    assert response.json()["name"] == "No body (Copy)"


# ---------------------------------------------------------------------- exposure cohort


def _cohort(api: httpx.Client, experiment_id: int) -> httpx.Response:
    return api.post(f"{detail(experiment_id)}create_exposure_cohort_for_experiment/", json={})


def test_exposure_cohort(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = create(
        api, "Checkout test", key="checkout-test", start_date="2026-01-01T10:00:00Z"
    )
    response = _cohort(api, experiment["id"])
    assert response.status_code == 201
    cohort = response.json()["cohort"]
    assert list(response.json()) == ["cohort"]
    assert cohort == {
        "id": 1,
        "name": 'Users exposed to experiment "Checkout test"',
        "description": "",
        "groups": [],
        "deleted": False,
        "filters": {
            "properties": {
                "type": "OR",
                "values": [
                    {
                        "type": "OR",
                        "values": [
                            {
                                "type": "behavioral",
                                "value": "performed_event",
                                "key": "$feature_flag_called",
                                "negation": False,
                                "event_type": "events",
                                "event_filters": [
                                    {
                                        "key": "$feature_flag",
                                        "value": ["checkout-test"],
                                        "operator": "exact",
                                        "type": "event",
                                    }
                                ],
                                "explicit_datetime": "2026-01-01T10:00:00+00:00",
                            }
                        ],
                    }
                ],
            }
        },
        "query": None,
        "version": None,
        "pending_version": None,
        "is_calculating": True,
        "created_by": cohort["created_by"],
        "created_at": "2026-01-01T12:00:00Z",
        "last_calculation": None,
        "errors_calculating": 0,
        "last_error_message": None,
        "count": None,
        "is_static": False,
        "cohort_type": "behavioral",
        "experiment_set": [experiment["id"]],
    }
    assert cohort["created_by"]["id"] == fake.user_id
    assert api.get(detail(experiment["id"])).json()["exposure_cohort"] == cohort["id"]
    assert fake.cohort(cohort["id"]) == cohort


def test_exposure_cohort_errors_in_order(api: httpx.Client) -> None:
    draft = create(
        api, "Draft", parameters={"custom_exposure_filter": {"actions": [{"id": "abc"}]}}
    )
    invalid(_cohort(api, draft["id"]), "Experiment does not have a start date")
    api.patch(detail(draft["id"]), json={"start_date": LAUNCH})
    invalid(_cohort(api, draft["id"]), "Invalid action ID")

    launched = create(api, "Launched", start_date=LAUNCH)
    assert _cohort(api, launched["id"]).status_code == 201
    invalid(_cohort(api, launched["id"]), "Experiment already has an exposure cohort")
    assert _cohort(api, 999).json() == NOT_FOUND


def test_exposure_cohort_with_a_custom_exposure_filter(api: httpx.Client) -> None:
    custom = {
        "events": [
            {
                "id": "$pageview",
                "order": 0,
                "properties": [
                    {"key": "bonk", "value": "bonk"},
                    {"key": "$browser", "value": ["Chrome"], "operator": "exact", "type": "event"},
                    {"key": "email", "value": "x", "type": "person"},
                    {"key": "properties.plan = 'pro'", "type": "hogql", "value": None},
                    {"key": 2, "value": 2, "type": "cohort"},
                ],
            }
        ]
    }
    experiment = create(
        api, "Custom", start_date=LAUNCH, parameters={"custom_exposure_filter": custom}
    )
    entry = _cohort(api, experiment["id"]).json()["cohort"]["filters"]["properties"]["values"][0][
        "values"
    ][0]
    assert entry["key"] == "$pageview"
    assert entry["event_type"] == "events"
    assert entry["event_filters"] == [
        {"key": "bonk", "value": "bonk", "type": "event"},
        {"key": "$browser", "value": ["Chrome"], "operator": "exact", "type": "event"},
        {"key": "properties.plan = 'pro'", "type": "hogql"},  # a HogQL filter has no value
    ]

    by_action = create(
        api,
        "By action",
        start_date=LAUNCH,
        parameters={"custom_exposure_filter": {"actions": [{"id": "7"}]}},
    )
    entry = _cohort(api, by_action["id"]).json()["cohort"]["filters"]["properties"]["values"][0][
        "values"
    ][0]
    assert (entry["key"], entry["event_type"], entry["event_filters"]) == (7, "actions", [])


# ---------------------------------------------------------------------- requires_flag_implementation

RFI = f"{BASE}requires_flag_implementation/"


def _rfi(api: httpx.Client, **params: object) -> object:
    response = api.get(RFI, params={k: json.dumps(v) for k, v in params.items()})
    assert response.status_code == 200, response.text
    assert list(response.json()) == ["result"]
    return response.json()["result"]


def test_requires_flag_implementation_without_events_is_true(api: httpx.Client) -> None:
    assert _rfi(api) is True
    assert _rfi(api, events=[{"id": "$pageview"}]) is True


def test_requires_flag_implementation_reads_seeded_events(
    api: httpx.Client, fake: FakePostHog, clock: FakeClock
) -> None:
    fake.add_event("$pageview", {"$browser": "Chrome"})
    assert _rfi(api, events=[{"id": "$pageview", "type": "events"}]) is True
    fake.add_event("signup", {"$feature/checkout": "test"})
    assert _rfi(api, events=[{"id": "$pageview"}]) is True
    assert _rfi(api, events=[{"id": "$pageview"}, {"id": "signup"}]) is False
    action = fake.add_action("Signed up", ["signup"])
    assert _rfi(api, actions=[{"id": action}]) is False
    # Only the last seven days count.
    clock.advance(timedelta(days=8).total_seconds())
    assert _rfi(api, events=[{"id": "signup"}]) is True


def test_requires_flag_implementation_samples_twenty_events(
    api: httpx.Client, fake: FakePostHog
) -> None:
    fake.add_event("click", {"$feature/old": "x"})
    for _ in range(20):
        fake.add_event("click", {"plain": True})
    assert _rfi(api, events=[{"id": "click"}]) is True
    fake.add_event("click", {"$feature/new": "y"})
    assert _rfi(api, events=[{"id": "click"}]) is False


def test_requires_flag_implementation_bad_json_is_400(api: httpx.Client) -> None:
    invalid(api.get(RFI, params={"events": "{not json"}), "events must be a JSON list.", "events")


def test_requires_flag_implementation_is_not_an_experiment_id(api: httpx.Client) -> None:
    assert api.get(RFI).status_code == 200
    assert api.get(RFI.rstrip("/")).status_code == 200
    response = api.post(RFI, json={})
    assert response.status_code == 405


@pytest.mark.parametrize("suffix", ["duplicate/", "create_exposure_cohort_for_experiment/"])
def test_detail_actions_only_take_post(api: httpx.Client, suffix: str) -> None:
    experiment = create(api, "Posts only")
    response = api.get(f"{detail(experiment['id'])}{suffix}")
    assert response.status_code == 405
    assert response.json()["detail"] == 'Method "GET" not allowed.'
