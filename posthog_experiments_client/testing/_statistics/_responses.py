"""The two response bodies of PostHog's query API for experiments, built in one call each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ._cache import CacheInfo, cache_envelope, cache_key_for
from ._config import stats_settings
from ._errors import QueryValidationError
from ._experiment import experiment_variant_keys, metric_kind
from ._exposures import exposure_results
from ._metric_results import metric_results
from ._shapes import (
    EXPOSURE_RESPONSE_FIELDS,
    METRIC_RESPONSE_FIELDS,
    NEWEST_EXPOSURE_RESPONSE_FIELDS,
    NEWEST_METRIC_RESPONSE_FIELDS,
    with_nulls,
)
from ._variant_stats import VariantStats, parse_variants


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def experiment_query_response(
    experiment: Mapping[str, Any],
    metric: Mapping[str, Any],
    variant_stats: Mapping[str, Mapping[str, Any] | VariantStats],
    *,
    cache: CacheInfo | None = None,
    newest: bool = True,
    team_sequential_testing_enabled: bool = False,
) -> dict[str, Any]:
    """The 200 body PostHog answers to an ``ExperimentQuery`` for one metric.

    Args:
        experiment: The experiment as PostHog serializes it; its ``stats_config``,
            ``feature_flag`` (variants), ``parameters`` and ``holdout`` are read.
        metric: The query's ``metric`` (an ``ExperimentMetric`` with a ``metric_type``).
        variant_stats: Per-variant ``ExperimentStatsBase`` fields, keyed by variant.
        cache: The cache envelope's state; default: freshly computed now.
        newest: Include the fields only the newest PostHog sends (``breakdown_results``,
            ``hogql``, ``clickhouse_sql``, ``is_precomputed``, the CUPED covariate fields).
        team_sequential_testing_enabled: The team's default for sequential testing.

    Raises:
        CalculationError: If PostHog would answer 400 instead: a ``StatisticsError`` (the
            data cannot be analysed) or a ``ConfigurationError`` (e.g. no baseline variant);
            its ``detail`` is PostHog's message.
        UnsupportedMetricError: If the metric has no known ``metric_type``.
        InvalidVariantStatsError: If ``variant_stats`` is malformed.
    """
    kind = metric_kind(metric)
    data = parse_variants(variant_stats)
    settings = stats_settings(
        experiment.get("stats_config"),
        team_sequential_testing_enabled=team_sequential_testing_enabled,
    )
    results = metric_results(
        kind, experiment_variant_keys(experiment), data, settings, newest=newest
    )
    values: dict[str, Any] = {**results, "kind": "ExperimentQuery"}
    fields: tuple[str, ...] = METRIC_RESPONSE_FIELDS
    if newest:
        fields = tuple(sorted(fields + NEWEST_METRIC_RESPONSE_FIELDS))
        values["is_precomputed"] = False
    if cache is None:
        cache = CacheInfo(
            last_refresh=_now(),
            cache_key=cache_key_for(experiment.get("id"), metric, results),
        )
    return {**with_nulls(fields, values), **cache_envelope(cache)}


def exposure_query_response(
    query: Mapping[str, Any],
    exposures: Mapping[str, Mapping[Any, int]],
    *,
    today: dt.date | None = None,
    cache: CacheInfo | None = None,
    newest: bool = True,
) -> dict[str, Any]:
    """The 200 body PostHog answers to an ``ExperimentExposureQuery``.

    Args:
        query: The ``ExperimentExposureQuery`` as sent: its ``feature_flag``, ``start_date``,
            ``end_date``, ``holdout`` and ``exposure_criteria`` are read.
        exposures: New exposures per variant per day, ``{variant: {day: count}}``, a day being
            an ISO date string or a ``datetime.date``.
        today: The last day of a running experiment's range; default: today in UTC.
        cache: The cache envelope's state; default: freshly computed now.
        newest: Include the fields only the newest PostHog sends (``sample_ratio_mismatch``,
            ``bias_risk``, ``warnings``, as nulls).

    Raises:
        QueryValidationError: If the query has no ``experiment_id`` or its flag no ``key``
            (PostHog's 400s, ``detail`` being its message).
        InvalidExposuresError: If ``exposures`` or the query's dates are malformed.
    """
    if not query.get("experiment_id"):
        raise QueryValidationError("experiment_id is required")
    feature_flag = query.get("feature_flag")
    if not isinstance(feature_flag, Mapping) or not feature_flag.get("key"):
        raise QueryValidationError("feature_flag key is required")
    moment = _now()
    results = exposure_results(query, exposures, today=today or moment.date())
    values: dict[str, Any] = {**results, "kind": "ExperimentExposureQuery"}
    fields: tuple[str, ...] = EXPOSURE_RESPONSE_FIELDS
    if newest:
        fields = tuple(sorted(fields + NEWEST_EXPOSURE_RESPONSE_FIELDS))
    if cache is None:
        cache = CacheInfo(last_refresh=moment, cache_key=cache_key_for(query, results))
    return {**with_nulls(fields, values), **cache_envelope(cache)}
