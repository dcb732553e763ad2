"""Mean, funnel, ratio and retention metrics, both methods, and when PostHog gives up (400)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from scipy import stats as scipy_stats

from posthog_experiments_client.testing._statistics import (
    INVALID_CONFIGURATION_MESSAGE,
    STATISTICS_FAILURE_MESSAGE,
    CalculationError,
    ConfigurationError,
    StatisticsError,
    UnsupportedMetricError,
    experiment_query_response,
)

from ._support import experiment, metric, stats

FREQUENTIST = {"method": "frequentist"}


def _welch_reference(
    mean_t: float, var_t: float, n_t: int, mean_c: float, var_c: float, n_c: int, alpha: float
) -> tuple[float, list[float]]:
    # The relative lift and its delta-method variance, tested with scipy's Student-t.
    estimate = (mean_t - mean_c) / mean_c
    variance = var_t / (n_t * mean_c**2) + mean_t**2 * var_c / (n_c * mean_c**4)
    a, b = var_t / n_t, var_c / n_c
    df = (a + b) ** 2 / (a**2 / (n_t - 1) + b**2 / (n_c - 1))
    t = estimate / math.sqrt(variance)
    p = 2 * (1 - scipy_stats.t.cdf(abs(t), df))
    margin = scipy_stats.t.ppf(1 - alpha / 2, df) * math.sqrt(variance)
    return p, [estimate - margin, estimate + margin]


def test_funnel_frequentist_matches_a_welch_test_of_proportions() -> None:
    body = experiment_query_response(
        experiment(stats_config=FREQUENTIST),
        metric("funnel"),
        {"control": stats(2000, 200, step_counts=[400, 200]),
         "test": stats(2000, 240, step_counts=[410, 240])},
    )  # fmt: skip
    p_c, p_t = 0.1, 0.12
    p, ci = _welch_reference(p_t, p_t * (1 - p_t), 2000, p_c, p_c * (1 - p_c), 2000, 0.05)
    variant = body["variant_results"][0]
    assert variant["p_value"] == pytest.approx(p, abs=1e-12)
    assert variant["confidence_interval"] == pytest.approx(ci, abs=1e-12)
    assert variant["significant"] is bool(p < 0.05)
    assert variant["step_counts"] == [410, 240]
    assert body["baseline"]["step_counts"] == [400, 200]


def test_funnel_sums_are_truncated_to_whole_conversions() -> None:
    whole = experiment_query_response(
        experiment(), metric("funnel"), {"control": stats(500, 50), "test": stats(500, 60)}
    )
    fractional = experiment_query_response(
        experiment(), metric("funnel"), {"control": stats(500, 50.9), "test": stats(500, 60.7)}
    )
    assert (
        fractional["variant_results"][0]["chance_to_win"]
        == whole["variant_results"][0]["chance_to_win"]
    )
    assert fractional["variant_results"][0]["sum"] == 60.7


def test_mean_frequentist_matches_a_welch_test() -> None:
    control, test = stats(400, 2000.0, 14000.0), stats(420, 2300.0, 16500.0)
    body = experiment_query_response(
        experiment(stats_config={"method": "frequentist", "frequentist": {"alpha": 0.1}}),
        metric("mean"),
        {"control": control, "test": test},
    )
    var_c = (14000.0 - 2000.0**2 / 400) / 399
    var_t = (16500.0 - 2300.0**2 / 420) / 419
    p, ci = _welch_reference(2300 / 420, var_t, 420, 2000 / 400, var_c, 400, 0.1)
    variant = body["variant_results"][0]
    assert variant["p_value"] == pytest.approx(p, abs=1e-12)
    assert variant["confidence_interval"] == pytest.approx(ci, abs=1e-12)
    assert variant["significant"] is bool(p < 0.1)


def test_ratio_uses_the_delta_method_with_the_cross_product() -> None:
    control = stats(
        1000,
        5000.0,
        60000.0,
        denominator_sum=1500.0,
        denominator_sum_squares=2600.0,
        numerator_denominator_sum_product=9000.0,
    )
    test = stats(1000, 5600.0, 70000.0, denominator_sum=1480.0,
                 denominator_sum_squares=2500.0, numerator_denominator_sum_product=9800.0)  # fmt: skip
    body = experiment_query_response(
        experiment(stats_config=FREQUENTIST), metric("ratio"), {"control": control, "test": test}
    )

    def ratio_moments(s: dict[str, Any]) -> tuple[float, float]:
        n = s["number_of_samples"]
        m_mean, d_mean = s["sum"] / n, s["denominator_sum"] / n
        m_var = (s["sum_squares"] - s["sum"] ** 2 / n) / (n - 1)
        d_var = (s["denominator_sum_squares"] - s["denominator_sum"] ** 2 / n) / (n - 1)
        cov = (s["numerator_denominator_sum_product"] - s["sum"] * s["denominator_sum"] / n) / (
            n - 1
        )
        variance = m_var / d_mean**2 + m_mean**2 * d_var / d_mean**4 - 2 * m_mean * cov / d_mean**3
        return s["sum"] / s["denominator_sum"], variance

    mean_c, var_c = ratio_moments(control)
    mean_t, var_t = ratio_moments(test)
    p, ci = _welch_reference(mean_t, var_t, 1000, mean_c, var_c, 1000, 0.05)
    variant = body["variant_results"][0]
    assert variant["p_value"] == pytest.approx(p, abs=1e-12)
    assert variant["confidence_interval"] == pytest.approx(ci, abs=1e-12)
    assert variant["denominator_sum"] == 1480.0
    assert variant["numerator_denominator_sum_product"] == 9800.0
    assert body["baseline"]["denominator_sum_squares"] == 2600.0


def test_retention_is_a_ratio_metric() -> None:
    fields = {"denominator_sum": 900.0, "denominator_sum_squares": 900.0}
    data = {
        "control": stats(1000, 300, numerator_denominator_sum_product=300.0, **fields),
        "test": stats(1000, 340, numerator_denominator_sum_product=340.0, **fields),
    }
    retention = experiment_query_response(experiment(), metric("retention"), data)
    ratio = experiment_query_response(experiment(), metric("ratio"), data)
    assert retention["variant_results"] == ratio["variant_results"]


def test_bayesian_credible_interval_follows_ci_level() -> None:
    data = {"control": stats(1000, 100), "test": stats(1000, 125)}
    narrow = experiment_query_response(
        experiment(stats_config={"bayesian": {"ci_level": 0.8}}), metric("funnel"), data
    )["variant_results"][0]
    wide = experiment_query_response(experiment(), metric("funnel"), data)["variant_results"][0]
    assert narrow["chance_to_win"] == wide["chance_to_win"]
    # A posterior N(effect, sd): the 80% interval is effect +/- 1.2816 sd, the 95% one +/- 1.96 sd.
    effect = (0.125 - 0.1) / 0.1
    sd = (wide["credible_interval"][1] - wide["credible_interval"][0]) / (2 * 1.959963984540054)
    assert narrow["credible_interval"] == pytest.approx(
        [effect - 1.2815515655446004 * sd, effect + 1.2815515655446004 * sd], abs=1e-12
    )
    assert wide["chance_to_win"] == pytest.approx(scipy_stats.norm.sf(0, effect, sd), abs=1e-12)
    # 0.9463 > 0.8 but < 0.95: significant at the 80% level only.
    assert narrow["significant"] is True
    assert wide["significant"] is False


def test_a_losing_variant_is_significant_too() -> None:
    body = experiment_query_response(
        experiment(), metric("funnel"), {"control": stats(3000, 300), "test": stats(3000, 220)}
    )
    variant = body["variant_results"][0]
    assert variant["chance_to_win"] < 0.05
    assert variant["significant"] is True


def test_the_goal_does_not_flip_chance_to_win() -> None:
    data = {"control": stats(3000, 300), "test": stats(3000, 360)}
    up = experiment_query_response(experiment(), metric("funnel", goal="increase"), data)
    down = experiment_query_response(experiment(), metric("funnel", goal="decrease"), data)
    assert up["variant_results"] == down["variant_results"]
    assert up["variant_results"][0]["chance_to_win"] > 0.5


def test_absolute_difference_when_configured() -> None:
    data = {"control": stats(1000, 100), "test": stats(1000, 130)}
    body = experiment_query_response(
        experiment(stats_config={"method": "frequentist",
                                 "frequentist": {"difference_type": "ABSOLUTE"}}),
        metric("funnel"),
        data,
    )  # fmt: skip
    low, high = body["variant_results"][0]["confidence_interval"]
    assert (low + high) / 2 == pytest.approx(0.03, abs=1e-12)


def test_holdout_is_compared_like_a_variant() -> None:
    body = experiment_query_response(
        experiment(holdout_id=12),
        metric("funnel"),
        {"control": stats(1000, 100), "test": stats(1000, 120), "holdout-12": stats(500, 45)},
    )
    assert [v["key"] for v in body["variant_results"]] == ["test", "holdout-12"]
    assert body["variant_results"][1]["chance_to_win"] is not None


def test_a_configured_baseline_variant() -> None:
    body = experiment_query_response(
        experiment("control", "test", stats_config={"baseline_variant_key": "test"}),
        metric("funnel"),
        {"control": stats(1000, 100), "test": stats(1000, 120)},
    )
    assert body["baseline"]["key"] == "test"
    assert [v["key"] for v in body["variant_results"]] == ["control"]
    assert body["variant_results"][0]["chance_to_win"] < 0.5


def test_a_missing_baseline_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        experiment_query_response(
            experiment("a", "b"), metric("mean"), {"a": stats(100, 5, 6), "b": stats(100, 6, 8)}
        )
    assert caught.value.detail == INVALID_CONFIGURATION_MESSAGE


@pytest.mark.parametrize(
    ("metric_type", "stats_config", "control", "test"),
    [
        pytest.param("funnel", None, stats(100, 100), stats(100, 90), id="bayesian-all-converted"),
        pytest.param("funnel", None, stats(100, 97), stats(100, 90), id="bayesian-few-failures"),
        pytest.param("funnel", None, stats(100, 20), stats(100, 120), id="more-conversions-than-n"),
        pytest.param("mean", None, stats(100, -50, 400), stats(100, 10, 400), id="bayesian-negative-control"),
        pytest.param("mean", None, stats(100, 50, 10), stats(100, 10, 40), id="impossible-sum-squares"),
        pytest.param("mean", FREQUENTIST, stats(100, 50, 25), stats(100, 60, 36), id="zero-variance"),
        pytest.param("ratio", None, stats(100, 50, 40), stats(100, 60, 50), id="ratio-without-denominator"),
        pytest.param("mean", {"method": "frequentist", "frequentist": {"alpha": 1}},
                     stats(100, 50, 40), stats(100, 60, 50), id="alpha-of-one"),
        pytest.param("mean", {"bayesian": {"ci_level": 0}},
                     stats(10, 50, 400), stats(10, 60, 500), id="ci-level-zero-even-without-data"),
    ],
)  # fmt: skip
def test_statistics_failures_are_400s(
    metric_type: str, stats_config: object, control: dict[str, Any], test: dict[str, Any]
) -> None:
    with pytest.raises(StatisticsError) as caught:
        experiment_query_response(
            experiment(stats_config=stats_config),
            metric(metric_type),
            {"control": control, "test": test},
        )
    assert isinstance(caught.value, CalculationError)
    assert caught.value.detail == STATISTICS_FAILURE_MESSAGE
    assert caught.value.reason


def test_negative_control_mean_is_fine_for_the_frequentist_test() -> None:
    body = experiment_query_response(
        experiment(stats_config=FREQUENTIST),
        metric("mean"),
        {"control": stats(100, -50, 400), "test": stats(100, 10, 400)},
    )
    assert body["variant_results"][0]["p_value"] is not None


def test_unknown_metric_types_are_refused() -> None:
    for bad in [{"kind": "ExperimentTrendsQuery"}, metric("median")]:
        with pytest.raises(UnsupportedMetricError, match="metric_type"):
            experiment_query_response(experiment(), bad, {})


def test_overflowing_sums_are_statistics_errors() -> None:
    with pytest.raises(StatisticsError, match="OverflowError"):
        experiment_query_response(
            experiment(stats_config=FREQUENTIST),
            metric("mean"),
            {"control": stats(100, 1e200, 1e300), "test": stats(100, 1e200, 1e300)},
        )
