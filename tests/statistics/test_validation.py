"""PostHog's validation thresholds and what a failure does to the results."""

from __future__ import annotations

from typing import Any

import pytest

from posthog_experiments_client.testing._statistics import experiment_query_response

from ._support import experiment, metric, stats


def _results(
    metric_type: str, control: dict[str, Any], test: dict[str, Any], **config: object
) -> dict[str, Any]:
    return experiment_query_response(
        experiment(stats_config=config or None),
        metric(metric_type),
        {"control": control, "test": test},
    )


@pytest.mark.parametrize("metric_type", ["mean", "funnel", "ratio", "retention"])
def test_fewer_than_50_exposures_fails_validation(metric_type: str) -> None:
    ratio = {"denominator_sum": 40.0, "denominator_sum_squares": 40.0,
             "numerator_denominator_sum_product": 30.0}  # fmt: skip
    extra = ratio if metric_type in ("ratio", "retention") else {}
    body = _results(metric_type, stats(49, 30, **extra), stats(50, 30, **extra))
    assert body["baseline"]["validation_failures"] == ["not-enough-exposures"]
    variant = body["variant_results"][0]
    assert variant["validation_failures"] == []
    # A failing baseline leaves every variant without results.
    assert variant["chance_to_win"] is None
    assert variant["credible_interval"] is None
    assert variant["significant"] is None


def test_exactly_50_exposures_passes() -> None:
    body = _results("mean", stats(50, 30, 40), stats(50, 35, 50))
    assert body["baseline"]["validation_failures"] == []
    assert body["variant_results"][0]["chance_to_win"] is not None


@pytest.mark.parametrize("metric_type", ["funnel", "retention"])
def test_fewer_than_5_conversions_is_not_enough_metric_data(metric_type: str) -> None:
    extra = {"denominator_sum": 100.0, "denominator_sum_squares": 100.0,
             "numerator_denominator_sum_product": 4.0}  # fmt: skip
    extra = extra if metric_type == "retention" else {}
    body = _results(metric_type, stats(100, 20, **extra), stats(100, 4, **extra))
    variant = body["variant_results"][0]
    assert variant["validation_failures"] == ["not-enough-metric-data"]
    assert variant["chance_to_win"] is None


def test_mean_metrics_have_no_metric_data_threshold() -> None:
    body = _results("mean", stats(100, 20, 30), stats(100, 4, 6))
    assert body["variant_results"][0]["validation_failures"] == []
    assert body["variant_results"][0]["chance_to_win"] is not None


def test_a_zero_baseline_is_baseline_mean_is_zero() -> None:
    body = _results("mean", stats(100, 0, 0), stats(100, 10, 12))
    assert body["baseline"]["validation_failures"] == ["baseline-mean-is-zero"]
    assert body["variant_results"][0]["chance_to_win"] is None


def test_failures_accumulate_in_posthogs_order() -> None:
    body = _results("funnel", stats(10, 0), stats(10, 0))
    assert body["baseline"]["validation_failures"] == [
        "not-enough-exposures",
        "not-enough-metric-data",
        "baseline-mean-is-zero",
    ]
    # Only the baseline can have a zero mean.
    assert body["variant_results"][0]["validation_failures"] == [
        "not-enough-exposures",
        "not-enough-metric-data",
    ]


def test_a_failing_variant_does_not_affect_the_others() -> None:
    body = experiment_query_response(
        experiment("control", "a", "b", stats_config={"method": "frequentist"}),
        metric("funnel"),
        {"control": stats(1000, 100), "a": stats(40, 10), "b": stats(1000, 130)},
    )
    a, b = body["variant_results"]
    assert a["key"] == "a"
    assert a["validation_failures"] == ["not-enough-exposures"]
    assert a["p_value"] is None
    assert a["confidence_interval"] is None
    assert b["validation_failures"] == []
    assert b["p_value"] is not None


def test_a_variant_without_data_counts_as_never_exposed() -> None:
    body = experiment_query_response(
        experiment("control", "test", "extra"),
        metric("mean"),
        {"control": stats(100, 20, 30), "test": stats(100, 25, 40)},
    )
    extra = body["variant_results"][1]
    assert extra["key"] == "extra"
    assert extra["number_of_samples"] == 0
    assert extra["sum"] == 0.0
    assert extra["validation_failures"] == ["not-enough-exposures"]
