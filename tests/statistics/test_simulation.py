"""The seeded simulation is deterministic and its statistics are consistent."""

from __future__ import annotations

import random
from typing import Any

import pytest

from posthog_experiments_client.testing._statistics import (
    experiment_query_response,
    parse_variants,
    simulate_experiment,
)

from ._support import experiment, metric


def _simulate(seed: int = 7) -> object:
    return simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000, seed=seed
    )


def test_same_seed_same_statistics() -> None:
    assert _simulate() == _simulate()
    assert _simulate(7) != _simulate(8)


def test_seed_7_pinned() -> None:
    # Pinned so a change of the simulation (or of Python's random) is noticed.
    sim = simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000, seed=7
    )
    assert sim.funnel["control"] == {
        "number_of_samples": 2000, "sum": 208, "sum_squares": 208, "step_counts": [208],
    }  # fmt: skip
    assert sim.funnel["test"]["sum"] == 238


def test_global_random_state_is_untouched() -> None:
    random.seed(123)
    expected = random.random()
    random.seed(123)
    _simulate()
    assert random.random() == expected


def test_statistics_are_consistent_across_metrics() -> None:
    sim = simulate_experiment(
        conversion_rates={"control": 0.2, "test": 0.25}, exposures={"control": 500, "test": 700},
        seed=1, days=5,
    )  # fmt: skip
    for variant, n in [("control", 500), ("test", 700)]:
        funnel, mean, ratio = sim.funnel[variant], sim.mean[variant], sim.ratio[variant]
        assert funnel["number_of_samples"] == mean["number_of_samples"] == n
        assert sum(sim.exposures[variant].values()) == n
        assert len(sim.exposures[variant]) <= 5
        assert ratio["denominator_sum"] == funnel["sum"]
        assert ratio["sum"] == mean["sum"] > 0
        assert mean["sum_squares"] >= mean["sum"] ** 2 / n
    parse_variants(sim.funnel)
    parse_variants(sim.ratio)
    assert sim.metric("retention") is sim.ratio


def test_simulated_statistics_feed_the_engine() -> None:
    sim = simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.14}, exposures=5000, seed=3
    )
    for metric_type in ["funnel", "mean", "ratio"]:
        body = experiment_query_response(experiment(), metric(metric_type), sim.metric(metric_type))
        assert body["variant_results"][0]["chance_to_win"] is not None
    funnel = experiment_query_response(experiment(), metric("funnel"), sim.funnel)
    assert funnel["variant_results"][0]["chance_to_win"] > 0.99


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"conversion_rates": {"control": 1.5}}, "conversion_rates"),
        ({"conversion_rates": {"control": 0.1}, "exposures": -1}, "exposures"),
        ({"conversion_rates": {"control": 0.1}, "exposures": {"test": 10}}, "exposures"),
        ({"conversion_rates": {"control": 0.1}, "days": 0}, "days"),
        ({"conversion_rates": {"control": 0.1}, "order_value": 0}, "order_value"),
    ],
)
def test_bad_arguments_are_refused(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        simulate_experiment(**arguments)


def test_seed_7_mean_and_exposures_pinned() -> None:
    # Checked identical on CPython 3.10, 3.11, 3.12 and 3.13.
    sim = simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000, seed=7
    )
    assert sim.mean["test"]["sum"] == pytest.approx(12067.045224029433, rel=1e-12)
    assert sim.exposures["control"]["2026-01-01"] == 154
    assert sum(sim.exposures["test"].values()) == 2000
