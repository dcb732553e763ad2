"""PostHog's own statistics tests, reproduced to the places PostHog asserts (4, or 5).

Sources, in PostHog/posthog:

* ``products/experiments/stats/tests/test_frequentist.py``: ``TestTwoSidedTTest`` (mean,
  proportion, ratio) and ``TestSequentialTwoSidedTTestGoldenValues`` (5 places), plus the
  sequential behaviour tests;
* ``products/experiments/stats/tests/test_bayesian.py``: ``test_realistic_example`` and the
  effect-size / edge-case tests;
* ``products/experiments/stats/tests/test_utils.py``: the Welch-Satterthwaite df;
* ``posthog/hogql_queries/experiments/test/test_experiment_timeseries.py``: the Bayesian
  mean and funnel results of the cumulative 5-day data, day by day;
* ``posthog/hogql_queries/experiments/test/experiment_query_runner/test_frequentist_method.py``:
  the sequential interval is wider than the fixed-horizon one through the query runner.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from posthog_experiments_client.testing._statistics import (
    StatisticsError,
    experiment_query_response,
)
from posthog_experiments_client.testing._statistics._bayesian import bayesian_test
from posthog_experiments_client.testing._statistics._difference import (
    bayesian_difference,
    frequentist_difference,
)
from posthog_experiments_client.testing._statistics._frequentist import (
    FrequentistOutcome,
    sequential_rho,
    sequential_t_test,
    welch_degrees_of_freedom,
    welch_t_test,
)
from posthog_experiments_client.testing._statistics._samples import (
    MeanSample,
    ProportionSample,
    RatioSample,
)

PLACES_4 = 0.5e-4
PLACES_5 = 0.5e-5

# test_frequentist.py / test_bayesian.py / test_utils.py share these two samples.
MEAN_TREATMENT = MeanSample(n=2461, sum=1922.7, sum_squares=94698.29)
MEAN_CONTROL = MeanSample(n=2507, sum=1196.87, sum_squares=37377.9767)


def _ratio(n: int, revenue: float, revenue_squares: float, orders: int) -> RatioSample:
    return RatioSample(
        n=n,
        numerator=MeanSample(n=n, sum=revenue, sum_squares=revenue_squares),
        denominator=MeanSample(n=n, sum=orders, sum_squares=orders),
        sum_of_products=revenue,
    )


def _uplift_stddev(outcome: FrequentistOutcome) -> float:
    # PostHog's create_test_result_dict, formula and all.
    low, high = outcome.confidence_interval
    return (high - low) / (2 * 1.96) ** 2


@pytest.mark.parametrize(
    ("treatment", "control", "expected", "ci", "p_value", "stddev"),
    [
        pytest.param(
            MEAN_TREATMENT, MEAN_CONTROL, 0.63646, (-0.0875, 1.36048), 0.08487, 0.094233,
            id="sample_mean",
        ),
        pytest.param(
            ProportionSample(n=1471, successes=62),
            ProportionSample(n=1529, successes=87),
            -0.25925, (-0.49475, -0.02376), 0.030960, 0.030650,
            id="sample_proportion",
        ),
        pytest.param(
            _ratio(2034, 99673.9364269569, 11298745.182728939, 947),
            _ratio(1966, 94605.79858780127, 10463129.505392816, 936),
            0.041333, (0.01378609, 0.0689), 0.0032826, 0.00358537,
            id="ratio_statistic",
        ),
    ],
)  # fmt: skip
def test_two_sided_t_test(
    treatment: Any,
    control: Any,
    expected: float,
    ci: tuple[float, float],
    p_value: float,
    stddev: float,
) -> None:
    outcome = welch_t_test(treatment, control, alpha=0.05, difference="relative")
    assert outcome.estimate == pytest.approx(expected, abs=PLACES_4)
    assert outcome.p_value == pytest.approx(p_value, abs=PLACES_4)
    assert outcome.confidence_interval[0] == pytest.approx(ci[0], abs=PLACES_4)
    assert outcome.confidence_interval[1] == pytest.approx(ci[1], abs=PLACES_4)
    assert _uplift_stddev(outcome) == pytest.approx(stddev, abs=PLACES_4)


def test_two_sided_t_test_needs_the_student_t_not_the_normal() -> None:
    # The reason the Student-t is implemented: the Normal is wrong in the fourth decimal here.
    outcome = welch_t_test(MEAN_TREATMENT, MEAN_CONTROL, alpha=0.05, difference="relative")
    normal_p = math.erfc(abs(outcome.estimate) / math.sqrt(outcome.variance) / math.sqrt(2))
    assert abs(normal_p - 0.08487) > PLACES_4
    assert outcome.p_value == pytest.approx(0.08487, abs=PLACES_4)


def test_welch_satterthwaite_degrees_of_freedom() -> None:
    assert welch_degrees_of_freedom(MEAN_TREATMENT, MEAN_CONTROL) == pytest.approx(
        4105.070, abs=0.5e-3
    )


def test_bayesian_realistic_example() -> None:
    outcome = bayesian_test(MEAN_TREATMENT, MEAN_CONTROL, ci_level=0.95, difference="relative")
    assert outcome.effect == pytest.approx(0.63646, abs=PLACES_4)
    assert outcome.credible_interval[0] == pytest.approx(-0.0873, abs=PLACES_4)
    assert outcome.credible_interval[1] == pytest.approx(1.36026, abs=PLACES_4)
    assert outcome.chance_to_win == pytest.approx(0.95759, abs=PLACES_4)


def test_bayesian_absolute_effect_size() -> None:
    treatment = MeanSample(n=100, sum=550, sum_squares=3050)
    control = MeanSample(n=100, sum=500, sum_squares=2550)
    effect, variance = bayesian_difference(treatment, control, "absolute")
    assert abs(effect - 0.5) < 1e-10
    expected = (3050 - 550**2 / 100) / 99 / 100 + (2550 - 500**2 / 100) / 99 / 100
    assert abs(variance - expected) < 1e-6


def test_bayesian_relative_effect_size() -> None:
    effect, variance = bayesian_difference(
        ProportionSample(n=1000, successes=110), ProportionSample(n=1000, successes=100), "relative"
    )
    assert abs(effect - 0.1) < 1e-10
    assert variance > 0


def test_bayesian_zero_control_mean_is_a_statistics_error() -> None:
    with pytest.raises(StatisticsError):
        bayesian_test(
            MeanSample(n=100, sum=100, sum_squares=100),
            MeanSample(n=100, sum=0, sum_squares=0),
            ci_level=0.95,
            difference="relative",
        )


def test_bayesian_tiny_samples_are_uncertain() -> None:
    outcome = bayesian_test(
        MeanSample(n=2, sum=3, sum_squares=5),
        MeanSample(n=2, sum=2, sum_squares=2),
        ci_level=0.95,
        difference="relative",
    )
    assert outcome.posterior_variance > 0
    assert 0.1 < outcome.chance_to_win < 0.9


def test_bayesian_small_positive_difference_is_detected() -> None:
    outcome = bayesian_test(
        MeanSample(n=10000, sum=10001, sum_squares=10002.0002),
        MeanSample(n=10000, sum=10000, sum_squares=10000.0001),
        ci_level=0.95,
        difference="relative",
    )
    assert outcome.effect > 0


@pytest.mark.parametrize(
    ("treatment", "control", "tuning", "expected", "ci", "stddev", "p_value"),
    [
        pytest.param(
            MeanSample(n=3500, sum=2500.0, sum_squares=135000.0),
            MeanSample(n=3000, sum=1400.0, sum_squares=52000.0),
            1000, 0.53061, (-0.53230, 1.59353), 0.33368, 1.0,
            id="sample_mean_tuning_1000",
        ),
        pytest.param(
            ProportionSample(n=3500, successes=2600),
            ProportionSample(n=3050, successes=1450),
            5000, 0.56256, (0.46064, 0.66448), 0.03354, 0.0,
            id="proportion_default_tuning",
        ),
    ],
)  # fmt: skip
def test_sequential_golden_values(
    treatment: Any,
    control: Any,
    tuning: float,
    expected: float,
    ci: tuple[float, float],
    stddev: float,
    p_value: float,
) -> None:
    outcome = sequential_t_test(
        treatment, control, alpha=0.05, difference="relative", tuning_parameter=tuning
    )
    assert outcome.estimate == pytest.approx(expected, abs=PLACES_5)
    assert outcome.confidence_interval[0] == pytest.approx(ci[0], abs=PLACES_5)
    assert outcome.confidence_interval[1] == pytest.approx(ci[1], abs=PLACES_5)
    assert outcome.p_value == pytest.approx(p_value, abs=PLACES_5)
    _, variance = frequentist_difference(treatment, control, "relative")
    assert math.sqrt(variance) == pytest.approx(stddev, abs=PLACES_5)
    assert math.isnan(outcome.degrees_of_freedom)


def test_sequential_rho_matches_the_formula() -> None:
    log_alpha = math.log(0.05)
    expected = math.sqrt((-2 * log_alpha + math.log(-2 * log_alpha + 1)) / 5000.0)
    assert sequential_rho(0.05, 5000.0) == pytest.approx(expected, abs=1e-10)
    for alpha, tuning in [(0.0, 5000), (1.0, 5000), (0.05, 0), (0.05, -1)]:
        with pytest.raises(StatisticsError):
            sequential_rho(alpha, tuning)


def test_sequential_interval_is_wider_than_the_fixed_horizon_one() -> None:
    fixed = welch_t_test(MEAN_TREATMENT, MEAN_CONTROL, alpha=0.05, difference="relative")
    sequential = sequential_t_test(
        MEAN_TREATMENT, MEAN_CONTROL, alpha=0.05, difference="relative", tuning_parameter=5000
    )
    fixed_width = fixed.confidence_interval[1] - fixed.confidence_interval[0]
    sequential_width = sequential.confidence_interval[1] - sequential.confidence_interval[0]
    assert sequential_width > fixed_width
    assert sequential.estimate == pytest.approx(fixed.estimate, abs=1e-6)


def test_sequential_p_value_is_one_without_an_effect() -> None:
    same = ProportionSample(n=2000, successes=100)
    outcome = sequential_t_test(
        same, same, alpha=0.05, difference="absolute", tuning_parameter=5000
    )
    assert outcome.p_value == 1.0
    assert not outcome.significant


def test_sequential_interval_is_narrowest_near_the_true_sample_size() -> None:
    treatment = MeanSample(n=3500, sum=2500.0, sum_squares=135000.0)
    control = MeanSample(n=3000, sum=1400.0, sum_squares=52000.0)

    def interval(tuning: float) -> tuple[float, float]:
        return sequential_t_test(
            treatment, control, alpha=0.05, difference="relative", tuning_parameter=tuning
        ).confidence_interval

    below, near, above = interval(10), interval(6500), interval(10000)
    assert below[0] < above[0] < near[0]
    assert below[1] > above[1] > near[1]


# test_experiment_timeseries.py: cumulative exposures and conversions per day; the first
# two days fail validation (fewer than 50 exposures).
TIMESERIES_DAYS = [
    # (n control, conversions control, n test, conversions test)
    (10, 8, 10, 9),
    (30, 24, 30, 26),
    (60, 48, 60, 52),
    (100, 80, 100, 86),
    (150, 120, 150, 129),
]
TIMESERIES_FUNNEL = [
    None,
    None,
    (0.8257787117026323, (-0.09086441924616176, 0.25753108591282836)),
    (0.8612372835495565, (-0.060369712382764756, 0.2103697123827646)),
    (0.9082317007711804, (-0.03552890732169711, 0.18552890732169697)),
]
TIMESERIES_MEAN = [
    None,
    None,
    (0.8237544370302499, (-0.092334468537072, 0.25900113520373863)),
    (0.8600295068945255, (-0.06105167998544181, 0.21105167998544166)),
    (0.9074979477365419, (-0.03589918945544256, 0.18589918945544243)),
]
EXPERIMENT: dict[str, Any] = {
    "id": 1,
    "stats_config": None,
    "feature_flag": {
        "key": "test_flag",
        "filters": {"multivariate": {"variants": [{"key": "control"}, {"key": "test"}]}},
    },
}


def _timeseries_data(day: tuple[int, int, int, int]) -> dict[str, Any]:
    n_control, control, n_test, test = day
    return {
        "control": {"number_of_samples": n_control, "sum": control, "sum_squares": control},
        "test": {"number_of_samples": n_test, "sum": test, "sum_squares": test},
    }


@pytest.mark.parametrize(
    ("metric_type", "expected_days"),
    [("funnel", TIMESERIES_FUNNEL), ("mean", TIMESERIES_MEAN)],
)
def test_timeseries_bayesian_results(metric_type: str, expected_days: list[Any]) -> None:
    for day, expected in zip(TIMESERIES_DAYS, expected_days, strict=True):
        body = experiment_query_response(
            EXPERIMENT,
            {"kind": "ExperimentMetric", "metric_type": metric_type},
            _timeseries_data(day),
        )
        variant = body["variant_results"][0]
        assert body["baseline"]["number_of_samples"] == day[0]
        assert body["baseline"]["sum"] == float(day[1])
        assert variant["method"] == "bayesian"
        if expected is None:
            assert body["baseline"]["validation_failures"] == ["not-enough-exposures"]
            assert variant["validation_failures"] == ["not-enough-exposures"]
            assert variant["chance_to_win"] is None
            assert variant["credible_interval"] is None
            assert variant["significant"] is None
            continue
        chance_to_win, (low, high) = expected
        assert variant["validation_failures"] == []
        assert variant["significant"] is False
        assert variant["chance_to_win"] == pytest.approx(chance_to_win, abs=PLACES_4)
        assert variant["credible_interval"][0] == pytest.approx(low, abs=PLACES_4)
        assert variant["credible_interval"][1] == pytest.approx(high, abs=PLACES_4)


def test_query_runner_sequential_interval_is_wider() -> None:
    # test_frequentist_method.py: 60 users a variant spend 10 + effect + (i % 3).
    data = {
        "control": {"number_of_samples": 60, "sum": 660.0, "sum_squares": 7300.0},
        "test": {"number_of_samples": 60, "sum": 960.0, "sum_squares": 15400.0},
    }
    metric = {"kind": "ExperimentMetric", "metric_type": "mean"}
    fixed = experiment_query_response(
        {**EXPERIMENT, "stats_config": {"method": "frequentist"}}, metric, data
    )
    sequential = experiment_query_response(
        {
            **EXPERIMENT,
            "stats_config": {
                "method": "frequentist",
                "frequentist": {
                    "sequential_testing_enabled": True,
                    "sequential_tuning_parameter": 5000,
                },
            },
        },
        metric,
        data,
    )
    fixed_low, fixed_high = fixed["variant_results"][0]["confidence_interval"]
    low, high = sequential["variant_results"][0]["confidence_interval"]
    assert high - low > fixed_high - fixed_low
