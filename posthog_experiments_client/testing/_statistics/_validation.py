"""PostHog's validation thresholds: when a variant has too little data to be compared.

A variant that fails validation keeps its statistics in the response, lists its failures,
and gets null results; so does every variant when the baseline fails.
"""

from __future__ import annotations

from ._samples import MetricKind
from ._variant_stats import VariantStats

NOT_ENOUGH_EXPOSURES = "not-enough-exposures"
NOT_ENOUGH_METRIC_DATA = "not-enough-metric-data"
BASELINE_MEAN_IS_ZERO = "baseline-mean-is-zero"

MIN_EXPOSURES = 50
MIN_METRIC_DATA = 5  # funnel conversions, retention completions


def validation_failures(
    stats: VariantStats, kind: MetricKind, *, is_baseline: bool = False
) -> list[str]:
    """The validation failures of one variant, in PostHog's order.

    * fewer than 50 samples: ``not-enough-exposures``;
    * a funnel or retention metric with a sum below 5: ``not-enough-metric-data``;
    * the baseline with a sum of exactly 0: ``baseline-mean-is-zero``.
    """
    failures: list[str] = []
    if stats.number_of_samples < MIN_EXPOSURES:
        failures.append(NOT_ENOUGH_EXPOSURES)
    if kind in ("funnel", "retention") and stats.sum < MIN_METRIC_DATA:
        failures.append(NOT_ENOUGH_METRIC_DATA)
    if is_baseline and stats.sum == 0:
        failures.append(BASELINE_MEAN_IS_ZERO)
    return failures
