"""The JSON shapes of PostHog's experiment query responses, with every key present.

PostHog dumps its pydantic response models with nulls included, so every field of a model
is in the JSON whether or not it was filled. The field lists here are the one source of
those shapes; ``newest`` adds the fields only the newest PostHog has.
"""

from __future__ import annotations

from typing import Any

from ._variant_stats import VariantStats

# ExperimentStatsBaseValidated: the baseline, and the base of each variant result.
STATS_FIELDS = (
    "denominator_sum",
    "denominator_sum_squares",
    "key",
    "number_of_samples",
    "numerator_denominator_sum_product",
    "step_counts",
    "step_sessions",
    "sum",
    "sum_squares",
    "validation_failures",
)
NEWEST_STATS_FIELDS = ("covariate_sum", "covariate_sum_product", "covariate_sum_squares")
FREQUENTIST_FIELDS = ("confidence_interval", "method", "p_value", "significant")
BAYESIAN_FIELDS = ("chance_to_win", "credible_interval", "method", "significant")

# ExperimentQueryResponse: the new engine fills baseline and variant_results; the legacy
# fields of the old engine stay, as explicit nulls.
METRIC_RESPONSE_FIELDS = (
    "baseline",
    "credible_intervals",
    "insight",
    "kind",
    "metric",
    "p_value",
    "probability",
    "significance_code",
    "significant",
    "stats_version",
    "variant_results",
    "variants",
)
NEWEST_METRIC_RESPONSE_FIELDS = ("breakdown_results", "clickhouse_sql", "hogql", "is_precomputed")

# ExperimentExposureQueryResponse.
EXPOSURE_RESPONSE_FIELDS = ("date_range", "kind", "timeseries", "total_exposures")
NEWEST_EXPOSURE_RESPONSE_FIELDS = ("bias_risk", "sample_ratio_mismatch", "warnings")

# The cache envelope every query response is wrapped in.
CACHE_FIELDS = (
    "cache_key",
    "cache_target_age",
    "calculation_trigger",
    "is_cached",
    "last_refresh",
    "next_allowed_client_refresh",
    "query_metadata",
    "query_status",
    "timezone",
)


def with_nulls(fields: tuple[str, ...], values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with every one of ``fields`` present, in order (null where not given).

    Raises:
        ValueError: If ``values`` holds a key that is not one of ``fields`` (a shape bug).
    """
    stray = set(values) - set(fields)
    if stray:
        raise ValueError(f"Not fields of this response: {sorted(stray)}")
    return {field: values.get(field) for field in fields}


def stats_fields(*, newest: bool) -> tuple[str, ...]:
    """The fields of a baseline (``ExperimentStatsBaseValidated``)."""
    return tuple(sorted(STATS_FIELDS + NEWEST_STATS_FIELDS)) if newest else STATS_FIELDS


def stats_json(key: str, stats: VariantStats, failures: list[str]) -> dict[str, Any]:
    """A variant's statistics as PostHog returns them: floats for sums, ints for counts."""
    values: dict[str, Any] = {
        "key": key,
        "number_of_samples": stats.number_of_samples,
        "sum": float(stats.sum),
        "sum_squares": float(stats.sum_squares),
        "validation_failures": failures,
    }
    if stats.step_counts is not None:
        values["step_counts"] = list(stats.step_counts)
    if stats.denominator_sum is not None:
        # PostHog copies the three ratio fields together, keyed on denominator_sum.
        values["denominator_sum"] = stats.denominator_sum
        values["denominator_sum_squares"] = stats.denominator_sum_squares
        values["numerator_denominator_sum_product"] = stats.numerator_denominator_sum_product
    return values
