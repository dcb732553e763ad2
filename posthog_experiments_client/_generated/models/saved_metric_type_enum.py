from typing import Literal

SavedMetricTypeEnum = Literal["primary", "secondary"]

SAVED_METRIC_TYPE_ENUM_VALUES: set[SavedMetricTypeEnum] = {
    "primary",
    "secondary",
}


def check_saved_metric_type_enum(value: str) -> SavedMetricTypeEnum:
    """Accept a value of SavedMetricTypeEnum.

    Values outside SAVED_METRIC_TYPE_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
