from typing import Literal

ExperimentTypeEnum = Literal["product", "web"]

EXPERIMENT_TYPE_ENUM_VALUES: set[ExperimentTypeEnum] = {
    "product",
    "web",
}


def check_experiment_type_enum(value: str) -> ExperimentTypeEnum:
    """Accept a value of ExperimentTypeEnum.

    Values outside EXPERIMENT_TYPE_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
