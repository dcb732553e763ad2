"""Reading ``stats_config`` as leniently as PostHog does."""

from __future__ import annotations

import pytest

from posthog_experiments_client.testing._statistics import StatsSettings, stats_settings


def test_defaults() -> None:
    configs: list[object] = [None, {}, [], "frequentist"]
    for config in configs:
        assert stats_settings(config) == StatsSettings()
    settings = StatsSettings()
    assert (settings.method, settings.alpha, settings.ci_level) == ("bayesian", 0.05, 0.95)
    assert settings.baseline_variant_key == "control"
    assert not settings.sequential


@pytest.mark.parametrize(
    ("method", "expected"),
    [("frequentist", "frequentist"), ("bayesian", "bayesian"), ("Frequentist", "bayesian"),
     ("sequential", "bayesian"), (None, "bayesian")],
)  # fmt: skip
def test_method(method: object, expected: str) -> None:
    assert stats_settings({"method": method}).method == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.1, 0.1), ("0.01", 0.01), (1, 1.0), (0, 0.0), (True, 1.0), (1.5, 0.05), (-0.1, 0.05),
     ("a lot", 0.05), (None, 0.05), ([0.1], 0.05), (float("nan"), 0.05)],
)  # fmt: skip
def test_alpha_is_read_with_float_and_range_checked(value: object, expected: float) -> None:
    # 0 and 1 pass PostHog's range check; the engine then refuses them (a statistics 400).
    assert stats_settings({"frequentist": {"alpha": value}}).alpha == expected
    assert stats_settings({"bayesian": {"ci_level": value}}).ci_level == (
        0.95 if expected == 0.05 else expected
    )


def test_difference_type_is_the_enum_name() -> None:
    assert (
        stats_settings({"frequentist": {"difference_type": "ABSOLUTE"}}).frequentist_difference
        == "absolute"
    )
    assert (
        stats_settings({"frequentist": {"difference_type": "absolute"}}).frequentist_difference
        == "relative"
    )
    assert (
        stats_settings({"bayesian": {"difference_type": "ABSOLUTE"}}).bayesian_difference
        == "absolute"
    )


def test_sequential_settings() -> None:
    on = stats_settings({"frequentist": {"sequential_testing_enabled": True,
                                         "sequential_tuning_parameter": 2500}})  # fmt: skip
    assert on.sequential
    assert on.sequential_tuning_parameter == 2500.0
    assert stats_settings({}, team_sequential_testing_enabled=True).sequential
    explicit_off = {"frequentist": {"sequential_testing_enabled": False}}
    assert not stats_settings(explicit_off, team_sequential_testing_enabled=True).sequential
    assert (
        stats_settings({}, team_sequential_tuning_parameter=800).sequential_tuning_parameter
        == 800.0
    )
    not_a_number = {"frequentist": {"sequential_tuning_parameter": "lots"}}
    assert stats_settings(not_a_number).sequential_tuning_parameter == 5000.0


def test_baseline_variant_key_is_kept_as_given() -> None:
    assert stats_settings({"baseline_variant_key": "b"}).baseline_variant_key == "b"
    assert stats_settings({"baseline_variant_key": 3}).baseline_variant_key == 3
