from typing import Literal

MetricGoalEnum = Literal["decrease", "increase"]

METRIC_GOAL_ENUM_VALUES: set[MetricGoalEnum] = {
    "decrease",
    "increase",
}


def check_metric_goal_enum(value: str) -> MetricGoalEnum:
    """Accept a value of MetricGoalEnum.

    Values outside METRIC_GOAL_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
