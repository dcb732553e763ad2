from typing import Literal

ExperimentStatusEnum = Literal["draft", "exposure_frozen", "paused", "running", "stopped"]

EXPERIMENT_STATUS_ENUM_VALUES: set[ExperimentStatusEnum] = {
    "draft",
    "exposure_frozen",
    "paused",
    "running",
    "stopped",
}


def check_experiment_status_enum(value: str) -> ExperimentStatusEnum:
    """Accept a value of ExperimentStatusEnum.

    Values outside EXPERIMENT_STATUS_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
