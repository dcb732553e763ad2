"""The 2026 experiment shapes in the generated layer: lean list items, nulls, new fields, open blobs.

Every response below is parsed and turned back into JSON; the result must equal the input exactly
(types included), so nothing PostHog sends is lost or changed on the way through the models.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from posthog_experiments_client._generated.api.experiments import (
    experiments_create,
    experiments_list,
    experiments_partial_update,
    experiments_update,
)
from posthog_experiments_client._generated.client import AuthenticatedClient
from posthog_experiments_client._generated.models import (
    Experiment,
    ExperimentCreate,
    ExperimentEventSource,
    ExperimentFeatureFlagInput,
    ExperimentMetric,
    ExperimentParameters,
    ExperimentUpdate,
    ExposureCriteria,
    MinimalFeatureFlag,
    PaginatedExperimentList,
    PatchedExperiment,
    RunningTimeCalculation,
)
from posthog_experiments_client._generated.types import UNSET, ResponseShapeError

from ._support import StubServer, assert_json_identical, experiment_body

# The fields the newest PostHog leaves out of a lean list item (its ExperimentBasic).
LEAN_OMITS = (
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
)

# Every experiment field of the 2026 API reference (section 12.1), with a value each.
FIELDS_2026: dict[str, Any] = {
    "status": "paused",
    "user_access_level": "manager",
    "only_count_matured_users": True,
    "scheduling_config": {"timezone": "UTC", "end_on": None},
    "exposure_preaggregation_enabled": False,
    "running_time_calculation": {
        "minimum_detectable_effect": 5,
        "recommended_running_time": 12.5,
        "recommended_sample_size": 4100,
        "exposure_estimate_config": {
            "conversionRateInputType": "manual",
            "manualBaselineValue": 0.12,
            "manualExposureRate": 350,
            "manualMetricType": "funnel",
        },
    },
    "excluded_variants": ["test-b"],
    "tags": ["checkout", {"id": 3, "name": "q3"}],
    "is_legacy": False,
    "can_freeze_exposure": True,
    "flag_cleanup_task_id": None,
    "description": "x" * 3000,
    "conclusion_comment": "y" * 4000,
}

NEWEST_FLAG: dict[str, Any] = {
    "id": 103,
    "team_id": 1,
    "name": "Feature Flag for Experiment checkout-flow",
    "key": "checkout-flow",
    "filters": {"groups": [], "holdout": {"id": 5, "exclusion_percentage": 10}},
    "deleted": False,
    "active": False,
    "ensure_experience_continuity": None,
    "version": 4,
    "evaluation_runtime": "",
    "bucketing_identifier": "device_id",
    "evaluation_contexts": ["web"],
}


def lean_item(**overrides: Any) -> dict[str, Any]:
    """A newest-PostHog list item: the full sample minus what ExperimentBasic leaves out."""
    body = experiment_body(is_legacy=False, **overrides)
    for name in LEAN_OMITS:
        body.pop(name, None)
    return body


def round_trip(model: Any, data: dict[str, Any]) -> Any:
    pristine = copy.deepcopy(data)
    parsed = model.from_dict(data)
    assert data == pristine, "from_dict must not mutate its input"
    assert_json_identical(parsed.to_dict(), pristine)
    return parsed


# ------------------------------------------------------------------------------ lean list items


def test_lean_list_page_parses_with_the_omitted_fields_unset() -> None:
    page = {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [lean_item(), lean_item(id=91, status="exposure_frozen")],
    }
    parsed = round_trip(PaginatedExperimentList, page)
    first = parsed.results[0]
    for name in LEAN_OMITS:
        assert getattr(first, name) is UNSET, name
    assert first.is_legacy is False
    assert first.feature_flag.key == "checkout-flow"
    assert parsed.results[1].status == "exposure_frozen"


def test_lean_and_full_items_share_one_page() -> None:
    page = {"count": 2, "next": None, "previous": None, "results": [lean_item(), experiment_body()]}
    parsed = round_trip(PaginatedExperimentList, page)
    assert parsed.results[0].saved_metrics is UNSET
    assert parsed.results[1].saved_metrics[0].name == "event one"


@pytest.mark.parametrize(
    "missing", ["id", "name", "feature_flag_key", "created_by", "created_at", "updated_at"]
)
def test_fields_every_version_sends_stay_required(missing: str) -> None:
    data = lean_item()
    del data[missing]
    with pytest.raises(ResponseShapeError) as caught:
        Experiment.from_dict(data)
    assert str(caught.value) == f"{missing}: required field is missing"


def test_a_2021_22_experiment_without_flag_holdout_or_cohort_parses() -> None:
    data = {
        "id": 1,
        "name": "Old",
        "description": "",
        "start_date": None,
        "end_date": None,
        "feature_flag_key": "old",
        "parameters": {},
        "secondary_metrics": [],
        "filters": {},
        "archived": False,
        "created_by": None,
        "created_at": "2022-01-01T00:00:00Z",
        "updated_at": "2022-01-01T00:00:00Z",
    }
    parsed = round_trip(Experiment, data)
    assert parsed.feature_flag is UNSET
    assert parsed.holdout is UNSET
    assert parsed.status is UNSET


# ----------------------------------------------------------------------------------- nulls


@pytest.mark.parametrize(
    "field", ["feature_flag", "created_by", "holdout", "status", "user_access_level"]
)
def test_null_where_2026_sends_it_is_none(field: str) -> None:
    parsed = round_trip(Experiment, experiment_body(**{field: None}))
    assert getattr(parsed, field) is None


def test_null_feature_flag_on_a_lean_item() -> None:
    parsed = round_trip(Experiment, lean_item(feature_flag=None))
    assert parsed.feature_flag is None


# ------------------------------------------------------------------------------ 2026 fields


def test_every_2026_field_round_trips_typed() -> None:
    parsed = round_trip(Experiment, experiment_body(feature_flag=NEWEST_FLAG, **FIELDS_2026))
    assert parsed.status == "paused"
    assert parsed.user_access_level == "manager"
    assert parsed.only_count_matured_users is True
    assert parsed.scheduling_config == {"timezone": "UTC", "end_on": None}
    assert parsed.exposure_preaggregation_enabled is False
    assert isinstance(parsed.running_time_calculation, RunningTimeCalculation)
    assert parsed.running_time_calculation.recommended_sample_size == 4100
    estimate = parsed.running_time_calculation.exposure_estimate_config
    assert estimate["conversionRateInputType"] == "manual"  # kept as plain JSON
    assert parsed.excluded_variants == ["test-b"]
    assert parsed.tags == ["checkout", {"id": 3, "name": "q3"}]
    assert (parsed.is_legacy, parsed.can_freeze_exposure) == (False, True)
    assert parsed.flag_cleanup_task_id is None
    assert len(parsed.description) == 3000
    assert parsed.additional_properties == {}


def test_newest_minimal_feature_flag_fields_are_typed_and_optional() -> None:
    flag = round_trip(MinimalFeatureFlag, copy.deepcopy(NEWEST_FLAG))
    assert flag.bucketing_identifier == "device_id"
    assert flag.evaluation_contexts == ["web"]
    assert flag.evaluation_tags is UNSET
    assert flag.has_encrypted_payloads is UNSET
    assert flag.evaluation_runtime == ""  # drf-spectacular's BlankEnum
    early = {
        "id": 1,
        "team_id": 1,
        "key": "k",
        "evaluation_tags": ["a"],
        "has_encrypted_payloads": True,
    }
    assert round_trip(MinimalFeatureFlag, early).evaluation_tags == ["a"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "archived_by_policy"),
        ("type", "llm"),
        ("conclusion", "significant"),
    ],
)
def test_unknown_enum_values_are_kept(field: str, value: str) -> None:
    parsed = round_trip(Experiment, experiment_body(**{field: value}))
    assert getattr(parsed, field + ("_" if field == "type" else "")) == value


# ----------------------------------------------------------------------------- open blobs


RETENTION_METRIC: dict[str, Any] = {
    "kind": "ExperimentMetric",
    "metric_type": "retention",
    "uuid": None,
    "name": None,
    "goal": None,
    "start_event": {"kind": "EventsNode", "event": "signed_up", "properties": None},
    "completion_event": {"kind": "ActionsNode", "id": 7, "math": None},
    "retention_window_start": 1,
    "retention_window_end": 7,
    "retention_window_unit": "day",
    "start_handling": "first_seen",
    "conversion_window": None,
    "fingerprint": "ab12",
    "breakdownFilter": {"breakdowns": [{"property": "$browser"}]},
}


def test_retention_metric_fields_are_typed_and_unknown_keys_kept() -> None:
    metric = round_trip(ExperimentMetric, copy.deepcopy(RETENTION_METRIC))
    assert isinstance(metric.start_event, ExperimentEventSource)
    assert metric.start_event.event == "signed_up"
    assert metric.completion_event.id == 7
    assert (metric.retention_window_start, metric.retention_window_end) == (1, 7)
    assert metric.retention_window_unit == "day"
    assert metric.start_handling == "first_seen"
    assert metric.additional_properties == {
        "breakdownFilter": {"breakdowns": [{"property": "$browser"}]}
    }


@pytest.mark.parametrize(
    "properties",
    [{"page": "/checkout"}, [{"key": "plan", "value": "pro", "operator": "exact"}], None, "raw"],
    ids=["object", "list", "null", "string"],
)
def test_source_properties_are_kept_as_given(properties: Any) -> None:
    source = round_trip(
        ExperimentEventSource,
        {"kind": "EventsNode", "event": "$pageview", "properties": properties},
    )
    assert source.properties == properties


@pytest.mark.parametrize("field", ["goal", "uuid", "name", "source", "series", "numerator"])
def test_metric_fields_accept_null(field: str) -> None:
    metric = round_trip(
        ExperimentMetric, {"kind": "ExperimentMetric", "metric_type": "mean", field: None}
    )
    assert getattr(metric, field) is None


def test_metric_source_math_fields_accept_null_and_new_values() -> None:
    source = round_trip(
        ExperimentEventSource,
        {
            "kind": "DataWarehouseNode",
            "math": "p90",
            "math_group_type_index": 2,
            "math_hogql": None,
        },
    )
    assert (source.kind, source.math, source.math_group_type_index) == (
        "DataWarehouseNode",
        "p90",
        2,
    )


def test_parameters_and_exposure_criteria_stay_open() -> None:
    parameters = {
        "feature_flag_variants": [
            {"key": "control", "split_percent": 50, "rollout_percentage": 50}
        ],
        "variant_notes": {"control": "as is"},
        "excluded_variants": None,
        "prompt_metadata": {"name": "welcome"},
    }
    parsed = round_trip(ExperimentParameters, parameters)
    assert parsed.feature_flag_variants[0].split_percent == 50
    assert parsed.additional_properties == {"prompt_metadata": {"name": "welcome"}}
    criteria = {
        "filterTestAccounts": None,
        "exposure_config": {"kind": "ActionsNode", "id": 4, "event": None, "properties": {"a": 1}},
        "multiple_variant_handling": "first_seen",
        "window": 3,
    }
    parsed_criteria = round_trip(ExposureCriteria, criteria)
    assert parsed_criteria.exposure_config.id == 4
    assert parsed_criteria.multiple_variant_handling == "first_seen"
    assert parsed_criteria.additional_properties == {"window": 3}


# ---------------------------------------------------------------------------------- requests


def _sent_json(stub: StubServer) -> Any:
    return json.loads(stub.last.content)


def test_create_sends_2026_fields_and_long_descriptions_as_given(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    body = ExperimentCreate.from_dict(
        {
            "name": "n",
            "feature_flag_key": "k",
            "description": "d" * 5000,  # longer than any PostHog allows: PostHog judges it
            "feature_flag": {
                "filters": {
                    "groups": [{"rollout_percentage": 20, "properties": []}],
                    "multivariate": {"variants": [{"key": "control", "rollout_percentage": 100}]},
                    "payloads": {"control": '{"a": 1}'},
                },
                "ensure_experience_continuity": True,
            },
            "allow_unknown_events": True,
            "update_feature_flag_params": False,
            "only_count_matured_users": True,
            "scheduling_config": None,
            "excluded_variants": ["b"],
            "metrics": [copy.deepcopy(RETENTION_METRIC)],
            "type": "llm",
        }
    )
    assert isinstance(body.feature_flag, ExperimentFeatureFlagInput)
    stub.respond_json(201, experiment_body())
    experiments_create.sync_detailed("1", client=client, body=body)
    sent = _sent_json(stub)
    assert len(sent["description"]) == 5000
    assert sent["feature_flag"]["filters"]["payloads"] == {"control": '{"a": 1}'}
    assert sent["allow_unknown_events"] is True
    assert sent["update_feature_flag_params"] is False
    assert sent["type"] == "llm"
    assert_json_identical(sent["metrics"][0], RETENTION_METRIC)


def test_patch_and_put_send_only_what_is_given(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body())
    experiments_partial_update.sync_detailed(
        "1", 90, client=client, body=PatchedExperiment(update_feature_flag_params=True, tags=[])
    )
    assert _sent_json(stub) == {"update_feature_flag_params": True, "tags": []}
    experiments_update.sync_detailed(
        "1", 90, client=client, body=ExperimentUpdate(name="n", feature_flag_key="k")
    )
    assert stub.last.method == "PUT"
    assert stub.last.url.path == "/api/projects/1/experiments/90/"
    assert _sent_json(stub) == {"name": "n", "feature_flag_key": "k"}


@pytest.mark.parametrize("status", ["paused", "stopped", "exposure_frozen", "complete", "later"])
def test_list_sends_every_status_value_and_feature_flag_id(
    status: str, client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, {"count": 0, "next": None, "previous": None, "results": []})
    experiments_list.sync_detailed("1", client=client, status=status, feature_flag_id=103)  # type: ignore[arg-type]
    assert stub.last.url.params["status"] == status
    assert stub.last.url.params["feature_flag_id"] == "103"
