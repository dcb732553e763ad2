from typing import Literal

ExperimentStatsValidationFailureEnum = Literal[
    "baseline-mean-is-zero", "not-enough-exposures", "not-enough-metric-data"
]

EXPERIMENT_STATS_VALIDATION_FAILURE_ENUM_VALUES: set[ExperimentStatsValidationFailureEnum] = {
    "baseline-mean-is-zero",
    "not-enough-exposures",
    "not-enough-metric-data",
}


def check_experiment_stats_validation_failure_enum(
    value: str,
) -> ExperimentStatsValidationFailureEnum:
    """Accept a value of ExperimentStatsValidationFailureEnum.

    Values outside EXPERIMENT_STATS_VALIDATION_FAILURE_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
