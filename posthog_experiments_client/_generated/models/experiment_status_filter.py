from typing import Literal

ExperimentStatusFilter = Literal[
    "all", "complete", "draft", "exposure_frozen", "paused", "running", "stopped"
]

EXPERIMENT_STATUS_FILTER_VALUES: set[ExperimentStatusFilter] = {
    "all",
    "complete",
    "draft",
    "exposure_frozen",
    "paused",
    "running",
    "stopped",
}


def check_experiment_status_filter(value: str) -> ExperimentStatusFilter:
    """Accept a value of ExperimentStatusFilter.

    Values outside EXPERIMENT_STATUS_FILTER_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
