from typing import Literal

StartHandlingEnum = Literal["first_seen", "last_seen"]

START_HANDLING_ENUM_VALUES: set[StartHandlingEnum] = {
    "first_seen",
    "last_seen",
}


def check_start_handling_enum(value: str) -> StartHandlingEnum:
    """Accept a value of StartHandlingEnum.

    Values outside START_HANDLING_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
