"""Responses from a newer (or sloppier) server still parse, stay typed and round-trip exactly."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable
from typing import Any

import pytest

from posthog_experiments_client._generated.models import (
    Experiment,
    ExperimentEventSource,
    ExperimentHoldout,
    ExperimentMetric,
    ExperimentParameters,
    ExperimentParametersFeatureFlagPayloadsType0,
    FeatureFlagVariant,
    MinimalFeatureFlag,
    MinimalFeatureFlagFilters,
    PaginatedExperimentList,
    StatsConfig,
    UserBasic,
)
from posthog_experiments_client._generated.types import ParsedDatetime

from ._support import assert_json_identical, experiment_body, experiment_list_body

UTC = datetime.timezone.utc


def round_trip(data: dict[str, Any]) -> Experiment:
    pristine = copy.deepcopy(data)
    exp = Experiment.from_dict(data)
    assert data == pristine, "from_dict must not mutate its input"
    assert_json_identical(exp.to_dict(), pristine)
    return exp


# --------------------------------------------------------------------------- typed access


def test_sample_experiment_round_trips_and_is_typed() -> None:
    exp = round_trip(experiment_body())

    assert exp.id == 90
    assert exp.name == "Checkout flow"
    assert isinstance(exp.feature_flag, MinimalFeatureFlag)
    assert exp.feature_flag.key == "checkout-flow"
    assert exp.feature_flag.team_id == 1
    assert isinstance(exp.feature_flag.filters, MinimalFeatureFlagFilters)
    assert exp.feature_flag.filters["multivariate"]["variants"][1]["key"] == "test"

    assert isinstance(exp.parameters, ExperimentParameters)
    variants = exp.parameters.feature_flag_variants
    assert isinstance(variants, list)
    assert all(isinstance(v, FeatureFlagVariant) for v in variants)
    assert [v.key for v in variants] == ["control", "test"]
    assert variants[0].name == "Control"
    assert variants[1].name is None
    assert variants[0].rollout_percentage == 50
    assert exp.parameters.recommended_running_time == 14.5
    assert isinstance(
        exp.parameters.feature_flag_payloads, ExperimentParametersFeatureFlagPayloadsType0
    )
    assert exp.parameters.feature_flag_payloads["test"] == {"color": "blue"}

    assert isinstance(exp.metrics, list)
    metric = exp.metrics[0]
    assert isinstance(metric, ExperimentMetric)
    assert metric.metric_type == "funnel"
    assert metric.goal == "increase"
    assert isinstance(metric.series, list)
    assert isinstance(metric.series[1], ExperimentEventSource)
    assert metric.series[1].event == "payment"
    assert isinstance(exp.metrics_secondary, list)
    ratio = exp.metrics_secondary[0]
    assert isinstance(ratio.numerator, ExperimentEventSource)
    assert ratio.numerator.math == "dau"

    assert isinstance(exp.created_by, UserBasic)
    assert exp.created_by.role_at_organization == "engineering"
    assert isinstance(exp.holdout, ExperimentHoldout)
    assert exp.holdout.created_by is None
    assert isinstance(exp.stats_config, StatsConfig)
    assert exp.stats_config.method == "bayesian"
    assert exp.status == "running"
    assert exp.type_ == "product"
    assert exp.saved_metrics[0].saved_metric == 15
    assert exp.additional_properties == {}


def test_date_times_are_aware_and_keep_their_text() -> None:
    exp = round_trip(experiment_body())

    expected = {
        "created_at": datetime.datetime(2025, 1, 16, 21, 51, 9, 62768, tzinfo=UTC),
        # "+01:00" in the body: the same instant as 14:56:12.772335 UTC.
        "updated_at": datetime.datetime(2025, 1, 22, 14, 56, 12, 772335, tzinfo=UTC),
        "start_date": datetime.datetime(2024, 12, 30, 21, 55, tzinfo=UTC),
    }
    for name, instant in expected.items():
        value = getattr(exp, name)
        assert isinstance(value, ParsedDatetime), name
        assert value.tzinfo is not None, name
        assert value.utcoffset() is not None, name
        assert value == instant, name
        assert value.source_text == experiment_body()[name], name
    assert exp.updated_at.utcoffset() == datetime.timedelta(hours=1)
    assert exp.end_date is None
    assert isinstance(exp.holdout, ExperimentHoldout)
    assert exp.holdout.created_at == datetime.datetime(2024, 11, 1, 8, 0, 0, 123456, tzinfo=UTC)


def test_a_constructed_datetime_serialises_as_iso_8601() -> None:
    exp = round_trip(experiment_body())
    exp.start_date = datetime.datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)
    assert exp.to_dict()["start_date"] == "2025-02-03T04:05:06+00:00"


# ------------------------------------------------------------------------ new fields


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _get(exp: Experiment, path: tuple[str | int, ...]) -> Any:
    """Follow ``path`` through the typed model: attributes for known names, else the
    additional properties (models support ``obj[key]`` for those)."""
    renamed = {"type": "type_", "next": "next_"}
    target: Any = exp
    for part in path:
        if isinstance(part, int):
            target = target[part]
        elif hasattr(type(target), "__attrs_attrs__") and hasattr(target, renamed.get(part, part)):
            target = getattr(target, renamed.get(part, part))
        else:
            target = target[part]
    return target


NEW_FIELDS: dict[str, tuple[tuple[str | int, ...], Any, type]] = {
    "top-level": (("new_top_level_field",), {"nested": [1, 2.5, None]}, Experiment),
    "feature_flag": (("feature_flag", "rollout_guard"), {"enabled": True}, MinimalFeatureFlag),
    "parameters": (
        ("parameters", "variant_screenshot_media_ids"),
        {"test": ["m1"]},
        ExperimentParameters,
    ),
    "parameters variant": (
        ("parameters", "feature_flag_variants", 0, "description"),
        "the current flow",
        FeatureFlagVariant,
    ),
    "metrics item": (
        ("metrics", 0, "breakdownFilter"),
        {"breakdown": "$browser"},
        ExperimentMetric,
    ),
    "metrics series item": (
        ("metrics", 0, "series", 0, "custom_name"),
        "Seen",
        ExperimentEventSource,
    ),
    "created_by": (("created_by", "is_impersonated"), False, UserBasic),
    "stats_config": (("stats_config", "version"), 2, StatsConfig),
}


@pytest.mark.parametrize(
    ("path", "value", "owner"), list(NEW_FIELDS.values()), ids=list(NEW_FIELDS)
)
def test_unknown_field_is_kept_and_round_trips(
    path: tuple[str | int, ...], value: Any, owner: type[Any]
) -> None:
    data = experiment_body()
    _set(path, value)(data)

    exp = round_trip(data)

    holder = _get(exp, path[:-1])
    assert isinstance(holder, owner)
    assert holder.additional_properties == {path[-1]: value}
    assert _get(exp, path) == value
    # Known fields next to it are still typed.
    assert exp.feature_flag.key == "checkout-flow"


def test_unknown_fields_in_list_results_round_trip() -> None:
    data = experiment_list_body()
    data["results"][1]["brand_new"] = True
    data["results"][1]["feature_flag"]["brand_new_too"] = [1]
    data["page_token"] = "abc"
    pristine = copy.deepcopy(data)

    page = PaginatedExperimentList.from_dict(data)

    assert_json_identical(page.to_dict(), pristine)
    assert page.additional_properties == {"page_token": "abc"}
    assert page.results[1]["brand_new"] is True
    assert page.results[1].feature_flag["brand_new_too"] == [1]
    assert page.results[0].additional_properties == {}


# ------------------------------------------------------------------ unknown enum values


UNKNOWN_ENUMS: dict[str, tuple[tuple[str | int, ...], str]] = {
    "status paused": (("status",), "paused"),
    "status exposure_frozen": (("status",), "exposure_frozen"),
    "conclusion shipped_variant": (("conclusion",), "shipped_variant"),
    "type empty": (("type",), ""),
    "role_at_organization ceo": (("created_by", "role_at_organization"), "ceo"),
    "metric_type new_kind": (("metrics", 0, "metric_type"), "new_kind"),
    "secondary metric_type new_kind": (("metrics_secondary", 0, "metric_type"), "new_kind"),
    "goal neutral": (("metrics", 0, "goal"), "neutral"),
    "stats method sequential": (("stats_config", "method"), "sequential"),
    "evaluation_runtime edge": (("feature_flag", "evaluation_runtime"), "edge"),
}


@pytest.mark.parametrize(("path", "value"), list(UNKNOWN_ENUMS.values()), ids=list(UNKNOWN_ENUMS))
def test_unknown_enum_value_passes_through(path: tuple[str | int, ...], value: str) -> None:
    data = experiment_body()
    _set(path, value)(data)

    exp = round_trip(data)

    assert _get(exp, path) == value
    # It is the typed attribute that carries it, not an additional property.
    holder = _get(exp, path[:-1])
    assert path[-1] not in holder.additional_properties


# --------------------------------------------------------- nulls where a value is expected


NULLS: dict[str, tuple[str | int, ...]] = {
    "name": ("name",),
    "feature_flag": ("feature_flag",),
    "created_by": ("created_by",),
    "created_at": ("created_at",),
    "saved_metrics": ("saved_metrics",),
    "parameters.feature_flag_variants": ("parameters", "feature_flag_variants"),
    "metrics[0].metric_type": ("metrics", 0, "metric_type"),
    "feature_flag.name": ("feature_flag", "name"),
    "holdout.updated_at": ("holdout", "updated_at"),
}


@pytest.mark.parametrize("path", list(NULLS.values()), ids=list(NULLS))
def test_null_is_kept_as_none(path: tuple[str | int, ...]) -> None:
    data = experiment_body()
    _set(path, None)(data)

    exp = round_trip(data)

    assert _get(exp, path) is None
    holder = _get(exp, path[:-1])
    assert path[-1] not in holder.additional_properties


def test_all_the_nulls_at_once() -> None:
    data = experiment_body(
        name=None, feature_flag=None, created_by=None, created_at=None, saved_metrics=None
    )
    data["parameters"]["feature_flag_variants"] = None

    exp = round_trip(data)

    assert exp.name is None
    assert exp.feature_flag is None
    assert exp.created_by is None
    assert exp.created_at is None
    assert exp.saved_metrics is None
    assert isinstance(exp.parameters, ExperimentParameters)
    assert exp.parameters.feature_flag_variants is None
    # Fields next to the nulls are unaffected.
    assert isinstance(exp.metrics, list)
    assert exp.metrics[0].metric_type == "funnel"
