from typing import Literal

MetricTypeEnum = Literal["funnel", "mean", "ratio", "retention"]

METRIC_TYPE_ENUM_VALUES: set[MetricTypeEnum] = {
    "funnel",
    "mean",
    "ratio",
    "retention",
}


def check_metric_type_enum(value: str) -> MetricTypeEnum:
    """Accept a value of MetricTypeEnum.

    Values outside METRIC_TYPE_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
