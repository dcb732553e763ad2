"""One metric's results: the baseline and a result per test variant, as PostHog computes them.

The order of events follows PostHog's runner: every variant of the flag (and the holdout) is
present, with zero statistics when it has no data; the baseline is split off; the method's
settings are checked; every variant is validated; the baseline's statistic is built (which
can fail the whole metric); then each test variant that passed validation is compared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._bayesian import bayesian_test
from ._config import StatsSettings
from ._errors import ConfigurationError, StatisticsError
from ._frequentist import sequential_t_test, welch_t_test
from ._samples import MetricKind, Sample, sample_for
from ._shapes import BAYESIAN_FIELDS, FREQUENTIST_FIELDS, stats_fields, stats_json, with_nulls
from ._validation import validation_failures
from ._variant_stats import VariantStats


def _check_method_settings(settings: StatsSettings) -> None:
    # PostHog builds the method's configuration before looking at any data.
    # (The sequential test checks its tuning parameter only when it compares two variants.)
    if settings.method == "frequentist":
        if not 0 < settings.alpha < 1:
            raise StatisticsError("Alpha must be between 0 and 1")
    elif not 0 < settings.ci_level < 1:
        raise StatisticsError("ci_level must be between 0 and 1")


def _compare(
    kind: MetricKind, settings: StatsSettings, treatment: VariantStats, control: Sample
) -> dict[str, Any]:
    sample = sample_for(kind, treatment)
    if settings.method == "frequentist":
        if settings.sequential:
            outcome = sequential_t_test(
                sample,
                control,
                alpha=settings.alpha,
                difference=settings.frequentist_difference,
                tuning_parameter=settings.sequential_tuning_parameter,
            )
        else:
            outcome = welch_t_test(
                sample, control, alpha=settings.alpha, difference=settings.frequentist_difference
            )
        return {
            "p_value": outcome.p_value,
            "confidence_interval": list(outcome.confidence_interval),
            "significant": outcome.significant,
        }
    bayes = bayesian_test(
        sample, control, ci_level=settings.ci_level, difference=settings.bayesian_difference
    )
    return {
        "chance_to_win": bayes.chance_to_win,
        "credible_interval": list(bayes.credible_interval),
        "significant": bayes.significant,
    }


def metric_results(
    kind: MetricKind,
    variant_keys: Sequence[str],
    data: Mapping[str, VariantStats],
    settings: StatsSettings,
    *,
    newest: bool = True,
) -> dict[str, Any]:
    """``{"baseline": ..., "variant_results": [...]}`` for one metric.

    Args:
        kind: The metric's type.
        variant_keys: The experiment's variants in order (flag variants, then holdout).
        data: Seeded statistics per variant; variants without data count as empty, and keys
            that are not variants of the experiment are ignored (PostHog's query cannot
            return them).
        settings: The analysis settings from the experiment's ``stats_config``.
        newest: Whether to include the fields only the newest PostHog has.

    Raises:
        ConfigurationError: If the baseline variant is not a variant of the experiment.
        StatisticsError: If the statistics cannot be computed from the data.
    """
    variants = {key: data.get(key, VariantStats.empty()) for key in variant_keys}
    baseline_key = settings.baseline_variant_key
    if baseline_key not in variants or not isinstance(baseline_key, str):
        raise ConfigurationError(f"No control variant found (baseline {baseline_key!r})")
    _check_method_settings(settings)
    fields = stats_fields(newest=newest)
    method_fields = FREQUENTIST_FIELDS if settings.method == "frequentist" else BAYESIAN_FIELDS
    variant_fields = tuple(sorted(set(fields) | set(method_fields)))

    baseline_stats = variants[baseline_key]
    baseline_failures = validation_failures(baseline_stats, kind, is_baseline=True)
    tests = [(key, stats) for key, stats in variants.items() if key != baseline_key]
    test_failures = [validation_failures(stats, kind) for _, stats in tests]
    try:
        control = None if baseline_failures else sample_for(kind, baseline_stats)
        results: list[dict[str, Any]] = []
        for (key, stats), failures in zip(tests, test_failures, strict=True):
            values = stats_json(key, stats, failures)
            values["method"] = settings.method
            if control is not None and not failures:
                values.update(_compare(kind, settings, stats, control))
            results.append(with_nulls(variant_fields, values))
    except (ArithmeticError, ValueError) as error:
        # Overflowing sums, or a distribution handed a non-finite df: PostHog fails these too.
        raise StatisticsError(f"{type(error).__name__}: {error}") from error
    return {
        "baseline": with_nulls(fields, stats_json(baseline_key, baseline_stats, baseline_failures)),
        "variant_results": results,
    }
