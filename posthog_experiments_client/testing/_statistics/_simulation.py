"""Deterministic simulated experiments, so decision code can be tested without arithmetic.

``simulate_experiment(conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000,
seed=7)`` draws every unit of every variant from one ``random.Random(seed)``: the day of its
first exposure, whether it converts, and what it spends when it does. From those units it
sums the sufficient statistics of three metrics at once:

* ``funnel``: conversions (a one-step funnel: ``sum`` converters, ``step_counts``);
* ``mean``: revenue per exposed unit (0 for units that do not convert);
* ``ratio``: revenue per order (numerator revenue, denominator orders, 0 or 1 per unit);

and the exposures per variant per day. The same arguments give the same numbers on every
Python version (``random.random`` and ``expovariate`` are stable), and the process-wide
random state is never touched.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class SimulatedExperiment:
    """The sufficient statistics of a simulated experiment.

    Attributes:
        funnel: Per-variant statistics of the conversion (funnel) metric.
        mean: Per-variant statistics of revenue per exposed unit (a mean metric).
        ratio: Per-variant statistics of revenue per order (a ratio metric).
        exposures: New exposures per variant per day, ``{variant: {"2026-01-01": count}}``.
    """

    funnel: dict[str, dict[str, Any]]
    mean: dict[str, dict[str, Any]]
    ratio: dict[str, dict[str, Any]]
    exposures: dict[str, dict[str, int]]

    def metric(self, metric_type: str) -> dict[str, dict[str, Any]]:
        """The statistics for a metric of this ``metric_type`` (retention reads as ratio).

        Raises:
            ValueError: If ``metric_type`` is not mean, funnel, ratio or retention.
        """
        by_type = {
            "funnel": self.funnel,
            "mean": self.mean,
            "ratio": self.ratio,
            "retention": self.ratio,
        }
        if metric_type not in by_type:
            raise ValueError(
                f"metric_type must be mean, funnel, ratio or retention, not {metric_type!r}"
            )
        return by_type[metric_type]


def _check_rate(variant: str, rate: object) -> float:
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
        raise ValueError(f"conversion_rates[{variant!r}] must be a number in [0, 1], not {rate!r}")
    return float(rate)


def simulate_experiment(
    *,
    conversion_rates: Mapping[str, float],
    exposures: int | Mapping[str, int] = 2000,
    seed: int = 0,
    start: dt.date = dt.date(2026, 1, 1),
    days: int = 14,
    order_value: float | Mapping[str, float] = 50.0,
) -> SimulatedExperiment:
    """Simulate an experiment unit by unit, deterministically from ``seed``.

    Args:
        conversion_rates: Each variant's true conversion rate, in the flag's variant order.
        exposures: Units exposed per variant (one number for all, or one per variant).
        seed: The seed of the ``random.Random`` every draw comes from.
        start: The first day of exposures.
        days: Over how many days exposures spread (uniformly).
        order_value: The mean spend of a converting unit (exponentially distributed), for
            all variants or per variant.

    Returns:
        The per-variant statistics of the funnel, mean and ratio metrics, and the exposures.

    Raises:
        ValueError: If a rate is outside [0, 1], a count is negative, ``days`` is not
            positive, or a per-variant mapping misses a variant.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"days must be a positive integer, not {days!r}")
    rng = random.Random(seed)
    funnel: dict[str, dict[str, Any]] = {}
    mean: dict[str, dict[str, Any]] = {}
    ratio: dict[str, dict[str, Any]] = {}
    daily: dict[str, dict[str, int]] = {}
    for variant, rate_value in conversion_rates.items():
        rate = _check_rate(variant, rate_value)
        count = exposures if isinstance(exposures, int) else exposures.get(variant)
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"exposures for {variant!r} must be a non-negative integer")
        value = order_value if isinstance(order_value, (int, float)) else order_value.get(variant)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"order_value for {variant!r} must be a positive number")
        per_day = [0] * days
        conversions = 0
        revenue = 0.0
        revenue_squares = 0.0
        for _ in range(count):
            per_day[int(rng.random() * days)] += 1
            if rng.random() < rate:
                conversions += 1
                spend = rng.expovariate(1.0 / value)
                revenue += spend
                revenue_squares += spend * spend
        funnel[variant] = {
            "number_of_samples": count,
            "sum": conversions,
            "sum_squares": conversions,
            "step_counts": [conversions],
        }
        mean[variant] = {"number_of_samples": count, "sum": revenue, "sum_squares": revenue_squares}
        ratio[variant] = {
            "number_of_samples": count,
            "sum": revenue,
            "sum_squares": revenue_squares,
            "denominator_sum": conversions,
            "denominator_sum_squares": conversions,
            "numerator_denominator_sum_product": revenue,
        }
        daily[variant] = {
            (start + dt.timedelta(days=offset)).isoformat(): n
            for offset, n in enumerate(per_day)
            if n
        }
    return SimulatedExperiment(funnel=funnel, mean=mean, ratio=ratio, exposures=daily)
