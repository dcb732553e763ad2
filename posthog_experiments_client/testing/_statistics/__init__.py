"""Experiment statistics computed the way PostHog computes them, for the fake's query API.

PostHog answers an ``ExperimentQuery`` (one metric) and an ``ExperimentExposureQuery``
from per-variant sufficient statistics. This package is that computation, pure Python with
no I/O: the validation thresholds, the relative lift and its delta-method variance, the
two-sided Welch t-test (Student-t, Welch-Satterthwaite degrees of freedom) or the
always-valid sequential test, the flat-prior Normal posterior with ``chance_to_win`` and
credible intervals, for mean, funnel, ratio and retention metrics, with the method and its
options read from the experiment's ``stats_config``.

The HTTP layer answers each query kind in one call::

    from ._statistics import CalculationError, experiment_query_response, exposure_query_response

    # POST /query/ with {"kind": "ExperimentQuery", "experiment_id": ..., "metric": {...}}
    # (no experiment_id: QueryValidationError("experiment_id is required"); an unknown one:
    # experiment_not_found(experiment_id); both are CalculationErrors, answered as below)
    try:
        body = experiment_query_response(
            experiment_json,                          # the stored experiment
            query["metric"],                          # the metric as sent
            metric_data[(experiment_id, metric_uuid)],  # from fake.set_metric_data
            cache=CacheInfo(last_refresh=clock.now(), cache_key=..., is_cached=False),
        )                                             # -> 200 body
    except CalculationError as error:
        ...                                           # -> 400 validation_error, error.detail

    # POST /query/ with {"kind": "ExperimentExposureQuery", ...}; CalculationError as above
    body = exposure_query_response(query, exposures[experiment_id], today=clock.today())

Seeding, as ``FakePostHog`` stores it:

* ``fake.set_metric_data(experiment_id, metric_uuid, variants)``: check ``variants`` with
  :func:`parse_variants` (``{variant: {"number_of_samples": ..., "sum": ...,
  "sum_squares": ..., ...}}``, the fields of ``ExperimentStatsBase``) and keep the result;
* ``fake.set_exposures(experiment_id, {variant: {day: count}})``: check with
  :func:`parse_exposures` (days are ISO strings or ``datetime.date``) and keep it.

:func:`simulate_experiment` produces both deterministically from a seed, for tests of
decision code: ``simulate_experiment(conversion_rates={"control": 0.10, "test": 0.12},
exposures=2000, seed=7)``.

``newest=False`` on either response builder gives the 2025 shape, without the fields only
the newest PostHog sends.
"""

from ._cache import CacheInfo, cache_envelope, cache_key_for
from ._config import StatsSettings, stats_settings
from ._errors import (
    INVALID_CONFIGURATION_MESSAGE,
    STATISTICS_FAILURE_MESSAGE,
    CalculationError,
    ConfigurationError,
    InvalidExposuresError,
    InvalidVariantStatsError,
    QueryValidationError,
    StatisticsError,
    UnsupportedMetricError,
    experiment_not_found,
)
from ._exposures import parse_exposures
from ._responses import experiment_query_response, exposure_query_response
from ._simulation import SimulatedExperiment, simulate_experiment
from ._variant_stats import VariantStats, parse_variant_stats, parse_variants

__all__ = [
    "INVALID_CONFIGURATION_MESSAGE",
    "STATISTICS_FAILURE_MESSAGE",
    "CacheInfo",
    "CalculationError",
    "ConfigurationError",
    "InvalidExposuresError",
    "InvalidVariantStatsError",
    "QueryValidationError",
    "SimulatedExperiment",
    "StatisticsError",
    "StatsSettings",
    "UnsupportedMetricError",
    "VariantStats",
    "cache_envelope",
    "cache_key_for",
    "experiment_not_found",
    "experiment_query_response",
    "exposure_query_response",
    "parse_exposures",
    "parse_variant_stats",
    "parse_variants",
    "simulate_experiment",
    "stats_settings",
]
