from typing import Literal

EvaluationRuntimeEnum = Literal["all", "client", "server"]

EVALUATION_RUNTIME_ENUM_VALUES: set[EvaluationRuntimeEnum] = {
    "all",
    "client",
    "server",
}


def check_evaluation_runtime_enum(value: str) -> EvaluationRuntimeEnum:
    """Accept a value of EvaluationRuntimeEnum.

    Values outside EVALUATION_RUNTIME_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
