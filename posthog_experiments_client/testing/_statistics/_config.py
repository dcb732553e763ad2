"""The analysis settings PostHog reads from an experiment's ``stats_config``.

``stats_config`` is a free-form JSON object; PostHog reads it leniently and falls back to
its defaults for anything missing or unreadable:

* ``method``: ``"bayesian"`` (default) or ``"frequentist"``; anything else is Bayesian.
* ``baseline_variant_key``: the variant the others are compared with (default ``control``).
* ``frequentist.alpha`` (default 0.05) and ``bayesian.ci_level`` (default 0.95): any value
  ``float()`` accepts within [0, 1], else the default. 0 and 1 pass this check and then fail
  the engine's own, which ends the metric in a statistics 400, as in PostHog.
* ``frequentist.difference_type`` / ``bayesian.difference_type``: the enum *name*
  ``"RELATIVE"`` (default) or ``"ABSOLUTE"``; anything else is relative.
* ``frequentist.sequential_testing_enabled`` (default: the team's setting, off) and
  ``frequentist.sequential_tuning_parameter`` (a number, default 5000): always-valid
  sequential testing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

Method = Literal["bayesian", "frequentist"]
DifferenceType = Literal["relative", "absolute"]

CONTROL_VARIANT_KEY = "control"
DEFAULT_ALPHA = 0.05
DEFAULT_CI_LEVEL = 0.95
DEFAULT_SEQUENTIAL_TUNING_PARAMETER = 5000.0


@attrs.frozen
class StatsSettings:
    """How a metric is analysed.

    Attributes:
        method: ``"bayesian"`` or ``"frequentist"``.
        baseline_variant_key: The variant every other variant is compared with (as given: a
            value that is no variant key makes the metric a configuration 400).
        alpha: The frequentist significance level.
        ci_level: The Bayesian credible-interval level.
        frequentist_difference: Relative (default) or absolute difference, frequentist.
        bayesian_difference: Relative (default) or absolute difference, Bayesian.
        sequential: Whether the frequentist test is the always-valid sequential one.
        sequential_tuning_parameter: The sequential test's tuning parameter ``N``.
    """

    method: Method = "bayesian"
    baseline_variant_key: object = CONTROL_VARIANT_KEY
    alpha: float = DEFAULT_ALPHA
    ci_level: float = DEFAULT_CI_LEVEL
    frequentist_difference: DifferenceType = "relative"
    bayesian_difference: DifferenceType = "relative"
    sequential: bool = False
    sequential_tuning_parameter: float = DEFAULT_SEQUENTIAL_TUNING_PARAMETER


def _object(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _unit_interval(value: object, default: float) -> float:
    # PostHog: float(value) if it parses and 0 <= value <= 1, else the default.
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return number if 0.0 <= number <= 1.0 else default


def _difference(value: object) -> DifferenceType:
    # PostHog looks the string up by enum member name: DifferenceType["ABSOLUTE"].
    return "absolute" if value == "ABSOLUTE" else "relative"


def stats_settings(
    stats_config: object,
    *,
    team_sequential_testing_enabled: bool = False,
    team_sequential_tuning_parameter: float | None = None,
) -> StatsSettings:
    """Read an experiment's ``stats_config`` the way PostHog does.

    Args:
        stats_config: The experiment's ``stats_config`` (any JSON value; ``None`` is defaults).
        team_sequential_testing_enabled: The team default for sequential testing.
        team_sequential_tuning_parameter: The team default tuning parameter, if any.
    """
    config = _object(stats_config)
    method_value = config.get("method", "bayesian")
    method: Method = "frequentist" if method_value == "frequentist" else "bayesian"
    baseline = config.get("baseline_variant_key", CONTROL_VARIANT_KEY)
    frequentist = _object(config.get("frequentist"))
    bayesian = _object(config.get("bayesian"))
    sequential_value = frequentist.get("sequential_testing_enabled")
    sequential = (
        team_sequential_testing_enabled if sequential_value is None else bool(sequential_value)
    )
    tuning_value = frequentist.get("sequential_tuning_parameter")
    if isinstance(tuning_value, (int, float)) and not isinstance(tuning_value, bool):
        tuning = float(tuning_value)
    elif team_sequential_tuning_parameter is not None:
        tuning = float(team_sequential_tuning_parameter)
    else:
        tuning = DEFAULT_SEQUENTIAL_TUNING_PARAMETER
    return StatsSettings(
        method=method,
        baseline_variant_key=baseline,
        alpha=_unit_interval(frequentist.get("alpha", DEFAULT_ALPHA), DEFAULT_ALPHA),
        ci_level=_unit_interval(bayesian.get("ci_level", DEFAULT_CI_LEVEL), DEFAULT_CI_LEVEL),
        frequentist_difference=_difference(frequentist.get("difference_type", "RELATIVE")),
        bayesian_difference=_difference(bayesian.get("difference_type", "RELATIVE")),
        sequential=sequential,
        sequential_tuning_parameter=tuning,
    )
