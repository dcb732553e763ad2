from typing import Literal

TimeUnitEnum = Literal["day", "hour", "minute", "month", "second", "week"]

TIME_UNIT_ENUM_VALUES: set[TimeUnitEnum] = {
    "day",
    "hour",
    "minute",
    "month",
    "second",
    "week",
}


def check_time_unit_enum(value: str) -> TimeUnitEnum:
    """Accept a value of TimeUnitEnum.

    Values outside TIME_UNIT_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
